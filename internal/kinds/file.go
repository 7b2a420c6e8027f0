package kinds

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"

	"timeline/internal/diag"
	"timeline/internal/fold"
	"timeline/internal/tomlpos"
)

// maxKinds is the number of kinds a typology holds at most: a sentence's
// kinds are kept as bits of a uint64.
const maxKinds = 64

// entry is one [[kind]] entry of a file, read.
type entry struct {
	id      string
	names   map[string]string   // by language, the names written
	signals map[string][]signal // by language, in the file's order
	replace bool                // replace = true: the signals replace a default kind's
}

// keys returns the keys of an entry, in the order messages list them.
func keys() []string {
	k := []string{"id"}
	for _, l := range Languages {
		k = append(k, "name_"+l)
	}
	return append(append(k, Languages...), "replace")
}

// likely are the keys an editor may write for one of keys.
var likely = map[string]string{
	"name": "name_fr and name_en", "names": "name_fr and name_en",
	"nom": "name_fr", "noms": "name_fr and name_en", "nom_fr": "name_fr", "nom_en": "name_en",
	"title": "name_en", "titre": "name_fr",
	"signals": "fr and en", "signaux": "fr and en", "words": "fr and en", "mots": "fr and en",
	"signals_fr": "fr", "signaux_fr": "fr", "words_fr": "fr", "mots_fr": "fr",
	"signals_en": "en", "signaux_en": "en", "words_en": "en", "mots_en": "en",
	"remplacer": "replace", "remplace": "replace", "replaces": "replace",
}

var idRe = regexp.MustCompile(`^[a-z][a-z0-9-]{0,39}$`)

// parse reads the kinds file f. known are the ids of the kinds f extends
// (none for the defaults themselves): an entry with another id adds a
// kind, and needs its names. It returns the entries without an error, in
// the file's order, and every problem found.
func parse(f File, known ...string) ([]entry, diag.List) {
	var probs diag.List
	src := strings.TrimPrefix(string(f.Data), "\ufeff")
	m, err := tomlpos.Decode(f.Path, src, 0)
	if err != nil {
		probs.Merge(f.Path, err)
		return nil, probs
	}
	top := &tomlpos.Table{File: f.Path, Src: src, Values: m, Probs: &probs}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		switch {
		case k == "kind":
		case slices.Contains(keys(), k):
			top.Errorf(k, "%s is outside any kind (put a line [[kind]] above it)", k)
		default:
			top.Errorf(k, "unknown key %s (this file holds only kinds, each starting with a line [[kind]])", k)
		}
	}
	var entries []entry
	seen := map[string]int{} // id → the line of the entry that has it
	count := len(known)
	for _, t := range top.Tables("kind") {
		e, ok := readEntry(t, slices.Contains(known, idOf(t)))
		if !ok {
			continue
		}
		if line, dup := seen[e.id]; dup {
			t.Errorf("id", "id: %q is also the id of the kind on line %d (write the two as one entry, or give this one another id)", e.id, line)
			continue
		}
		seen[e.id], _ = t.Pos("")
		if !slices.Contains(known, e.id) {
			if count++; count > maxKinds {
				t.Errorf("id", "id: %q is kind number %d, more than %d (merge it with another kind)", e.id, count, maxKinds)
				continue
			}
		}
		entries = append(entries, e)
	}
	probs.Sort()
	return entries, probs
}

// idOf returns the id of t's entry as written, "" when it has none.
func idOf(t *tomlpos.Table) string {
	id, _ := t.Values["id"].(string)
	return strings.TrimSpace(id)
}

