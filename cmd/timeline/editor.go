package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"timeline/internal/build"
	"timeline/internal/diag"
	"timeline/internal/draft"
	"timeline/internal/serve"
	"timeline/internal/webpage"
)

// terminal reports whether w is a terminal, where progress is shown.
func terminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func serveCmd(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	site := fs.String("site", ".", "the site folder, holding site.toml, content/, templates/ and assets/")
	addr := fs.String("addr", "127.0.0.1:1313", "the address to serve on; the default is reachable from this machine only")
	noCache := fs.Bool("no-cache", false, "start from nothing: neither read nor write the cache in .timeline-cache/")
	if _, st, ok := parseFlags(fs, args, stdout, stderr); !ok {
		return st
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "timeline serve: %v (another program uses the port? choose another with -addr 127.0.0.1:1314)\n", err)
		return 1
	}
	if a, ok := ln.Addr().(*net.TCPAddr); ok && !a.IP.IsLoopback() {
		fmt.Fprintf(stderr, "timeline serve: warning: %s is reachable from other machines; the preview is meant for this one (-addr 127.0.0.1:1313)\n", ln.Addr())
	}
	cache := build.NewCache()
	if !*noCache {
		cache = build.WarmCache(*site)
	}
	srv := serve.New(serve.Options{SiteDir: *site, Cache: cache, Log: stderr, Now: editorNow})
	err = srv.Run(ctx, ln)
	if !*noCache {
		if err := cache.Save(); err != nil {
			fmt.Fprintf(stderr, "timeline serve: %v\n", err)
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "timeline serve: %v\n", err)
		return 1
	}
	return 0
}

// factFlags are the front matter fields import and new take as flags.
func factFlags(fs *flag.FlagSet, f *draft.Facts) {
	fs.StringVar(&f.Published, "published", "", "the publication date, YYYY-MM-DD")
	fs.StringVar(&f.Source, "source", "", "the outlet: newspaper, agency or site")
	fs.StringVar(&f.URL, "url", "", "the address of the original article (https://…)")
	fs.StringVar(&f.Language, "language", "", "the language of the text, fr or en (default: the site's)")
	fs.StringVar(&f.Slug, "slug", "", "the address of the article's page (default: the date and the title)")
}

func importCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	site := fs.String("site", ".", "the site folder")
	var f draft.Facts
	factFlags(fs, &f)
	fs.StringVar(&f.Title, "title", "", "the headline (default: the page's, or the first line of article text)")
	list := fs.String("list", "", "a file of addresses to import, one a line (# starts a comment)")
	timeout := fs.Duration("timeout", webpage.DefaultTimeout, "how long to wait for each page")
	args, st, ok := parseFlags(fs, args, stdout, stderr)
	if !ok {
		return st
	}
	inputs, err := importInputs(args, *list)
	if err != nil {
		fmt.Fprintf(stderr, "timeline import: %v\n", err)
		return 1
	}
	if len(inputs) > 1 && (f.Title != "" || f.URL != "" || f.Slug != "") {
		fmt.Fprintln(stderr, "timeline import: -title, -url and -slug belong to one article: import the files one at a time")
		return 2
	}
	seen, p := draft.NewIndex(*site)
	if p != nil {
		fmt.Fprintln(stderr, p.Error())
		return 1
	}
	// Ctrl+C stops a fetch under way; what was imported stays.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	in := importer{site: *site, facts: f, seen: seen, stdin: stdin, fetch: webpage.Options{Timeout: *timeout}}
	var imported, skipped int
	var failed []string
	for i, name := range inputs {
		if ctx.Err() != nil {
			failed = append(failed, fmt.Sprintf("%s and %d more: stopped", name, len(inputs)-i-1))
			break
		}
		if len(inputs) > 1 {
			fmt.Fprintf(stdout, "[%d/%d] %s\n", i+1, len(inputs), name)
		}
		r, probs, err := in.one(ctx, name)
		switch {
		case err != nil:
			fmt.Fprintf(stderr, "%s: %v\n", name, err)
			failed = append(failed, fmt.Sprintf("%s: %v", name, err))
			continue
		case r == nil && duplicate(probs):
			for _, p := range probs {
				fmt.Fprintf(stdout, "  skipped: %s\n", p.Msg)
			}
			skipped++
			continue
		}
		if wrote(stdout, stderr, name, r, probs) != 0 {
			why := "not imported"
			if errs := probs.Errors(); len(errs) > 0 {
				why = errs[0].Msg
			}
			failed = append(failed, fmt.Sprintf("%s: %s", name, why))
			continue
		}
		imported++
		a := r.Article
		fmt.Fprintf(stdout, "  source %q, published %s, language %s, url %q\n", a.Outlet, a.Day(), a.Language, a.URL)
		fmt.Fprintf(stdout, "  %d dates found; preview with make serve, the dates at /_review/%s.html\n", r.Dates, a.Slug)
	}
	if len(inputs) > 1 {
		fmt.Fprintf(stdout, "imported %d, duplicates skipped %d, failed %d\n", imported, skipped, len(failed))
		for _, why := range failed {
			fmt.Fprintf(stdout, "  failed: %s\n", why)
		}
	}
	if len(failed) > 0 {
		return 1
	}
	return 0
}

