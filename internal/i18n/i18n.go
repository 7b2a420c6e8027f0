// Package i18n holds the interface text of the site in its language: the
// words of the pages, the charts and the feed, read from a
// templates/i18n/<lang>.toml file. It formats no dates (see datefmt) and
// draws nothing.
package i18n

import (
	"fmt"
	"io/fs"
	"sort"

	"timeline/internal/diag"
	"timeline/internal/store"
	"timeline/internal/tomlpos"
)

// Text is the interface text of one language. Its zero value has no text:
// each key reads as itself.
type Text struct {
	lang string
	m    map[string]string
}

// Load reads the interface text of lang from fsys (the templates folder:
// i18n/<lang>.toml), naming the file as dir/i18n/<lang>.toml in problems.
// A file that cannot be read gives an empty Text and a problem.
func Load(fsys fs.FS, dir, lang string) (*Text, diag.List) {
	var probs diag.List
	t := &Text{lang: lang, m: map[string]string{}}
	name := "i18n/" + lang + ".toml"
	file := dir + "/" + name
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		probs.Add(diag.Errorf(file, 0, 0, "cannot read the interface translations: %v (restore %s)", err, file))
		return t, probs
	}
	m, derr := tomlpos.Decode(file, string(data), 0)
	if derr != nil {
		probs.Merge(file, derr)
		return t, probs
	}
	for k, v := range m {
		if s, ok := v.(string); ok {
			t.m[k] = s
		}
	}
	return t, probs
}

// New returns the text of lang made of m, key by key.
func New(lang string, m map[string]string) *Text {
	t := &Text{lang: lang, m: map[string]string{}}
	for k, v := range m {
		t.m[k] = v
	}
	return t
}

// Lang returns the language of the text.
func (t *Text) Lang() string { return t.lang }

// T returns the text of key, or the key itself when it has none, so that
// a missing text shows on the page instead of failing.
func (t *Text) T(key string) string {
	if v, ok := t.m[key]; ok {
		return v
	}
	return key
}

// Count returns the text of key for n: "1 événement", "3 événements". The
// text of key is a format with one %d; key_one, when there is one, is the
// text for one.
func (t *Text) Count(key string, n int) string {
	if n == 1 {
		if v, ok := t.m[key+"_one"]; ok {
			return v
		}
	}
	return fmt.Sprintf(t.T(key), n)
}

// Key hashes the whole text and its language, for the keys of what is
// drawn with it.
func (t *Text) Key() uint64 {
	h := store.NewHash()
	h.Text(t.lang)
	keys := make([]string, 0, len(t.m))
	for k := range t.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		h.Text(k)
		h.Text(t.m[k])
	}
	return h.Sum()
}
