package browser

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// The places, actors and kinds of event: the map on the index, on
// places/ and on an episode; a place's locator map; the tables of
// figures; searching a place by any of its names; the filters by place,
// actor and kind.

// mapPages are the pages that show the map of the places.
var mapPages = []string{"index.html", "places/index.html", "episodes/escarmouches/index.html"}

// runAxe loads axe-core into the page and returns its violations.
func runAxe(t *testing.T, b *browser) []string {
	t.Helper()
	src, err := os.ReadFile(nodeModules(t, "axe-core/axe.min.js"))
	if err != nil {
		t.Fatal(err)
	}
	b.run(t, "load axe-core", chromedp.Evaluate(string(src), nil))
	// From disk, axe's requests for the stylesheets (its preload) are
	// refused as cross-origin, and logged as errors of the page's: axe
	// reads the styles the page applied instead.
	run := axeRun
	if strings.HasPrefix(b.location(t), "file:") {
		run = strings.Replace(axeRun, `{resultTypes: ["violations"]}`, `{resultTypes: ["violations"], preload: false}`, 1)
	}
	var violations []string
	b.eval(t, run, &violations)
	return violations
}

// overflow returns how many pixels the page is wider than the window,
// and the elements that stick out of it, for the message.
func overflow(t *testing.T, b *browser) (int, []string) {
	t.Helper()
	var r struct {
		Over int
		Out  []string
	}
	b.eval(t, `(() => {
		const w = document.documentElement.clientWidth;
		const out = [...document.querySelectorAll("body *")].filter(el => {
			const r = el.getBoundingClientRect();
			return r.width > 0 && r.right > w + 1 && !el.closest(".table-scroll, .chart-scroll");
		}).slice(0, 5).map(el => el.tagName.toLowerCase() + (el.className && el.className.baseVal === undefined ? "." + el.className : ""));
		return {Over: document.documentElement.scrollWidth - w, Out: out};
	})()`, &r)
	return r.Over, r.Out
}

// TestMaps opens the pages with the map of the places from disk, at a
// phone's and a desktop's width: the map is drawn within the page, its
// marks are links with names that lead to their places, nothing scrolls
// sideways, and axe finds nothing.
func TestMaps(t *testing.T) {
	chromePath(t)
	s := seedSite(t)
	for _, w := range []struct{ width, height int }{{375, 812}, {1280, 900}} {
		t.Run(fmt.Sprint(w.width), func(t *testing.T) {
			b := newBrowser(t, w.width, w.height)
			for _, p := range mapPages {
				b.run(t, "open "+p, chromedp.Navigate(fileURL(s, p)))
				var m struct {
					Width, Left, Right float64
					Marks              []struct{ Name, Href string }
				}
				b.eval(t, `(() => {
					const svg = document.querySelector("figure.map svg");
					if (!svg) return {Width: 0, Left: 0, Right: 0, Marks: []};
					const r = svg.getBoundingClientRect();
					const name = a => (a.getAttribute("aria-label") || (a.querySelector("title") || {}).textContent || "").trim();
					return {Width: r.width, Left: r.left, Right: r.right,
						Marks: [...svg.querySelectorAll("a")].map(a => ({Name: name(a), Href: new URL(a.getAttribute("href"), location.href).href}))};
				})()`, &m)
				switch {
				case m.Width == 0:
					t.Errorf("%s at %d px: no map (figure.map svg)", p, w.width)
					continue
				case m.Left < 0 || m.Right > float64(w.width):
					t.Errorf("%s at %d px: the map spans %.0f to %.0f px", p, w.width, m.Left, m.Right)
				case m.Width < float64(w.width)/2 && w.width < 600:
					t.Errorf("%s at %d px: the map is %.0f px wide", p, w.width, m.Width)
				}
				if len(m.Marks) == 0 {
					t.Errorf("%s: the map has no links", p)
				}
				for _, mk := range m.Marks {
					if mk.Name == "" {
						t.Errorf("%s: a mark of the map (%s) has no accessible name", p, mk.Href)
					}
					// The outline of a crowded area leads to the closer map
					// below, on the same page: its file, without the anchor.
					file, _, _ := strings.Cut(strings.TrimPrefix(mk.Href, "file://"), "#")
					if _, err := os.Stat(filepath.FromSlash(file)); err != nil {
						t.Errorf("%s: the mark %q leads to %s, which is not in the site", p, mk.Name, mk.Href)
					}
				}
				if over, out := overflow(t, b); over > 0 {
					t.Errorf("%s at %d px: the page scrolls sideways by %d px (%v)", p, w.width, over, out)
				}
				for _, v := range runAxe(t, b) {
					t.Errorf("%s at %d px, from disk: %s", p, w.width, v)
				}
				if problems, _ := b.take(); len(problems) > 0 {
					t.Errorf("%s at %d px: %v", p, w.width, problems)
				}
			}
			// A mark leads to its place, from disk too.
			b.run(t, "open the index", chromedp.Navigate(fileURL(s, "index.html")))
			b.run(t, "click Latchine on the map", chromedp.Click(`figure.map a[href$="places/lachin/index.html"]`, chromedp.ByQuery))
			b.wait(t, `location.href.endsWith("/places/lachin/index.html") && document.readyState === "complete"`)
			var h1 string
			b.eval(t, `document.querySelector("h1").textContent`, &h1)
			if h1 != "Latchine" {
				t.Errorf("the map's mark for Latchine leads to a page titled %q", h1)
			}
		})
	}
}

