package linkcheck

import (
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	files := map[string][]byte{
		"index.html": []byte(`<a href="events/a/index.html#m1">ok</a>
			<a href="events/a/">ok, a folder</a>
			<a href="events/b/index.html">missing file</a>
			<a href="events/a/index.html#nope">missing anchor</a>
			<a href="https://example.org/">external</a>
			<a href="mailto:x@example.org">mail</a>
			<a href="/abs.html">absolute</a>
			<a href="../out.html">out of the site</a>
			<p id="x"></p><p id="x"></p>`),
		"events/a/index.html": []byte(`<figure id="m1"></figure><a href="../../index.html#x">back</a>`),
		"404.html":            []byte(`<a href="/sub/index.html">home</a>`),
	}
	r := Check(files, "/sub/")
	var got []string
	for _, b := range r.Broken {
		got = append(got, b.String())
	}
	want := []string{
		`index.html: link "#x": more than one element has this id`,
		`index.html: link "events/b/index.html": no such file events/b/index.html`,
		`index.html: link "events/a/index.html#nope": no element with id nope in events/a/index.html`,
		`index.html: link "/abs.html": absolute path: links inside the site must be relative`,
		`index.html: link "../out.html": leads out of the site`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("broken:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(r.External) != 1 || r.External[0] != "https://example.org/" {
		t.Errorf("external = %v", r.External)
	}
}