// readEntry reads the entry of table t, which extends a default kind
// when known. ok is false when it has an error.
func readEntry(t *tomlpos.Table, known bool) (e entry, ok bool) {
	before := len(*t.Probs)
	t.Refuse("a kind", likely, keys()...)
	e.id = strings.TrimSpace(t.String("id", true, `id = "drone-strike"`))
	if e.id != "" && !idRe.MatchString(e.id) {
		t.Errorf("id", "id: %q is not an id (write lowercase ascii letters, digits and hyphens, as in id = %q)", e.id, suggestID(e.id))
	}
	e.names = map[string]string{}
	for _, l := range Languages {
		key := "name_" + l
		if _, there := t.Values[key]; !there {
			if !known && e.id != "" {
				t.Errorf(key, "%s is missing (a new kind needs its name on the pages in each language: %s = %q)", key, key, exampleName[l])
			}
			continue
		}
		n := strings.TrimSpace(t.String(key, true, fmt.Sprintf("%s = %q", key, exampleName[l])))
		if strings.ContainsAny(n, "\r\n") {
			t.Errorf(key, "%s: has a line break (write the name on one line)", key)
		}
		if n != "" {
			e.names[l] = n
		}
	}
	e.signals = map[string][]signal{}
	for _, l := range Languages {
		seen := map[string]bool{}
		for _, s := range t.Strings(l, fmt.Sprintf(`%s = ["bombard*", "pilonn*"]`, l)) {
			sig, err := parseSignal(s)
			if err != nil {
				line, col := itemPos(t, l, s)
				t.Probs.Add(diag.Errorf(t.File, line, col, "%s: %v", l, err))
				continue
			}
			if key := fold.String(strings.TrimSpace(s)); seen[key] {
				line, col := itemPos(t, l, s)
				t.Probs.Add(diag.Warnf(t.File, line, col, "%s: %q is listed twice (remove one)", l, s))
				continue
			} else {
				seen[key] = true
			}
			e.signals[l] = append(e.signals[l], sig)
		}
	}
	if v, there := t.Values["replace"]; there {
		r, isBool := v.(bool)
		switch {
		case !isBool:
			t.Errorf("replace", "replace: expected true or false (write: replace = true, to use this entry's signals instead of the default ones)")
		case r && !known:
			line, col := t.Pos("replace")
			t.Probs.Add(diag.Warnf(t.File, line, col, "replace: %q is a new kind, it has no default signals to replace (remove the line)", e.id))
		}
		e.replace = r
	}
	hasSignals := len(e.signals) > 0
	line, col := t.Pos("id")
	switch {
	case diag.List((*t.Probs)[before:]).HasErrors():
		return e, false
	case !known && !hasSignals:
		t.Probs.Add(diag.Warnf(t.File, line, col, "kind %q has no signal: no event will be of this kind (add fr = [\"…\"] and en = [\"…\"])", e.id))
	case known && !hasSignals && len(e.names) == 0 && !e.replace:
		t.Probs.Add(diag.Warnf(t.File, line, col, "kind %q: the entry changes nothing (add names or signals, or remove it)", e.id))
	}
	return e, true
}

var exampleName = map[string]string{"fr": "Frappes de drones", "en": "Drone strikes"}

// suggestID returns what an id written s could be: "Frappes aériennes"
// is "frappes-aeriennes".
func suggestID(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range fold.String(s) {
		if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	if b.Len() == 0 || b.String()[0] < 'a' {
		return "kind-" + b.String()
	}
	return b.String()
}

// itemPos returns the line and column of the text s in the list under
// key, for a message about one signal of a long list; the key's when it
// cannot tell.
func itemPos(t *tomlpos.Table, key, s string) (int, int) {
	line, col := t.Pos(key)
	lines := strings.Split(t.Src, "\n")
	for i := line - 1 - t.Offset; i >= 0 && i < len(lines); i++ {
		l := lines[i]
		if i > line-1-t.Offset && startsKey(l) {
			break
		}
		for _, q := range []string{`"` + s + `"`, `'` + s + `'`} {
			if c := strings.Index(l, q); c >= 0 {
				return i + 1 + t.Offset, c + 1
			}
		}
	}
	return line, col
}

var keyRe = regexp.MustCompile(`^\s*(\[|[A-Za-z0-9_-]+\s*=)`)

// startsKey reports whether a line of TOML starts a key or a table: the
// list before it has ended.
func startsKey(line string) bool { return keyRe.MatchString(line) }

// merge applies the editor's entries to the defaults': a known id extends
// its kind, a new one adds a kind.
func merge(defaults, editor []entry) []entry {
	out := make([]entry, len(defaults))
	for i, d := range defaults {
		out[i] = entry{id: d.id, names: maps.Clone(d.names), signals: map[string][]signal{}}
		for l, s := range d.signals {
			out[i].signals[l] = slices.Clone(s)
		}
	}
	for _, e := range editor {
		i := slices.IndexFunc(out, func(d entry) bool { return d.id == e.id })
		if i < 0 {
			out = append(out, e)
			continue
		}
		maps.Copy(out[i].names, e.names)
		if e.replace {
			out[i].signals = map[string][]signal{}
		}
		for l, sigs := range e.signals {
			for _, s := range sigs {
				if !slices.ContainsFunc(out[i].signals[l], func(d signal) bool { return d.text == s.text }) {
					out[i].signals[l] = append(out[i].signals[l], s)
				}
			}
		}
	}
	return out
}

// compile makes the typology of entries.
func compile(entries []entry) *Typology {
	t := &Typology{indexes: map[string]*index{}}
	builders := map[string]*builder{}
	for _, l := range Languages {
		builders[l] = newBuilder()
	}
	for k, e := range entries {
		kind := Kind{ID: e.id, Names: maps.Clone(e.names), Signals: map[string][]string{}}
		for _, l := range Languages {
			for _, s := range e.signals[l] {
				builders[l].add(s, k)
				kind.Signals[l] = append(kind.Signals[l], s.text)
			}
		}
		t.kinds = append(t.kinds, kind)
	}
	for _, l := range Languages {
		t.indexes[l] = builders[l].index(cues[l])
	}
	return t
}
