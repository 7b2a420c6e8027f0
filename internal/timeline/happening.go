package timeline

import (
	"fmt"
	"math"
	"net/url"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"timeline/internal/address"
	"timeline/internal/dates"
	"timeline/internal/diag"
	"timeline/internal/edits"
	"timeline/internal/headline"
	"timeline/internal/store"
)

// Happening is one thing that happened (or was announced, or is recalled)
// on an event's date: the mentions of that date that report it. Two
// unrelated happenings of one day (an accusation in Yerevan, an explosion
// near Stepanakert) are two happenings of the day's event; three outlets
// reporting one happening make one.
type Happening struct {
	// ID names the happening for good: the day's id and the anchor of its
	// first mention ("2023-09-25/le-monde-explosion"). An article added
	// that does not report it changes neither.
	ID          string
	Anchor      string     // its id on the day's page: "e-" and its first mention's anchor
	Title       string     // its headline
	TitleFrom   string     // "text" when chosen from its sentences, "editor" when written in content/events.toml
	Summary     string     // the editor's summary, in HTML; "" when none
	Role        dates.Role // dates.Event when any of its mentions reports it happening
	Approximate bool       // every mention gives its date approximately ("il y a 30 ans")
	Quotes      []Quote
	Outlets     int // distinct outlets reporting it happening, a copied sentence once
	Articles    int // distinct articles, two files of one url once
	Mentions    int // its mentions, copies included
	// What its sentences name and signal (see Lexicons), each id once,
	// the most often named first: a copied sentence counts once.
	Places []string
	Actors []string
	Kinds  []string
	auto   string `key:"-"` // the headline chosen from its sentences, which Title is unless the editor wrote one
}

// Quote is one distinct sentence of a happening: a mention and the
// mentions of other articles that carry the same sentence (syndication, a
// page saved twice), which count once.
type Quote struct {
	Mention int   // index in the event's Mentions
	Copies  []int // indexes of the same sentence in other articles' mentions, in order
}

// sameThreshold is how alike (weighted Dice, 0 to 1) a sentence must be
// to one of a happening's first sentences to report it; sameArticle the
// same for the happening its article's previous sentence reports, which
// its next ones often go on telling. Set on the seeds and on sentences of
// our own (happening_test.go): at 0.25 the two outlets' reports of the
// offensive of 19 September 2023, which share "l'Azerbaïdjan a lancé",
// stayed apart; at 0.2 they meet, and an accusation in Erevan and an
// explosion near Stepanakert, which share no word, stay apart.
const (
	// leaders is how many of a happening's first sentences the next are
	// compared with: comparing with all let one of 354 reports of a day
	// gather 110 by chains of sentences that each shared a town or a
	// side with the one before.
	leaders       = 3
	sameThreshold = 0.2
	sameArticle   = 0.1
	// nearCopy is how alike a sentence of another article must be to be a
	// copy of one, edited a little, rather than another report.
	nearCopy = 0.9
)

