package gazetteer

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"

	"timeline/internal/diag"
	"timeline/internal/tomlpos"
)

// placeKeys and actorKeys are the keys of an entry, in the order messages list them.
var (
	placeKeys = []string{"id", "name", "name_en", "names", "kind", "lat", "lon", "near", "source"}
	actorKeys = []string{"id", "name", "name_en", "names", "metonyms", "adjectives", "side", "role", "parent"}
	mapKeys   = []string{"south", "west", "north", "east"}
)

// likely are the keys an editor may write for one of the keys: French
// words, and other gazetteers' names.
var likely = map[string]string{
	"nom": "name", "noms": "names", "aliases": "names", "alias": "names", "variants": "names", "variantes": "names",
	"latitude": "lat", "longitude": "lon", "lng": "lon", "long": "lon", "type": "kind", "genre": "kind",
	"camp": "side", "parti": "side", "parent_id": "parent", "role_": "role", "rôle": "role", "nom_en": "name_en",
}

var slugRe = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// placeEntry is a place as one file writes it, with the keys it gives.
type placeEntry struct {
	Place
	given map[string]bool
	t     *tomlpos.Table
}

type placeFile struct {
	entries   []placeEntry
	bounds    Bounds
	hasBounds bool
	path      string // the file, for problems of its [map]
	mapLine   int    // the line of its [map]
}

type actorEntry struct {
	Actor
	given map[string]bool
	t     *tomlpos.Table
}

type actorFile struct{ entries []actorEntry }

// readPlaces reads a places file, reporting each problem of its own
// entries; checkPlaces checks what needs the merged places.
func readPlaces(f File, probs *diag.List) placeFile {
	out := placeFile{path: f.Path}
	top, ok := decode(f, probs, "place", []string{"map"})
	if !ok {
		return out
	}
	if _, there := top.Values["map"]; there {
		out.bounds, out.hasBounds = readBounds(top, probs)
		out.mapLine = headerLine(top.Src, "[map]")
	}
	seen := map[string]*tomlpos.Table{}
	for _, t := range top.Tables("place") {
		e := placeEntry{given: given(t), t: t}
		t.Refuse("an entry", likely, placeKeys...)
		e.ID = readID(t, seen)
		e.Name = t.String("name", false, `name = "Chouchi"`)
		e.NameEn = t.String("name_en", false, `name_en = "Shusha"`)
		e.Names = t.Strings("names", `names = ["Shusha", "Şuşa"]`)
		e.Kind = t.String("kind", false, `kind = "town"`)
		if e.given["kind"] && !slices.Contains(Kinds, e.Kind) {
			t.Errorf("kind", "kind: %q is not a kind of place (write one of: %s)", e.Kind, strings.Join(Kinds, ", "))
		}
		e.Lat = number(t, "lat", -90, 90)
		e.Lon = number(t, "lon", -180, 180)
		e.hasPoint = e.given["lat"] && e.given["lon"]
		if e.given["lat"] != e.given["lon"] {
			has, missing := "lat", "lon"
			if e.given["lon"] {
				has, missing = "lon", "lat"
			}
			t.Errorf(has, "%s without %s (give both, latitude first: lat = 39.76, lon = 46.75)", has, missing)
		}
		e.Near = t.String("near", false, `near = "lachin"`)
		e.Source = t.String("source", false, `source = "geonames:147105"`)
		if e.ID != "" {
			out.entries = append(out.entries, e)
		}
	}
	return out
}

