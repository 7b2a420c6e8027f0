package content

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// seedFiles adds the repository's articles to a fuzz corpus.
func seedFiles(f *testing.F, add func(data []byte)) {
	paths, _ := filepath.Glob("../../content/*.md")
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			add(data)
		}
	}
}

// FuzzParse: no input makes Parse panic; every problem names the file in
// one line; an article it accepts has a publication date not in the
// future, a slug that stays in its folder, an http(s) url or none,
// sentences that stand in its kept lines, and [[claim]] tables with words,
// a kind and a range that is one.
func FuzzParse(f *testing.F) {
	seedFiles(f, func(d []byte) { f.Add(d) })
	for _, s := range []string{
		"", "+++", "+++\n+++\n", "+++\ntitle = \"x\"\npublished = 2023-02-30\n+++\n",
		"+++\npublished = 2023-01-01\n[[event]]\ndate = \"199X\"\ntext = \"t\"\n+++\n> > > > deep\n",
		"\ufeff+++\r\npublished = 2023-01-01\r\n+++\r\n<script>alert(1)</script>\r\n[x](javascript:alert(1))",
		"+++\npublished = 2023-01-01\nslug = \"../x\"\n+++\n",
		// The shapes of cmd/timeline's table of hostile input.
		"+++\ntitle = \"x\"\npublished = 2023-09-20T23:30:00-05:00\nurl = \"javascript:alert(1)\"\n+++\nx\n",
		"+++\ntitle = \"x\"\npublished = \"yesterday\"\nsourec = \"AFP\"\nslug = \"a\\u0000b\"\n+++\n",
		"+++\rtitle = \"x\"\rpublished = 2023-09-20\r+++\rLe\u00a019\u202fseptembre\u200b 2023,\u200f Bakou\u202e.\r",
		"+++\ntitle = \"x\"\npublished = 2023-09-20\n+++\nBakou\xff\xfe a lancé\n\n&lt;script&gt; [a](data:text/html,x) <img src=x onerror=alert(1)>\n",
		"+++\ntitle = \"x\"\npublished = 2023-09-20\n[[event]]\ndate = \"2023-13-01\"\ntext = \"x\"\ntime = \"25:00\"\n+++\n",
		"+++\ntitle = \"x\"\npublished = 2023-09-20\n[[claim]]\ntext = \"16 victimes\"\nkind = \"Tuées\"\ncount = \"2 000\"\ncount_max = 1\nqualifier = \"au  moins\"\nwho = \"\"\nremove = true\n+++\n",
		"+++\ntitle = \"x\"\npublished = 2023-09-20\n[[claim]]\ntext = \" \"\nkind = \"\u0301\"\ncount = -5\ncount_max = 1e3\nqualifier = 3\nwho = []\nremove = 1\n[[claim]]\nkind = \"\"\ncount = \"9 999 999 999 999 999 999\"\n+++\n",
		"+++\ntitle = \"x\"\npublished = 2023-09-20\n[claim]\ntext = \"x\"\n+++\n", "+++\ntitle = \"x\"\npublished = 2023-09-20\nclaim = [1, 2]\n+++\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		now := time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)
		a, probs := Parse("content/fuzz.md", data, Options{Language: "fr", Now: now})
		for _, p := range probs {
			if p.File != "content/fuzz.md" || p.Msg == "" || strings.ContainsAny(p.Error(), "\n\r") {
				t.Fatalf("problem does not name the file in one line: %q", p.Error())
			}
		}
		if a == nil {
			if !probs.HasErrors() {
				t.Fatal("refused without an error")
			}
			return
		}
		if a.Published.IsZero() || a.Slug == "" {
			t.Fatalf("accepted without a date or slug: %+v", a)
		}
		if AfterToday(a.Day(), now) {
			t.Fatalf("accepted a publication in the future: %v", a.Published)
		}
		if strings.ContainsAny(a.Slug, "/\\\x00.") {
			t.Fatalf("accepted slug %q", a.Slug)
		}
		if a.URL != "" && !strings.HasPrefix(a.URL, "http://") && !strings.HasPrefix(a.URL, "https://") {
			t.Fatalf("accepted url %q", a.URL)
		}
		for _, c := range a.Claims {
			if c.Text == "" || !slices.Contains(ClaimKinds, c.Kind) || c.Count < 0 || c.CountMax < c.Count {
				t.Fatalf("accepted claim %+v", c)
			}
		}
		lines := map[int]string{}
		for _, l := range a.Lines {
			if !utf8.ValidString(l.Text) {
				t.Fatalf("line %d is not valid UTF-8", l.N)
			}
			if l.Drop == "" {
				lines[l.N] = l.Text
			}
		}
		for _, s := range a.Sentences {
			text, ok := lines[s.Line]
			if !ok || s.Col < 1 || s.Col-1+len(s.Text) > len(text) || text[s.Col-1:s.Col-1+len(s.Text)] != s.Text {
				t.Fatalf("sentence %q does not stand at %d:%d", s.Text, s.Line, s.Col)
			}
		}
	})
}