// happen groups ev's mentions into happenings (see Happening), in order:
// the most outlets first, then the most articles, then the earliest.
func (ev *Event) happen(sc *happenScratch) {
	ms := ev.Mentions
	sc.reset(len(ms))
	// Each mention's article, through the runs.
	for i := range ev.Articles {
		from, to := ev.Run(i)
		for m := from; m < to; m++ {
			sc.article[m] = int32(i)
		}
	}
	// Document frequency of each word among the distinct sentences: a
	// word every report of the day has ("Karabakh") tells them apart less
	// than one only two have ("dépôt"). Each word gets a number, by which
	// the rest looks it up in slices rather than maps.
	distinct := 0
	for i := range ms {
		sc.from[i] = int32(len(sc.wids))
		if _, dup := sc.seen[ms[i].Norm]; dup {
			continue
		}
		sc.seen[ms[i].Norm] = place{}
		distinct++
		for _, w := range ms[i].Words {
			id, ok := sc.ids[w.stem()]
			if !ok {
				id = int32(len(sc.df))
				sc.ids[w.stem()] = id
				sc.df = append(sc.df, 0)
			}
			sc.df[id]++
			wt := id << 1
			if w.proper() {
				wt |= 1
			}
			sc.wids = append(sc.wids, wt)
		}
	}
	sc.from[len(ms)] = int32(len(sc.wids))
	clear(sc.seen)
	sc.weights = sc.weights[:0]
	for _, n := range sc.df {
		sc.weights = append(sc.weights, math.Log(1+float64(distinct)/float64(n)))
	}
	if len(sc.postings) < len(sc.df) {
		sc.postings = append(sc.postings, make([][]int32, len(sc.df)-len(sc.postings))...)
	}
	for k := range sc.df {
		sc.postings[k] = sc.postings[k][:0]
	}
	limit := int32(max(8, distinct/4)) // words more frequent than this find no candidates
	for i := range ms {
		m := &ms[i]
		if p, dup := sc.seen[m.Norm]; dup {
			q := &sc.groups[p.group].quotes[p.quote]
			q.Copies = append(q.Copies, i)
			continue
		}
		// The weight m shares with each sentence quoted before it,
		// through the sentences that have each of its words: no
		// comparing m with every sentence of a date quoted thousands of
		// times. A group is as near as the nearest of its first
		// sentences (weighted Dice, see leaders).
		words := sc.wids[sc.from[i]:sc.from[i+1]]
		own := sc.total(words)
		sc.cand = sc.cand[:0]
		for _, w := range words {
			if sc.df[w>>1] > limit {
				continue
			}
			wt := sc.weight(w)
			for _, k := range sc.postings[w>>1] {
				if sc.shared[k] == 0 {
					sc.cand = append(sc.cand, k)
				}
				sc.shared[k] += wt
			}
		}
		art := sc.article[i]
		best, bestSim := -1, 0.0
		near, nearSim := int32(-1), 0.0
		for _, k := range sc.cand {
			sn := &sc.sents[k]
			sim := 2 * sc.shared[k] / (own + sn.total)
			sc.shared[k] = 0
			if sim >= nearCopy && sn.article != art && sim > nearSim {
				near, nearSim = k, sim
			}
			c := sn.group
			need := sameThreshold
			if sc.lastOf[art] == c {
				// The article's own last happening of the date, which its
				// next sentences often go on telling.
				need = sameArticle
			}
			if sim >= need && (sim > bestSim || sim == bestSim && int(c) < best) {
				best, bestSim = int(c), sim
			}
		}
		if near >= 0 {
			// Near-identical to a sentence of another article: the same
			// wire story, edited a little ("a annoncé l'AFP", "selon
			// l'AFP"), one quote with its copy.
			sn := &sc.sents[near]
			q := &sc.groups[sn.group].quotes[sn.quote]
			q.Copies = append(q.Copies, i)
			sc.seen[m.Norm] = place{sn.group, sn.quote}
			sc.lastOf[art] = sn.group
			continue
		}
		if last := sc.lastOf[art]; best < 0 && last >= 0 && !sc.groups[last].alone {
			// What a sentence that could not be read alone ("C'est ce
			// que le commandant a déclaré aujourd'hui") commented on.
			best = int(last)
		}
		if best < 0 && (len(m.Words) == 0 || m.Score <= 0) {
			// A sentence that cannot be read alone goes on telling what
			// its article's previous one of the date told: "C'est ce
			// qu'a déclaré mardi le porte-parole". One that can, and
			// shares nothing with it, tells another happening ("On
			// Monday, the prime minister accused Moscow in Yerevan" after
			// an explosion near Stepanakert).
			best = int(sc.lastOf[art])
		}
		if best < 0 {
			best = len(sc.groups)
			sc.groups = append(sc.groups, group{leader: i})
		}
		if len(sc.groups[best].quotes) < leaders {
			k := int32(len(sc.sents))
			sc.sents = append(sc.sents, sentence{group: int32(best), quote: int32(len(sc.groups[best].quotes)), article: art, total: own})
			sc.shared = append(sc.shared, 0)
			for _, w := range words {
				sc.postings[w>>1] = append(sc.postings[w>>1], k)
			}
		}
		g := &sc.groups[best]
		g.quotes = append(g.quotes, Quote{Mention: i})
		g.alone = g.alone || m.Score > 0
		sc.seen[m.Norm] = place{int32(best), int32(len(g.quotes) - 1)}
		sc.lastOf[art] = int32(best)
	}
	ev.Happenings = make([]Happening, len(sc.groups))
	for k := range sc.groups {
		ev.Happenings[k] = ev.happening(&sc.groups[k], sc)
	}
	sort.SliceStable(ev.Happenings, func(i, j int) bool {
		a, b := &ev.Happenings[i], &ev.Happenings[j]
		if a.Outlets != b.Outlets {
			return a.Outlets > b.Outlets
		}
		return a.Articles > b.Articles
	})
	ev.Outlets = sc.outlets(ev, ev.Happenings)
	ev.gatherLexicons()
	ev.hashHappenings()
}

