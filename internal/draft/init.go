package draft

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// skeleton is the site Init writes: site.toml with placeholders and
// comments, and content/, which holds the articles, with none yet: only
// the site's own places and actors, empty but for comments that say how
// to add them.
//
//go:embed newsite
var skeleton embed.FS

// Init creates a new site in dir, which it creates when it does not
// exist: the files of newsite/, site.toml's language set to lang ("" for
// French). The site builds at once, with no article yet. Init refuses a
// dir that holds anything, so that it never overwrites a file. It returns
// the files written, relative to dir with forward slashes, in order.
func Init(dir, lang string) ([]string, error) {
	if lang != "" && lang != "fr" && lang != "en" {
		return nil, fmt.Errorf("-language: %q is not a language of the interface (write fr or en)", lang)
	}
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return nil, fmt.Errorf("%s: %w", dir, err)
	case len(entries) > 0:
		return nil, fmt.Errorf("%s is not empty: a new site goes into a new folder, or an empty one (choose another: timeline init my-site)", dir)
	}
	var written []string
	err = fs.WalkDir(skeleton, "newsite", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := skeleton.ReadFile(p)
		if err != nil {
			return err
		}
		rel := strings.TrimPrefix(p, "newsite/")
		if rel == "site.toml" && lang != "" {
			data = []byte(strings.Replace(string(data), `language = "fr"`, `language = "`+lang+`"`, 1))
		}
		if err := create(filepath.Join(dir, filepath.FromSlash(rel)), data); err != nil {
			return err
		}
		written = append(written, rel)
		return nil
	})
	if err != nil {
		return written, fmt.Errorf("new site in %s: %w", dir, err)
	}
	return written, nil
}

// create writes a new file, with its folder, and never replaces one.
func create(name string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
