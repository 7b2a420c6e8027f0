package browser

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"timeline/internal/fold"
	"timeline/internal/gazetteer"
	"timeline/internal/search"
)

// pageKinds are one page of each kind of the seed site.
var pageKinds = []struct{ name, path string }{
	{"index", "index.html"},
	{"episode", "episodes/guerre-2020/index.html"},
	{"episode-long", "episodes/escarmouches/index.html"},
	{"event", "events/2023-09-19/index.html"},
	{"event-decade", "events/199x/index.html"},
	{"episode-claims", "episodes/operation-2023/index.html"},
	{"places", "places/index.html"},
	{"place", "places/lachin/index.html"},
	{"actors", "actors/index.html"},
	{"actor", "actors/aliyev/index.html"},
	{"kind", "kinds/clash/index.html"},
	{"sources", "sources/index.html"},
	{"source", "sources/2023-09-20-offensive-d-envergure/index.html"},
	{"search", "search/index.html?q=Aliev"},
	{"corroborated", "corroborated/index.html"},
	{"outlet", "outlets/sputnik-afrique/index.html"},
	{"about", "about/index.html"},
	{"404", "404.html"},
}

// TestPages opens every kind of page at a phone's and a desktop's width:
// no console error, no failed request, nothing requested beyond loopback,
// no horizontal scroll; and saves a screenshot of each.
func TestPages(t *testing.T) {
	chromePath(t)
	s := seedSite(t)
	for _, w := range []struct{ width, height int }{{375, 812}, {1280, 900}} {
		t.Run(fmt.Sprint(w.width), func(t *testing.T) {
			b := newBrowser(t, w.width, w.height)
			for _, p := range pageKinds {
				b.run(t, "open "+p.path, chromedp.Navigate(s.url+p.path))
				if p.name == "search" {
					b.wait(t, `document.getElementById("results").dataset.state === "done"`)
				}
				var overflow bool
				b.eval(t, `document.documentElement.scrollWidth > document.documentElement.clientWidth`, &overflow)
				if overflow {
					var sw, cw int
					b.eval(t, `document.documentElement.scrollWidth`, &sw)
					b.eval(t, `document.documentElement.clientWidth`, &cw)
					t.Errorf("%s at %d px: the page scrolls sideways (%d px wide in %d)", p.path, w.width, sw, cw)
				}
				b.screenshot(t, fmt.Sprintf("%s-%d", p.name, w.width))
				problems, requests := b.take()
				for _, pr := range problems {
					t.Errorf("%s at %d px: %s", p.path, w.width, pr)
				}
				if len(requests) == 0 {
					t.Errorf("%s: no request seen: the network listener is not working", p.path)
				}
			}
		})
	}
}

// TestDarkAndPrint saves the index and an episode in dark mode and as
// printed, to be looked at.
func TestDarkAndPrint(t *testing.T) {
	chromePath(t)
	s := seedSite(t)
	b := newBrowser(t, 1280, 900)
	for _, m := range []struct {
		name   string
		media  string
		scheme string
	}{{"dark", "", "dark"}, {"print", "print", "light"}} {
		b.run(t, "emulate "+m.name, emulation.SetEmulatedMedia().WithMedia(m.media).WithFeatures([]*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: m.scheme}}))
		for _, p := range []struct{ name, path string }{{"index", "index.html"}, {"episode", "episodes/operation-2023/index.html"}} {
			b.run(t, "open "+p.path, chromedp.Navigate(s.url+p.path))
			b.screenshot(t, p.name+"-"+m.name)
		}
	}
	if problems, _ := b.take(); len(problems) > 0 {
		t.Error(problems)
	}
}

// wordRe finds words as the search splits them.
var wordRe = regexp.MustCompile(`[\pL\p{Nd}]+`)

// names returns the names of the places and actors of the gazetteer that
// have a page on the site s (those the events name), folded as the search
// folds a query: each a list of names, each name a list of words.
func names(s *site) [][][]string {
	g := gazetteer.Default()
	var out [][][]string
	add := func(dir, id string, names ...string) {
		if _, err := os.Stat(filepath.Join(s.dir, dir, id, "index.html")); err != nil {
			return
		}
		var group [][]string
		for _, n := range names {
			if ws := search.Terms(n); len(ws) > 0 {
				group = append(group, ws)
			}
		}
		out = append(out, group)
	}
	for _, p := range g.Places {
		add("places", p.ID, append([]string{p.Name, p.NameEn}, p.Names...)...)
	}
	for _, a := range g.Actors {
		add("actors", a.ID, append([]string{a.Name, a.NameEn}, a.Names...)...)
	}
	return out
}