// gatherLexicons gives ev what its happenings name and signal, each id
// once, in the order of its happenings (the most reported first), and the
// figures their quotations give, a copied sentence's once.
func (ev *Event) gatherLexicons() {
	var places, actors, ks idTally
	ev.Claims = nil
	for k := range ev.Happenings {
		h := &ev.Happenings[k]
		places.add(h.Places)
		actors.add(h.Actors)
		ks.add(h.Kinds)
		for _, q := range h.Quotes {
			for _, f := range ev.Mentions[q.Mention].Figures {
				ev.Claims = append(ev.Claims, Claim{Figure: f, Mention: q.Mention, Happening: k})
			}
		}
	}
	ev.Places, ev.Actors, ev.Kinds = places.order, actors.order, ks.order
}

// hashHappenings sets happKey from Happenings (see Event).
func (ev *Event) hashHappenings() {
	h := store.NewHash()
	h.Word(uint64(len(ev.Happenings)))
	for k := range ev.Happenings {
		ev.Happenings[k].hashKey(&h)
	}
	ev.happKey = h.Sum()
}

// happening makes the happening of group g.
func (ev *Event) happening(g *group, sc *happenScratch) Happening {
	lead := &ev.Mentions[g.leader]
	h := Happening{ID: ev.ID + "/" + lead.Anchor, Anchor: "e-" + lead.Anchor, TitleFrom: "text",
		Quotes: g.quotes, Role: dates.Background, Approximate: true}
	forecast := false
	sc.stamp++
	for _, q := range g.quotes {
		for c := -1; c < len(q.Copies); c++ {
			i := q.Mention
			if c >= 0 {
				i = q.Copies[c]
			}
			m := &ev.Mentions[i]
			h.Mentions++
			switch m.Role {
			case dates.Event:
				h.Role = dates.Event
			case dates.Forecast:
				forecast = true
			}
			h.Approximate = h.Approximate && m.Approx
			if k := ev.Articles[sc.article[i]].pageID; !sc.mark(k) {
				h.Articles++
			}
		}
	}
	if h.Role != dates.Event && forecast {
		h.Role = dates.Forecast
	}
	h.Outlets = sc.outlets(ev, []Happening{h})
	h.Places = tallyOf(ev, g.quotes, func(m *Mention) []string { return m.Places })
	h.Actors = tallyOf(ev, g.quotes, func(m *Mention) []string { return m.Actors })
	h.Kinds = tallyOf(ev, g.quotes, func(m *Mention) []string { return m.Kinds })
	h.Title = ev.chooseTitle(&h, sc)
	h.auto = h.Title
	return h
}

// outlets counts the distinct outlets that report the happenings hs
// happening: the outlet of each quote whose sentence reports it, a
// copied sentence once (the first article that has it).
func (sc *happenScratch) outlets(ev *Event, hs []Happening) int {
	sc.stamp++
	n := 0
	for k := range hs {
		for _, q := range hs[k].Quotes {
			if ev.Mentions[q.Mention].Role != dates.Event {
				continue
			}
			if o := ev.Articles[sc.article[q.Mention]].outletID; !sc.mark(o) {
				n++
			}
		}
	}
	return n
}

// chooseTitle returns the headline of h: its sentence that would serve
// best (headline.Score, which Extract gave each mention; the earliest of
// equals), shaped (headline.Shape). A copy says what its quote says.
func (ev *Event) chooseTitle(h *Happening, sc *happenScratch) string {
	best := h.Quotes[0].Mention
	for _, q := range h.Quotes[1:] {
		if ev.Mentions[q.Mention].Score > ev.Mentions[best].Score {
			best = q.Mention
		}
	}
	m := &ev.Mentions[best]
	if m.Score <= 0 {
		// No sentence reads alone: the part of one that does, if any.
		for _, q := range h.Quotes {
			if s, ok := headline.Rescue(candidate(&ev.Mentions[q.Mention], ev.Articles[sc.article[q.Mention]].Language)); ok {
				return s
			}
		}
	}
	if m.Score != 0 && m.From <= m.To && m.To <= len(m.Sentence) {
		// What Shape would give, without reading the sentence again,
		// when it needs no cut (a mention Extract scored: it set From
		// and To).
		if s := headline.Finish(m.Sentence[m.From:m.To]); utf8.RuneCountInString(s) <= headline.Max {
			return s
		}
	}
	return headline.Shape(candidate(m, ev.Articles[sc.article[best]].Language))
}

