package build

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"timeline/internal/headline"
	"timeline/internal/timeline/timelinetest"
)

func TestZZStats(t *testing.T) {
	dir := os.Getenv("STATS_SITE")
	if dir == "" {
		t.Skip()
	}
	_, tl := timelinetest.Load(t, dir)
	var n, ana, furn, single, multiOutlet, events int
	sizes := map[int]int{}
	opener := map[string]int{}
	for _, ev := range tl.Events {
		events++
		for _, h := range ev.Happenings {
			n++
			if headline.Anaphoric(h.Title) {
				ana++
				w := strings.Fields(h.Title)
				opener[strings.Join(w[:min(2, len(w))], " ")]++
			}
			if headline.Furniture(h.Title) {
				furn++
			}
			if len(h.Quotes) == 1 {
				single++
			}
			if h.Outlets >= 2 {
				multiOutlet++
			}
			sizes[min(h.Mentions, 10)]++
		}
	}
	fmt.Printf("events %d happenings %d anaphoric %d furniture %d single-quote %d multi-outlet %d\n", events, n, ana, furn, single, multiOutlet)
	fmt.Println("sizes", sizes)
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range opener {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v })
	fmt.Println(kvs[:min(15, len(kvs))])
	// the biggest day
	var big = tl.Events[0]
	for _, ev := range tl.Events {
		if ev.Date.Precision == 5 && len(ev.Mentions) > len(big.Mentions) {
			big = ev
		}
	}
	fmt.Printf("biggest day %s: %d mentions, %d happenings\n", big.ID, len(big.Mentions), len(big.Happenings))
	for _, h := range big.Happenings[:min(8, len(big.Happenings))] {
		fmt.Printf("  [%d o, %d a, %d q] %s\n", h.Outlets, h.Articles, len(h.Quotes), h.Title)
	}
}
