// Package render turns the timeline into the files of the published site:
// HTML pages from html/template files, the data exports (events.json,
// events.csv), the Atom feed, the sitemap, and the fingerprinted assets.
// Every file is minified: the HTML templates once, when they are loaded
// (so pages are not minified again), the other files as they are made.
//
// It computes each page's data in Go, as flat view structs that templates
// only range over and print; it writes nothing to disk: the build does.
package render

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/svg"
	"github.com/tdewolff/minify/v2/xml"
	"github.com/tdewolff/parse/v2/buffer"
	"github.com/yuin/goldmark"

	"timeline/internal/config"
	"timeline/internal/constant"
	"timeline/internal/datefmt"
	"timeline/internal/diag"
	"timeline/internal/i18n"
	"timeline/internal/store"
)

// asset is one fingerprinted asset file.
type asset struct {
	Path string // "assets/style.0a1b2c3d4e.css"
	Data []byte
}

// Site renders one site: its configuration, templates, translations and
// assets, loaded once per build.
type Site struct {
	Config *config.Site
	lang   string
	text   *i18n.Text
	about  template.HTML
	pages  map[string]*template.Template // by page kind
	// unescaped holds each kind's template as parsed, never run, for
	// pageTemplate to make the templates of pages of one root and section.
	unescaped map[string]*template.Template
	byPlace   sync.Map          // kind, root and section → *place
	assets    []asset           // fingerprinted
	asset     map[string]string // logical name → fingerprinted path
	min       *minify.M
	md        goldmark.Markdown
	tmpl      map[string]uint64 // by page kind: hash of the template files it is drawn with
	keys      map[string]uint64 // by page kind: hash of everything but the page's data (see deps.go)
	// colours gives each episode its colour class, by rank in site.toml,
	// so that a colour means the same episode on every page and chart.
	colours map[string]string
	// scratch holds the inputs plannedPages makes for their keys alone.
	scratch struct {
		source sourceIn
		month  eventMonthIn
	}
	// look indexes the timeline of the current build; plannedPages sets it.
	look *lookup
	// partials are the partial files alone, for the partial function;
	// frags keeps the rows it draws (see partial.go).
	partials *template.Template
	frags    *Fragments
	// written are the template files as written, by name, before
	// minifying: errors are reported at their lines (see minTemplate).
	written      map[string]string
	partialNames []string
}

// Kinds are the page templates a site must have, one file each.
var Kinds = []string{"index", "episode", "month", "event", "sources", "source", "list", "entities", "about", "404"}

// Dirs names the template and asset folders in messages.
const (
	TemplatesDir = "templates"
	AssetsDir    = "assets"
)

// New loads the templates and translations from tfs and the assets from
// afs. Every problem is reported, each with its file and line.
func New(cfg *config.Site, tfs, afs fs.FS) (*Site, diag.List) {
	var probs diag.List
	s := &Site{Config: cfg, lang: cfg.Language, asset: map[string]string{}, md: goldmark.New(), colours: map[string]string{}, look: &lookup{}, frags: &Fragments{}}
	for i, ep := range cfg.Episodes {
		s.colours[ep.ID] = "ep" + strconv.Itoa(i%4)
	}
	s.min = newMinifier()
	s.loadText(tfs, &probs)
	s.loadAssets(afs, &probs)
	s.loadTemplates(tfs, &probs)
	s.keys = s.kindKeys()
	return s, probs
}

func newMinifier() *minify.M {
	m := minify.New()
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true})
	m.AddFunc("text/css", css.Minify)
	m.AddFunc("application/javascript", js.Minify)
	m.AddFunc("image/svg+xml", svg.Minify)
	m.AddFunc("application/json", json.Minify)
	m.AddFunc("application/xml", xml.Minify)
	m.AddFunc("application/atom+xml", xml.Minify)
	return m
}

// mediaTypes maps file extensions to what the minifier knows.
var mediaTypes = map[string]string{
	".html": "text/html", ".css": "text/css", ".js": "application/javascript",
	".svg": "image/svg+xml", ".json": "application/json", ".xml": "application/xml",
}

