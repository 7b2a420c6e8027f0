package serve

import (
	"net/http"
	"path/filepath"
	"strings"

	"timeline/internal/content"
	"timeline/internal/review"
)

// review serves the review listing of the last build: the index at
// /_review/, an article at /_review/<slug>.html, read again from its file.
func (s *Server) review(w http.ResponseWriter, r *http.Request, st *state) {
	res := st.res
	in := review.Input{
		Site:        s.opt.Site,
		Options:     content.Options{Language: res.Site.Language, Now: s.opt.Now()},
		Articles:    res.Articles,
		Extractions: res.Extractions,
		Problems:    st.probs,
		SiteURL:     st.base,
	}
	if r.URL.Path+"/" == reviewPath {
		http.Redirect(w, r, reviewPath, http.StatusMovedPermanently)
		return
	}
	name := strings.TrimPrefix(r.URL.Path, reviewPath)
	if name == "" || name == "index.html" {
		page, err := review.Index(in)
		s.sendReview(w, r, page, err, st)
		return
	}
	slug := strings.TrimSuffix(name, ".html")
	for _, a := range res.Articles {
		if a.Slug == slug && name == slug+".html" {
			page, err := review.Page(content.File{Path: a.Path, Abs: filepath.Join(s.opt.Site, filepath.FromSlash(a.Path))}, in)
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
