package overlay

import (
	"io/fs"
	"slices"
	"testing"
	"testing/fstest"
)

func TestFS(t *testing.T) {
	site := fstest.MapFS{
		"index.html":   {Data: []byte("site index")},
		"i18n/es.toml": {Data: []byte("es")},
	}
	builtin := fstest.MapFS{
		"index.html":   {Data: []byte("built-in index")},
		"base.html":    {Data: []byte("built-in base")},
		"i18n/fr.toml": {Data: []byte("fr")},
	}
	o := FS{site, builtin}
	for _, c := range []struct{ name, want string }{
		{"index.html", "site index"},   // the site's file hides the built-in one
		{"base.html", "built-in base"}, // a file the site lacks comes from the built-ins
		{"i18n/fr.toml", "fr"},         // so in a folder both have
		{"i18n/es.toml", "es"},         // and a file only the site has
	} {
		got, err := fs.ReadFile(o, c.name)
		if err != nil || string(got) != c.want {
			t.Errorf("ReadFile(%s) = %q, %v; want %q", c.name, got, err, c.want)
		}
		f, err := o.Open(c.name)
		if err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	if _, err := fs.ReadFile(o, "none.html"); err == nil {
		t.Error("a file no layer has was read")
	}
	var files []string
	err := fs.WalkDir(o, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"base.html", "i18n/es.toml", "i18n/fr.toml", "index.html"}; !slices.Equal(files, want) {
		t.Errorf("walked %v, want %v", files, want)
	}
	if names, _ := fs.Glob(o, "i18n/*.toml"); len(names) != 2 {
		t.Errorf("glob found %v", names)
	}
	if err := fstest.TestFS(o, "base.html", "i18n/es.toml", "i18n/fr.toml", "index.html"); err != nil {
		t.Error(err)
	}
	if l := Layers(o); len(l) != 2 {
		t.Errorf("Layers gave %d layers", len(l))
	}
	if l := Layers(site); len(l) != 1 {
		t.Errorf("Layers of a plain FS gave %d layers", len(l))
	}
}