// Minify minifies data by the type its path's extension names; other
// files are returned unchanged.
func (s *Site) Minify(p string, data []byte) ([]byte, error) {
	mt, ok := mediaTypes[path.Ext(p)]
	if !ok {
		return data, nil
	}
	out := buffers.Get().(*bytes.Buffer)
	defer buffers.Put(out)
	out.Reset()
	if err := s.min.Minify(mt, out, buffer.NewReader(data)); err != nil {
		return nil, fmt.Errorf("minify %s: %w", p, err)
	}
	return bytes.Clone(out.Bytes()), nil
}

// buffers are the buffers pages are executed and minified into: grown to
// the size of a page once, not for every page. What a page keeps is a
// copy of its exact size.
var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func (s *Site) loadText(tfs fs.FS, probs *diag.List) {
	text, list := i18n.Load(tfs, TemplatesDir, s.lang)
	s.text = text
	probs.Merge("", list)
	if list.HasErrors() {
		return
	}
	if !datefmt.Knows(s.lang) {
		probs.Add(diag.Warnf(config.FileName, 0, 0, "language = %q: dates are written in English, as the program writes dates in %s only",
			s.lang, strings.Join(datefmt.Languages, " and ")))
	}
	aboutName := "i18n/about." + s.lang + ".md"
	src, err := fs.ReadFile(tfs, aboutName)
	if errors.Is(err, fs.ErrNotExist) && s.lang != i18n.Fallback {
		// A language the site adds: its about page may come later.
		probs.Add(diag.Warnf(TemplatesDir+"/"+aboutName, 0, 0, "missing: the about page is shown in English (write it in this file, from %s/i18n/about.%s.md)", TemplatesDir, i18n.Fallback))
		aboutName = "i18n/about." + i18n.Fallback + ".md"
		src, err = fs.ReadFile(tfs, aboutName)
	}
	if err != nil {
		probs.Add(diag.Errorf(TemplatesDir+"/"+aboutName, 0, 0, "cannot read the about page: %v (restore the file)", err))
		return
	}
	s.about = s.markdown(string(src))
}

// markdown renders editor-written Markdown (episode descriptions, the
// about page). Raw HTML in it is not rendered: goldmark escapes it by default.
func (s *Site) markdown(src string) template.HTML {
	var b bytes.Buffer
	if err := s.md.Convert([]byte(src), &b); err != nil {
		return template.HTML(template.HTMLEscapeString(src))
	}
	return template.HTML(b.String())
}

// T returns the interface text for key (see i18n.Text.T).
func (s *Site) T(key string) string { return s.text.T(key) }

// Text returns the interface text of the site.
func (s *Site) Text() *i18n.Text { return s.text }

// count returns the text of key for n (see i18n.Text.Count).
func (s *Site) count(key string, n int) string { return s.text.Count(key, n) }

func (s *Site) loadAssets(afs fs.FS, probs *diag.List) {
	entries, err := fs.ReadDir(afs, ".")
	if err != nil {
		probs.Add(diag.Errorf(AssetsDir, 0, 0, "cannot read the assets: %v", err))
		return
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasPrefix(name, ".") || strings.HasSuffix(name, ".go") {
			continue
		}
		data, err := fs.ReadFile(afs, name)
		if err != nil {
			probs.Add(diag.Errorf(AssetsDir+"/"+name, 0, 0, "cannot read: %v", err))
			continue
		}
		min, err := s.Minify(name, data)
		if err != nil {
			probs.Add(diag.Errorf(AssetsDir+"/"+name, 0, 0, "%v (fix the syntax of the file)", errors.Unwrap(err)))
			continue
		}
		sum := sha256.Sum256(min)
		ext := path.Ext(name)
		hashed := "assets/" + strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:])[:10] + ext
		s.asset[name] = hashed
		s.assets = append(s.assets, asset{Path: hashed, Data: min})
	}
	sort.Slice(s.assets, func(i, j int) bool { return s.assets[i].Path < s.assets[j].Path })
}

var tmplLine = regexp.MustCompile(`template: ([^:]+):(\d+):(?:(\d+):)?\s*(.*)`)

// templateProblem turns an html/template error into a problem naming the
// template file and line.
func templateProblem(err error, fallback string) *diag.Problem {
	msg := err.Error()
	if m := tmplLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3])
		file := m[1]
		if !strings.HasSuffix(file, ".html") {
			file = fallback
		}
		return &diag.Problem{File: TemplatesDir + "/" + file, Line: line, Col: col, Msg: m[4] + " (fix the template)", Err: err}
	}
	return &diag.Problem{File: TemplatesDir + "/" + fallback, Msg: msg + " (fix the template)", Err: err}
}