// outletKey names a's outlet for counting: its key (address.OutletKey), else the
// host of its url, else the article itself — an outlet the editor could
// not tell counts as one of its own.
func outletKey(a *Article) string {
	if k := address.OutletKey(a.Outlet); k != "" {
		return k // as the outlet pages name it: "Le Monde" and "le monde" are one
	}
	if u, err := url.Parse(a.URL); err == nil && u.Host != "" {
		return strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	}
	return "article " + a.Slug
}

// group is a happening while happen gathers it.
type group struct {
	leader int // its first mention, whose anchor names it
	quotes []Quote
	alone  bool // one of its sentences reads alone (headline.Score > 0)
}

// sentence is a distinct sentence happen has placed: its group and the
// weight of its words.
type sentence struct {
	group, quote int32 // where it is quoted
	article      int32 // its article's place in the event
	total        float64
}

// happenScratch is what happen reuses from one event to the next.
type happenScratch struct {
	article  []int32          // by mention: its article's place in the event
	seen     map[uint64]place // by sentence: where it was quoted
	ids      map[uint32]int32 // by stem: the word's number in this event
	wids     []int32          // the words of the distinct sentences: number << 1 | 1 for a name
	from     []int32          // by mention: where its words start in wids (as many as the next's start)
	df       []int32          // by word: how many distinct sentences have it
	weights  []float64        // by word: its weight (see weight)
	postings [][]int32        // by word: the sentences that have it
	sents    []sentence       // the distinct sentences placed so far
	lastOf   []int32          // by article: its last group, -1 for none
	shared   []float64        // by sentence: the weight the mention compared shares with it
	cand     []int32
	groups   []group
	marks    []int32 // by outlet or page number: the stamp it was last counted under
	stamp    int32
}

// mark marks number k under the current stamp, and reports whether it
// was marked already.
func (sc *happenScratch) mark(k int32) bool {
	if int(k) >= len(sc.marks) {
		sc.marks = append(sc.marks, make([]int32, int(k)+1-len(sc.marks))...)
	}
	if sc.marks[k] == sc.stamp {
		return true
	}
	sc.marks[k] = sc.stamp
	return false
}

func newHappenScratch() *happenScratch {
	return &happenScratch{seen: map[uint64]place{}, ids: map[uint32]int32{}}
}

func (sc *happenScratch) reset(n int) {
	sc.article = slicesGrow(sc.article, n)
	sc.from = slicesGrow(sc.from, n+1)
	clear(sc.seen)
	clear(sc.ids)
	sc.wids, sc.df = sc.wids[:0], sc.df[:0]
	sc.lastOf = sc.lastOf[:0]
	for range n {
		sc.lastOf = append(sc.lastOf, -1)
	}
	sc.shared = sc.shared[:0]
	sc.sents = sc.sents[:0]
	sc.groups = nil // handed to the event's happenings
}

func slicesGrow(s []int32, n int) []int32 {
	if cap(s) < n {
		return make([]int32, n)
	}
	return s[:n]
}

// place is where a sentence was first quoted: a group and a quote of it.
type place struct{ group, quote int32 }

// weight returns the weight of a word: by how few of the date's distinct
// sentences have it, and half again as much when it is a name.
func (sc *happenScratch) weight(w int32) float64 {
	x := sc.weights[w>>1]
	if w&1 != 0 {
		x *= 1.5
	}
	return x
}

// total returns the weight of words (numbers, as in wids).
func (sc *happenScratch) total(words []int32) float64 {
	t := 0.0
	for _, w := range words {
		t += sc.weight(w)
	}
	return t
}

