package tomlpos

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"timeline/internal/datefmt"
	"timeline/internal/dates"
)

// The TOML parser says where it stopped and what it expected there
// ("expected a top-level item to end with a newline, comment, or EOF, but
// got 'n' instead"), not what the editor got wrong. The rules below read
// the line it stopped on for the mistakes editors make, and say each in
// their words, with the line as it should be written. A mistake no rule
// recognises keeps the parser's message (tomlMessage).

// line is the line of the file a parser's error points at, cut into the
// key and the value an editor wrote on it.
type line struct {
	n     int    // 1-based, in src
	text  string // the whole line
	key   string // "title", "" when the line is not key = value
	value string // what follows "=", trimmed
	col   int    // 1-based column where value starts
}

// keyValue is a line "key = value"; the key may be quoted.
var keyValue = regexp.MustCompile(`^(\s*)("[^"]*"|'[^']*'|[A-Za-z0-9_.\-]+)(\s*=\s*)(.*?)\s*$`)

// lineOf returns line n (1-based) of src, cut into key and value.
func lineOf(src string, n int) line {
	lines := strings.Split(src, "\n")
	if n < 1 || n > len(lines) {
		return line{n: n}
	}
	l := line{n: n, text: strings.TrimRight(lines[n-1], "\r")}
	if m := keyValue.FindStringSubmatch(l.text); m != nil {
		l.key = strings.Trim(m[2], `"'`)
		l.value = m[4]
		l.col = len(m[1]) + len(m[2]) + len(m[3]) + 1
	}
	return l
}

// mistake is what a rule found: where, and what to say.
type mistake struct {
	line, col int // in src; col 0 when the whole line is meant
	msg       string
}

// parse is what a rule reads: the TOML text, the lines of the file
// before it, and where the parser stopped and why.
type parse struct {
	src    string
	offset int
	pe     toml.ParseError
	lang   string // the language of the messages
}

// say writes a message in the parse's language.
func (p parse) say(format string, args ...any) string {
	return messages.Sprintf(p.lang, format, args...)
}

// rule recognises one mistake on l, the line the parser stopped on.
type rule func(p parse, l line) (mistake, bool)

// rules are tried in order; the first that recognises the line says it.
// Those that know the mistake by the parser's message come first: the
// others read the line alone.
var rules = []rule{
	unclosedLongText, // before unclosedText: both end the file unclosed
	unclosedText,
	listWithoutCommas, // before unclosedList: both miss what follows an item
	unclosedList,
	colonForEquals,
	lineEndBackslash, // before unknownEscape: the parser calls it an escape
	unknownEscape,
	givenTwice,
	impossibleDay,
	listWithoutBrackets, // before the quotes inside a text: "a", "b" has four
	innerDoubleQuote,
	innerSingleQuote,
	writtenDate,
	typographicQuotes,
	bareText,
}

// explain says the parser's error pe on src, which starts after offset
// lines of its file, in an editor's words and language; false when no
// rule recognises the mistake.
func explain(lang, src string, offset int, pe toml.ParseError) (mistake, bool) {
	p := parse{src, offset, pe, lang}
	l := lineOf(src, p.pe.Position.Line)
	for _, r := range rules {
		if m, ok := r(p, l); ok {
			return m, true
		}
	}
	return mistake{}, false
}

// quoteEnd returns the index in v of the quote q that closes the text v
// opens with q, skipping \" in a "…" text; -1 when none does.
func quoteEnd(v string, q byte) int {
	for i := 1; i < len(v); i++ {
		switch {
		case v[i] == '\\' && q == '"':
			i++
		case v[i] == q:
			return i
		}
	}
	return -1
}

// innerText returns what the editor meant as the text of v, which opens
// with q and holds a q that closes it early: all between the first q and
// the last, or the end when the last q is the one inside.
func innerText(v string, q byte) string {
	inner := v[1:]
	if i := strings.LastIndexByte(inner, q); i >= 0 && strings.TrimSpace(inner[i+1:]) == "" {
		inner = inner[:i]
	}
	return inner
}

