package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// good is the front matter of a valid article; cases change one thing.
const good = "title = \"Bakou lance une offensive\"\nsource = \"Test\"\nurl = \"https://example.org/a\"\npublished = 2023-09-20\n"

// article is a file of front matter and body.
func article(front, body string) string { return "+++\n" + front + "+++\n" + body }

// dated is a body the tagger reads a date in.
const dated = "L’Azerbaïdjan a lancé une offensive le mardi 19 septembre 2023.\n"

// hostileCase is one bad input: what it does to a site that built, what
// the build must answer, and what must be true after.
type hostileCase struct {
	name   string
	setup  func(t *testing.T, site string) // makes the input bad
	status int                             // the build's exit status
	want   []string                        // regexps the build's output must match, one line each
	after  func(t *testing.T, site string, out []byte)
	heavy  bool // seconds of work: skipped under the race detector (make test runs it)
}

// write writes content/<name> (or any path under the site).
func write(name, data string) func(*testing.T, string) {
	return func(t *testing.T, site string) { writeFile(t, site, name, data) }
}

func writeFile(t *testing.T, site, name, data string) {
	t.Helper()
	p := filepath.Join(site, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// bad writes content/bad.md.
func bad(data string) func(*testing.T, string) { return write("content/bad.md", data) }

// siteToml replaces old by new in site.toml.
func siteToml(old, new string) func(*testing.T, string) {
	return func(t *testing.T, site string) { replaceIn(t, site, "site.toml", old, new) }
}

func replaceIn(t *testing.T, site, name, old, new string) {
	t.Helper()
	p := filepath.Join(site, filepath.FromSlash(name))
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(old)) {
		t.Fatalf("%s does not hold %q", name, old)
	}
	if err := os.WriteFile(p, bytes.Replace(data, []byte(old), []byte(new), 1), 0o644); err != nil {
		t.Fatal(err)
	}
}

// template copies the shipped templates into the site, then replaces old by
// new in one of them.
func template(name, old, new string) func(*testing.T, string) {
	return func(t *testing.T, site string) {
		copyTemplates(t, site)
		replaceIn(t, site, "templates/"+name, old, new)
	}
}

func copyTemplates(t *testing.T, site string) {
	t.Helper()
	err := filepath.WalkDir("../../templates", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) == ".go" {
			return err
		}
		rel, _ := filepath.Rel("../../templates", p)
		data, err := os.ReadFile(p)
		if err == nil {
			writeFile(t, site, "templates/"+filepath.ToSlash(rel), string(data))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// both applies several setups.
func both(fs ...func(*testing.T, string)) func(*testing.T, string) {
	return func(t *testing.T, site string) {
		for _, f := range fs {
			f(t, site)
		}
	}
}

// outputHas checks that a file of the built site holds (or not) a string.
func outputHas(file, s string, want bool) func(*testing.T, string, []byte) {
	return func(t *testing.T, site string, _ []byte) {
		t.Helper()
		data, err := os.ReadFile(filepath.Join(site, "public", file))
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(data, []byte(s)) != want {
			t.Errorf("public/%s holds %q: %v, want %v", file, s, !want, want)
		}
	}
}

// noUnsafeOutput checks that nothing an article smuggled in runs: in the
// HTML pages no script but the site's, no event handler, inline style,
// frame or javascript:/data: link; in JSON and XML no raw markup.
func noUnsafeOutput(t *testing.T, site string, _ []byte) {
	t.Helper()
	for p, data := range snapshotBytes(t, filepath.Join(site, "public")) {
		switch filepath.Ext(p) {
		case ".json", ".xml":
			if bytes.Contains(bytes.ToLower(data), []byte("<script")) || bytes.Contains(data, []byte("<img")) || bytes.Contains(data, []byte("<iframe")) {
				t.Errorf("public/%s holds raw markup", p)
			}
		case ".html":
			z := html.NewTokenizer(bytes.NewReader(data))
			for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
				if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
					continue
				}
				name, more := z.TagName()
				attrs := map[string]string{}
				for more {
					var k, v []byte
					k, v, more = z.TagAttr()
					attrs[string(k)] = strings.ToLower(strings.TrimSpace(string(v)))
				}
				switch string(name) {
				case "script":
					if !regexp.MustCompile(`^(\.\./)*(/karabakh/)?assets/[\w.]+\.js$`).MatchString(attrs["src"]) {
						t.Errorf("public/%s: a script that is not the site's: %v", p, attrs)
					}
				case "iframe", "object", "embed", "style", "img":
					t.Errorf("public/%s: a <%s>: %v", p, name, attrs)
				}
				for k, v := range attrs {
					if strings.HasPrefix(k, "on") || k == "style" || (k == "href" || k == "src") && (strings.HasPrefix(v, "javascript:") || strings.HasPrefix(v, "data:")) {
						t.Errorf("public/%s: %s=%q", p, k, v)
					}
				}
			}
		}
	}
}

func hostileCases() []hostileCase {
	return []hostileCase{
		// Front matter.
		{name: "front matter never closed", setup: bad("+++\n" + good + dated), status: 1,
			want: []string{`^content/bad\.md:1:1: the front matter opened by \+\+\+ on line 1 is never closed \(add a line \+\+\+`}},
		{name: "no front matter", setup: bad(dated), status: 1,
			want: []string{`^content/bad\.md:1:1: the file does not start with \+\+\+ \(put the front matter`}},
		{name: "YAML front matter", setup: bad("---\ntitle: x\npublished: 2023-09-20\n---\n" + dated), status: 1,
			want: []string{`^content/bad\.md:1:1: the front matter starts with --- \(YAML\): it is read only as TOML between two lines \+\+\+ \(write \+\+\+, then`}},
		{name: "invalid TOML", setup: bad(article("title = \"unterminated\npublished = 2023-09-20\n", dated)), status: 1,
			want: []string{`^content/bad\.md:2:\d+: .+\(.+\)`}},
		{name: "published missing", setup: bad(article("title = \"x\"\n", dated)), status: 1,
			want: []string{`^content/bad\.md:\d+(:\d+)?: published manque \(ajoutez une ligne : published = AAAA-MM-JJ\)`}}, // the site is French
		{name: "published 2023-02-30", setup: bad(article("title = \"x\"\npublished = 2023-02-30\n", dated)), status: 1,
			want: []string{`^content/bad\.md:3:\d+: .*2023-02-30.*\(.+\)`}},
		{name: "published a datetime with an offset: accepted, its own day", setup: bad(article("title = \"x\"\npublished = 2023-09-20T23:30:00-05:00\n", "Mardi, l’Azerbaïdjan a lancé une offensive.\n")), status: 0,
			after: outputHas("events.json", "2023-09-19", true)},
		{name: "published in the future", setup: bad(article("title = \"x\"\npublished = 2999-01-01\n", dated)), status: 1,
			want: []string{`^content/bad\.md:3:\d+: published: 2999-01-01 is after today, \d{4}-\d\d-\d\d \(.+\) \(check the year\)`}},
		// Found by FuzzParse: year 1 was accepted.
		{name: "published in year 1", setup: bad(article("title = \"x\"\npublished = 0001-01-01\n", dated)), status: 1,
			want: []string{`^content/bad\.md:3:\d+: published: 0001-01-01 is before 1800, too early for a press article \(check the year\)`}},
		{name: "published as text", setup: bad(article("title = \"x\"\npublished = \"yesterday\"\n", dated)), status: 1,
			want: []string{`^content/bad\.md:3:\d+: published : "yesterday" n’est pas une date \(écrivez le jour en chiffres, l’année d’abord, sans guillemets : published = AAAA-MM-JJ\)`}},
		{name: "published a number", setup: bad(article("title = \"x\"\npublished = 20230920\n", dated)), status: 1,
			want: []string{`^content/bad\.md:3:\d+: published : une date est attendue, et c’est le nombre 20230920 \(écrivez : published = AAAA-MM-JJ\)`}},
		{name: "title a number", setup: bad(article("title = 3\npublished = 2023-09-20\n", dated)), status: 1,
			want: []string{`^content/bad\.md:2:\d+: title : un texte entre guillemets droits est attendu, et c’est le nombre 3 \(écrivez : title = "`}},
		{name: "url javascript:", setup: bad(article("title = \"x\"\nurl = \"javascript:alert(1)\"\npublished = 2023-09-20\n", dated)), status: 1,
			want: []string{`^content/bad\.md:3:\d+: url: "javascript:alert\(1\)" is not an http or https address \(write the article's address, starting with https://\)`}},
		{name: "url data:", setup: bad(article("title = \"x\"\nurl = \"data:text/html,<script>alert(1)</script>\"\npublished = 2023-09-20\n", dated)), status: 1,
			want: []string{`^content/bad\.md:3:\d+: url: .* \(write the article's address, starting with https://\)`}},
		{name: "url with spaces", setup: bad(article("title = \"x\"\nurl = \"https://example.org/un article\"\npublished = 2023-09-20\n", dated)), status: 1,
			want: []string{`^content/bad\.md:3:\d+: url: .* contains spaces, quotes or angle brackets \(write`}},
		{name: "url without host", setup: bad(article("title = \"x\"\nurl = \"https:///x\"\npublished = 2023-09-20\n", dated)), status: 1,
			want: []string{`^content/bad\.md:3:\d+: url: .* has no host name \(`}},
		{name: "unknown key: a warning naming the nearest", setup: bad(article(good+"sourec = \"AFP\"\n", dated)), status: 0,
			want: []string{`^content/bad\.md:6:\d+: warning: clé inconnue sourec — vouliez-vous dire source \? \(elle est ignorée\)`}},
		{name: "duplicate slugs", setup: both(bad(article(good+"slug = \"same\"\n", dated)), write("content/bad2.md", article(good+"slug = \"same\"\n", dated))), status: 1,
			want: []string{`^content/bad2\.md:6: slug "same" is already used by content/bad\.md \(rename this file or set slug`}},
		{name: "slug with ../", setup: bad(article(good+"slug = \"../../etc/passwd\"\n", dated)), status: 1,
			want: []string{`^content/bad\.md:6:\d+: slug: "\.\./\.\./etc/passwd" cannot be used in a web address \(use lowercase letters, digits and hyphens, e\.g\. "etc-passwd"\)`}},
		{name: "slug with /", setup: bad(article(good+"slug = \"a/b\"\n", dated)), status: 1,
			want: []string{`^content/bad\.md:6:\d+: slug: "a/b" cannot be used in a web address`}},
		{name: "slug with NUL", setup: bad(article(good+"slug = \"a\\u0000b\"\n", dated)), status: 1,
			want: []string{`^content/bad\.md:6:\d+: slug: "a\\x00b" cannot be used in a web address`}},
		{name: "file name unusable as a slug", setup: write("content/Un article (copie).md", article(good, dated)), status: 1,
			want: []string{`^content/Un article \(copie\)\.md: the file name "Un article \(copie\)" cannot be used in a web address \(rename the file to un-article-copie\.md`}},
		// Found by FuzzParse: a message could hold a line break; a file name too.
		{name: "file name with a line break: one line per problem", setup: write("content/x\ncontent/y.md: all is well (nothing to do).md", article(good, dated)), status: 1,
			want: []string{`^content/x\\ncontent/y\.md: all is well \(nothing to do\)\.md: the file name .* cannot be used in a web address`},
			after: func(t *testing.T, site string, out []byte) {
				if regexp.MustCompile(`(?m)^content/y\.md`).Match(out) {
					t.Errorf("a file name started a line of its own:\n%s", out)
				}
			}},
		{name: "invalid escape in a TOML string: one line", setup: bad(article("title = \"x\\\n\"\npublished = 2023-09-20\n", dated)), status: 1,
			want: []string{`^content/bad\.md:2:\d+: title : un \\ finit la ligne, dans un texte entre guillemets droits \(.+\)$`}},
		{name: "empty file", setup: bad(""), status: 1,
			want: []string{`^content/bad\.md: the file is empty \(an article starts with \+\+\+`}},
		{name: "only front matter: built, no date warned", setup: bad(article(good, "")), status: 0,
			want: []string{`^content/bad\.md(:\d+)?: warning: `}},
		{name: "event with an impossible date", setup: bad(article(good+"[[event]]\ndate = \"2023-13-01\"\ntext = \"x\"\n", dated)), status: 1,
			want: []string{`^content/bad\.md:7:\d+: date : .*\(.+\)`}},
		{name: "event not a table", setup: bad(article(good+"event = 3\n", dated)), status: 1,
			want: []string{`^content/bad\.md:6:\d+: event : des tables écrites \[\[event\]\] sont attendues, et c’est le nombre 3 \(écrivez chacune comme une ligne \[\[event\]\] suivie de ses champs\)`}},
		{name: "event a single table", setup: bad(article(good+"[event]\ndate = \"2023\"\ntext = \"x\"\n", dated)), status: 1,
			want: []string{`^content/bad\.md:\d+:\d+: event : des tables écrites \[\[event\]\] sont attendues, et c’est une table \(écrivez chacune comme une ligne \[\[event\]\]`}},
		{name: "site.toml: episode a single table", setup: siteToml("[[episode]]\nid = \"contexte\"", "[episode]\nid = \"contexte\""), status: 1,
			want: []string{`^site\.toml:\d+:\d+: .*\(.+\)`}},
		{name: "event time 25:00", setup: bad(article(good+"[[event]]\ndate = \"2023-09\"\ntext = \"x\"\ntime = \"25:00\"\n", dated)), status: 1,
			want: []string{`^content/bad\.md:9:\d+: time: "25:00" is not a time of day \(write HH:MM`}},
		{name: "language not a code", setup: bad(article(good+"language = \"fr-FR\"\n", dated)), status: 1,
			want: []string{`^content/bad\.md:6:\d+: language: "fr-FR" is not a language code \(write fr or en\)`}},

		// Body.
		{name: "invalid UTF-8: replaced, warned with its line", setup: bad(article(good, "Bakou\xff\xfe a lancé une offensive.\n\n"+dated)), status: 0,
			want:  []string{`^content/bad\.md:7: warning: invalid UTF-8 bytes replaced by � \(save the file as UTF-8\)`},
			after: outputHas("events.json", "2023-09-19", true)},
		{name: "UTF-8 BOM", setup: bad("\ufeff" + article(good, dated)), status: 0,
			after: outputHas("sources/bad/index.html", "Bakou lance une offensive", true)},
		{name: "CRLF line ends", setup: bad(strings.ReplaceAll(article(good, dated), "\n", "\r\n")), status: 0,
			after: outputHas("sources/bad/index.html", "Bakou lance une offensive", true)},
		{name: "CR line ends", setup: bad(strings.ReplaceAll(article(good, dated), "\n", "\r")), status: 0,
			after: outputHas("sources/bad/index.html", "Bakou lance une offensive", true)},
		{name: "NBSP and narrow NBSP everywhere", setup: bad(article(good, strings.NewReplacer(" ", "\u00a0").Replace("L’Azerbaïdjan a lancé une offensive le mardi 19 septembre 2023.")+"\n\n"+strings.NewReplacer(" ", "\u202f").Replace("Le cessez-le-feu est signé le mercredi 20 septembre 2023.")+"\n")), status: 0,
			after: outputHas("sources/bad/index.html", "events/2023-09-20/", true)},
		{name: "zero-width characters", setup: bad(article(good, "L’Azer\u200bbaïdjan a lancé une offensive le mardi 19\u200d sep\u200ctembre\u2060 2023.\n")), status: 0,
			after: outputHas("sources/bad/index.html", "events/2023-09-19/", true)},
		{name: "right-to-left marks", setup: bad(article(good, "\u202eL’Azerbaïdjan a lancé une offensive le \u200fmardi 19 septembre 2023\u202c.\n")), status: 0,
			after: func(t *testing.T, site string, out []byte) {
				outputHas("sources/bad/index.html", "events/2023-09-19/", true)(t, site, out)
				outputHas("sources/bad/index.html", "\u202e", false)(t, site, out)
			}},
		{name: "one line of 1 MB", setup: bad(article(good, strings.Repeat("Les combats continuent près de Stepanakert, ", 1<<20/45)+dated)), status: 0},
		{name: "100,000 dates in one article", setup: bad(article(good, strings.Repeat("Le 19 septembre 2023, Bakou attaque. Le 20 septembre, Erevan répond.\n\n", 50000))), status: 0,
			after: outputHas("events.json", "2023-09-20", true), heavy: true},
		{name: "deep Markdown nesting", setup: bad(article(good, strings.Repeat(">", 20000)+" "+strings.Repeat("- ", 5000)+strings.Repeat("*", 5000)+strings.Repeat("[", 5000)+dated)), status: 0},
		{name: "raw HTML: script", setup: bad(article(good, "<script>alert(1)</script>\n\nLe <script>alert(1)</script> mardi 19 septembre 2023, Bakou attaque.\n")), status: 0, after: noUnsafeOutput},
		{name: "raw HTML: img onerror", setup: bad(article(good, "<img src=x onerror=alert(1)>\n\nLe <img src=x onerror=alert(1)> mardi 19 septembre 2023, Bakou attaque.\n")), status: 0, after: noUnsafeOutput},
		{name: "raw HTML: iframe", setup: bad(article(good, "<iframe src=\"https://evil.example\"></iframe>\n\nLe mardi 19 septembre 2023, <iframe src=x></iframe> Bakou attaque.\n")), status: 0, after: noUnsafeOutput},
		{name: "raw HTML: inline style", setup: bad(article(good, "<p style=\"position:fixed\">x</p>\n\nLe mardi 19 septembre 2023, <b style=\"color:red\">Bakou</b> attaque.\n")), status: 0, after: noUnsafeOutput},
		{name: "Markdown links to javascript: and data:", setup: bad(article(good, "Le mardi 19 septembre 2023, [Bakou](javascript:alert(1)) attaque [Erevan](data:text/html,<script>alert(1)</script>) <javascript:alert(1)>.\n")), status: 0, after: noUnsafeOutput},
		{name: "entities that decode to <script>", setup: bad(article(good, "Le mardi 19 septembre 2023, &lt;script&gt;alert(1)&lt;/script&gt; &#60;script&#62;alert(1)&#60;/script&#62; Bakou attaque.\n")), status: 0,
			after: func(t *testing.T, site string, out []byte) {
				noUnsafeOutput(t, site, out)
				outputHas("events/2023-09-19/index.html", "&lt;script&gt;alert(1)&lt;/script&gt;", true)(t, site, out)
			}},
		{name: "title, outlet and event text carrying markup", setup: bad(article("title = \"<script>alert(1)</script>\"\nsource = \"<img src=x onerror=alert(1)>\"\npublished = 2023-09-20\n[[event]]\ndate = \"2023-09\"\ntext = \"<iframe src=x></iframe>\"\n", dated)), status: 0, after: noUnsafeOutput},

		// Files.
		{name: "binary file named .md: skipped with a warning", setup: bad("+++\x00\x01\x02PNG\x00"), status: 0,
			want: []string{`^content/bad\.md: warning: is not text \(binary data\) and is skipped \(articles are UTF-8 text\)`}},
		{name: "a file of 600 MB: refused before it is read", setup: func(t *testing.T, site string) {
			writeFile(t, site, "content/huge.md", article(good, dated))
			if err := os.Truncate(filepath.Join(site, "content", "huge.md"), 600<<20); err != nil { // sparse: no disk used
				t.Fatal(err)
			}
		}, status: 1,
			want: []string{`^content/huge\.md: is 600 MB, more than an article can be \(512 MB; move it out of content/, or split it\)`}},
		{name: "symbolic link out of the site: not followed", setup: func(t *testing.T, site string) {
			secret := filepath.Join(t.TempDir(), "secret.md")
			if err := os.WriteFile(secret, []byte(article(good+"slug = \"secret\"\n", "SECRET le mardi 19 septembre 2023.\n")), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(secret, filepath.Join(site, "content", "link.md")); err != nil {
				t.Fatal(err)
			}
		}, status: 0,
			want:  []string{`^content/link\.md: warning: is a symbolic link and is not followed \(copy the article into content/ instead\)`},
			after: func(t *testing.T, site string, out []byte) { assertNowhere(t, site, "SECRET") }},
		{name: "symbolic link loop", setup: func(t *testing.T, site string) {
			if err := os.Symlink("loop", filepath.Join(site, "content", "loop")); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink("..", filepath.Join(site, "content", "up")); err != nil {
				t.Fatal(err)
			}
		}, status: 0,
			want: []string{`^content/loop: warning: is a symbolic link and is not followed`, `^content/up: warning: is a symbolic link and is not followed`}},
		{name: "a named pipe: not read", setup: func(t *testing.T, site string) {
			mkfifo(t, filepath.Join(site, "content", "pipe.md"))
		}, status: 0,
			want: []string{`^content/pipe\.md: warning: is not a regular file and is skipped \(an article is a plain \.md file\)`}},
		{name: "unreadable file: the error names it", setup: func(t *testing.T, site string) {
			if os.Geteuid() == 0 {
				t.Skip("running as root: a file without permissions is still readable (content.TestReadFileError checks the message)")
			}
			writeFile(t, site, "content/bad.md", article(good, dated))
			if err := os.Chmod(filepath.Join(site, "content", "bad.md"), 0); err != nil {
				t.Fatal(err)
			}
		}, status: 1,
			want: []string{`^content/bad\.md: cannot read: permission denied \(check the file's permissions\)`}},
		{name: "files that are not articles: ignored, listed once", setup: both(write("content/notes.txt", "x"), write("content/photo.jpg", "x"), write("content/sub/data.json", "{")), status: 0,
			want: []string{`^content: warning: 3 files are not articles and are ignored: content/notes\.txt, content/photo\.jpg, content/sub/data\.json \(articles end in \.md\)`}},
		{name: "hidden files and editor backups: ignored", setup: both(write("content/.#bad.md", "x"), write("content/bad.md~", "x"), write("content/.bad.md.swp", "\x00"), write("content/#bad.md#", "x"), write("content/.hidden/x.md", "x")), status: 0,
			after: func(t *testing.T, site string, out []byte) {
				if bytes.Contains(out, []byte("bad.md")) || bytes.Contains(out, []byte("hidden")) {
					t.Errorf("an ignored file is mentioned:\n%s", out)
				}
			}},
		{name: "content folder empty: the site is not replaced by an empty one", setup: func(t *testing.T, site string) {
			if err := os.RemoveAll(filepath.Join(site, "content")); err != nil {
				t.Fatal(err)
			}
			writeFile(t, site, "content/notes.txt", "x")
		}, status: 1,
			want: []string{`^content: no article to publish: an empty site would replace the one in .*public \(put the articles, files ending in \.md, in content/, or set draft = false in one; ` + "`timeline new TITLE`" + ` writes one\)`}},
		{name: "content a symbolic link: not followed, the site is kept", setup: func(t *testing.T, site string) {
			elsewhere := t.TempDir()
			if err := os.Rename(filepath.Join(site, "content"), filepath.Join(elsewhere, "content")); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(filepath.Join(elsewhere, "content"), filepath.Join(site, "content")); err != nil {
				t.Fatal(err)
			}
		}, status: 1,
			want: []string{`^content: warning: is a symbolic link and is not followed`, `^content: no article to publish`}},
		{name: "no content folder", setup: func(t *testing.T, site string) {
			if err := os.RemoveAll(filepath.Join(site, "content")); err != nil {
				t.Fatal(err)
			}
		}, status: 1,
			want: []string{`^content: no content folder in .* \(create content/ and put the articles in it\)`}},

		// site.toml.
		{name: "site.toml: invalid TOML", setup: siteToml(`title = "Haut`, `title = Haut`), status: 1,
			want: []string{`^site\.toml:3:\d+: .+\(.+\)`}},
		{name: "site.toml: episodes overlap", setup: siteToml("start = 2020-11-11", "start = 2020-11-05"), status: 1,
			want: []string{`^site\.toml:\d+:\d+: start : l’épisode "escarmouches" commence le 2020-11-05 mais "guerre-2020" dure jusqu’au 2020-11-10 : les épisodes se chevauchent \(faites-le commencer le 2020-11-11\)`}},
		{name: "site.toml: a gap between episodes", setup: siteToml("start = 2020-11-11", "start = 2020-12-01"), status: 1,
			want: []string{`^site\.toml:\d+:\d+: start : l’épisode "escarmouches" commence le 2020-12-01 mais "guerre-2020" finit le 2020-11-10 : les jours entre les deux n’appartiennent à aucun épisode \(faites-le commencer le 2020-11-11\)`}},
		{name: "site.toml: episode ends before it starts", setup: siteToml("end = 2020-11-10", "end = 2020-09-01"), status: 1,
			want: []string{`^site\.toml:\d+:\d+: end : 2020-09-01 précède start 2020-09-27 \(échangez-les ou corrigez l’année\)`}},
		{name: "site.toml: unknown key", setup: siteToml(`contact =`, `contcat =`), status: 0,
			want: []string{`^site\.toml:\d+:\d+: warning: clé inconnue contcat — vouliez-vous dire contact \? \(elle est ignorée\)`}},
		{name: "site.toml: missing", setup: func(t *testing.T, site string) {
			if err := os.Remove(filepath.Join(site, "site.toml")); err != nil {
				t.Fatal(err)
			}
		}, status: 1,
			want: []string{`^site\.toml: no site\.toml in .* \(run timeline in the folder that holds site\.toml and content/, or pass -site DIR\)`}},
		{name: "site.toml: output inside content/", setup: siteToml(`output = "public"`, `output = "content"`), status: 1,
			want: []string{`/content: refusing to write here: it is inside content/, which the build reads \(choose another folder`}},
		{name: "site.toml: episode id with ../", setup: siteToml(`id = "contexte"`, `id = "../x"`), status: 1,
			want: []string{`^site\.toml:\d+:\d+: id : "\.\./x" ne peut pas figurer dans une adresse web \(employez des minuscules sans accents, des chiffres et des traits d’union\)`}},
		{name: "site.toml: a language the interface does not know", setup: siteToml(`language = "fr"`, `language = "de"`), status: 1,
			want: []string{`^site\.toml: language = "de": the interface has no text in this language \(add templates/i18n/de\.toml, the texts of templates/i18n/en\.toml translated, or write one of the languages it has: en, fr\)`}},
		{name: "site.toml: base_url javascript:", setup: siteToml(`base_url = "https://example.org/karabakh/"`, `base_url = "javascript:alert(1)//"`), status: 1,
			want: []string{`^site\.toml:\d+:\d+: base_url : "javascript:alert\(1\)//" n’est pas une adresse http\(s\) complète`}},

		// Templates.
		{name: "template syntax error", setup: template("event.html", "{{", "{{end}}{{"), status: 1,
			want: []string{`^templates/event\.html:\d+(:\d+)?: .+\(.+\)`}},
		// A site's templates/ lies over the built-in one: a file it lacks is
		// the built-in one.
		{name: "template missing: the built-in one draws", setup: func(t *testing.T, site string) {
			copyTemplates(t, site)
			if err := os.Remove(filepath.Join(site, "templates", "event.html")); err != nil {
				t.Fatal(err)
			}
		}, status: 0,
			after: outputHas("events/2023-09-19/index.html", `<p class="crumbs">`, true)},
		{name: "template calls an undefined function", setup: template("event.html", "{{", "{{nosuchfunc}}{{"), status: 1,
			want: []string{`^templates/event\.html:\d+(:\d+)?: .*nosuchfunc.*\(.+\)`}},
		{name: "template fails while executing", setup: template("event.html", `{{define "main"}}`, `{{define "main"}}{{.NoSuchField}}`), status: 1,
			want: []string{`^templates/event\.html:1:\d+: on events/[^:]+: .*NoSuchField.*\(.+\)`}},
		// Indexing out of range panics in Go; text/template turns it into an error.
		{name: "template indexes out of range", setup: template("event.html", `{{define "main"}}`, `{{define "main"}}{{index .Data.Event.Mentions 99999}}`), status: 1,
			want: []string{`^templates/event\.html:1:\d+: on events/[^:]+: .*index out of range.*\(.+\)`},
			after: func(t *testing.T, site string, out []byte) {
				// Every event page fails the same way: said once.
				if n := bytes.Count(out, []byte("index out of range")); n != 1 {
					t.Errorf("the template's error is said %d times:\n%s", n, out)
				}
			}},
	}
}

// TestHostileInput builds a good site, makes one input bad, builds again,
// and checks the exit status, the message (file:line: what is wrong (how to
// fix it)) and, when the build fails, that public/ is exactly as it was and
// no temporary folder is left beside it.
func TestHostileInput(t *testing.T) {
	for _, tc := range hostileCases() {
		t.Run(tc.name, func(t *testing.T) {
			if tc.heavy && raceDetector {
				t.Skip("seconds of work, minutes under the race detector: make test runs it")
			}
			site := newSite(t)
			var out, errs bytes.Buffer
			if st := run([]string{"build", "-site", site, "-quiet"}, &out, &errs); st != 0 {
				t.Fatalf("the good site does not build (status %d):\n%s", st, errs.String())
			}
			public := filepath.Join(site, "public")
			before := snapshot(t, public)
			tc.setup(t, site)
			out.Reset()
			errs.Reset()
			st := run([]string{"build", "-site", site, "-quiet"}, &out, &errs)
			said := errs.Bytes()
			if st != tc.status {
				t.Errorf("status %d, want %d:\n%s", st, tc.status, said)
			}
			for _, w := range tc.want {
				if !regexp.MustCompile(`(?m)` + w).Match(said) {
					t.Errorf("no line matches %s in:\n%s", w, said)
				}
			}
			for _, line := range strings.Split(strings.TrimSpace(string(said)), "\n") {
				if line != "" && !messageRe.MatchString(line) {
					t.Errorf("message not as file[:line[:col]]: what (how to fix): %q", line)
				}
			}
			if st != 0 {
				if after := snapshot(t, public); after != before {
					t.Errorf("a failed build changed public/")
				}
			}
			// check reads what build reads and says the same.
			out.Reset()
			errs.Reset()
			cst := run([]string{"check", "-site", site}, &out, &errs)
			checked := append(out.Bytes(), errs.Bytes()...)
			if cst != tc.status {
				t.Errorf("check: status %d, want %d:\n%s", cst, tc.status, checked)
			}
			for _, w := range tc.want {
				if !regexp.MustCompile(`(?m)` + w).Match(checked) {
					t.Errorf("check: no line matches %s in:\n%s", w, checked)
				}
			}
			if left, _ := filepath.Glob(filepath.Join(site, ".public.*")); len(left) > 0 {
				t.Errorf("temporary folders left: %v", left)
			}
			if tc.after != nil {
				tc.after(t, site, said)
			}
		})
	}
}

// messageRe is the shape of every line an editor reads.
var messageRe = regexp.MustCompile(`^[^: ][^:]*(:\d+(:\d+)?)?: (warning: )?\S.* \(.+\)\.?$`)

// newSite copies the repository's site.toml and seed articles into a new folder.
func newSite(t *testing.T) string {
	t.Helper()
	site := t.TempDir()
	cfg, err := os.ReadFile("../../site.toml")
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, site, "site.toml", string(cfg))
	paths, _ := filepath.Glob("../../content/*.md")
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, site, "content/"+filepath.Base(p), string(data))
	}
	return site
}

// snapshotBytes returns every file under dir by its path.
func snapshotBytes(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		data, err := os.ReadFile(p)
		files[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// snapshot returns a listing of every file under dir with its SHA-256 and
// mode: two equal snapshots are two identical trees.
func snapshot(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if d.IsDir() {
			fmt.Fprintf(&b, "%s/ %v\n", rel, info.Mode())
			return nil
		}
		data, err := os.ReadFile(p)
		fmt.Fprintf(&b, "%s %v %x\n", rel, info.Mode(), sha256.Sum256(data))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// assertNowhere checks that no file of the built site holds s.
func assertNowhere(t *testing.T, site, s string) {
	t.Helper()
	for p, data := range snapshotBytes(t, filepath.Join(site, "public")) {
		if bytes.Contains(data, []byte(s)) {
			t.Errorf("public/%s holds %q", p, s)
		}
	}
}
