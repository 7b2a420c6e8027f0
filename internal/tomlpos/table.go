// Package tomlpos decodes the TOML of an editor's files (site.toml, an
// article's front matter, the interface translations) and reads its values
// with the file, line and column each comes from, so that every problem
// found in a value points at the line that holds it.
//
// A syntax error is said as the editor's mistake, with the line as it
// should be written (explain.go): a " inside a text, a date written
// 27/09/2023, a list without brackets. Its messages are written in the
// site's language where messages.go has it (French), else in English.
//
// It knows no key of any file: config and content say which keys they
// expect and what they mean. Its problems are diag's.
package tomlpos

import (
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"timeline/internal/dates"
	"timeline/internal/diag"
)

// Table is one decoded TOML table of an editor's file, kept with its source
// so that every problem found in a value points at the line that holds it.
type Table struct {
	File   string         // the file, as the editor knows it
	Src    string         // the TOML text the table was decoded from
	Offset int            // lines of the file before Src (front matter starts after "+++")
	Array  string         // for a table of an array of tables, its name ("episode")
	Index  int            // and its index in that array
	Values map[string]any // the decoded keys
	Probs  *diag.List     // where problems are reported
	// Lang is the language problems are written in ("fr"); "" or a
	// language no catalog has, English.
	Lang string
	// Catalog holds the caller's messages (those it passes to Errorf) in
	// other languages; the package's own are in messages.
	Catalog diag.Catalog
}

// Decode decodes src, reporting a syntax error at its position in file,
// in English. offset is the number of lines of file before src.
func Decode(file, src string, offset int) (map[string]any, error) {
	return DecodeIn("", file, src, offset)
}

// DecodeIn is Decode with the syntax error written in lang (as Table.Lang).
func DecodeIn(lang, file, src string, offset int) (map[string]any, error) {
	m := map[string]any{}
	if _, err := toml.Decode(src, &m); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			if m, ok := explain(lang, src, offset, pe); ok {
				return nil, &diag.Problem{File: file, Line: m.line + offset, Col: m.col, Msg: m.msg, Err: err}
			}
			return nil, &diag.Problem{
				File: file, Line: pe.Position.Line + offset, Col: pe.Position.Col,
				Msg: tomlMessage(lang, pe), Err: err,
			}
		}
		return nil, diag.Errorf(file, 0, 0, "%v", err)
	}
	return m, nil
}

// tomlMessage rewords the TOML parser's message for an editor, where no
// rule of explain recognises the mistake.
func tomlMessage(lang string, pe toml.ParseError) string {
	msg := pe.Message
	switch {
	case strings.HasPrefix(msg, "invalid datetime"):
		val := strings.TrimPrefix(msg, "invalid datetime: ")
		// "date = 2023-09": a month is an EDTF value, which Date reads
		// between quotes, and TOML has no month without them.
		if d, err := dates.ParseEDTF(strings.Trim(val, `"`)); err == nil && d.Precision != dates.Day {
			return messages.Sprintf(lang, "%s: %s is not a day (a day is written YYYY-MM-DD; where a month will do, write it between double quotes: \"%s\")", pe.LastKey, d, d)
		}
		return messages.Sprintf(lang, "%s: %s is not a date (expected YYYY-MM-DD, a day that exists)", pe.LastKey, val)
	case strings.HasPrefix(msg, "expected value but found"):
		return messages.Sprintf(lang, "%s: %s (text goes between double quotes, dates are written YYYY-MM-DD)", pe.LastKey, msg)
	}
	if pe.LastKey != "" {
		return messages.Sprintf(lang, "invalid TOML after %s: %s (see https://toml.io for the syntax)", pe.LastKey, msg)
	}
	return messages.Sprintf(lang, "invalid TOML: %s (see https://toml.io for the syntax)", msg)
}

// Pos returns the line and column (1-based, in the file) of the value of
// key in this table, or the table's first line when key is absent.
func (t *Table) Pos(key string) (line, col int) {
	l, c := locate(t.Src, t.Array, t.Index, key)
	return l + t.Offset, c
}

var headerRe = regexp.MustCompile(`^\s*(\[\[?)\s*([A-Za-z0-9_.\-"' ]+?)\s*\]\]?`)