// escapeQuotes writes every " of s not yet escaped as \".
func escapeQuotes(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s):
			b.WriteString(s[i : i+2])
			i++
		case s[i] == '"':
			b.WriteString(`\"`)
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// innerDoubleQuote: title = "Il a dit "non" hier": the " before non ends
// the text, and the parser stops on the word after it.
func innerDoubleQuote(p parse, l line) (mistake, bool) {
	v := l.value
	if l.key == "" || !strings.HasPrefix(v, `"`) || strings.HasPrefix(v, `"""`) {
		return mistake{}, false
	}
	end := quoteEnd(v, '"')
	if end < 0 || end == len(v)-1 || strings.HasPrefix(strings.TrimSpace(v[end+1:]), "#") {
		return mistake{}, false // closed where the line ends: not this mistake
	}
	inner := innerText(v, '"')
	if strings.Contains(inner, "'") {
		return mistake{l.n, l.col + end, p.say(`%s: the text has a " inside it, which ends it too early (write each " inside it as \": %s = "%s")`,
			l.key, l.key, escapeQuotes(inner))}, true
	}
	return mistake{l.n, l.col + end, p.say(`%s: the text has a " inside it, which ends it too early (write that " as \" or put the whole text between ' quotes: %s = '%s')`,
		l.key, l.key, inner)}, true
}

// innerSingleQuote: title = 'l'armée': the apostrophe ends the text.
func innerSingleQuote(p parse, l line) (mistake, bool) {
	v := l.value
	if l.key == "" || !strings.HasPrefix(v, "'") || strings.HasPrefix(v, "'''") {
		return mistake{}, false
	}
	end := quoteEnd(v, '\'')
	if end < 0 || end == len(v)-1 || strings.HasPrefix(strings.TrimSpace(v[end+1:]), "#") {
		return mistake{}, false
	}
	inner := innerText(v, '\'')
	return mistake{l.n, l.col + end, p.say(`%s: the text has a ' inside it, which ends it too early (put the text between double quotes: %s = "%s")`,
		l.key, l.key, escapeQuotes(inner))}, true
}

// unclosedText: title = "Il a dit non, with no closing quote: the
// parser reaches the end of the line, or of the file.
func unclosedText(p parse, l line) (mistake, bool) {
	if p.pe.Message != "strings cannot contain newlines" && !strings.HasPrefix(p.pe.Message, "unexpected EOF; expected '") {
		return mistake{}, false
	}
	if l.key == "" || l.value == "" || (l.value[0] != '"' && l.value[0] != '\'') {
		return mistake{}, false
	}
	q := l.value[:1]
	return mistake{l.n, l.col, p.say(`%s: the text has no closing %s (end it with %s on the same line: %s = %s%s; a text over several lines opens and closes with %s)`,
		l.key, q, q, l.key, l.value, q, strings.Repeat(q, 3))}, true
}

// unclosedLongText: description = """ and no """ after it: the parser
// reaches the end of the file, far from the line to fix.
func unclosedLongText(p parse, _ line) (mistake, bool) {
	var q string
	switch p.pe.Message {
	case `unexpected EOF; expected '"""'`:
		q = `"""`
	case `unexpected EOF; expected "'''"`, `unexpected EOF; expected ''''`:
		q = `'''`
	default:
		return mistake{}, false
	}
	// The text opens on the last line that opens one.
	for n := p.pe.Position.Line; n >= 1; n-- {
		l := lineOf(p.src, n)
		if l.key != "" && strings.HasPrefix(l.value, q) {
			return mistake{n, l.col, p.say(`%s: the text opened with %s on this line is never closed (close it with %s after its last line)`, l.key, q, q)}, true
		}
	}
	return mistake{}, false
}

// writtenDate: published = 27/09/2023, 27-09-2023, 2023/09/27 or
// 27 septembre 2023: a date, but not as TOML writes one.
func writtenDate(p parse, l line) (mistake, bool) {
	if l.key == "" || strings.HasPrefix(l.value, `"`) || strings.HasPrefix(l.value, "'") || strings.HasPrefix(l.value, "[") {
		return mistake{}, false
	}
	d, ok := ReadDate(l.value)
	if !ok || isoDay.MatchString(l.value) {
		return mistake{}, false
	}
	return mistake{l.n, l.col, dateMistake(p.lang, l.key, l.value, d)}, true
}

// isoDay is a day as TOML writes it, existing or not.
var isoDay = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// impossibleDay: published = 2023-09-31, a day the calendar does not
// have, which the parser calls an invalid datetime.
func impossibleDay(p parse, l line) (mistake, bool) {
	if !strings.HasPrefix(p.pe.Message, "invalid datetime") || l.key == "" || !isoDay.MatchString(l.value) {
		return mistake{}, false
	}
	y, m, d := atoi(l.value[:4]), atoi(l.value[5:7]), atoi(l.value[8:])
	if m < 1 || m > 12 {
		return mistake{l.n, l.col, p.say("%s: %s has no month %d (a date is written year first, then the month, then the day: YYYY-MM-DD)", l.key, l.value, m)}, true
	}
	days := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	if d >= 1 && d <= days {
		return mistake{}, false
	}
	return mistake{l.n, l.col, p.say("%s: %s is not a day of the calendar: %s has %d days (check the day and the month)", l.key, l.value, month{y, m}, days)}, true
}

