package serve

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"

	"timeline/internal/diag"
)

// reloadJS reloads the page when a build other than the one it was served
// from is announced. It is a file of its own, served from the site's
// origin, so that the pages' Content-Security-Policy (script-src 'self',
// connect-src 'self') lets it run and connect.
//
//go:embed reload.js
var reloadJS []byte

// ServeHTTP serves the last build: its files from memory, under the site's
// path; the error page while the last build failed; the reload script and
// the build events; the review listing under /_review/.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	switch r.URL.Path {
	case scriptPath:
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.Write(reloadJS)
		return
	case eventsPath:
		s.events(w, r)
		return
	case draftsPath:
		w.Header().Set("Content-Type", "text/css; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		if st := s.current(); st != nil {
			w.Write(st.marks.css)
		}
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	st := s.current()
	w.Header().Set("Cache-Control", "no-store")
	if st == nil {
		http.Error(w, "the site is being built", http.StatusServiceUnavailable)
		return
	}
	if st.errs != nil {
		s.errorPage(w, st)
		return
	}
	if strings.HasPrefix(r.URL.Path, reviewPath) || r.URL.Path+"/" == reviewPath {
		s.review(w, r, st)
		return
	}
	s.file(w, r, st)
}

// file serves one file of the site, its page marked when it shows a
// draft. The request's path, already decoded, is cleaned before it names
// a file, and names can only be those of the site in memory: no request
// reaches the file system.
func (s *Server) file(w http.ResponseWriter, r *http.Request, st *state) {
	p := r.URL.Path
	if !strings.HasPrefix(p, st.base) {
		if p == "/" || p+"/" == st.base {
			http.Redirect(w, r, st.base, http.StatusFound)
			return
		}
		s.notFound(w, st)
		return
	}
	rel := strings.TrimPrefix(path.Clean("/"+strings.TrimPrefix(p, st.base)), "/")
	name := rel
	if name == "" || strings.HasSuffix(p, "/") {
		name = path.Join(rel, "index.html")
	}
	data, ok := st.res.File(name)
	if !ok {
		if _, dir := st.res.File(path.Join(rel, "index.html")); dir && rel != "" {
			http.Redirect(w, r, st.base+rel+"/", http.StatusMovedPermanently)
			return
		}
		s.notFound(w, st)
		return
	}
	if path.Ext(name) == ".html" {
		data = st.marks.mark(data, name)
	}
	s.send(w, r, name, data, st.id, http.StatusOK)
}

func (s *Server) notFound(w http.ResponseWriter, st *state) {
	if data, ok := st.res.File("404.html"); ok {
		s.send(w, nil, "404.html", data, st.id, http.StatusNotFound)
		return
	}
	http.Error(w, "not found", http.StatusNotFound)
}

// types are the site's media types, fixed rather than read from the
// machine's mime.types, so that every machine serves the same.
var types = map[string]string{
	".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
	".js": "text/javascript; charset=utf-8", ".json": "application/json",
	".csv": "text/csv; charset=utf-8", ".xml": "application/xml; charset=utf-8",
	".svg": "image/svg+xml", ".txt": "text/plain; charset=utf-8",
	".png": "image/png", ".jpg": "image/jpeg", ".webp": "image/webp", ".woff2": "font/woff2",
}

// send writes a file; an HTML page gets the reload script.
func (s *Server) send(w http.ResponseWriter, r *http.Request, name string, data []byte, id string, status int) {
	ext := path.Ext(name)
	ct, ok := types[ext]
	if !ok {
		if ct = mime.TypeByExtension(ext); ct == "" {
			ct = "application/octet-stream"
		}
	}
	if ext == ".html" {
		data = inject(data, id)
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Content-Length", fmt.Sprint(len(data)))
	w.WriteHeader(status)
	if r == nil || r.Method != http.MethodHead {
		w.Write(data)
	}
}

// inject adds the reload script to a page, in its head: the page is sent
// with it, the built file is left as it is.
func inject(page []byte, id string) []byte {
	return insertBefore(page, "</head>", scriptTag(id))
}

func scriptTag(id string) string {
	return `<script src="` + scriptPath + `" data-build="` + template.HTMLEscapeString(id) + `" defer></script>`
}

// events streams the id of each build to a page: first the current one,
// then one per build. The reload script compares it with its own.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-store")
	ch := s.subscribe()
	defer s.unsubscribe(ch)
	// A page reconnects half a second after the server restarts.
	fmt.Fprint(w, "retry: 500\n\n")
	if st := s.current(); st != nil {
		fmt.Fprintf(w, "event: reload\ndata: %s\n\n", st.id)
	}
	fl.Flush()
	ping := time.NewTicker(15 * time.Second)
	defer ping.Stop()
	for {
		select {
		case id := <-ch:
			fmt.Fprintf(w, "event: reload\ndata: %s\n\n", id)
		case <-ping.C:
			fmt.Fprint(w, ": ping\n\n")
		case <-r.Context().Done():
			return
		case <-s.done:
			return
		}
		fl.Flush()
	}
}

// errorWords are the error page's words in languages other than English:
// it speaks the site's language.
var errorWords = diag.Catalog{"fr": {
	"The build failed — timeline": "La construction a échoué — timeline",
	"The build failed":            "La construction a échoué",
	"1 problem stops the build. Fix it and save: this page turns back into the site by itself.":    "1 problème arrête la construction. Corrigez-le et enregistrez : cette page redeviendra le site d’elle-même.",
	"%d problems stop the build. Fix them and save: this page turns back into the site by itself.": "%d problèmes arrêtent la construction. Corrigez-les et enregistrez : cette page redeviendra le site d’elle-même.",
	"Warnings": "Avertissements",
}}

var errorTmpl = template.Must(template.New("error").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}li{margin:.5rem 0}code{white-space:pre-wrap;overflow-wrap:anywhere}</style>
{{.Script}}
</head>
<body>
<h1>{{.Heading}}</h1>
<p>{{.Lead}}</p>
<ol>
{{range .Errors}}<li><code>{{.Error}}</code></li>
{{end}}</ol>
{{with .Warnings}}<h2>{{$.WarningsHeading}}</h2>
<ul>
{{range .}}<li><code>{{.Error}}</code></li>
{{end}}</ul>{{end}}
</body>
</html>
`))

// errorPage answers every request while the last build failed: status
// 500, each problem as file:line:col: message.
func (s *Server) errorPage(w http.ResponseWriter, st *state) {
	lang := "en"
	if st.sum != nil && errorWords[st.sum.Lang] != nil {
		lang = st.sum.Lang
	}
	lead := errorWords.Sprintf(lang, "%d problems stop the build. Fix them and save: this page turns back into the site by itself.", len(st.errs))
	if len(st.errs) == 1 {
		lead = errorWords.Sprintf(lang, "1 problem stops the build. Fix it and save: this page turns back into the site by itself.")
	}
	var b bytes.Buffer
	err := errorTmpl.Execute(&b, map[string]any{
		"Lang":            lang,
		"Title":           errorWords.Sprintf(lang, "The build failed — timeline"),
		"Heading":         errorWords.Sprintf(lang, "The build failed"),
		"Lead":            lead,
		"WarningsHeading": errorWords.Sprintf(lang, "Warnings"),
		"Script":          template.HTML(scriptTag(st.id)),
		"Errors":          st.errs,
		"Warnings":        st.probs.Warnings(),
	})
	if err != nil {
		http.Error(w, st.errs.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusInternalServerError)
	w.Write(b.Bytes())
}
