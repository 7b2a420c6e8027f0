package build

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"timeline/internal/content"
	"timeline/internal/diag"
	"timeline/internal/edits"
)

// editsPath is where the editors' headlines and summaries are, relative
// to the site folder, with forward slashes as in messages.
const editsPath = content.Dir + "/" + content.EventsFile

// maxEdits is the size of the largest events.toml read: thousands of
// entries, with their summaries, fit in far less.
const maxEdits = 16 << 20

// readEdits reads the editors' headlines and summaries, site's
// content/events.toml, and returns its entries without an error and its
// problems. A site without the file has no entries and no problem. The
// file is read at every build, whatever the watcher saw: it is small, and
// its entries are no article's to keep in the store.
func readEdits(site string) ([]edits.Entry, diag.List) {
	var probs diag.List
	abs := filepath.Join(site, filepath.FromSlash(editsPath))
	st, err := os.Lstat(abs)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, nil
	case err != nil:
		probs.Add(diag.Errorf(editsPath, 0, 0, "cannot read: %v (check the file's permissions)", err))
		return nil, probs
	case st.Mode()&fs.ModeSymlink != 0:
		// As content.Find does of an article: a link could lead out of the site.
		probs.Add(diag.Warnf(editsPath, 0, 0, "is a symbolic link and is not followed: its headlines are left out (put the file itself in %s/)", content.Dir))
		return nil, probs
	case !st.Mode().IsRegular():
		probs.Add(diag.Errorf(editsPath, 0, 0, "is not a regular file (the headlines and summaries go in a text file %s)", editsPath))
		return nil, probs
	case st.Size() > maxEdits:
		probs.Add(diag.Errorf(editsPath, 0, 0, "is %d MB, more than the headlines file can be (%d MB; check that it is the right file)", st.Size()>>20, maxEdits>>20))
		return nil, probs
	}
	data, err := os.ReadFile(abs)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil // removed since the look above
		}
		probs.Add(diag.Errorf(editsPath, 0, 0, "cannot read: %v (check the file's permissions)", err))
		return nil, probs
	}
	return edits.Parse(editsPath, data)
}
