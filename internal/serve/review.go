package serve

import (
	"net/http"
	"strings"
)

// review serves the review listing of the last build: the index at
// /_review/, an article at /_review/<slug>.html, its file read again by
// the build.
func (s *Server) review(w http.ResponseWriter, r *http.Request, st *state) {
	if r.URL.Path+"/" == reviewPath {
		http.Redirect(w, r, reviewPath, http.StatusMovedPermanently)
		return
	}
	name := strings.TrimPrefix(r.URL.Path, reviewPath)
	if name == "" || name == "index.html" {
		page, err := st.res.ReviewIndex(st.probs)
		s.sendReview(w, r, page, err, st)
		return
	}
	if slug, ok := strings.CutSuffix(name, ".html"); ok {
		if page, found, err := st.res.ReviewPage(slug, st.base); found {
			s.sendReview(w, r, page, err, st)
			return
		}
	}
	s.notFound(w, st)
}

func (s *Server) sendReview(w http.ResponseWriter, r *http.Request, page []byte, err error, st *state) {
	if err != nil {
		// The article changed since the build and no longer reads: the
		// next build, already on its way, will say why.
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	s.send(w, r, "review.html", page, st.id, http.StatusOK)
}
