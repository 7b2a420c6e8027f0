// Package i18n holds the interface text of the site in its language: the
// words of the pages, the charts and the feed, read from the
// templates/i18n/<lang>.toml files of the site and of the built-ins,
// English standing in for what a language's files do not give. It formats
// no dates (see datefmt) and draws nothing.
package i18n

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"timeline/internal/diag"
	"timeline/internal/overlay"
	"timeline/internal/store"
	"timeline/internal/tomlpos"
)

// Text is the interface text of one language. Its zero value has no text:
// each key reads as itself.
type Text struct {
	lang string
	m    map[string]string
}

// Fallback is the language whose texts stand in for those another
// language's file does not give: every key the templates use has one.
const Fallback = "en"

// Load reads the interface text of lang from fsys, the templates folder
// (i18n/<lang>.toml): when fsys is an overlay.FS of the site's folder
// over the built-in one, the file of every layer that has one, key by
// key, so that a site's file gives only the texts it changes. The keys
// lang's files lack are read in English (Fallback), with one warning
// listing them. Problems name each file as dir/i18n/<lang>.toml; a
// language no layer has a file for is an error of site.toml, with a
// Text in English to go on with.
func Load(fsys fs.FS, dir, lang string) (*Text, diag.List) {
	t := &Text{lang: lang, m: map[string]string{}}
	file := dir + "/i18n/" + lang + ".toml"
	found, probs := t.read(fsys, dir, lang)
	if !found {
		probs.Add(diag.Errorf("site.toml", 0, 0, "language = %q: the interface has no text in this language (add %s, the texts of %s/i18n/%s.toml translated, or write one of the languages it has: %s)",
			lang, file, dir, Fallback, strings.Join(Languages(fsys), ", ")))
	}
	if lang == Fallback {
		return t, probs
	}
	en := &Text{lang: Fallback, m: map[string]string{}}
	en.read(fsys, dir, Fallback) // the built-in file is whole, and tested
	var missing []string
	for k, v := range en.m {
		if _, ok := t.m[k]; !ok {
			t.m[k] = v
			missing = append(missing, k)
		}
	}
	if found && len(missing) > 0 {
		sort.Strings(missing)
		what, them := fmt.Sprintf("%d interface texts are", len(missing)), "them"
		if len(missing) == 1 {
			what, them = "1 interface text is", "it"
		}
		probs.Add(diag.Warnf(file, 0, 0, "%s missing, shown in English: %s (add %s to this file, translated from %s/i18n/%s.toml)",
			what, strings.Join(missing, ", "), them, dir, Fallback))
	}
	return t, probs
}

// read adds to t the texts of lang of every layer of fsys, the top's
// first, and reports whether any layer has a file for lang.
func (t *Text) read(fsys fs.FS, dir, lang string) (bool, diag.List) {
	var probs diag.List
	name := "i18n/" + lang + ".toml"
	file := dir + "/" + name
	found := false
	for _, l := range overlay.Layers(fsys) {
		data, err := fs.ReadFile(l, name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		found = true
		if err != nil {
			probs.Add(diag.Errorf(file, 0, 0, "cannot read the interface translations: %v (check the file's permissions)", err))
			continue
		}
		m, derr := tomlpos.DecodeIn(lang, file, string(data), 0)
		if derr != nil {
			probs.Merge(file, derr)
			continue
		}
		for k, v := range m {
			if s, ok := v.(string); ok {
				if _, set := t.m[k]; !set {
					t.m[k] = s
				}
			}
		}
	}
	return found, probs
}

// Languages returns the languages fsys has interface texts for, sorted:
// those of the files i18n/<lang>.toml of every layer.
func Languages(fsys fs.FS) []string {
	names, _ := fs.Glob(fsys, "i18n/*.toml")
	out := make([]string, 0, len(names))
	for _, n := range names {
		out = append(out, strings.TrimSuffix(path.Base(n), ".toml"))
	}
	return out
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

// Lookup returns the text of key, and false when there is none.
func (t *Text) Lookup(key string) (string, bool) {
	v, ok := t.m[key]
	return v, ok
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
