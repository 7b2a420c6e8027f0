package main

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"testing"
	_ "time/tzdata" // the zones of TestLocalZone, on any machine
)

// TestCommands runs the editor's commands as an editor types them and
// checks their exit status and what they say.
func TestCommands(t *testing.T) {
	site := t.TempDir()
	data, err := os.ReadFile("../../site.toml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(site, "site.toml"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	text := filepath.Join(t.TempDir(), "scraped.txt")
	if err := os.WriteFile(text, []byte("Close\n\nBakou lance une offensive\n\nL’Azerbaïdjan a lancé une offensive le 19 septembre 2023.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args   []string
		status int
		want   string // in what it prints
	}{
		{[]string{"import", "-site", site, text}, 1, "-published is missing"},
		{[]string{"import", "-site", site, "-published", "2023-09-20", "-source", "Le Monde", text}, 0, "wrote content/2023-09-20-bakou-lance-une-offensive.md"},
		{[]string{"import", "-site", site, "-published", "2023-09-20", text}, 1, "already exists"},
		{[]string{"new", "-site", site, "-published", "2023-09-21", "Le", "lendemain"}, 0, "wrote content/2023-09-21-le-lendemain.md"},
		{[]string{"check", "-site", site}, 0, "check: 2 articles"},
		{[]string{"check", "-site", site, "-strict"}, 1, "no date found"},
		{[]string{"build", "-site", site, "-no-cache"}, 0, "pages écrites"}, // the site is French
		{[]string{"build", "-no-cache", "-site", site, "-out", site}, 1, "refusing to write here: it is the site folder itself"},
		{[]string{"frobnicate"}, 2, "unknown command"},
	}
	for _, tt := range tests {
		var out, errs bytes.Buffer
		status := run(tt.args, &out, &errs)
		if status != tt.status || !strings.Contains(out.String()+errs.String(), tt.want) {
			t.Errorf("timeline %s: status %d, want %d with %q\n%s%s", strings.Join(tt.args, " "), status, tt.status, tt.want, out.String(), errs.String())
		}
	}
	if _, err := os.Stat(filepath.Join(site, ".timeline-cache")); err == nil {
		t.Error("build -no-cache wrote the cache")
	}
}

// TestHelp: the list of commands and each command's help are asked for
// as users of hugo and zola ask: on stdout, with status 0; a mistake is
// said on stderr, with status 2.
func TestHelp(t *testing.T) {
	list := []string{"Commands:", "init ", "new ", "import ", "serve ", "check ", "build ", "version ", "help ", "gen-corpus ", "eval-timex "}
	tests := []struct {
		args   []string
		status int
		stdout []string // in what it prints on stdout
		stderr string   // in what it prints on stderr; "" for nothing
	}{
		{nil, 0, list, ""},
		{[]string{"-h"}, 0, list, ""},
		{[]string{"--help"}, 0, list, ""},
		{[]string{"-help"}, 0, list, ""},
		{[]string{"help"}, 0, list, ""},
		{[]string{"help", "help"}, 0, list, ""},
		{[]string{"help", "-h"}, 0, list, ""},
		{[]string{"help", "new"}, 0, []string{"usage: timeline new [flags] TITLE\n", "draft = true", "-published string", "-source string"}, ""},
		{[]string{"new", "-h"}, 0, []string{"usage: timeline new [flags] TITLE\n", "-published string"}, ""},
		{[]string{"build", "--help"}, 0, []string{"usage: timeline build [flags]\n", "-drafts", "-no-cache"}, ""},
		{[]string{"init", "-h"}, 0, []string{"usage: timeline init [flags] DIR\n", "-language string"}, ""},
		{[]string{"help", "check"}, 0, []string{"-external", "base_url"}, ""},
		{[]string{"help", "frobnicate"}, 2, nil, `unknown command "frobnicate"`},
		{[]string{"frobnicate"}, 2, nil, `unknown command "frobnicate"`},
		{[]string{"-site", "x"}, 2, nil, "a command comes first, then its flags"},
		{[]string{"build", "-frob"}, 2, nil, "flag provided but not defined: -frob\nusage: timeline build [flags] (timeline help build gives its flags)\n"},
		{[]string{"build", "site"}, 2, nil, `timeline build: "site": the command takes flags only`},
		{[]string{"version"}, 0, []string{"timeline ", "built with go"}, ""},
		{[]string{"--version"}, 0, []string{"timeline ", "built with go"}, ""},
	}
	for _, tt := range tests {
		var out, errs bytes.Buffer
		status := run(tt.args, &out, &errs)
		name := "timeline " + strings.Join(tt.args, " ")
		if status != tt.status {
			t.Errorf("%s: status %d, want %d\n%s%s", name, status, tt.status, out.String(), errs.String())
		}
		for _, w := range tt.stdout {
			if !strings.Contains(out.String(), w) {
				t.Errorf("%s: stdout lacks %q:\n%s", name, w, out.String())
			}
		}
		if tt.stderr == "" && errs.Len() > 0 || !strings.Contains(errs.String(), tt.stderr) {
			t.Errorf("%s: stderr %q, want %q", name, errs.String(), tt.stderr)
		}
		// eval-timex -h once printed its usage twice.
		if n := strings.Count(out.String(), "usage:"); n > 1 {
			t.Errorf("%s: the usage %d times", name, n)
		}
	}
	// Every command has its help.
	for _, c := range commands {
		var out, errs bytes.Buffer
		if st := run([]string{c.name, "-h"}, &out, &errs); c.name != "help" && (st != 0 || !strings.HasPrefix(out.String(), "usage: timeline "+c.name)) {
			t.Errorf("timeline %s -h: status %d:\n%s%s", c.name, st, out.String(), errs.String())
		}
	}
}

// TestFlagsAfterArguments: flags are read wherever they stand, before or
// after the arguments; after "--", everything is an argument.
func TestFlagsAfterArguments(t *testing.T) {
	site := newSite(t)
	text := filepath.Join(t.TempDir(), "article.txt")
	writeFile(t, filepath.Dir(text), "article.txt", "Bakou lance une offensive\n\nL’Azerbaïdjan a lancé une offensive le 19 septembre 2023.\n")
	tests := []struct {
		args  []string
		file  string // written
		front string // lines of its front matter
	}{
		{[]string{"new", "Titre", "-source", "AFP", "-published", "2023-09-30", "-site", site},
			"content/2023-09-30-titre.md", "title = \"Titre\"\nsource = \"AFP\"\n"},
		{[]string{"new", "-site", site, "Deux", "-published", "2023-09-29", "mots"},
			"content/2023-09-29-deux-mots.md", "title = \"Deux mots\"\n"},
		{[]string{"new", "-site", site, "-published", "2023-09-28", "--", "-source", "AFP"},
			"content/2023-09-28-source-afp.md", "title = \"-source AFP\"\nsource = \"\"\n"},
		{[]string{"import", text, "-published", "2023-09-27", "-site", site, "-source", "Le Monde"},
			"content/2023-09-27-bakou-lance-une-offensive.md", "source = \"Le Monde\"\n"},
	}
	for _, tt := range tests {
		var out, errs bytes.Buffer
		if st := run(tt.args, &out, &errs); st != 0 {
			t.Errorf("timeline %s: status %d\n%s%s", strings.Join(tt.args, " "), st, out.String(), errs.String())
			continue
		}
		data, err := os.ReadFile(filepath.Join(site, tt.file))
		if err != nil {
			t.Errorf("timeline %s: %v", strings.Join(tt.args, " "), err)
			continue
		}
		for _, line := range strings.Split(strings.TrimSpace(tt.front), "\n") {
			if !strings.Contains(string(data), "\n"+line+"\n") {
				t.Errorf("timeline %s: %s has no line %q:\n%s", strings.Join(tt.args, " "), tt.file, line, data)
			}
		}
	}
}

// TestInitBuild: a new site builds at once, with no article; its first
// article, a draft from new, stays out of the site until it is published,
// and build -drafts shows it.
func TestInitBuild(t *testing.T) {
	site := filepath.Join(t.TempDir(), "mon-site")
	steps := []struct {
		args   []string
		status int
		want   string // in what it prints
	}{
		{[]string{"init", site}, 0, "created a new site in " + site},
		{[]string{"build", "-site", site, "-no-cache"}, 0, "0  articles"},
		{[]string{"check", "-site", site, "-strict"}, 0, "check: 0 articles, "},
		{[]string{"new", "-site", site, "-published", "2023-09-20", "Premier article"}, 0, "wrote content/2023-09-20-premier-article.md"},
		{[]string{"build", "-site", site}, 0, "1  articles (1 draft left out, build -drafts shows it"},
		{[]string{"check", "-site", site}, 0, "check: 1 article (1 draft), "},
		{[]string{"build", "-site", site, "-drafts"}, 0, "1 draft included"},
		{[]string{"init", site}, 1, "is not empty"},
		{[]string{"init"}, 2, "give the folder of the new site"},
	}
	for _, s := range steps {
		var out, errs bytes.Buffer
		status := run(s.args, &out, &errs)
		if status != s.status || !strings.Contains(out.String()+errs.String(), s.want) {
			t.Fatalf("timeline %s: status %d, want %d with %q\n%s%s", strings.Join(s.args, " "), status, s.status, s.want, out.String(), errs.String())
		}
		if s.args[0] == "build" {
			_, err := os.Stat(filepath.Join(site, "public", "sources", "2023-09-20-premier-article", "index.html"))
			if shown := err == nil; shown != slices.Contains(s.args, "-drafts") {
				t.Errorf("timeline %s: the draft's page written: %v", strings.Join(s.args, " "), shown)
			}
		}
	}
	if _, err := os.Stat(filepath.Join(site, "public", "index.html")); err != nil {
		t.Error("no index.html")
	}
}

// TestLocalZone: the editor's time zone is the machine's, named as the
// runtime finds it ($TZ first), for messages to say which "today" it is.
func TestLocalZone(t *testing.T) {
	for _, tt := range []struct{ tz, want string }{
		{"Pacific/Kiritimati", "Pacific/Kiritimati"},
		{":Asia/Yerevan", "Asia/Yerevan"},
		{"", "UTC"},
		{"Nowhere/Atlantis", "Local"}, // unknown: the runtime's own guess
	} {
		t.Setenv("TZ", tt.tz)
		if got := localZone().String(); got != tt.want {
			t.Errorf("TZ=%q: %s, want %s", tt.tz, got, tt.want)
		}
	}
}

// TestVersion: the version and the commit come from the build
// information the Go toolchain writes into the binary.
func TestVersion(t *testing.T) {
	vcs := func(kv ...string) []debug.BuildSetting {
		var out []debug.BuildSetting
		for i := 0; i < len(kv); i += 2 {
			out = append(out, debug.BuildSetting{Key: kv[i], Value: kv[i+1]})
		}
		return out
	}
	platform := runtime.GOOS + "/" + runtime.GOARCH
	tests := []struct {
		name string
		info *debug.BuildInfo
		want string
	}{
		{"a release, built from a clean clone",
			&debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "v1.2.0"},
				Settings: vcs("vcs.revision", "dd4cab4e0f", "vcs.time", "2026-12-07T10:00:00Z", "vcs.modified", "false")},
			"timeline v1.2.0\ncommit dd4cab4e0f of 2026-12-07T10:00:00Z\nbuilt with go1.26.0 for " + platform + "\n"},
		{"a work tree with changes",
			&debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "(devel)"},
				Settings: vcs("vcs.revision", "dd4cab4e0f", "vcs.time", "2026-12-07T10:00:00Z", "vcs.modified", "true")},
			"timeline (devel)\ncommit dd4cab4e0f of 2026-12-07T10:00:00Z, with changes not committed\nbuilt with go1.26.0 for " + platform + "\n"},
		{"go run: no commit",
			&debug.BuildInfo{GoVersion: "go1.26.0"},
			"timeline (devel)\ncommit unknown (not recorded: go build records it in a git clone, go run and go test do not)\nbuilt with go1.26.0 for " + platform + "\n"},
	}
	for _, tt := range tests {
		if got := version(tt.info); got != tt.want {
			t.Errorf("%s:\n%s\nwant\n%s", tt.name, got, tt.want)
		}
	}
	if got := version(nil); !strings.HasPrefix(got, "timeline (devel)\ncommit unknown") {
		t.Errorf("no build information: %q", got)
	}
}
