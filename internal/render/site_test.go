package render

import (
	"testing"

	"timeline/assets"
	"timeline/internal/config"
	"timeline/internal/content"
	"timeline/internal/timeline"
	"timeline/templates"
)

// seedSite renders the repository's site.
func seedSite(t *testing.T) (*Site, *timeline.Timeline) {
	t.Helper()
	return loadSite(t, "../..")
}

// loadSite renders the site in dir.
func loadSite(t testing.TB, dir string) (*Site, *timeline.Timeline) {
	t.Helper()
	cfg, probs := config.Load(dir)
	if probs.HasErrors() {
		t.Fatal(probs)
	}
	arts, probs := content.Load(dir, content.Options{Language: cfg.Language})
	if probs.HasErrors() {
		t.Fatal(probs)
	}
	exts := make([]timeline.Extraction, len(arts))
	for i, a := range arts {
		exts[i] = timeline.Extract(a)
	}
	tl, _ := timeline.Build(cfg, arts, exts)
	s, probs := New(cfg, templates.FS, assets.FS)
	if probs.HasErrors() {
		t.Fatal(probs)
	}
	return s, tl
}