// readActors reads an actors file as readPlaces does a places file.
func readActors(f File, probs *diag.List) actorFile {
	var out actorFile
	top, ok := decode(f, probs, "actor", nil)
	if !ok {
		return out
	}
	seen := map[string]*tomlpos.Table{}
	for _, t := range top.Tables("actor") {
		e := actorEntry{given: given(t), t: t}
		t.Refuse("an entry", likely, actorKeys...)
		e.ID = readID(t, seen)
		e.Name = t.String("name", false, `name = "ministère azerbaïdjanais de la Défense"`)
		e.NameEn = t.String("name_en", false, `name_en = "Azerbaijani Defence Ministry"`)
		e.Names = t.Strings("names", `names = ["ministère de la Défense de l'Azerbaïdjan"]`)
		e.Metonyms = t.Strings("metonyms", `metonyms = ["Bakou", "Baku"]`)
		e.Adjectives = t.Strings("adjectives", `adjectives = ["azerbaïdjanais", "Azerbaijani"]`)
		e.Side = t.String("side", false, `side = "azerbaijan"`)
		if e.given["side"] && !slices.Contains(Sides, e.Side) {
			t.Errorf("side", "side: %q is not a side (write one of: %s)", e.Side, strings.Join(Sides, ", "))
		}
		e.Role = t.String("role", false, `role = "defence-ministry"`)
		if e.given["role"] && !slices.Contains(Roles, e.Role) {
			t.Errorf("role", "role: %q is not a role (write one of: %s, or leave role out)", e.Role, strings.Join(Roles, ", "))
		}
		e.Parent = t.String("parent", false, `parent = "azerbaijan"`)
		if e.ID != "" {
			out.entries = append(out.entries, e)
		}
	}
	return out
}

// decode decodes f and checks its top level: only [[array]] entries and the
// tables named in tables.
func decode(f File, probs *diag.List, array string, tables []string) (*tomlpos.Table, bool) {
	src := strings.TrimPrefix(string(f.Data), "\ufeff")
	m, err := tomlpos.Decode(f.Path, src, 0)
	if err != nil {
		probs.Merge(f.Path, err)
		return nil, false
	}
	top := &tomlpos.Table{File: f.Path, Src: src, Values: m, Probs: probs}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		switch {
		case k == array || slices.Contains(tables, k):
		case k == array+"s":
			top.Errorf(k, "unknown table %s — did you mean [[%s]]? (start each entry with a line [[%s]])", k, array, array)
		default:
			top.Errorf(k, "unknown key %s (this file holds entries, each starting with a line [[%s]]%s)", k, array, tablesHint(tables))
		}
	}
	return top, true
}

func tablesHint(tables []string) string {
	if len(tables) == 0 {
		return ""
	}
	return ", and a table [" + strings.Join(tables, "], [") + "]"
}

// readBounds reads the [map] table.
func readBounds(top *tomlpos.Table, probs *diag.List) (Bounds, bool) {
	m, ok := top.Values["map"].(map[string]any)
	line := headerLine(top.Src, "[map]")
	if !ok {
		probs.Add(diag.Errorf(top.File, line, 0, "map: expected a table [map] with south, west, north and east"))
		return Bounds{}, false
	}
	var b Bounds
	fields := map[string]*float64{"south": &b.South, "west": &b.West, "north": &b.North, "east": &b.East}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		p, known := fields[k]
		if !known {
			msg := fmt.Sprintf("map: unknown key %s (the map's keys are %s)", k, strings.Join(mapKeys, ", "))
			if near := diag.Nearest(k, mapKeys); near != "" {
				msg = fmt.Sprintf("map: unknown key %s — did you mean %s? (the map's keys are %s)", k, near, strings.Join(mapKeys, ", "))
			}
			probs.Add(diag.Errorf(top.File, line, 0, "%s", msg))
			continue
		}
		f, isNum := toFloat(m[k])
		if !isNum {
			probs.Add(diag.Errorf(top.File, line, 0, "map: %s is not a number (write decimal degrees: %s = 39.5)", k, k))
			continue
		}
		*p = f
	}
	for _, k := range mapKeys {
		if _, there := m[k]; !there {
			probs.Add(diag.Errorf(top.File, line, 0, "map: %s is missing (the map's bounds are south, west, north and east, in decimal degrees)", k))
			return Bounds{}, false
		}
	}
	if b.South >= b.North || b.West >= b.East {
		probs.Add(diag.Errorf(top.File, line, 0, "map: south must be below north and west left of east (south %v, north %v, west %v, east %v)", b.South, b.North, b.West, b.East))
		return Bounds{}, false
	}
	return b, true
}

// headerLine returns the line of the table header in src, 0 when absent.
func headerLine(src, header string) int {
	for i, l := range strings.Split(src, "\n") {
		if strings.TrimSpace(l) == header {
			return i + 1
		}
	}
	return 0
}

