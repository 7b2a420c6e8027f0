// Package timelinetest reads a site folder into its timeline, for the
// tests of the stages that take a timeline (render, export, search): the
// site's configuration, its articles read and extracted, and the
// timeline built from scratch. It is for tests only.
package timelinetest

import (
	"testing"

	"timeline/internal/config"
	"timeline/internal/content"
	"timeline/internal/timeline"
)

// Load returns the configuration and the timeline of the site in dir,
// failing tb on any error the build would stop on.
func Load(tb testing.TB, dir string) (*config.Site, *timeline.Timeline) {
	tb.Helper()
	cfg, probs := config.Load(dir)
	if probs.HasErrors() {
		tb.Fatal(probs)
	}
	arts, probs := content.Load(dir, content.Options{Language: cfg.Language})
	if probs.HasErrors() {
		tb.Fatal(probs)
	}
	lx := timeline.DefaultLexicons()
	exts := make([]timeline.Extraction, len(arts))
	for i, a := range arts {
		exts[i] = timeline.Extract(a, lx)
	}
	tl, _ := timeline.Build(cfg, lx, arts, exts, nil, nil)
	return cfg, tl
}