// ymd and dmy are dates in figures: 2023/09/27, 2023-9-27; 27/09/2023,
// 27-09-2023, 27.09.2023.
var (
	ymd = regexp.MustCompile(`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$`)
	dmy = regexp.MustCompile(`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$`)
)

// ReadDate reads s as an editor may write a date: in figures, year first
// or last (27/09/2023, 2023/9/27), or in words ("27 septembre 2023",
// "September 27, 2023"). It reports false for anything else, and for a
// day that does not exist.
func ReadDate(s string) (dates.Date, bool) {
	s = strings.TrimSpace(s)
	var y, m, d int
	if g := ymd.FindStringSubmatch(s); g != nil {
		y, m, d = atoi(g[1]), atoi(g[2]), atoi(g[3])
	} else if g := dmy.FindStringSubmatch(s); g != nil {
		d, m, y = atoi(g[1]), atoi(g[2]), atoi(g[3])
		if m > 12 && d <= 12 {
			m, d = d, m // 09/27/2023: the American order
		}
	} else {
		// In words: the date tagger reads French and English, and the
		// whole of s must be one date whose year it gives.
		for _, lang := range []string{"fr", "en"} {
			xs := dates.NewDoc(time.Time{}, lang).Tag(s)
			if len(xs) == 1 && xs[0].Start == 0 && xs[0].End == len(s) && !xs[0].Inferred && xs[0].Value.Precision >= dates.Month {
				return xs[0].Value, true
			}
		}
		return dates.Date{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if m < 1 || m > 12 || t.Day() != d {
		return dates.Date{}, false
	}
	return dates.MakeDay(y, m, d), true
}

// atoi reads the figures a pattern matched.
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// dateMistake says, in lang, that written, the value of key, is date d
// written otherwise than TOML writes dates, and how to write it: a day as
// a TOML date, a month between quotes.
func dateMistake(lang, key, written string, d dates.Date) string {
	if d.Precision == dates.Day {
		return messages.Sprintf(lang, "%s: %s is not written as a date is here (write it year first, in figures, without quotes: %s = %s)", key, written, key, d)
	}
	return messages.Sprintf(lang, `%s: %s is not written as a date is here (write it year first, in figures, between double quotes: %s = "%s")`, key, written, key, d)
}

// month is a month of a year, written in the message's language:
// "September 2023", "septembre 2023".
type month struct{ year, month int }

// In writes the month in lang.
func (m month) In(lang string) string {
	return datefmt.Date(dates.Date{Year: m.year, Month: m.month, Precision: dates.Month}, lang)
}

// quoted is a text between double or single quotes.
var quoted = regexp.MustCompile(`"(?:[^"\\]|\\.)*"|'[^']*'`)

// listWithoutBrackets: ignore = "a", "b": a list written without its
// brackets.
func listWithoutBrackets(p parse, l line) (mistake, bool) {
	if l.key == "" || !strings.HasPrefix(l.value, `"`) && !strings.HasPrefix(l.value, "'") {
		return mistake{}, false
	}
	items := quoted.FindAllString(l.value, -1)
	rest := strings.Trim(quoted.ReplaceAllString(l.value, ""), " \t,")
	if len(items) < 2 || rest != "" || !strings.Contains(quoted.ReplaceAllString(l.value, ""), ",") {
		return mistake{}, false
	}
	return mistake{l.n, l.col, p.say("%s: a list goes between square brackets (write: %s = [%s])", l.key, l.key, strings.Join(items, ", "))}, true
}

// listWithoutCommas: ignore = ["a" "b"]: the items of a list are
// separated by commas.
func listWithoutCommas(p parse, l line) (mistake, bool) {
	if !strings.HasPrefix(p.pe.Message, "expected a comma (',') or array terminator (']'), but got '") || l.key == "" || !strings.HasPrefix(l.value, "[") {
		return mistake{}, false
	}
	items := quoted.FindAllString(l.value, -1)
	rest := strings.Trim(quoted.ReplaceAllString(l.value, ""), " \t,[]")
	if len(items) < 2 || rest != "" {
		return mistake{}, false // a " inside an item, or something else
	}
	return mistake{l.n, p.pe.Position.Col, p.say("%s: the items of a list are separated by commas (write: %s = [%s])", l.key, l.key, strings.Join(items, ", "))}, true
}

// unclosedList: ignore = ["a", "b" and no ]: the parser goes on to the
// next line, or the end of the file.
func unclosedList(p parse, _ line) (mistake, bool) {
	if !strings.HasPrefix(p.pe.Message, "expected a comma (',') or array terminator (']')") {
		return mistake{}, false
	}
	for n := p.pe.Position.Line; n >= 1; n-- {
		o := lineOf(p.src, n)
		if o.key == "" || !strings.HasPrefix(o.value, "[") {
			continue
		}
		if n == p.pe.Position.Line && !strings.HasSuffix(p.pe.Message, "end of file") {
			return mistake{}, false // something else on the list's own line
		}
		return mistake{n, o.col, p.say("%s: the list has no closing ] (end it with ]: %s = %s])", o.key, o.key, strings.TrimRight(o.value, " ,"))}, true
	}
	return mistake{}, false
}

// colonForEquals: title: "Il a dit non", as YAML writes it.
func colonForEquals(p parse, l line) (mistake, bool) {
	if p.pe.Message != "expected '.' or '=', but got ':' instead" {
		return mistake{}, false
	}
	k, v, _ := strings.Cut(strings.TrimSpace(l.text), ":")
	return mistake{l.n, p.pe.Position.Col, p.say("%s: a key and its value are joined by =, not : (write: %s = %s)", k, k, strings.TrimSpace(v))}, true
}

// typographicQuotes: title = “Il a dit non” or « … »: a word processor's
// quotes, which TOML does not read as quotes.
func typographicQuotes(p parse, l line) (mistake, bool) {
	if l.key == "" {
		return mistake{}, false
	}
	for _, q := range [][2]string{{"“", "”"}, {"«", "»"}, {"‘", "’"}, {"„", "“"}} {
		if strings.HasPrefix(l.value, q[0]) {
			inner := strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(l.value, q[0]), q[1]))
			return mistake{l.n, l.col, p.say(`%s: text goes between straight double quotes ", not between %s %s (write: %s = "%s")`,
				l.key, q[0], q[1], l.key, escapeQuotes(inner))}, true
		}
	}
	return mistake{}, false
}