func (s *Site) loadTemplates(tfs fs.FS, probs *diag.List) {
	funcs := s.funcs()
	s.written = map[string]string{}
	base := template.New("base.html").Funcs(funcs)
	src, err := fs.ReadFile(tfs, "base.html")
	if err != nil {
		probs.Add(diag.Errorf(TemplatesDir+"/base.html", 0, 0, "missing: every page is drawn inside it (restore templates/base.html)"))
		return
	}
	min, err := s.minTemplate("base.html", string(src))
	if err == nil {
		_, err = base.Parse(min)
	}
	if err != nil {
		probs.Add(templateProblem(err, "base.html"))
		return
	}
	shared := []string{string(src)} // the sources every page is drawn with
	// Partials: files whose name starts with "_" are shared by all pages.
	partials, _ := fs.Glob(tfs, "_*.html")
	for _, p := range partials {
		src, err := fs.ReadFile(tfs, p)
		if err != nil {
			probs.Add(diag.Errorf(TemplatesDir+"/"+p, 0, 0, "cannot read: %v", err))
			continue
		}
		min, err := s.minTemplate(p, string(src))
		if err == nil {
			_, err = base.New(p).Parse(min)
		}
		if err != nil {
			probs.Add(templateProblem(err, p))
		}
		warnRowTemplates(p, string(src), probs)
		s.partialNames = append(s.partialNames, p)
		shared = append(shared, p, string(src))
	}
	var err2 error
	if s.partials, err2 = base.Clone(); err2 != nil {
		probs.Add(templateProblem(err2, "base.html"))
		return
	}
	s.tmpl = map[string]uint64{partialKind: sourceKey(shared...)}
	s.pages = map[string]*template.Template{}
	s.unescaped = map[string]*template.Template{}
	for _, kind := range Kinds {
		name := kind + ".html"
		src, err := fs.ReadFile(tfs, name)
		if err != nil {
			probs.Add(diag.Errorf(TemplatesDir+"/"+name, 0, 0, "missing: the %s pages are drawn with it (restore templates/%s)", kind, name))
			continue
		}
		t, err := base.Clone()
		if err != nil {
			probs.Add(templateProblem(err, name))
			continue
		}
		min, err := s.minTemplate(name, string(src))
		if err == nil {
			_, err = t.New(name).Parse(min)
		}
		if err != nil {
			probs.Add(templateProblem(err, name))
			continue
		}
		if u, err := t.Clone(); err == nil {
			s.unescaped[kind] = u
		}
		s.pages[kind] = t
		s.tmpl[kind] = sourceKey(append(shared[:len(shared):len(shared)], string(src))...)
	}
}

// minTemplate returns a template's source minified, its actions kept as
// they are: minified once when loaded, the pages need no minifying. It
// keeps what is written, and parses it, to report a syntax error at the
// line and column of what the editor wrote; and it returns the source as
// written when only that parses (a construct the minifier misreads).
func (s *Site) minTemplate(name, src string) (string, error) {
	s.written[name] = src
	if _, err := template.New(name).Funcs(s.funcs()).Parse(src); err != nil {
		return "", err
	}
	return s.minifyParsed(name, src), nil
}

// minifyParsed returns a template's source, which parses, minified; or as
// it is when the minified text does not parse.
func (s *Site) minifyParsed(name, src string) string {
	var out bytes.Buffer
	m := &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true, TemplateDelims: html.GoTemplateDelims}
	if err := m.Minify(s.min, &out, strings.NewReader(src), nil); err != nil {
		return src
	}
	if _, err := template.New(name).Funcs(s.funcs()).Parse(out.String()); err != nil {
		return src
	}
	return out.String()
}

// writtenError executes p with the templates as written rather than
// minified, for an error that names the line and column the editor wrote.
func (s *Site) writtenError(p *Page) error {
	t := template.New("base.html").Funcs(s.funcs())
	names := append([]string{"base.html"}, s.partialNames...)
	names = append(names, p.Kind+".html")
	for i, name := range names {
		u := t
		if i > 0 {
			u = t.New(name)
		}
		if _, err := u.Parse(s.written[name]); err != nil {
			return err
		}
	}
	b := buffers.Get().(*bytes.Buffer)
	defer buffers.Put(b)
	b.Reset()
	err := t.ExecuteTemplate(b, "base.html", p)
	splice(nil, b.Bytes())
	return err
}

