package content

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"testing"
)

// TestReadFileError: a file the system refuses to read is an error that
// names it. Tests run as root, which reads a file without permissions, so
// the refusal here is a folder where a file was listed (EISDIR): the same
// path through ReadFile as EACCES.
func TestReadFileError(t *testing.T) {
	dir := t.TempDir()
	_, probs, ok := ReadFile(File{Path: "content/x.md", Abs: dir})
	if ok || !probs.HasErrors() {
		t.Fatalf("read a folder as an article: ok %v, %v", ok, probs)
	}
	want := regexp.MustCompile(`^content/x\.md: cannot read: .+ \(check the file's permissions\)$`)
	if got := probs[0].Error(); !want.MatchString(got) {
		t.Errorf("message %q, want %s", got, want)
	}
}

// TestFileDisappears: a file listed by Find and gone when it is read is
// left out with a warning, and the other articles are read.
func TestFileDisappears(t *testing.T) {
	site := t.TempDir()
	for _, name := range []string{"a.md", "b.md"} {
		p := filepath.Join(site, Dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("+++\ntitle = \"x\"\npublished = 2023-09-20\n+++\nLe 19 septembre.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files, probs := Find(site)
	if len(files) != 2 || len(probs) != 0 {
		t.Fatalf("Find: %v %v", files, probs)
	}
	if err := os.Remove(files[0].Abs); err != nil {
		t.Fatal(err)
	}
	arts, probs := ReadAll(files, Options{Language: "fr"})
	if len(arts) != 1 || arts[0].Path != "content/b.md" {
		t.Errorf("articles read: %v", arts)
	}
	if probs.HasErrors() || len(probs) != 1 || probs[0].Error() != "content/a.md: warning: disappeared while the site was being built (it is left out; build again)" {
		t.Errorf("problems: %v", probs)
	}
}

// TestFindDataFiles: content/events.toml, the editors' headlines, and the
// other data files are no article and no stray file either; a file of
// that name elsewhere is.
func TestFindDataFiles(t *testing.T) {
	site := t.TempDir()
	for _, name := range append(slices.Clone(DataFiles), "a.md", "notes.toml", "sub/"+EventsFile) {
		p := filepath.Join(site, Dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files, probs := Find(site)
	if len(files) != 1 || files[0].Path != "content/a.md" {
		t.Errorf("Find listed %v", files)
	}
	want := "content: warning: 2 files are not articles and are ignored: content/notes.toml, content/sub/events.toml (articles end in .md)"
	if probs.Error() != want {
		t.Errorf("Find said:\n%v\nwant:\n%s", probs, want)
	}
}