// given returns the keys t gives.
func given(t *tomlpos.Table) map[string]bool {
	g := map[string]bool{}
	for k := range t.Values {
		g[k] = true
	}
	return g
}

// readID reads the entry's id, which seen, the ids of the file so far with
// their entries, must not hold.
func readID(t *tomlpos.Table, seen map[string]*tomlpos.Table) string {
	if _, there := t.Values["id"]; !there {
		t.Errorf("", `the entry has no id (add a line: id = "shusha", a slug of lowercase ascii letters, digits and hyphens)`)
		return ""
	}
	id := t.String("id", true, `id = "shusha"`)
	if id == "" {
		return ""
	}
	if !slugRe.MatchString(id) {
		t.Errorf("id", "id: %q is not a slug (write lowercase ascii letters, digits and hyphens: %q)", id, suggestSlug(id))
		return ""
	}
	if first, dup := seen[id]; dup {
		line, _ := first.Pos("id") // found only now: locating a key reads the file
		t.Errorf("id", "id: %q is also the id of the entry on line %d (an id names one entry of a file: merge the two, or give this one another id)", id, line)
		return ""
	}
	seen[id] = t
	return id
}

// suggestSlug returns s as a slug, for a message.
func suggestSlug(s string) string {
	s = strings.ReplaceAll(Fold(s), " ", "-")
	if !slugRe.MatchString(s) {
		return "shusha"
	}
	return s
}

// number reads the number under key, which must lie in [lo, hi].
func number(t *tomlpos.Table, key string, lo, hi float64) float64 {
	v, there := t.Values[key]
	if !there {
		return 0
	}
	f, ok := toFloat(v)
	if !ok {
		t.Errorf(key, "%s: expected a number in decimal degrees, without quotes (write: %s = 39.76)", key, key)
		return 0
	}
	if f < lo || f > hi {
		t.Errorf(key, "%s: %v is not a %s (it lies between %v and %v)", key, f, map[string]string{"lat": "latitude", "lon": "longitude"}[key], lo, hi)
		return 0
	}
	return f
}

func toFloat(v any) (float64, bool) {
	switch v := v.(type) {
	case float64:
		return v, true
	case int64:
		return float64(v), true
	}
	return 0, false
}

// merge returns base with the site's entries: an entry whose id is known
// changes that entry (apply), a new id is a new entry (fresh).
func merge[T, E any](base []T, site []E, id func(*T) string, entryID func(*E) string, fresh func(*E) T, apply func(*T, *E)) []T {
	out := slices.Clone(base)
	at := map[string]int{}
	for i := range out {
		at[id(&out[i])] = i
	}
	for k := range site {
		e := &site[k]
		if i, known := at[entryID(e)]; known {
			apply(&out[i], e)
			continue
		}
		at[entryID(e)] = len(out)
		out = append(out, fresh(e))
	}
	return out
}

// mergePlaces merges the site's places: a known id takes the fields the
// entry gives and adds its names.
func mergePlaces(base []Place, site []placeEntry) []Place {
	return merge(base, site, func(p *Place) string { return p.ID }, func(e *placeEntry) string { return e.ID },
		func(e *placeEntry) Place { return e.Place },
		func(p *Place, e *placeEntry) {
			set(e.given, "name", &p.Name, e.Name)
			set(e.given, "name_en", &p.NameEn, e.NameEn)
			set(e.given, "kind", &p.Kind, e.Kind)
			set(e.given, "source", &p.Source, e.Source)
			if e.given["lat"] || e.given["lon"] {
				p.Lat, p.Lon, p.Near, p.hasPoint = e.Lat, e.Lon, "", e.hasPoint
			}
			if e.given["near"] {
				p.Lat, p.Lon, p.Near, p.hasPoint = 0, 0, e.Near, false
			}
			p.Names = addNames(p.Names, e.Names)
		})
}

