package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"syscall"
	"testing"
	"time"
)

// TestMain lets a test run the command in a process of its own: with
// TIMELINE_MAIN set, the test binary is timeline.
func TestMain(m *testing.M) {
	if os.Getenv("TIMELINE_MAIN") == "1" {
		main()
	}
	os.Exit(m.Run())
}

// TestSignals kills builds with SIGINT and SIGTERM at several moments —
// while articles are read, while pages are rendered, while files are
// written — with and without the cache, and checks that each leaves the
// previous public/ exactly as it was and no temporary folder beside it.
func TestSignals(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 300-article site nine times (make test-hostile)")
	}
	site := t.TempDir()
	var out, errs bytes.Buffer
	if st := run([]string{"gen-corpus", "-n", "300", "-out", site, "-quiet"}, &out, &errs); st != 0 {
		t.Fatalf("gen-corpus: %s", errs.String())
	}
	start := time.Now()
	if st := run([]string{"build", "-site", site, "-quiet"}, &out, &errs); st != 0 {
		t.Fatalf("first build: %s", errs.String())
	}
	took := time.Since(start)
	public := filepath.Join(site, "public")
	before := snapshot(t, public)
	// The next build would change the site: one more article.
	writeFile(t, site, "content/zz-new.md", article(good, dated))

	interrupted := 0
	for _, cache := range []bool{false, true} {
		for i, at := range []func(){
			func() {}, // at once
			func() { time.Sleep(took / 10) },
			func() { time.Sleep(took / 2) },
			func() { waitFor(site, ".public.*", took*10) }, // as it writes
		} {
			sig := []syscall.Signal{syscall.SIGINT, syscall.SIGTERM}[i%2]
			name := fmt.Sprintf("cache=%v/%d/%v", cache, i, sig)
			args := []string{"build", "-site", site, "-quiet"}
			if !cache {
				args = append(args, "-no-cache")
			}
			cmd := exec.Command(os.Args[0], args...)
			cmd.Env = append(os.Environ(), "TIMELINE_MAIN=1")
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			at()
			cmd.Process.Signal(sig)
			err := cmd.Wait()
			var exit *exec.ExitError
			if err == nil {
				// It finished first: nothing was interrupted; start again from the old site.
				t.Logf("%s: the build finished before the signal", name)
				restore(t, site)
				if st := run([]string{"build", "-site", site, "-quiet"}, &out, &errs); st != 0 {
					t.Fatalf("rebuild: %s", errs.String())
				}
				writeFile(t, site, "content/zz-new.md", article(good, dated))
				before = snapshot(t, public)
				continue
			}
			if !errors.As(err, &exit) {
				t.Fatalf("%s: %v", name, err)
			}
			interrupted++
			if after := snapshot(t, public); after != before {
				t.Errorf("%s: an interrupted build changed public/\n%s", name, stderr.String())
			}
			if left, _ := filepath.Glob(filepath.Join(site, ".public.*")); len(left) > 0 {
				t.Errorf("%s: temporary folders left: %v\n%s", name, left, stderr.String())
			}
			// The count line is in the site's language (French for the seeds).
			said := stderr.String()
			if said != "" && !regexp.MustCompile(`^\S+/public: the build was interrupted before it ended \(the folder is as the previous build left it; build again\)\n1 (error, 0 warnings|erreur, 0 avertissements)`).MatchString(said) {
				t.Errorf("%s: said %q", name, said)
			}
			t.Logf("%s: %v, said %q", name, err, said)
		}
	}
	if interrupted < 4 {
		t.Errorf("only %d builds were interrupted before they ended", interrupted)
	}
}

// restore removes the article the builds would add.
func restore(t *testing.T, site string) {
	t.Helper()
	if err := os.Remove(filepath.Join(site, "content", "zz-new.md")); err != nil {
		t.Fatal(err)
	}
}

// waitFor returns once a file matching pattern exists in dir, or after limit.
func waitFor(dir, pattern string, limit time.Duration) {
	for end := time.Now().Add(limit); time.Now().Before(end); {
		if m, _ := filepath.Glob(filepath.Join(dir, pattern)); len(m) > 0 {
			return
		}
		time.Sleep(time.Millisecond)
	}
}