// queryNames reads a query as the search does: each word, or each run of
// words that is a name of a place or an actor (the longest, from the
// left), becomes the names a result may hold one of, each a list of
// words.
func queryNames(groups [][][]string, query string) [][][]string {
	words := search.Terms(query)
	var out [][][]string
	for i := 0; i < len(words); {
		j, names := i+1, [][]string{{words[i]}}
		for k := len(words); k > i; k-- {
			var found [][]string
			for _, g := range groups {
				if slices.ContainsFunc(g, func(n []string) bool { return slices.Equal(n, words[i:k]) }) {
					found = append(found, g...)
				}
			}
			if found != nil {
				j, names = k, found
				break
			}
		}
		out = append(out, names)
		i = j
	}
	return out
}

// expected returns the ids of the events one of whose mentions holds,
// for each word of the query, the word as the start of a word of its
// sentence, attribution or outlet (the whole word, for a word shorter
// than four letters), or, for a place's or actor's name, each word of one
// of its names so: the answer worked out here, independently of the index.
func expected(d eventsJSON, groups [][][]string, query string) []string {
	outlets := map[string]string{}
	for _, s := range d.Sources {
		outlets[s.Slug] = s.Source
	}
	clauses := queryNames(groups, query)
	var ids []string
	for _, ev := range d.Events {
		for _, m := range ev.Mentions {
			text := wordRe.FindAllString(fold.String(m.Text+" "+m.Attribution+" "+outlets[m.Source]), -1)
			holds := func(w string) bool {
				return slices.ContainsFunc(text, func(t string) bool {
					return t == w || utf8.RuneCountInString(w) >= 4 && strings.HasPrefix(t, w)
				})
			}
			all := true
			for _, names := range clauses {
				all = all && slices.ContainsFunc(names, func(n []string) bool {
					return !slices.ContainsFunc(n, func(w string) bool { return !holds(w) })
				})
			}
			if all {
				ids = append(ids, ev.ID)
				break
			}
		}
	}
	return ids
}

// hits returns the event ids of the search results on the page, in order,
// without repeats, and the marked words.
func hits(t *testing.T, b *browser) (ids, marked []string) {
	t.Helper()
	var hrefs []string
	b.eval(t, `[...document.querySelectorAll("#results .hit-head a")].map(a => a.getAttribute("href"))`, &hrefs)
	b.eval(t, `[...document.querySelectorAll("#results .hit-text mark")].map(m => m.textContent)`, &marked)
	for _, h := range hrefs {
		id := strings.Split(strings.TrimPrefix(h, "../events/"), "/")[0]
		if len(ids) == 0 || ids[len(ids)-1] != id {
			ids = append(ids, id)
		}
	}
	return ids, marked
}