// pageTemplate returns the template p is drawn with: its kind's, with
// the constants of the pages of its root and section written as text
// (see package constant), made when the first of those pages is drawn.
// The thousands of pages of a large site have a few dozen roots and
// sections; in each page, base.html would call twelve links' escapers and
// four eq through reflection.
func (s *Site) pageTemplate(p *Page) (*template.Template, bool) {
	key := p.Kind + "\x00" + p.Root + "\x00" + p.Section
	v, ok := s.byPlace.Load(key)
	if !ok {
		v, _ = s.byPlace.LoadOrStore(key, &place{})
	}
	pl := v.(*place)
	pl.once.Do(func() {
		pl.t = s.pages[p.Kind]
		u, ok := s.unescaped[p.Kind]
		if !ok || pl.t == nil {
			return
		}
		// The choice of a group of the same templates, text, assets and
		// settings (its kind's key), root and section is the same: made
		// once, it is applied by the builds after without asking
		// html/template again (two drawings of a page per group).
		k, keyed := s.keys[p.Kind]
		h := store.NewHash()
		h.Word(k)
		h.Text(p.Root)
		h.Text(p.Section)
		if c, ok := choices.Get(s.frags.st, h.Sum()); ok && keyed {
			if t := constant.Apply(u, "base.html", s.constants(p), c); t != nil {
				pl.t = t
			}
			return
		}
		t, c := constant.Inline(u, pl.t, "base.html", p, s.constants(p))
		if t != nil {
			pl.t = t
		}
		if keyed {
			choices.Put(s.frags.st, h.Sum(), c)
		}
	})
	return pl.t, pl.t != nil
}

// constants returns the values of the constant actions on the pages of
// p's kind, root and section: what the template functions return.
func (s *Site) constants(p *Page) constant.Values {
	return constant.Values{T: s.T, Asset: s.assetPath, Lang: s.lang, Site: s.Config, Root: p.Root, Section: p.Section,
		Finish: func(printed []byte) []byte {
			var b bytes.Buffer
			splice(&b, printed)
			return b.Bytes()
		}}
}

// choices are the constants each group of pages has written as text (see
// pageTemplate), by the key of the group.
var choices = &store.Table[constant.Choice]{Name: "constants",
	Encode: func(c constant.Choice) []byte {
		var w store.Writer
		w.List(len(c), c == nil)
		for _, i := range c {
			w.Uint(uint64(i))
		}
		return w.Bytes()
	},
	Decode: func(b []byte) (constant.Choice, error) {
		r := store.NewReader(b)
		n, none := r.List()
		if none {
			return nil, r.Done()
		}
		c := make(constant.Choice, n)
		for i := range c {
			c[i] = int(r.Uint())
		}
		return c, r.Done()
	},
}

// place holds the template of the pages of one kind, root and section,
// made once.
type place struct {
	once sync.Once
	t    *template.Template
}

// draw executes the page's template, minified when loaded, and gives
// use its bytes: they are in a buffer the next page is drawn into, and
// are not copied unless use copies them (the pages of a large site are
// hundreds of megabytes together). A template that fails or panics is
// reported with its file and line; use's error is returned as is.
func (s *Site) draw(p *Page, use func([]byte) error) (err error) {
	p.compute()
	t, ok := s.pageTemplate(p)
	if !ok {
		return diag.Errorf(TemplatesDir+"/"+p.Kind+".html", 0, 0, "no template for %s pages", p.Kind)
	}
	defer func() {
		if r := recover(); r != nil {
			err = diag.Errorf(TemplatesDir+"/"+p.Kind+".html", 0, 0, "the template failed on %s: %v (fix the template)", p.Path, r)
		}
	}()
	b := buffers.Get().(*bytes.Buffer)
	defer buffers.Put(b)
	b.Reset()
	if err := t.ExecuteTemplate(b, "base.html", p); err != nil {
		splice(nil, b.Bytes())
		if werr := s.writtenError(p); werr != nil {
			err = werr
		}
		pr := templateProblem(err, p.Kind+".html")
		pr.Msg = "on " + p.Path + ": " + pr.Msg
		return pr
	}
	page := buffers.Get().(*bytes.Buffer)
	defer buffers.Put(page)
	page.Reset()
	page.Grow(b.Len())
	splice(page, b.Bytes())
	return use(page.Bytes())
}
