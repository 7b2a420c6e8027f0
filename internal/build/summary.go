package build

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"timeline/internal/diag"
)

// Line returns the one-line summary of a build: what it made, how fast,
// and where to open it.
func (s *Summary) Line() string {
	open := filepath.Join(s.Out, "index.html")
	return fmt.Sprintf("built %d articles → %d events, %d pages (%d files, %s) in %s · %d boilerplate lines dropped · input %s · open %s",
		s.Articles, s.Events, s.Pages, s.Files, size(s.Bytes), round(s.Time), s.Dropped, s.Fingerprint, open)
}

// StageLine returns the time of each stage: "config 1ms · read 3ms · …".
func (s *Summary) StageLine() string {
	parts := make([]string, len(s.Stages))
	for i, st := range s.Stages {
		parts[i] = st.Name + " " + round(st.Time).String()
	}
	return strings.Join(parts, " · ")
}

func round(d time.Duration) time.Duration {
	switch {
	case d > time.Second:
		return d.Round(10 * time.Millisecond)
	case d > time.Millisecond:
		return d.Round(100 * time.Microsecond)
	}
	return d.Round(time.Microsecond)
}

func size(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// Report writes the problems, one per line, then a count.
func Report(w io.Writer, probs diag.List) {
	for _, p := range probs {
		fmt.Fprintln(w, p.Error())
	}
	if n := len(probs.Errors()); n > 0 {
		fmt.Fprintf(w, "%d errors, %d warnings: the site was not written (the previous one is unchanged)\n", n, len(probs)-n)
	}
}