// fileURL returns the address of page p of s on disk.
func fileURL(s *site, p string) string {
	return "file://" + filepath.ToSlash(filepath.Join(s.dir, p))
}

// TestPlacePage checks a place's page: its locator map, named, within
// the page at a phone's width, and axe finds nothing.
func TestPlacePage(t *testing.T) {
	chromePath(t)
	s := seedSite(t)
	b := newBrowser(t, 375, 812)
	b.run(t, "open a place", chromedp.Navigate(s.url+"places/lachin/index.html"))
	var m struct {
		Name         string
		Width, Right float64
	}
	b.eval(t, `(() => {
		const svg = document.querySelector("figure.map.locator svg");
		if (!svg) return {Name: "", Width: 0, Right: 0};
		const ids = (svg.getAttribute("aria-labelledby") || "").split(" ").filter(Boolean);
		const r = svg.getBoundingClientRect();
		return {Name: ids.map(id => document.getElementById(id).textContent).join(" "), Width: r.width, Right: r.right};
	})()`, &m)
	if m.Width == 0 || m.Right > 375 {
		t.Errorf("the locator map is %.0f px wide and ends at %.0f px, in a 375 px window", m.Width, m.Right)
	}
	if !strings.Contains(m.Name, "Latchine") {
		t.Errorf("the locator map is named %q, want the place's name in it", m.Name)
	}
	if over, out := overflow(t, b); over > 0 {
		t.Errorf("the place page scrolls sideways by %d px (%v)", over, out)
	}
	for _, v := range runAxe(t, b) {
		t.Errorf("places/lachin/: %s", v)
	}
	if problems, _ := b.take(); len(problems) > 0 {
		t.Error(problems)
	}
}

// TestClaims checks the tables of figures of an event and an episode at
// a phone's width: axe finds nothing, the table scrolls inside its box
// and the page does not, and its text is not squeezed into a column too
// narrow to read.
func TestClaims(t *testing.T) {
	chromePath(t)
	s := seedSite(t)
	b := newBrowser(t, 375, 812)
	for _, p := range []string{"events/2023-09-19/index.html", "episodes/operation-2023/index.html"} {
		b.run(t, "open "+p, chromedp.Navigate(s.url+p))
		var c struct {
			Tables, Boxed, Rows int
			Scroll              string
			Font, Narrowest     float64
		}
		b.eval(t, `(() => {
			const tables = [...document.querySelectorAll("section.claims table.claims")];
			const boxed = tables.filter(t => t.parentElement.classList.contains("table-scroll"));
			const box = boxed.length ? boxed[0].parentElement : null;
			const cells = tables.flatMap(t => [...t.querySelectorAll("th, td")]);
			return {Tables: tables.length, Boxed: boxed.length,
				Rows: tables.reduce((n, t) => n + t.tBodies[0].rows.length, 0),
				Scroll: box ? getComputedStyle(box).overflowX : "",
				Font: Math.min(...cells.map(c => parseFloat(getComputedStyle(c).fontSize))),
				Narrowest: Math.min(...cells.map(c => c.getBoundingClientRect().width))};
		})()`, &c)
		switch {
		case c.Tables == 0 || c.Rows == 0:
			t.Errorf("%s: no table of figures (section.claims table.claims with rows)", p)
			continue
		case c.Boxed != c.Tables:
			t.Errorf("%s: %d of %d tables of figures are in a .table-scroll", p, c.Boxed, c.Tables)
		case c.Scroll != "auto" && c.Scroll != "scroll":
			t.Errorf("%s: .table-scroll has overflow-x %q: a wide table would widen the page", p, c.Scroll)
		}
		if c.Font < 12 {
			t.Errorf("%s: the table of figures has text of %.1f px", p, c.Font)
		}
		if c.Narrowest < 56 {
			t.Errorf("%s: a column of the table of figures is %.0f px wide at 375 px: too narrow to read", p, c.Narrowest)
		}
		if over, out := overflow(t, b); over > 0 {
			t.Errorf("%s at 375 px: the page scrolls sideways by %d px (%v)", p, over, out)
		}
		for _, v := range runAxe(t, b) {
			t.Errorf("%s at 375 px: %s", p, v)
		}
	}
	if problems, _ := b.take(); len(problems) > 0 {
		t.Error(problems)
	}
}