// importInputs returns what import reads: the arguments, a file of
// addresses among them replaced by its addresses, then those of list.
func importInputs(args []string, list string) ([]string, error) {
	var inputs []string
	for _, a := range args {
		if a == "-" || isAddress(a) || isPage(a, nil) {
			inputs = append(inputs, a)
			continue
		}
		data, err := os.ReadFile(a)
		if err != nil {
			inputs = append(inputs, a) // its import says why it cannot be read
			continue
		}
		if addrs := addresses(data); len(addrs) > 0 {
			inputs = append(inputs, addrs...)
		} else {
			inputs = append(inputs, a)
		}
	}
	if list != "" {
		data, err := os.ReadFile(list)
		if err != nil {
			return nil, fmt.Errorf("-list: cannot read: %w", errors.Unwrap(err))
		}
		addrs := addresses(data)
		if len(addrs) == 0 {
			return nil, fmt.Errorf("-list: %s holds no address (write one https://… a line)", list)
		}
		inputs = append(inputs, addrs...)
	}
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	return inputs, nil
}

// addresses returns the addresses of a list, one a line, blank lines and
// "#" comments left out; nil when a line is something else: the file is
// an article's text, not a list.
func addresses(data []byte) []string {
	var out []string
	for line := range strings.Lines(string(data)) {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case isAddress(line) && !strings.ContainsAny(line, " \t"):
			out = append(out, line)
		default:
			return nil
		}
	}
	return out
}

func isAddress(s string) bool {
	return strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://")
}

// isPage reports whether a file is a saved web page: by its name, or by
// its first bytes when data is given.
func isPage(name string, data []byte) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return true
	}
	return data != nil && strings.HasPrefix(http.DetectContentType(data), "text/html")
}

// duplicate reports whether probs refuse an article already in content/.
func duplicate(probs diag.List) bool {
	for _, p := range probs {
		if errors.Is(p, draft.ErrDuplicate) {
			return true
		}
	}
	return false
}

// importer imports one input after another into one site.
type importer struct {
	site  string
	facts draft.Facts
	seen  *draft.Index
	stdin io.Reader
	fetch webpage.Options
}