// TestSearch types queries — with capitals, without accents, as word
// beginnings — and checks the results against events.json, that the
// matches are highlighted, and that a result leads to its event.
func TestSearch(t *testing.T) {
	chromePath(t)
	s := seedSite(t)
	d := readEvents(t, s)
	groups := names(s)
	b := newBrowser(t, 1280, 900)
	b.run(t, "open the search page", chromedp.Navigate(s.url+"search/index.html"))
	for _, q := range []string{"Aliev", "ALIEV", "aliev", "evacu", "évacuées", "EVACUEES", "azerbaidjanaise", "Lachin", "Hasanov", "antiterroriste", "Sputnik", "bombardements Bakou"} {
		want := expected(d, groups, q)
		if len(want) == 0 {
			t.Fatalf("%q: the seed site has no event for it: choose another query", q)
		}
		b.eval(t, `document.getElementById("q").value = ""`, new(string))
		b.run(t, "type "+q, chromedp.SendKeys("#q", q, chromedp.ByQuery))
		b.wait(t, fmt.Sprintf(`document.getElementById("results").dataset.state === "done" && new URLSearchParams(location.search).get("q") === %q`, q))
		got, marked := hits(t, b)
		gotSet := append([]string(nil), got...)
		sort.Strings(gotSet)
		gotSet = slices.Compact(gotSet)
		sort.Strings(want)
		if !slices.Equal(gotSet, want) {
			t.Errorf("%q: results are events %v, want %v", q, gotSet, want)
		}
		for _, m := range marked {
			ok := false
			for _, names := range queryNames(groups, q) {
				for _, n := range names {
					for _, w := range n {
						ok = ok || strings.HasPrefix(fold.String(m), w)
					}
				}
			}
			if !ok {
				t.Errorf("%q: %q is highlighted but does not match", q, m)
			}
		}
		if len(marked) == 0 && q != "Sputnik" {
			t.Errorf("%q: no word highlighted in the results", q)
		}
	}

	// The button under the first page shows the rest, ten at a time (on
	// a large site from the files of documents: BenchmarkSearchLarge asks for a
	// second page there).
	q := "Karabakh"
	b.eval(t, `document.getElementById("q").value = ""`, new(string))
	b.run(t, "type "+q, chromedp.SendKeys("#q", q, chromedp.ByQuery))
	b.wait(t, fmt.Sprintf(`document.getElementById("results").dataset.state === "done" && new URLSearchParams(location.search).get("q") === %q`, q))
	pages := 1
	for ; pages < 10; pages++ {
		var more bool
		b.eval(t, `!!document.querySelector("#results button.more")`, &more)
		if !more {
			break
		}
		var shown int
		b.eval(t, `document.querySelectorAll("#results .hit").length`, &shown)
		b.run(t, "show more results", chromedp.Click("#results button.more", chromedp.ByQuery))
		b.wait(t, fmt.Sprintf(`document.querySelectorAll("#results .hit").length > %d`, shown))
	}
	got, _ := hits(t, b)
	got = slices.Compact(slices.Sorted(slices.Values(got)))
	if want := slices.Sorted(slices.Values(expected(d, groups, q))); pages < 2 || !slices.Equal(got, want) {
		t.Errorf("%q over %d pages: results are events %v, want %v", q, pages, got, want)
	}

	// From any page: the box in the masthead leads to the results.
	b.run(t, "open an event", chromedp.Navigate(s.url+"events/1994/index.html"))
	b.run(t, "search from the event page", chromedp.SendKeys("#q", "lachin"+kb.Enter, chromedp.ByQuery))
	b.wait(t, `location.pathname.endsWith("/search/index.html") && document.getElementById("results").dataset.state === "done"`)
	got, _ = hits(t, b)
	if len(got) == 0 || got[0] != "2022-08-03" {
		t.Fatalf("lachin from the masthead: results %v, want 2022-08-03 first", got)
	}

	// A result leads to its event, on the quotation that matched.
	b.run(t, "click the first result", chromedp.Click("#results .hit-head a", chromedp.ByQuery))
	b.wait(t, `location.pathname.endsWith("/events/2022-08-03/index.html") && document.readyState === "complete"`)
	var target string
	b.eval(t, `(document.querySelector(":target") || {}).id || ""`, &target)
	if target == "" {
		t.Errorf("the result leads to %s, which targets no element", b.location(t))
	}
	var h1 string
	b.eval(t, `document.querySelector("h1").textContent`, &h1)
	if !strings.Contains(h1, "3 août 2022") {
		t.Errorf("the result leads to a page titled %q", h1)
	}
	if problems, _ := b.take(); len(problems) > 0 {
		t.Error(problems)
	}
}

// visible returns the ids of the events listed and not hidden by the
// filters, each once: an event listed again in an episode it only
// overlaps (li.spans) is its own episode's row.
func visible(t *testing.T, b *browser) []string {
	t.Helper()
	var ids []string
	b.eval(t, `[...document.querySelectorAll("li.event:not(.spans)")].filter(li => li.offsetParent !== null).map(li => li.id.slice(2))`, &ids)
	return ids
}

// choose sets a select of the filter form as a reader would, and tells the page.
func choose(t *testing.T, b *browser, name, value string) {
	t.Helper()
	b.eval(t, fmt.Sprintf(`(() => { const s = document.querySelector("form.filters [name=%s]"); s.value = %q; s.dispatchEvent(new Event("change", {bubbles: true})); return s.value })()`, name, value), new(string))
}

