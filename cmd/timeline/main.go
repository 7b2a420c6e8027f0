// Command timeline builds the conflict-timeline site from the articles in
// content/. It only parses flags: the work is done in internal/.
//
// Usage:
//
//	timeline build [-site DIR] [-out DIR] [-review DIR] [-no-cache] [-quiet] [-cpuprofile F] [-memprofile F]
//	timeline serve [-site DIR] [-addr HOST:PORT] [-no-cache]
//	timeline import [-site DIR] -published YYYY-MM-DD [-source S] [-url U] [-title T] [-slug S] [FILE…]
//	timeline new [-site DIR] [-published YYYY-MM-DD] [-source S] [-url U] [-slug S] TITLE
//	timeline check [-site DIR] [-external] [-strict]
//	timeline eval-timex DIR
//	timeline gen-corpus -n N -out DIR [-seed S]
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"timeline/internal/build"
	"timeline/internal/corpus"
	"timeline/internal/profile"
	"timeline/internal/timebank"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `usage: timeline <command> [flags]

commands:
  build        build the site from content/ into public/
  serve        preview the site at http://127.0.0.1:1313/, rebuilt and reloaded as you save
  import       turn scraped text (files or standard input) into an article of content/
  new          write an empty article, every field explained
  check        check the articles, site.toml, the templates and every link, writing nothing
  gen-corpus   write a synthetic site of N generated articles (for benchmarks and tests)
  eval-timex   score the date tagger on French TimeBank: timeline eval-timex DIR

run "timeline <command> -h" for a command's flags
`

func run(args []string, stdout, stderr io.Writer) int {
	cmd := "build"
	if len(args) > 0 && args[0] != "" && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	switch cmd {
	case "build":
		return buildCmd(ctx, args, stdout, stderr)
	case "serve":
		return serveCmd(ctx, args, stdout, stderr)
	case "import":
		return importCmd(args, os.Stdin, stdout, stderr)
	case "new":
		return newCmd(args, stdout, stderr)
	case "check":
		return checkCmd(ctx, args, stdout, stderr)
	case "eval-timex":
		return evalCmd(args, stdout, stderr)
	case "gen-corpus":
		return genCorpusCmd(args, stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "timeline: unknown command %q\n%s", cmd, usage)
	return 2
}

func buildCmd(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	site := fs.String("site", ".", "the site folder, holding site.toml, content/, templates/ and assets/")
	out := fs.String("out", "", "the output folder (default: output in site.toml, public)")
	quiet := fs.Bool("quiet", false, "print nothing but problems")
	noCache := fs.Bool("no-cache", false, "build everything again: neither read nor write the cache in .timeline-cache/")
	review := fs.String("review", "", "also write the review listing (every article's dates, for checking) into this folder, never into the output folder")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the build to this file (read it with go tool pprof)")
	memprofile := fs.String("memprofile", "", "write a heap profile (allocations) of the build to this file")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	stopProfile, err := profile.Start(*cpuprofile, *memprofile)
	if err != nil {
		fmt.Fprintf(stderr, "timeline build: %v\n", err)
		return 1
	}
	defer func() {
		if err := stopProfile(); err != nil {
			fmt.Fprintf(stderr, "timeline build: %v\n", err)
		}
	}()
	opt := build.Options{SiteDir: *site, Out: *out, Now: time.Now(), DiskCache: !*noCache, Review: *review}
	stopProgress := func() {}
	if !*quiet && terminal(stderr) {
		opt.Progress = &build.Progress{}
		stopProgress = opt.Progress.Show(stderr, time.Second)
	}
	sum, probs := build.Run(ctx, opt)
	stopProgress()
	sum.Report(stderr, probs)
	if probs.HasErrors() {
		return 1
	}
	if !*quiet {
		sum.Table(stdout)
	}
	return 0
}

func evalCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval-timex", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: timeline eval-timex DIR\n\nScores the date tagger on the French TimeBank in DIR (its Data/ folder or the corpus root):\nthe confusion list, then strict-f1=… relaxed-f1=… value-f1=…")
	}
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	r, err := timebank.Score(fs.Arg(0))
	if err != nil {
		fmt.Fprintf(stderr, "timeline: %v\n", err)
		return 1
	}
	if _, err := r.WriteTo(stdout); err != nil {
		fmt.Fprintf(stderr, "timeline: %v\n", err)
		return 1
	}
	return 0
}

func genCorpusCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("gen-corpus", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 1000, "how many articles to write")
	out := fs.String("out", "", "the site folder to write: site.toml and content/ (required; content/ must be empty)")
	seed := fs.Uint64("seed", 1, "the generator's seed: the same seed writes the same files")
	quiet := fs.Bool("quiet", false, "print nothing but problems")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" {
		fmt.Fprintln(stderr, "timeline gen-corpus: -out is required (the folder to write the site into)")
		return 2
	}
	if err := corpus.Write(*out, *n, *seed); err != nil {
		fmt.Fprintf(stderr, "timeline gen-corpus: %v\n", err)
		return 1
	}
	if !*quiet {
		fmt.Fprintf(stdout, "wrote %d articles (seed %d) into %s; build them with: timeline build -site %s\n", *n, *seed, *out, *out)
	}
	return 0
}