// FuzzSplit: sentences are non-empty, in order, inside the text, trimmed.
func FuzzSplit(f *testing.F) {
	seedFiles(f, func(d []byte) {
		for _, l := range strings.Split(string(d), "\n") {
			f.Add(l)
		}
	})
	f.Add("« Nous sommes unis. Nous gagnerons », a posté M. Pachinian. Il a été applaudi…")
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, sp := range Split(s) {
			if sp[0] < prev || sp[1] <= sp[0] || sp[1] > len(s) {
				t.Fatalf("span %v out of order or bounds (prev %d, len %d)", sp, prev, len(s))
			}
			if strings.TrimSpace(s[sp[0]:sp[1]]) != s[sp[0]:sp[1]] {
				t.Fatalf("span %q is not trimmed", s[sp[0]:sp[1]])
			}
			prev = sp[1]
		}
	})
}

// FuzzClean: judging a line never panics, is deterministic and gives one
// of the reasons the review listing knows.
func FuzzClean(f *testing.F) {
	seedFiles(f, func(d []byte) {
		for _, l := range strings.Split(string(d), "\n") {
			f.Add(l, "L’Azerbaïdjan lance une offensive", "Sputnik Afrique")
		}
	})
	f.Fuzz(func(t *testing.T, line, title, outlet string) {
		checkLong(t, line, key(title))
		a := judge(line, key(title), key(outlet))
		if b := judge(line, key(title), key(outlet)); a != b {
			t.Fatalf("judge is not deterministic: %q then %q", a, b)
		}
		switch a {
		case "", DropFurniture, DropPaywall, DropShare, DropComments, DropCredit, DropScript, DropNoText, DropTitle, DropOutlet,
			DropByline, DropAppeal, DropCode:
		default:
			t.Fatalf("judge gives an unknown reason %q", a)
		}
		if a == DropTitle && title == "" {
			t.Fatalf("%q dropped as the title of an article without one", line)
		}
	})
}

// FuzzPlain: a body plain lets through reads the same without the
// Markdown parser as with it.
func FuzzPlain(f *testing.F) {
	seedFiles(f, func(d []byte) {
		_, rest, _ := strings.Cut(string(d), "+++\n")
		_, body, _ := strings.Cut(rest, "+++\n")
		f.Add(body)
	})
	f.Add("Un  \ndeux\t\nTrois\u00a0\n\u00a0\n2023\n12 mai\n(Source)\n\"Dit\"\n'Elle'\n")
	f.Fuzz(func(t *testing.T, body string) {
		if !utf8.ValidString(body) || !plain(body) {
			return // Parse hands extractLines valid UTF-8 only
		}
		if got, want := plainLines(body, 1), markdownLines(body, 1); !reflect.DeepEqual(got, want) {
			t.Fatalf("plainLines = %q, markdownLines = %q", got, want)
		}
	})
}

// checkLong checks what judge takes for granted of a key appendKey reports
// long: it is not empty, no furniture, not the title, and has more than
// eight words (so no banner).
func checkLong(t *testing.T, line, ftitle string) {
	t.Helper()
	f := appendFold(nil, strings.TrimSpace(line))
	if _, long := appendKey(nil, f, max(maxFurniture, len(ftitle))); !long {
		return
	}
	k, _ := appendKey(nil, f, -1)
	if _, ok := furniture[string(k)]; len(k) == 0 || ok || string(k) == ftitle || len(strings.Fields(string(k))) <= 8 {
		t.Fatalf("key %q of %q reported long", k, line)
	}
}