// TestFilters checks that each filter changes the events shown and the
// address, and that reloading the address restores them.
func TestFilters(t *testing.T) {
	chromePath(t)
	s := seedSite(t)
	d := readEvents(t, s)
	outletOf := map[string]string{}
	for _, src := range d.Sources {
		outletOf[src.Slug] = src.Source
	}
	want := func(keep func(ep string, outlets map[string]bool) bool) []string {
		var ids []string
		for _, ev := range d.Events {
			outlets := map[string]bool{}
			for _, m := range ev.Mentions {
				outlets[outletOf[m.Source]] = true
				outlets["#"+m.Source] = true
			}
			if keep(ev.Episode, outlets) {
				ids = append(ids, ev.ID)
			}
		}
		return ids
	}
	b := newBrowser(t, 1280, 900)
	b.run(t, "open the index", chromedp.Navigate(s.url+"index.html"))
	all := visible(t, b)
	if len(all) != len(d.Events) {
		t.Fatalf("the index shows %d events, events.json has %d", len(all), len(d.Events))
	}
	check := func(what, query string, want []string) {
		t.Helper()
		if got := visible(t, b); !slices.Equal(got, want) {
			t.Errorf("%s: shows %v, want %v", what, got, want)
		}
		if loc := b.location(t); !strings.Contains(loc, query) {
			t.Errorf("%s: address %s does not hold %s", what, loc, query)
		}
		var marks int
		b.eval(t, `[...document.querySelectorAll("svg a.mark")].filter(a => getComputedStyle(a).display !== "none").length`, &marks)
		if marks != len(want) {
			t.Errorf("%s: the chart shows %d marks, want %d", what, marks, len(want))
		}
		b.run(t, "reload", chromedp.Reload())
		if got := visible(t, b); !slices.Equal(got, want) {
			t.Errorf("%s, reloaded: shows %v, want %v", what, got, want)
		}
	}

	b.run(t, "tick 2+ sources", chromedp.Click(`form.filters [name=multi]`, chromedp.ByQuery))
	// Two outlets or more report one of its happenings happening (events.json's outlets).
	var multi []string
	for _, ev := range d.Events {
		if ev.Outlets >= 2 {
			multi = append(multi, ev.ID)
		}
	}
	check("2+ sources", "multi=1", multi)
	var checked bool
	b.eval(t, `document.querySelector("form.filters [name=multi]").checked`, &checked)
	if !checked {
		t.Error("after a reload, the 2+ sources box is not ticked")
	}

	b.run(t, "reset", chromedp.Click(`form.filters button[type=reset]`, chromedp.ByQuery))
	b.wait(t, `!location.search.includes("multi")`)
	if got := visible(t, b); len(got) != len(all) {
		t.Errorf("after reset: %d events shown, want %d", len(got), len(all))
	}

	choose(t, b, "episode", "guerre-2020")
	check("episode", "episode=guerre-2020", want(func(ep string, _ map[string]bool) bool { return ep == "guerre-2020" }))

	choose(t, b, "episode", "")
	choose(t, b, "outlet", "sputnik-afrique")
	check("outlet", "outlet=sputnik-afrique", want(func(_ string, o map[string]bool) bool { return o["Sputnik Afrique"] }))

	// On an episode page: the outlet filter, restored from a shared address.
	b.run(t, "open a filtered episode", chromedp.Navigate(s.url+"episodes/operation-2023/index.html?outlet=la-gazette-francaise"))
	wantEp := want(func(ep string, o map[string]bool) bool { return ep == "operation-2023" && o["La Gazette française"] })
	if got := visible(t, b); !slices.Equal(got, wantEp) || len(got) == 0 {
		t.Errorf("episode page filtered by outlet: shows %v, want %v", got, wantEp)
	}
	if problems, _ := b.take(); len(problems) > 0 {
		t.Error(problems)
	}
}

// axeRun runs axe-core on the page and returns its violations.
const axeRun = `axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations.map(v =>
	v.id + " (" + v.impact + "): " + v.help + " — " + v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(", ")))`

// TestAccessibility runs axe-core on the index, episodes, an event and a
// source page, search results, the places, a place, the actors, an actor
// and a kind of event, in light and dark mode.
func TestAccessibility(t *testing.T) {
	chromePath(t)
	s := seedSite(t)
	src, err := os.ReadFile(nodeModules(t, "axe-core/axe.min.js"))
	if err != nil {
		t.Fatal(err)
	}
	b := newBrowser(t, 1280, 900)
	for _, scheme := range []string{"light", "dark"} {
		b.run(t, "emulate "+scheme, emulation.SetEmulatedMedia().WithFeatures([]*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}))
		for _, p := range []string{"index.html", "episodes/guerre-2020/index.html", "episodes/escarmouches/index.html", "events/2023-09-19/index.html",
			"sources/2023-09-20-offensive-d-envergure/index.html", "search/index.html?q=evacu", "search/index.html?q=Berdzor",
			"episodes/operation-2023/index.html", "places/index.html", "places/lachin/index.html", "actors/index.html",
			"actors/aliyev/index.html", "kinds/clash/index.html"} {
			b.run(t, "open "+p, chromedp.Navigate(s.url+p))
			if strings.HasPrefix(p, "search/") {
				b.wait(t, `document.getElementById("results").dataset.state === "done"`)
			}
			b.run(t, "load axe-core", chromedp.Evaluate(string(src), nil))
			var violations []string
			b.eval(t, axeRun, &violations)
			for _, v := range violations {
				t.Errorf("%s (%s): %s", p, scheme, v)
			}
		}
	}
}