// lineEndBackslash: title = "Il a dit \ at the end of a line: a text
// between double quotes goes on over lines only between """.
func lineEndBackslash(p parse, l line) (mistake, bool) {
	if p.pe.Message != "invalid escape in string '\\\n'" { // a backslash, then the line's end
		return mistake{}, false
	}
	for n := l.n; n >= 1 && n >= l.n-1; n-- {
		if o := lineOf(p.src, n); o.key != "" && strings.HasSuffix(o.value, `\`) {
			return mistake{n, o.col + len(o.value) - 1, p.say(`%s: a \ ends the line, inside a text between double quotes (remove it, or, for a text over several lines, open and close it with """)`, o.key)}, true
		}
	}
	return mistake{}, false
}

// escapeRe is the parser's message on a backslash it cannot read.
var escapeRe = regexp.MustCompile(`^invalid escape in string '(.*)'$`)

// unknownEscape: path = "C:\dossier": between double quotes, a backslash
// starts an escape (\" \n \\).
func unknownEscape(p parse, l line) (mistake, bool) {
	m := escapeRe.FindStringSubmatch(p.pe.Message)
	if m == nil || l.key == "" {
		return mistake{}, false
	}
	return mistake{l.n, p.pe.Position.Col, p.say(`%s: %s is not something a text between double quotes may hold, as \ starts an escape there (write \\ for a backslash, or put the text between ' quotes: %s = '%s')`,
		l.key, m[1], l.key, innerText(l.value, '"'))}, true
}

// givenTwice: two lines give one key, as when a line is pasted from
// another article.
func givenTwice(p parse, l line) (mistake, bool) {
	if !strings.HasSuffix(p.pe.Message, "has already been defined.") || l.key == "" {
		return mistake{}, false
	}
	// The first is the last line before it that gives the same key.
	for n := l.n - 1; n >= 1; n-- {
		if o := lineOf(p.src, n); o.key == l.key {
			return mistake{l.n, l.col, p.say("%s is given twice, here and on line %d (keep one of the two lines)", l.key, n+p.offset)}, true
		}
	}
	return mistake{l.n, l.col, p.say("%s is given twice (keep one of the two lines)", l.key)}, true
}

// bareText: outlet = Le Monde: a text with no quotes.
func bareText(p parse, l line) (mistake, bool) {
	if !strings.HasPrefix(p.pe.Message, "expected value but found") || l.key == "" || l.value == "" {
		return mistake{}, false
	}
	return mistake{l.n, l.col, p.say(`%s: the text %s is not between quotes (write: %s = "%s"; a date is written YYYY-MM-DD, a number in figures, without quotes)`,
		l.key, l.value, l.key, escapeQuotes(l.value))}, true
}
