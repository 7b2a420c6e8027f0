package build

import (
	"fmt"
	"os"
	"testing"

	"timeline/internal/timeline/timelinetest"
)

func TestZZDump(t *testing.T) {
	dir := os.Getenv("DUMP_SITE")
	if dir == "" {
		t.Skip()
	}
	_, tl := timelinetest.Load(t, dir)
	for _, ev := range tl.Events {
		if len(ev.Mentions) < 2 && os.Getenv("DUMP_ALL") == "" {
			continue
		}
		fmt.Printf("== %s (%d mentions, %d happenings, %d outlets)\n", ev.ID, len(ev.Mentions), len(ev.Happenings), ev.Outlets)
		for _, h := range ev.Happenings {
			fmt.Printf("  * [%s o=%d a=%d] %s\n", h.Role, h.Outlets, h.Articles, h.Title)
			for _, q := range h.Quotes {
				m := ev.Mentions[q.Mention]
				fmt.Printf("      - (%s %s +%d) %.150s\n", m.Slug[:min(20, len(m.Slug))], m.Role, len(q.Copies), m.Sentence)
			}
		}
	}
}