// mergeActors merges the site's actors as mergePlaces does places.
func mergeActors(base []Actor, site []actorEntry) []Actor {
	return merge(base, site, func(a *Actor) string { return a.ID }, func(e *actorEntry) string { return e.ID },
		func(e *actorEntry) Actor { return e.Actor },
		func(a *Actor, e *actorEntry) {
			set(e.given, "name", &a.Name, e.Name)
			set(e.given, "name_en", &a.NameEn, e.NameEn)
			set(e.given, "side", &a.Side, e.Side)
			set(e.given, "role", &a.Role, e.Role)
			set(e.given, "parent", &a.Parent, e.Parent)
			a.Names = addNames(a.Names, e.Names)
			a.Metonyms = addNames(a.Metonyms, e.Metonyms)
			a.Adjectives = addNames(a.Adjectives, e.Adjectives)
		})
}

func set(given map[string]bool, key string, field *string, v string) {
	if given[key] {
		*field = v
	}
}

// addNames returns names with those of more it lacks, compared folded.
func addNames(names, more []string) []string {
	out := slices.Clone(names)
	for _, n := range more {
		if !slices.ContainsFunc(out, func(o string) bool { return Fold(o) == Fold(n) }) {
			out = append(out, n)
		}
	}
	return out
}

// checkPlaces checks the merged places: each complete, with a point inside
// the map, and no name shared by two places. A problem is reported at the
// entry that made it: the site's where the site's file touches the place.
func checkPlaces(g *Gazetteer, base, site placeFile, probs *diag.List) {
	where := map[string]*tomlpos.Table{}
	for _, e := range base.entries {
		where[e.ID] = e.t
	}
	for _, e := range site.entries {
		where[e.ID] = e.t
	}
	byID := map[string]*Place{}
	for i := range g.Places {
		byID[g.Places[i].ID] = &g.Places[i]
	}
	keep := g.Places[:0]
	var left []string
	owner := map[string]string{} // folded name → the place that has it
	for i := range g.Places {
		p := g.Places[i]
		t := where[p.ID]
		ok := true
		if strings.TrimSpace(p.Name) == "" {
			t.Errorf("name", `the place %q has no name (add a line: name = "Chouchi", its French name)`, p.ID)
			ok = false
		}
		if p.Kind == "" {
			t.Errorf("kind", "the place %q has no kind (add a line: kind = \"town\"; the kinds are %s)", p.ID, strings.Join(Kinds, ", "))
			ok = false
		} else if !slices.Contains(Kinds, p.Kind) {
			ok = false // reported where it was read
		}
		if site.hasBounds && t.File != site.path && p.hasPoint && !g.Map.Contains(p.Lat, p.Lon) {
			left = append(left, p.ID) // the site's bounds leave out a place it did not write
			ok = false
		} else {
			ok = checkPoint(g, t, p, byID) && ok
		}
		for _, n := range p.names() {
			f := Fold(n)
			if f == "" {
				continue
			}
			if other, dup := owner[f]; dup && other != p.ID {
				key := nameKey(n, p.Name, p.NameEn)
				t.Errorf(key, "%s: %q is also a name of the place %q (a name finds one place: remove it from one of the two, or write a longer name such as \"%s (%s)\")", key, n, other, n, p.Kind)
				ok = false
				continue
			}
			owner[f] = p.ID
		}
		if ok {
			keep = append(keep, p)
		}
	}
	g.Places = keep
	if len(left) > 0 {
		b := g.Map
		probs.Add(diag.Errorf(site.path, site.mapLine, 0, "map: %d places lie outside these bounds (south %v, west %v, north %v, east %v): %s (widen the bounds to hold every place)", len(left), b.South, b.West, b.North, b.East, strings.Join(left, ", ")))
	}
}