// one imports an address, a saved page, a file of text, or the standard
// input ("-"); err says why an address or a file could not be read.
func (in *importer) one(ctx context.Context, name string) (*draft.Result, diag.List, error) {
	var data []byte
	var err error
	switch {
	case isAddress(name):
		resp, err := webpage.Fetch(ctx, name, in.fetch)
		if err != nil {
			return nil, nil, err
		}
		page, err := webpage.Read(resp.Body, resp.ContentType, resp.URL)
		if err != nil {
			return nil, nil, err
		}
		r, probs := draft.ImportPage(in.site, page, in.facts, editorNow(), in.seen)
		return r, probs, nil
	case name == "-":
		data, err = io.ReadAll(in.stdin)
	default:
		data, err = os.ReadFile(name)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("cannot read: %w", errors.Unwrap(err))
	}
	if name != "-" && isPage(name, data) {
		page, err := webpage.Read(data, "", name)
		if err != nil {
			return nil, nil, err
		}
		r, probs := draft.ImportPage(in.site, page, in.facts, editorNow(), in.seen)
		return r, probs, nil
	}
	r, probs := draft.Import(in.site, data, in.facts, editorNow(), in.seen)
	return r, probs, nil
}

func newCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("new", flag.ContinueOnError)
	site := fs.String("site", ".", "the site folder")
	var f draft.Facts
	factFlags(fs, &f)
	title, st, ok := parseFlags(fs, args, stdout, stderr)
	if !ok {
		return st
	}
	f.Title = strings.Join(title, " ")
	r, probs := draft.New(*site, f, editorNow())
	status := wrote(stdout, stderr, "", r, probs)
	if r != nil {
		fmt.Fprintln(stdout, "  a draft: fill in its fields, paste the text after the second +++, preview with timeline serve\n  (make serve), and remove the line draft = true to publish it")
	}
	return status

}

// wrote reports an article import or new wrote, or why they did not.
func wrote(stdout, stderr io.Writer, from string, r *draft.Result, probs diag.List) int {
	for _, p := range probs {
		fmt.Fprintln(stderr, p.Error())
	}
	if r == nil {
		if from != "" && from != "-" {
			fmt.Fprintf(stderr, "%s: not imported\n", from)
		}
		return 1
	}
	fmt.Fprintf(stdout, "wrote %s: “%s”\n", r.Path, r.Article.Title)
	return 0
}

func checkCmd(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	site := fs.String("site", ".", "the site folder")
	external := fs.Bool("external", false, "also fetch every outbound link (the articles' url; not the site's own, under base_url) and report those that lead nowhere")
	strict := fs.Bool("strict", false, "fail on warnings too")
	noCache := fs.Bool("no-cache", false, "read every article again: do not start from the cache in .timeline-cache/")
	if _, st, ok := parseFlags(fs, args, stdout, stderr); !ok {
		return st
	}
	var cache *build.Cache
	if !*noCache {
		cache = build.WarmCache(*site)
	}
	rep, probs := build.Check(ctx, build.CheckOptions{SiteDir: *site, Now: editorNow(), Cache: cache, External: *external})
	for _, p := range probs {
		fmt.Fprintln(stdout, p.Error())
	}
	errs := len(probs.Errors())
	sum := rep.Summary
	fmt.Fprintf(stderr, "check: %s", build.Plural(sum.Articles, "article"))
	if sum.Drafts > 0 {
		fmt.Fprintf(stderr, " (%s)", build.Plural(sum.Drafts, "draft"))
	}
	built := sum.Pages > 0 // the pages are made once the articles and site.toml hold no error
	if built {
		fmt.Fprintf(stderr, ", %s, %s", build.Plural(sum.Pages, "page"), build.Plural(rep.Links, "internal link"))
	}
	if *external && built {
		fmt.Fprintf(stderr, ", %s", build.Plural(rep.External, "outbound link"))
	}
	fmt.Fprintf(stderr, ": %s, %s", build.Plural(errs, "error"), build.Plural(len(probs)-errs, "warning"))
	if !built && errs > 0 {
		fmt.Fprint(stderr, " (the pages and their links are checked once the errors are fixed)")
	}
	fmt.Fprintln(stderr)
	if errs > 0 || (*strict && len(probs) > 0) {
		return 1
	}
	return 0
}
