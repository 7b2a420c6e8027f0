package build

import (
	"context"
	"testing"
	"time"

	"timeline/assets"
	"timeline/internal/config"
	"timeline/internal/profile"
	"timeline/internal/render"
	"timeline/internal/store"
	"timeline/internal/timeline"
	"timeline/templates"
)

// BenchmarkModel measures, on 10,000 articles already read, the two
// stages of a rebuild that go over the whole corpus whatever changed: the
// timeline (timeline.Build from scratch, and again from the timeline before one
// article was added to the other 9,999) and the plan of the pages
// (render.Site.Write into an output that holds every page: every page's
// key, none drawn). BenchmarkRebuild runs
// them beside the data files on a shared machine; alone, their CPU time
// reads more steadily.
//
//	go test -run '^$' -bench Model -benchtime 20x ./internal/build
func BenchmarkModel(b *testing.B) {
	site := writeCorpus(b, 10000)
	cfg, probs := config.Load(site)
	if cfg == nil || probs.HasErrors() {
		b.Fatalf("config:\n%v", probs)
	}
	lx := timeline.DefaultLexicons()
	arts, exts, probs := readArticles(context.Background(), Options{SiteDir: site, Now: benchNow}, cfg, lx, nil, &Summary{}, func(string, time.Time) {})
	if probs.HasErrors() {
		b.Fatalf("read:\n%v", probs)
	}
	r, probs := render.New(cfg, folder(site, render.TemplatesDir, templates.FS), folder(site, render.AssetsDir, assets.FS))
	if probs.HasErrors() {
		b.Fatalf("render:\n%v", probs)
	}
	t, _ := timeline.Build(cfg, lx, arts, exts, nil, nil)
	b.Run("timeline", func(b *testing.B) {
		cpu := profile.CPUTime()
		b.ReportAllocs()
		for range b.N {
			t, _ = timeline.Build(cfg, lx, arts, exts, nil, nil)
		}
		b.ReportMetric(float64((profile.CPUTime()-cpu).Microseconds())/1000/float64(b.N), "cpu-ms")
	})
	b.Run("timeline/rebuild", func(b *testing.B) {
		// Without the article in the middle, as before an editor adds it.
		mid := len(arts) / 2
		st := store.New()
		var cpu time.Duration
		b.ReportAllocs()
		for range b.N {
			b.StopTimer()
			st.Begin()
			timeline.Build(cfg, lx, append(arts[:mid:mid], arts[mid+1:]...), append(exts[:mid:mid], exts[mid+1:]...), nil, st)
			st.Begin()
			c := profile.CPUTime()
			b.StartTimer()
			t, _ = timeline.Build(cfg, lx, arts, exts, nil, st)
			cpu += profile.CPUTime() - c
		}
		b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms")
	})
	b.Run("plan", func(b *testing.B) {
		pages := 0
		cpu := profile.CPUTime()
		b.ReportAllocs()
		for range b.N {
			made, _ := r.Write(context.Background(), t, nil, holdsAll{}, nil)
			pages = len(made.All)
		}
		b.ReportMetric(float64((profile.CPUTime()-cpu).Microseconds())/1000/float64(b.N), "cpu-ms")
		b.ReportMetric(float64(pages), "pages")
	})
}

// holdsAll is an output that holds every file: what a rebuild after no
// change finds.
type holdsAll struct{}

func (holdsAll) Has(string, uint64) bool             { return true }
func (holdsAll) Put(string, uint64, ...[]byte) error { return nil }
func (holdsAll) Keeps() bool                         { return false }
func (holdsAll) Before(string) ([]byte, uint64)      { return nil, 0 }
