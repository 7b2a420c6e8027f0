// Command timeline builds the conflict-timeline site from the articles in
// content/. It only parses flags: the work is done in internal/.
//
// Usage:
//
//	timeline                               the list of commands (also -h, --help, help)
//	timeline help COMMAND                  a command's flags (also timeline COMMAND -h)
//	timeline init [-language fr|en] DIR
//	timeline new [-site DIR] [-published YYYY-MM-DD] [-source S] [-url U] [-language L] [-slug S] TITLE
//	timeline import [-site DIR] [-published YYYY-MM-DD] [-source S] [-url U] [-title T] [-language L] [-slug S] [-list F] [-timeout D] [ADDRESS|PAGE.html|FILE…]
//	timeline serve [-site DIR] [-addr HOST:PORT] [-no-cache]
//	timeline check [-site DIR] [-external] [-strict] [-no-cache]
//	timeline build [-site DIR] [-out DIR] [-drafts] [-review DIR] [-no-cache] [-quiet] [-cpuprofile F] [-memprofile F]
//	timeline version
//	timeline gen-corpus -n N -out DIR [-seed S]
//	timeline eval-timex DIR
//
// Flags go before or after the arguments, as hugo and zola take them.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"timeline/internal/build"
	"timeline/internal/corpus"
	"timeline/internal/draft"
	"timeline/internal/profile"
	"timeline/internal/timebank"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// command is one of timeline's commands, as its help shows it.
type command struct {
	name    string
	args    string // what follows the flags in its usage line: "TITLE", "DIR"; "" when it takes none
	summary string // one line, in the list of commands
	about   string // its help's paragraph
	dev     bool   // a developer's command, listed apart
}

// commands are listed in the order an editor meets them.
var commands = []command{
	{name: "init", args: "DIR", summary: "create a new site in a folder: site.toml and content/",
		about: "Creates a new site in DIR (made when it does not exist; refused when it holds anything): site.toml,\nits values to replace, each explained, and content/, where the articles go, with the site's own\nplaces and actors (content/places.toml, content/actors.toml: empty, with how to add to them).\nThe site builds at once, with no article yet."},
	{name: "new", args: "TITLE", summary: "write a new article, a draft with every field explained",
		about: "Writes content/<date>-<title>.md: the front matter, every field explained, with draft = true, for\nyou to fill in and paste the text after. A draft is left out of the published site; serve shows\nit, marked. Remove the line draft = true to publish it. The date is today's unless -published gives one."},
	{name: "import", args: "[ADDRESS|PAGE.html|FILE…]", summary: "turn a web page (its address, or saved) or copied text into an article of content/",
		about: "Reads each web page (an https:// address, a saved .html page, or the addresses listed in -list F,\none a line) and writes content/<date>-<title>.md: its title, date, outlet, address and language from\nthe page's own facts, its text without the page's menus and furniture; the flags win over the page.\nA page already in content/ (same address) is skipped; a text nearly the same as an article's is\nwritten with a warning. With a text file, or - or nothing (the standard input), the text as it is."},
	{name: "serve", summary: "preview the site, drafts included and marked, rebuilt and reloaded as you save",
		about: "Builds the site in memory, drafts included and marked, and serves it at http://127.0.0.1:1313/\nwith the review of the dates at /_review/; rebuilds and reloads the open pages at every save."},
	{name: "check", summary: "check the articles, site.toml, the templates and every link, writing nothing",
		about: "Checks everything a build reads, drafts included, and every link of the site, and writes nothing:\none line per problem, then what it read and how many errors and warnings."},
	{name: "build", summary: "build the site from content/ into public/, drafts left out",
		about: "Builds the site into the output folder (site.toml's output, public/ by default), which it replaces\nonly when every stage succeeded. Drafts (draft = true) are left out unless -drafts."},
	{name: "version", summary: "print the version and the commit the program was built from",
		about: "Prints the program's version and the commit it was built from (its time, and whether the work\ntree had changes not committed), from what the Go toolchain wrote into the binary."},
	{name: "help", args: "[COMMAND]", summary: "list the commands, or give a command's flags: timeline help build"},
	{name: "gen-corpus", summary: "write a synthetic site of N generated articles, for benchmarks and tests", dev: true,
		about: "Writes a site of N generated articles into -out (site.toml and content/; content/ must be empty):\nthe same bytes for the same seed."},
	{name: "eval-timex", args: "DIR", summary: "score the date tagger on French TimeBank (make eval)", dev: true,
		about: "Scores the date tagger on the French TimeBank in DIR (its Data/ folder or the corpus root):\nthe confusion list, then strict-f1=… relaxed-f1=… value-f1=…"},
}