// TestSearchNames searches a town by four of its names, and a region by
// names of one word and of two: the same results, each showing the places
// its sentence names.
func TestSearchNames(t *testing.T) {
	chromePath(t)
	s := seedSite(t)
	b := newBrowser(t, 1280, 900)
	b.run(t, "open the search page", chromedp.Navigate(s.url+"search/index.html"))
	for _, names := range []struct {
		place string
		names []string
	}{
		{"Latchine", []string{"Lachin", "Latchine", "Berdzor", "Laçın"}},
		{"Haut-Karabakh", []string{"Haut-Karabakh", "Nagorno Karabakh", "Artsakh", "Qarabağ"}},
	} {
		searchNames(t, b, names.place, names.names)
	}
	if problems, _ := b.take(); len(problems) > 0 {
		t.Error(problems)
	}
}

// searchNames searches each of the names of place: the same count of
// results and the same first page, where place is shown.
func searchNames(t *testing.T, b *browser, place string, names []string) {
	t.Helper()
	type answer struct {
		Count  string
		Hits   []string
		Places []string
	}
	var first answer
	for i, q := range names {
		b.eval(t, `document.getElementById("q").value = ""`, new(string))
		b.run(t, "type "+q, chromedp.SendKeys("#q", q, chromedp.ByQuery))
		b.wait(t, fmt.Sprintf(`document.getElementById("results").dataset.state === "done" && new URLSearchParams(location.search).get("q") === %q`, q))
		var a answer
		b.eval(t, `({Count: (document.querySelector("#results .results-count").textContent.match(/\d+/) || [""])[0],
			Hits: [...document.querySelectorAll("#results .hit-head a")].map(a => a.getAttribute("href")),
			Places: [...document.querySelectorAll("#results .hit-places")].map(p => p.textContent)})`, &a)
		if i == 0 {
			first = a
			if len(a.Hits) == 0 || a.Count == "" {
				t.Fatalf("%q finds nothing (%q)", q, a.Count)
			}
			if !slices.ContainsFunc(a.Places, func(p string) bool { return strings.Contains(p, place) }) {
				t.Errorf("%q: no result shows %s among its places: %q", q, place, a.Places)
			}
			continue
		}
		if a.Count != first.Count || !slices.Equal(a.Hits, first.Hits) {
			t.Errorf("%q finds %s results %v; %s finds %s: %v", q, a.Count, a.Hits, names[0], first.Count, first.Hits)
		}
	}
}

// eventIDs returns the ids of the events a built page lists.
func eventIDs(t *testing.T, s *site, p string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(s.dir, p))
	if err != nil {
		t.Fatal(err)
	}
	// A place's, actor's or kind's page lists its events as lines, each a
	// link to the event's page.
	var ids []string
	if _, list, ok := bytes.Cut(data, []byte(`<ol class="lines">`)); ok {
		list, _, _ = bytes.Cut(list, []byte(`</ol>`))
		for _, m := range regexp.MustCompile(`<li><a href="(?:\.\./)*events/([^/"]+)/index\.html"`).FindAllSubmatch(list, -1) {
			ids = append(ids, string(m[1]))
		}
	}
	if len(ids) == 0 {
		t.Fatalf("%s lists no event", p)
	}
	return ids
}

// TestFilterEntities chooses a place, an actor and a kind of event in the
// index's filters: the index shows the events the place's (actor's,
// kind's) page lists, and the address says so.
func TestFilterEntities(t *testing.T) {
	chromePath(t)
	s := seedSite(t)
	b := newBrowser(t, 1280, 900)
	b.run(t, "open the index", chromedp.Navigate(s.url+"index.html"))
	all := visible(t, b)
	for _, f := range []struct{ name, id, page string }{
		{"place", "lachin", "places/lachin/index.html"},
		{"place", "stepanakert", "places/stepanakert/index.html"},
		{"actor", "aliyev", "actors/aliyev/index.html"},
		{"kind", "clash", "kinds/clash/index.html"},
	} {
		choose(t, b, f.name, f.id)
		want := eventIDs(t, s, f.page)
		if len(want) >= len(all) {
			t.Fatalf("%s %s names every event: choose another", f.name, f.id)
		}
		if got := visible(t, b); !slices.Equal(got, want) {
			t.Errorf("%s=%s: the index shows %v, want %v (its page's)", f.name, f.id, got, want)
		}
		if loc := b.location(t); !strings.Contains(loc, f.name+"="+f.id) {
			t.Errorf("%s=%s: the address %s does not say it", f.name, f.id, loc)
		}
		choose(t, b, f.name, "")
	}
	if got := visible(t, b); len(got) != len(all) {
		t.Errorf("with no filter: %d events shown, want %d", len(got), len(all))
	}
	if problems, _ := b.take(); len(problems) > 0 {
		t.Error(problems)
	}
}