// edit gives the happenings the editors' headlines and summaries
// (content/events.toml): each entry names a date and a few words of one
// of the sentences that report the happening. An entry that picks no
// happening, or several, is an error at its line.
func (t *Timeline) edit(entries []edits.Entry) diag.List {
	byDate := make(map[dates.Date]*Event, len(t.Events))
	for _, ev := range t.Events {
		byDate[ev.Date] = ev
		// A happening taken from the last timeline keeps the editor's
		// headline of then: the entries of now decide.
		for k := range ev.Happenings {
			if h := &ev.Happenings[k]; h.TitleFrom != "text" || h.Summary != "" {
				ev.Happenings = slices.Clone(ev.Happenings)
				for k := range ev.Happenings {
					h := &ev.Happenings[k]
					h.Title, h.TitleFrom, h.Summary = h.auto, "text", ""
				}
				ev.Title = ev.Happenings[0].Title
				ev.hashHappenings()
				break
			}
		}
	}
	var probs diag.List
	for _, e := range entries {
		ev := byDate[e.Date]
		if ev == nil {
			probs.Add(diag.Errorf(e.Path, e.Line, 0, "no event on %s: no article gives that date (write the date as the event's page shows it under its title, such as 2023-09-25 or 2022-12, or remove the entry)", e.Date))
			continue
		}
		var picked []int
		for k := range ev.Happenings {
			if ev.matches(&ev.Happenings[k], e) {
				picked = append(picked, k)
			}
		}
		switch len(picked) {
		case 0:
			probs.Add(diag.Errorf(e.Path, e.Line, 0, "match: no event of %s has a sentence with the words %q (take a few words from one of its quotations: %s)", e.Date, e.Match, headlines(ev, nil)))
			continue
		case 1:
		default:
			probs.Add(diag.Errorf(e.Path, e.Line, 0, "match: %d events of %s have a sentence with the words %q (add words that only one of them has: %s)", len(picked), e.Date, e.Match, headlines(ev, picked)))
			continue
		}
		if ev.Happenings[picked[0]].TitleFrom == "text" && ev.Happenings[picked[0]].Summary == "" {
			ev.Happenings = slices.Clone(ev.Happenings) // not the last timeline's
		}
		h := &ev.Happenings[picked[0]]
		if e.Headline != "" {
			h.Title, h.TitleFrom = e.Headline, "editor"
		}
		h.Summary = e.SummaryHTML
		ev.Title = ev.Happenings[0].Title
		ev.hashHappenings()
	}
	return probs
}

// matches reports whether entry e picks h: one of its sentences, or its
// headline, has e's words.
func (ev *Event) matches(h *Happening, e edits.Entry) bool {
	if e.Matches(h.auto) {
		return true
	}
	for _, q := range h.Quotes {
		if e.Matches(ev.Mentions[q.Mention].Sentence) {
			return true
		}
	}
	return false
}

// headlines lists the headlines of ev's happenings at picked (all for
// nil), quoted, for a message: at most five.
func headlines(ev *Event, picked []int) string {
	if picked == nil {
		for k := range ev.Happenings {
			picked = append(picked, k)
		}
	}
	var b strings.Builder
	for i, k := range picked {
		if i == 5 {
			fmt.Fprintf(&b, " and %d more", len(picked)-5)
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%q", ev.Happenings[k].auto)
	}
	return b.String()
}

// tallyOf returns the ids that field gives the quotes' sentences, each
// once, the most often given first, then in the order they come; nil for
// none.
func tallyOf(ev *Event, quotes []Quote, field func(*Mention) []string) []string {
	var t idTally
	for _, q := range quotes {
		t.add(field(&ev.Mentions[q.Mention]))
	}
	return t.ids()
}

// idTally counts ids in the order they come. A happening names a few
// places and kinds: a slice searched in order costs less than a map,
// which made 50 MB of garbage on 10,000 articles.
type idTally struct {
	order []string
	n     []int // by index in order
}

func (t *idTally) add(ids []string) {
	for _, id := range ids {
		if k := slices.Index(t.order, id); k >= 0 {
			t.n[k]++
			continue
		}
		t.order = append(t.order, id)
		t.n = append(t.n, 1)
	}
}

// ids returns the ids counted, the most counted first, ties in order.
func (t *idTally) ids() []string {
	if len(t.order) == 0 {
		return nil
	}
	idx := make([]int, len(t.order))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return t.n[b] - t.n[a] })
	out := make([]string, len(idx))
	for i, k := range idx {
		out[i] = t.order[k]
	}
	return out
}