func find(name string) (command, bool) {
	for _, c := range commands {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

// usage writes the list of commands.
func usage(w io.Writer) {
	fmt.Fprint(w, "timeline turns press articles (content/*.md) into a timeline website (public/).\n\nUsage:\n  timeline <command> [flags] [arguments]\n\nCommands:\n")
	list := func(dev bool) {
		for _, c := range commands {
			if c.dev == dev {
				fmt.Fprintf(w, "  %-11s %s\n", c.name, c.summary)
			}
		}
	}
	list(false)
	fmt.Fprint(w, "\nFor developers:\n")
	list(true)
	fmt.Fprint(w, "\nFlags go before or after the arguments: timeline new \"Le titre\" -source AFP.\n"+
		"\"timeline help <command>\" or \"timeline <command> -h\" gives a command's flags.\n")
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stdout)
		return 0
	}
	name, args := args[0], args[1:]
	switch name {
	case "-h", "-help", "--help":
		usage(stdout)
		return 0
	case "-version", "--version":
		name = "version"
	case "help":
		if len(args) == 0 {
			usage(stdout)
			return 0
		}
		// "timeline help build" is "timeline build -h".
		if _, ok := find(args[0]); ok && args[0] != "help" {
			name, args = args[0], []string{"-h"}
		} else if args[0] == "help" || strings.HasPrefix(args[0], "-") {
			usage(stdout)
			return 0
		} else {
			fmt.Fprintf(stderr, "timeline help: unknown command %q (the commands are listed by: timeline help)\n", args[0])
			return 2
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	switch name {
	case "init":
		return initCmd(args, stdout, stderr)
	case "new":
		return newCmd(args, stdout, stderr)
	case "import":
		return importCmd(args, os.Stdin, stdout, stderr)
	case "serve":
		return serveCmd(ctx, args, stdout, stderr)
	case "check":
		return checkCmd(ctx, args, stdout, stderr)
	case "build":
		return buildCmd(ctx, args, stdout, stderr)
	case "version":
		return versionCmd(args, stdout, stderr)
	case "eval-timex":
		return evalCmd(args, stdout, stderr)
	case "gen-corpus":
		return genCorpusCmd(args, stdout, stderr)
	}
	if strings.HasPrefix(name, "-") {
		fmt.Fprintf(stderr, "timeline: %s: a command comes first, then its flags (timeline build %s …; the commands are listed by: timeline help)\n", name, name)
	} else {
		fmt.Fprintf(stderr, "timeline: unknown command %q (the commands are listed by: timeline help)\n", name)
	}
	return 2
}

// parseFlags parses the flags of command fs.Name() from args, before and
// after its arguments, which it returns: the standard flag package stops
// at the first argument, and "timeline new Titre -source AFP" would have
// the title "Titre -source AFP". After "--", everything is an argument.
// -h prints the command's help on stdout: ok is then false, with status
// 0; a flag it does not know is an error on stderr, status 2. A command
// that takes no argument is given none.
func parseFlags(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) (pos []string, status int, ok bool) {
	c, _ := find(fs.Name())
	fs.SetOutput(stderr) // flag's own message: "flag provided but not defined: -x"
	fs.Usage = func() {}
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			help(stdout, c, fs)
			return nil, 0, false
		}
		if err != nil {
			fmt.Fprintf(stderr, "usage: %s (timeline help %s gives its flags)\n", usageLine(c), c.name)
			return nil, 2, false
		}
		rest := fs.Args()
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			pos = append(pos, rest...)
			break
		}
		if len(rest) == 0 {
			break
		}
		pos, args = append(pos, rest[0]), rest[1:]
	}
	if c.args == "" && len(pos) > 0 {
		fmt.Fprintf(stderr, "timeline %s: %q: the command takes flags only (usage: %s)\n", c.name, pos[0], usageLine(c))
		return nil, 2, false
	}
	return pos, 0, true
}

func usageLine(c command) string {
	return strings.TrimSpace("timeline " + c.name + " [flags] " + c.args)
}

// help writes a command's help: its usage line, what it does, its flags.
func help(w io.Writer, c command, fs *flag.FlagSet) {
	fmt.Fprintf(w, "usage: %s\n\n", usageLine(c))
	if c.about != "" {
		fmt.Fprintf(w, "%s\n\n", c.about)
	}
	fmt.Fprint(w, "Flags, before or after the arguments:\n")
	fs.SetOutput(w)
	fs.PrintDefaults()
}

// editorNow is the build's "now": the machine's clock, in the editor's
// time zone (see localZone), where "today" is the editor's day.
func editorNow() time.Time { return time.Now().In(localZone()) }

