// Command timeline builds the conflict-timeline site from the articles in
// content/. It only parses flags: the work is done in internal/.
//
// Usage:
//
//	timeline build [-site DIR] [-out DIR] [-quiet]
//	timeline eval-timex DIR
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
	"timeline/internal/timebank"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `usage: timeline <command> [flags]

commands:
  build       build the site from content/ into public/
  eval-timex  score the date tagger on French TimeBank: timeline eval-timex DIR

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
	case "eval-timex":
		return evalCmd(args, stdout, stderr)
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
	if err := fs.Parse(args); err != nil {
		return 2
	}
	sum, probs := build.Run(ctx, build.Options{Site: *site, Out: *out, Now: time.Now()})
	build.Report(stderr, probs)
	if probs.HasErrors() {
		return 1
	}
	if !*quiet {
		fmt.Fprintln(stdout, sum.Line())
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