// checkPoint reports a place without a point, or with one outside the map.
func checkPoint(g *Gazetteer, t *tomlpos.Table, p Place, byID map[string]*Place) bool {
	if p.Near != "" {
		if p.hasPoint {
			t.Errorf("near", "near: the place %q has both a point (lat, lon) and near (keep the point if a source gives one, else near)", p.ID)
			return false
		}
		n, ok := byID[p.Near]
		switch {
		case !ok:
			t.Errorf("near", "near: there is no place %q (write the id of a place that has its own point, e.g. near = \"lachin\")", p.Near)
			return false
		case n.Near != "":
			t.Errorf("near", "near: the place %q is itself drawn at %q's point (write near = %q)", p.Near, n.Near, n.Near)
			return false
		}
		return true
	}
	if !p.hasPoint {
		t.Errorf("", "the place %q has no coordinates (add lat and lon in decimal degrees, latitude first, from an open gazetteer such as GeoNames; or near = \"id\" to draw it at another place's point)", p.ID)
		return false
	}
	if !g.Map.Contains(p.Lat, p.Lon) {
		b := g.Map
		msg := fmt.Sprintf("lat, lon: the point %v, %v of %q is outside the map (south %v, west %v, north %v, east %v)", p.Lat, p.Lon, p.ID, b.South, b.West, b.North, b.East)
		if b.Contains(p.Lon, p.Lat) {
			msg += fmt.Sprintf("; lat comes before lon: did you swap them? (write lat = %v, lon = %v)", p.Lon, p.Lat)
		} else {
			msg += " (check the coordinates, or widen the bounds in a [map] table)"
		}
		t.Errorf("lat", "%s", msg)
		return false
	}
	return true
}

// checkActors checks the merged actors: each complete, its side and role
// known, its parent an actor, one actor per side and role, no name shared.
func checkActors(g *Gazetteer, base, site actorFile) {
	where := map[string]*tomlpos.Table{}
	for _, e := range base.entries {
		where[e.ID] = e.t
	}
	for _, e := range site.entries {
		where[e.ID] = e.t
	}
	ids := map[string]bool{}
	for _, a := range g.Actors {
		ids[a.ID] = true
	}
	parentOf := map[string]string{}
	for _, a := range g.Actors {
		parentOf[a.ID] = a.Parent
	}
	keep := g.Actors[:0]
	owner := map[string]string{}
	roles := map[string]string{}
	for _, a := range g.Actors {
		t := where[a.ID]
		ok := true
		if strings.TrimSpace(a.Name) == "" {
			t.Errorf("name", `the actor %q has no name (add a line: name = "…", its French name)`, a.ID)
			ok = false
		}
		if a.Side == "" {
			t.Errorf("side", "the actor %q has no side (add a line: side = \"…\", one of: %s)", a.ID, strings.Join(Sides, ", "))
			ok = false
		} else if !slices.Contains(Sides, a.Side) || a.Role != "" && !slices.Contains(Roles, a.Role) {
			ok = false // reported where it was read
		}
		if a.Parent != "" {
			if !ids[a.Parent] {
				t.Errorf("parent", "parent: there is no actor %q (write the id of the actor it belongs to, e.g. parent = \"azerbaijan\")", a.Parent)
				ok = false
			} else if cycle(a.ID, parentOf) {
				t.Errorf("parent", "parent: %q belongs to itself through its parents (an actor's parents end at one without parent)", a.ID)
				ok = false
			}
		}
		if a.Role != "" && ok {
			k := a.Side + " " + a.Role
			if other, dup := roles[k]; dup {
				t.Errorf("role", "role: %q is also the %s of side %s (one actor of a side has a role: remove the role from one of the two)", other, a.Role, a.Side)
				ok = false
			} else {
				roles[k] = a.ID
			}
		}
		for _, n := range append(a.names(), a.Metonyms...) {
			f := Fold(n)
			if f == "" {
				continue
			}
			if other, dup := owner[f]; dup && other != a.ID {
				key := nameKey(n, a.Name, a.NameEn)
				if slices.Contains(a.Metonyms, n) {
					key = "metonyms"
				}
				t.Errorf(key, "%s: %q is also a name of the actor %q (a name finds one actor: remove it from one of the two)", key, n, other)
				ok = false
				continue
			}
			owner[f] = a.ID
		}
		if ok {
			keep = append(keep, a)
		}
	}
	g.Actors = keep
}

// nameKey returns the key that holds the name n of an entry.
func nameKey(n, name, nameEn string) string {
	switch n {
	case name:
		return "name"
	case nameEn:
		return "name_en"
	}
	return "names"
}

// cycle reports whether id's parents come back to it.
func cycle(id string, parentOf map[string]string) bool {
	seen := map[string]bool{}
	for p := parentOf[id]; p != ""; p = parentOf[p] {
		if p == id {
			return true
		}
		if seen[p] {
			return false
		}
		seen[p] = true
	}
	return false
}