// localZone returns the machine's time zone, with its name in the time
// zone database when it can tell it, for messages to say it ("after
// today, 2026-12-07 (Europe/Paris)"): time.Local is always named "Local".
// It looks where the Go runtime does — $TZ, then /etc/localtime, a link
// into the database on most systems — and returns time.Local otherwise.
func localZone() *time.Location {
	if tz, set := os.LookupEnv("TZ"); set {
		// TZ="" is UTC, as for the runtime.
		if loc, err := time.LoadLocation(strings.TrimPrefix(tz, ":")); err == nil {
			return loc
		}
		return time.Local
	}
	if target, err := os.Readlink("/etc/localtime"); err == nil {
		if _, name, ok := strings.Cut(target, "zoneinfo/"); ok {
			if loc, err := time.LoadLocation(name); err == nil {
				return loc
			}
		}
	}
	return time.Local
}

func buildCmd(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	site := fs.String("site", ".", "the site folder, holding site.toml, content/, templates/ and assets/")
	out := fs.String("out", "", "the output folder (default: output in site.toml, public)")
	drafts := fs.Bool("drafts", false, "include the drafts (articles with draft = true), which are left out otherwise")
	quiet := fs.Bool("quiet", false, "print nothing but problems")
	noCache := fs.Bool("no-cache", false, "build everything again: neither read nor write the cache in .timeline-cache/")
	review := fs.String("review", "", "also write the review listing (every article's dates, for checking) into this folder, never into the output folder")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the build to this file (read it with go tool pprof)")
	memprofile := fs.String("memprofile", "", "write a heap profile (allocations) of the build to this file")
	if _, st, ok := parseFlags(fs, args, stdout, stderr); !ok {
		return st
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
	opt := build.Options{SiteDir: *site, Out: *out, Now: editorNow(), DiskCache: !*noCache, Review: *review, Drafts: *drafts}
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

func initCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("init", flag.ContinueOnError)
	lang := fs.String("language", "fr", "the language of the site's pages, and of its articles by default: fr or en")
	pos, st, ok := parseFlags(fs, args, stdout, stderr)
	if !ok {
		return st
	}
	if len(pos) != 1 {
		fmt.Fprintln(stderr, "timeline init: give the folder of the new site (timeline init my-site)")
		return 2
	}
	dir := pos[0]
	files, err := draft.Init(dir, *lang)
	if err != nil {
		fmt.Fprintf(stderr, "timeline init: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "created a new site in %s:\n", dir)
	for _, f := range files {
		fmt.Fprintf(stdout, "  %s\n", f)
	}
	fmt.Fprintf(stdout, "next: cd %s, replace the values of site.toml, then add an article:\n"+
		"  timeline new \"The headline\"   (or timeline import …)\n"+
		"  timeline serve                 (preview at http://127.0.0.1:1313/)\n", dir)
	return 0
}

func versionCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("version", flag.ContinueOnError)
	if _, st, ok := parseFlags(fs, args, stdout, stderr); !ok {
		return st
	}
	info, _ := debug.ReadBuildInfo()
	fmt.Fprint(stdout, version(info))
	return 0
}

// version describes the program from the build information the Go
// toolchain wrote into it (nil when there is none): its version, "(devel)"
// for a build from a work tree, and the commit, its time and whether the
// work tree had changes not committed, when go build could tell them.
func version(info *debug.BuildInfo) string {
	v, commit, at, modified := "(devel)", "", "", false
	goVersion := runtime.Version()
	if info != nil {
		if info.Main.Version != "" {
			v = info.Main.Version
		}
		goVersion = info.GoVersion
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				commit = s.Value
			case "vcs.time":
				at = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "timeline %s\n", v)
	if commit == "" {
		b.WriteString("commit unknown (not recorded: go build records it in a git clone, go run and go test do not)\n")
	} else {
		b.WriteString("commit " + commit)
		if at != "" {
			b.WriteString(" of " + at)
		}
		if modified {
			b.WriteString(", with changes not committed")
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "built with %s for %s/%s\n", goVersion, runtime.GOOS, runtime.GOARCH)
	return b.String()
}

func evalCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval-timex", flag.ContinueOnError)
	pos, st, ok := parseFlags(fs, args, stdout, stderr)
	if !ok {
		return st
	}
	if len(pos) != 1 {
		fmt.Fprintln(stderr, "usage: timeline eval-timex DIR (the French TimeBank corpus: its Data/ folder or its root)")
		return 2
	}
	r, err := timebank.Score(pos[0])
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
	n := fs.Int("n", 1000, "how many articles to write")
	out := fs.String("out", "", "the site folder to write: site.toml and content/ (required; content/ must be empty)")
	seed := fs.Uint64("seed", 1, "the generator's seed: the same seed writes the same files")
	quiet := fs.Bool("quiet", false, "print nothing but problems")
	if _, st, ok := parseFlags(fs, args, stdout, stderr); !ok {
		return st
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