// locate finds key in the TOML text: at the top level when array is "",
// else in the index-th [[array]] table. It returns the key's line and the
// column where its value starts; (header line, 1) when the key is absent.
func locate(src, array string, index int, key string) (int, int) {
	inside := array == ""
	seen := -1
	tableLine := 1
	for i, line := range strings.Split(src, "\n") {
		if m := headerRe.FindStringSubmatch(line); m != nil && !strings.Contains(line, "=") {
			name := strings.Trim(m[2], `"' `)
			if m[1] == "[[" && name == array {
				seen++
				inside = seen == index
				if inside {
					tableLine = i + 1
				}
			} else {
				inside = false
			}
			continue
		}
		if !inside {
			continue
		}
		trimmed := strings.TrimLeft(line, " \t")
		k, rest, ok := strings.Cut(trimmed, "=")
		if !ok || strings.Trim(strings.TrimSpace(k), `"'`) != key {
			continue
		}
		col := len(line) - len(trimmed) + len(k) + 1
		col += len(rest) - len(strings.TrimLeft(rest, " \t"))
		return i + 1, col + 1
	}
	return tableLine, 1
}

// Errorf reports an error at the value of key, or at the table's first
// line when key is absent, written in the table's language when the
// caller's Catalog or the package's messages have format in it.
func (t *Table) Errorf(key, format string, args ...any) {
	line, col := t.Pos(key)
	t.Probs.Add(diag.Errorf(t.File, line, col, "%s", t.say(format, args...)))
}

func (t *Table) warnf(key, format string, args ...any) {
	line, col := t.Pos(key)
	t.Probs.Add(diag.Warnf(t.File, line, col, "%s", t.say(format, args...)))
}

// say writes a message in the table's language.
func (t *Table) say(format string, args ...any) string {
	if t.Catalog.Has(t.Lang, format) {
		return t.Catalog.Sprintf(t.Lang, format, args...)
	}
	return messages.Sprintf(t.Lang, format, args...)
}

// String returns the string value of key; "" when absent. A required key
// that is absent or empty, or a value of another type, is reported.
func (t *Table) String(key string, required bool, hint string) string {
	v, ok := t.Values[key]
	if !ok {
		if required {
			t.Errorf(key, "%s is missing (add a line: %s)", key, hint)
		}
		return ""
	}
	s, ok := v.(string)
	if !ok {
		t.Errorf(key, "%s: expected text between double quotes, found %s (write: %s)", key, describe(v), hint)
		return ""
	}
	if required && strings.TrimSpace(s) == "" {
		t.Errorf(key, "%s is empty (write: %s)", key, hint)
	}
	return s
}

// Strings returns the list of strings under key.
func (t *Table) Strings(key, hint string) []string {
	v, ok := t.Values[key]
	if !ok {
		return nil
	}
	list, ok := v.([]any)
	if !ok {
		t.Errorf(key, "%s: expected a list of texts, found %s (write: %s)", key, describe(v), hint)
		return nil
	}
	out := make([]string, 0, len(list))
	for _, e := range list {
		s, ok := e.(string)
		if !ok {
			t.Errorf(key, "%s: expected a list of texts, found %s in it (write: %s)", key, describe(e), hint)
			return nil
		}
		out = append(out, s)
	}
	return out
}

// Time returns the date or datetime under key, as written (a datetime keeps
// its offset, so its calendar day is the day the editor wrote). A quoted
// "YYYY-MM-DD" is accepted too.
func (t *Table) Time(key string, required bool) (time.Time, bool) {
	v, ok := t.Values[key]
	if !ok {
		if required {
			t.Errorf(key, "%s is missing (add a line: %s = YYYY-MM-DD)", key, key)
		}
		return time.Time{}, false
	}
	switch v := v.(type) {
	case time.Time:
		if v.Hour() == 0 && v.Minute() == 0 && v.Year() == 0 {
			t.Errorf(key, "%s: a time of day alone is not a date (write: %s = YYYY-MM-DD)", key, key)
			return time.Time{}, false
		}
		return v, true
	case string:
		if d, err := time.Parse("2006-01-02", strings.TrimSpace(v)); err == nil {
			return d, true // "2023-09-27" between quotes: what was meant is clear
		}
		if d, ok := ReadDate(v); ok && d.Precision == dates.Day {
			t.Errorf(key, "%s", dateMistake(t.Lang, key, strconv.Quote(v), d))
		} else {
			t.Errorf(key, "%s: %q is not a date (write the day year first, in figures, without quotes: %s = YYYY-MM-DD)", key, v, key)
		}
	default:
		t.Errorf(key, "%s: expected a date, found %s (write: %s = YYYY-MM-DD)", key, describe(v), key)
	}
	return time.Time{}, false
}

