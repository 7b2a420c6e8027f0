//go:build unix

package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestHugeArticle builds a site whose one article is 50 MB of text (with a
// date every twentieth paragraph) in a process of its own, and checks that
// it is built and that the build's peak memory stays within 20 times the
// article's size.
func TestHugeArticle(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 50 MB article (make test-hostile)")
	}
	site := newSite(t)
	para := strings.Repeat("Les combats se sont poursuivis près de Stepanakert, selon le ministère de la Défense, qui fait état de tirs d'artillerie sur plusieurs villages. ", 6)
	var b strings.Builder
	b.WriteString(article(good, ""))
	for i := 0; b.Len() < 50<<20; i++ {
		b.WriteString(para)
		if i%20 == 0 {
			fmt.Fprintf(&b, "Le %d septembre 2023, Bakou a annoncé une opération.", 1+i/20%19)
		}
		b.WriteString("\n\n")
	}
	size := b.Len()
	writeFile(t, site, "content/huge.md", b.String())
	b.Reset()

	cmd := exec.Command(os.Args[0], "build", "-site", site, "-quiet", "-no-cache")
	cmd.Env = append(os.Environ(), "TIMELINE_MAIN=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("build: %v\n%s", err, stderr.String())
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		peak := int64(ru.Maxrss) << 10 // kilobytes on Linux
		t.Logf("article %d MB, peak memory %d MB", size>>20, peak>>20)
		if peak > 20*int64(size) {
			t.Errorf("peak memory %d MB for a %d MB article", peak>>20, size>>20)
		}
	}
	page, err := os.ReadFile(filepath.Join(site, "public", "sources", "huge", "index.html"))
	if err != nil || !bytes.Contains(page, []byte("events/2023-09-19/")) {
		t.Errorf("the article's page lacks its dates: %v", err)
	}
}
