package export

import (
	"timeline/internal/store"
	"timeline/internal/timeline"
)

// mentionRun is mentions of an event, ev.Mentions[from:to], whole
// articles' (timeline puts an article's mentions of an event together).
// An event's mentions are cut into runs of about sixteen articles, a run
// ending after an article by its hash, so that the cuts depend on the
// articles alone: an article that cites "2016" joins one run of an event
// quoted thousands of times, and only that run is encoded again.
type mentionRun struct {
	from, to int
	// sum hashes what the run is made of (see runSum), once for the
	// pieces of both data files; 0 with an article the event does not
	// know, when the run's pieces are never kept.
	sum uint64
}

// runs are the runs of each event, by the event's hash (eventSum), kept
// from one build to the next in memory: every run of every event would
// be walked and hashed each build otherwise, every mention of the site,
// to find the few runs an article changed.
var runs = &store.Table[[]mentionRun]{Name: "export-runs"}

// eventSum hashes an event as its runs see it: its id, its episode and
// its articles in order, which fix its mentions.
func eventSum(ev *timeline.Event) uint64 {
	h := store.NewHash()
	h.Text(ev.ID)
	h.Text(ev.Episode.ID)
	h.Word(uint64(len(ev.Articles)))
	for _, a := range ev.Articles {
		h.Word(a.Hash)
	}
	return h.Sum()
}

// eventRuns returns the runs of ev, cut once per build for the two data
// files, and kept for the next by what the event is made of.
func (w *writer) eventRuns(ev *timeline.Event) []mentionRun {
	if r, ok := w.runs[ev]; ok {
		return r
	}
	key := eventSum(ev)
	r, ok := runs.Get(w.st, key)
	if !ok {
		r = cut(ev)
		runs.Put(w.st, key, r)
	}
	w.runs[ev] = r
	return r
}

// runKey hashes what a data file's piece for a run is made of: the run's
// sum; 0 when the run cannot say.
func (w *writer) runKey(kind string, r mentionRun) uint64 {
	if r.sum == 0 {
		return 0
	}
	return w.pieceKey(kind, r.sum)
}

// cut cuts ev's mentions into runs (see mentionRun).
func cut(ev *timeline.Event) []mentionRun {
	var out []mentionRun
	var arts [][]*timeline.Article // each run's
	find := articleFinder(ev)
	open := false
	for i, m := range ev.Mentions {
		if i > 0 && m.Slug == ev.Mentions[i-1].Slug {
			out[len(out)-1].to = i + 1
			continue
		}
		art := find(m.Slug)
		if !open {
			out = append(out, mentionRun{from: i})
			arts = append(arts, nil)
			open = true
		}
		out[len(out)-1].to = i + 1
		arts[len(arts)-1] = append(arts[len(arts)-1], art)
		if art != nil && art.Hash%16 == 0 {
			open = false
		}
	}
	for i := range out {
		out[i].sum = runSum(ev, out[i], arts[i])
	}
	return out
}

// runSum hashes what a run of an event's mentions is made of: the event,
// the articles the mentions come from, where each article's start in its
// mentions of the event (the first one's anchor) and how many they are.
// An article counts by its hash, which covers its path and so its slug.
// With an article it does not know, it cannot say: 0.
func runSum(ev *timeline.Event, r mentionRun, arts []*timeline.Article) uint64 {
	h := store.NewHash()
	h.Text(ev.ID)
	h.Text(ev.Episode.ID)
	h.Word(uint64(r.to - r.from))
	h.Text(ev.Mentions[r.from].Anchor)
	for _, a := range arts {
		if a == nil {
			return 0
		}
		h.Word(a.Hash)
	}
	return h.Sum()
}

// articleFinder returns a lookup of ev's articles by slug for callers
// that ask for them in the order of ev's mentions, which is the order of
// ev.Articles (timeline.Build): each is looked for from where the last
// one was found, so a walk over an event costs one pass, not one map.
// It returns nil for a slug ev does not know.
func articleFinder(ev *timeline.Event) func(slug string) *timeline.Article {
	next := 0
	return func(slug string) *timeline.Article {
		for k := range len(ev.Articles) {
			if a := ev.Articles[(next+k)%len(ev.Articles)]; a.Slug == slug {
				next = (next + k + 1) % len(ev.Articles)
				return a
			}
		}
		return nil
	}
}
