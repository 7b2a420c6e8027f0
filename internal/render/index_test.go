package render

import "testing"

// TestRunCursor checks that a cursor over an event's runs finds the
// article of each mention of the seed site's events, asked in order, out
// of order and again, as a scan of the mentions finds it.
func TestRunCursor(t *testing.T) {
	_, tl := seedSite(t)
	for _, ev := range tl.Events {
		c := &runCursor{ev: ev}
		var order []int
		for m := range ev.Mentions {
			order = append(order, m)
		}
		for m := len(ev.Mentions) - 1; m >= 0; m-- { // backwards: each asks from the start
			order = append(order, m)
		}
		order = append(order, 0, 0, len(ev.Mentions)-1)
		for _, m := range order {
			a := c.article(m)
			if a == nil || a.Slug != ev.Mentions[m].Slug {
				t.Fatalf("%s: mention %d of %s: article %v", ev.ID, m, ev.Mentions[m].Slug, a)
			}
		}
		if a := c.article(len(ev.Mentions)); a != nil {
			t.Errorf("%s: a mention past the last has article %s", ev.ID, a.Slug)
		}
	}
}
