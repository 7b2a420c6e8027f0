package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"time"

	"timeline/internal/build"
	"timeline/internal/diag"
	"timeline/internal/draft"
	"timeline/internal/serve"
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
	fs.SetOutput(stderr)
	site := fs.String("site", ".", "the site folder, holding site.toml, content/, templates/ and assets/")
	addr := fs.String("addr", "127.0.0.1:1313", "the address to serve on; the default is reachable from this machine only")
	noCache := fs.Bool("no-cache", false, "start from nothing: neither read nor write the cache in .timeline-cache/")
	if err := fs.Parse(args); err != nil {
		return 2
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
	srv := serve.New(serve.Options{SiteDir: *site, Cache: cache, Log: stderr})
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
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: timeline import -published YYYY-MM-DD [flags] [FILE…]\n\nTurns scraped text into content/<slug>.md; with no FILE, or -, reads the standard input.")
		fs.PrintDefaults()
	}
	site := fs.String("site", ".", "the site folder")
	var f draft.Facts
	factFlags(fs, &f)
	fs.StringVar(&f.Title, "title", "", "the headline (default: the first line of article text)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	if len(files) > 1 && (f.Title != "" || f.URL != "" || f.Slug != "") {
		fmt.Fprintln(stderr, "timeline import: -title, -url and -slug belong to one article: import the files one at a time")
		return 2
	}
	status := 0
	for _, name := range files {
		var text []byte
		var err error
		if name == "-" {
			text, err = io.ReadAll(stdin)
		} else {
			text, err = os.ReadFile(name)
		}
		if err != nil {
			fmt.Fprintf(stderr, "%s: cannot read: %v\n", name, errors.Unwrap(err))
			status = 1
			continue
		}
		r, probs := draft.Import(*site, text, f, time.Now(), nil)
		status = max(status, wrote(stdout, stderr, name, r, probs))
		if r != nil {
			fmt.Fprintf(stdout, "  %d dates found; preview with make serve, the dates at /_review/%s.html\n", r.Dates, r.Article.Slug)
		}
	}
	return status
}

func newCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("new", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: timeline new [flags] TITLE\n\nWrites an empty article, content/<date>-<title>.md, with every front matter field explained.")
		fs.PrintDefaults()
	}
	site := fs.String("site", ".", "the site folder")
	var f draft.Facts
	factFlags(fs, &f)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	f.Title = strings.Join(fs.Args(), " ")
	r, probs := draft.New(*site, f, time.Now())
	status := wrote(stdout, stderr, "", r, probs)
	if r != nil {
		fmt.Fprintln(stdout, "  fill in its fields, paste the text after the second +++, then preview with make serve")
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
	fs.SetOutput(stderr)
	site := fs.String("site", ".", "the site folder")
	external := fs.Bool("external", false, "also fetch every outbound link (the articles' url) and report those that lead nowhere")
	strict := fs.Bool("strict", false, "fail on warnings too")
	noCache := fs.Bool("no-cache", false, "read every article again: do not start from the cache in .timeline-cache/")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var cache *build.Cache
	if !*noCache {
		cache = build.WarmCache(*site)
	}
	rep, probs := build.Check(ctx, build.CheckOptions{SiteDir: *site, Now: time.Now(), Cache: cache, External: *external})
	for _, p := range probs {
		fmt.Fprintln(stdout, p.Error())
	}
	errs := len(probs.Errors())
	fmt.Fprintf(stderr, "check: %d articles, %d pages, %d internal links", rep.Summary.Articles, rep.Summary.Pages, rep.Links)
	if *external {
		fmt.Fprintf(stderr, ", %d outbound links", rep.External)
	}
	fmt.Fprintf(stderr, ": %s, %s\n", build.Plural(errs, "error"), build.Plural(len(probs)-errs, "warning"))
	if errs > 0 || (*strict && len(probs) > 0) {
		return 1
	}
	return 0
}