// TestFileURL opens the site from disk, as a reader who downloaded it
// would, and follows links from the index to an event, to a source, and back.
func TestFileURL(t *testing.T) {
	chromePath(t)
	s := seedSite(t)
	b := newBrowser(t, 1280, 900)
	index := "file://" + filepath.ToSlash(filepath.Join(s.dir, "index.html"))
	b.run(t, "open the index from disk", chromedp.Navigate(index))
	b.run(t, "click an event", chromedp.Click(`main .event-date a[href="events/2023-09-19/index.html"]`, chromedp.ByQuery))
	// Loaded, not only navigated to: a click on the page still loading
	// can find a node the finished document replaces.
	b.wait(t, `location.href.endsWith("/events/2023-09-19/index.html") && document.readyState === "complete"`)
	b.run(t, "click a source", chromedp.Click(`main figure.mention figcaption a[href*="sources/"]`, chromedp.ByQuery))
	b.wait(t, `location.protocol === "file:" && location.pathname.includes("/sources/") && document.querySelector("h1") !== null`)
	var h1 string
	b.eval(t, `document.querySelector("h1").textContent`, &h1)
	if h1 == "" {
		t.Error("the source page has no title")
	}
	b.run(t, "back to the event", chromedp.NavigateBack())
	b.wait(t, `location.href.endsWith("/events/2023-09-19/index.html")`)
	b.run(t, "back to the index", chromedp.NavigateBack())
	b.wait(t, `location.href === `+fmt.Sprintf("%q", index))
	b.run(t, "follow the stylesheet", chromedp.Navigate(index))
	var styled bool
	b.eval(t, `getComputedStyle(document.body).maxWidth !== "none"`, &styled)
	if !styled {
		t.Error("from file://, the stylesheet does not load")
	}
	if problems, _ := b.take(); len(problems) > 0 {
		t.Error(problems)
	}
}

// TestKeyboard checks the skip link: the first Tab shows it, Enter goes
// to the content.
func TestKeyboard(t *testing.T) {
	chromePath(t)
	s := seedSite(t)
	b := newBrowser(t, 375, 812)
	b.run(t, "open an episode", chromedp.Navigate(s.url+"episodes/guerre-2020/index.html"))
	b.run(t, "press Tab", chromedp.KeyEvent(kb.Tab))
	var skip struct {
		Class string
		Top   float64
	}
	b.eval(t, `({Class: document.activeElement.className, Top: document.activeElement.getBoundingClientRect().top})`, &skip)
	if skip.Class != "skip" || skip.Top < 0 {
		t.Fatalf("the first Tab focuses %+v, want the skip link, on screen", skip)
	}
	b.run(t, "press Enter", chromedp.KeyEvent(kb.Enter))
	b.wait(t, `location.hash === "#main" && document.activeElement.id === "main"`)
}

// TestWithoutScript checks the site with script off: the search box
// leads to the list of every event, and the filters to their pages.
func TestWithoutScript(t *testing.T) {
	chromePath(t)
	s := seedSite(t)
	d := readEvents(t, s)
	b := newBrowser(t, 1280, 900)
	b.run(t, "turn script off", emulation.SetScriptExecutionDisabled(true))
	b.run(t, "open the index", chromedp.Navigate(s.url+"index.html"))
	var form, links bool
	b.eval(t, `getComputedStyle(document.querySelector("form.filters")).display !== "none"`, &form)
	b.eval(t, `getComputedStyle(document.querySelector(".filter-pages")).display !== "none"`, &links)
	if form || !links {
		t.Errorf("without script: filter form shown %v, filter pages shown %v; want false, true", form, links)
	}
	b.run(t, "follow the 2+ sources page", chromedp.Click(`.filter-pages a[href="corroborated/index.html"]`, chromedp.ByQuery))
	b.wait(t, `location.pathname.endsWith("/corroborated/index.html") && document.readyState === "complete"`)
	multi := 0
	for _, ev := range d.Events {
		if ev.Outlets >= 2 {
			multi++
		}
	}
	if got := visible(t, b); len(got) != multi {
		t.Errorf("corroborated/ lists %d events, want %d", len(got), multi)
	}
	b.run(t, "search", chromedp.SendKeys("#q", "Aliev"+kb.Enter, chromedp.ByQuery))
	b.wait(t, `location.pathname.endsWith("/search/index.html") && location.search === "?q=Aliev" && document.readyState === "complete"`)
	if got := visible(t, b); len(got) != len(d.Events) {
		t.Errorf("without script the search page lists %d events, want all %d", len(got), len(d.Events))
	}
	if problems, _ := b.take(); len(problems) > 0 {
		t.Error(problems)
	}
}