// Date returns the value under key as a calendar date at the precision it is
// written: a TOML date, or a quoted EDTF value ("2022-12", "1991", "199X").
func (t *Table) Date(key string, required bool) (dates.Date, bool) {
	v, ok := t.Values[key]
	if !ok {
		if required {
			t.Errorf(key, "%s is missing (add a line: %s = YYYY-MM-DD)", key, key)
		}
		return dates.Date{}, false
	}
	switch v := v.(type) {
	case time.Time:
		return dates.DayOf(v), true
	case string:
		d, err := dates.ParseEDTF(strings.TrimSpace(v))
		if err != nil {
			if w, ok := ReadDate(v); ok {
				t.Errorf(key, "%s", dateMistake(t.Lang, key, strconv.Quote(v), w))
			} else {
				t.Errorf(key, "%s: %q is not a date (expected YYYY-MM-DD, YYYY-MM, YYYY or a decade such as 199X)", key, v)
			}
			return dates.Date{}, false
		}
		return d, true
	case int64:
		// "date = 2023": TOML reads a year without quotes as a number.
		if 1000 <= v && v <= 9999 {
			t.Errorf(key, "%s: %d without quotes is a number (write a year between double quotes: %s = \"%d\")", key, v, key, v)
			return dates.Date{}, false
		}
	}
	t.Errorf(key, "%s: expected a date, found %s (write: %s = YYYY-MM-DD)", key, describe(v), key)
	return dates.Date{}, false
}

// Tables returns the tables of the array of tables under key ([[event]]).
func (t *Table) Tables(key string) []*Table {
	v, ok := t.Values[key]
	if !ok {
		return nil
	}
	list, ok := v.([]map[string]any)
	if !ok {
		t.Errorf(key, "%s: expected tables written [[%s]], found %s (write each as a line [[%s]] followed by its fields)", key, key, describe(v), key)
		return nil
	}
	out := make([]*Table, len(list))
	for i, m := range list {
		out[i] = &Table{File: t.File, Src: t.Src, Offset: t.Offset, Array: key, Index: i, Values: m, Probs: t.Probs, Lang: t.Lang, Catalog: t.Catalog}
	}
	return out
}

// Unknown reports each key not in known as a warning naming the nearest known key.
func (t *Table) Unknown(known ...string) {
	var keys []string
	for k := range t.Values {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if slices.Contains(known, k) {
			continue
		}
		if near := diag.Nearest(k, known); near != "" {
			t.warnf(k, "unknown key %s — did you mean %s? (it is ignored)", k, near)
		} else {
			t.warnf(k, "unknown key %s (it is ignored; known keys: %s)", k, strings.Join(known, ", "))
		}
	}
}

// Refuse reports each key not in known as an error: "unknown key nom —
// did you mean name_fr? (a kind's keys are id, name_fr, …)", where entry
// says whose keys they are ("a kind", "an entry"). likely gives the key
// an editor's word stands for ("titre": headline), before the nearest
// known key by spelling. It reports whether a key was unknown.
func (t *Table) Refuse(entry string, likely map[string]string, known ...string) bool {
	found := false
	for _, k := range slices.Sorted(maps.Keys(t.Values)) {
		if slices.Contains(known, k) {
			continue
		}
		found = true
		near := likely[k]
		if !slices.Contains(known, near) {
			near = diag.Nearest(k, known)
		}
		if near != "" {
			t.Errorf(k, "unknown key %s — did you mean %s? (%s's keys are %s)", k, near, entry, strings.Join(known, ", "))
		} else {
			t.Errorf(k, "unknown key %s (%s's keys are %s)", k, entry, strings.Join(known, ", "))
		}
	}
	return found
}

// describe names a TOML value's type the way an editor would, in the
// message's language.
func describe(v any) diag.Words {
	switch v := v.(type) {
	case string:
		return phrase{fmt.Sprintf("the text %q", v), fmt.Sprintf("le texte %q", v)}
	case int64, float64:
		return phrase{fmt.Sprintf("the number %v", v), fmt.Sprintf("le nombre %v", v)}
	case bool:
		return phrase{fmt.Sprint(v), fmt.Sprint(v)}
	case time.Time:
		return phrase{"a date", "une date"}
	case []any:
		return phrase{"a list", "une liste"}
	case map[string]any:
		return phrase{"a table", "une table"}
	case []map[string]any:
		return phrase{"a list of tables", "une liste de tables"}
	}
	return phrase{fmt.Sprintf("%T", v), fmt.Sprintf("%T", v)}
}

// phrase is an argument of a message in English and in French.
type phrase struct{ en, fr string }

// In writes the phrase in lang: French, or English for any other.
func (p phrase) In(lang string) string {
	if lang == "fr" {
		return p.fr
	}
	return p.en
}
