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

// maxDataFile is the size of the largest data file of content/ read
// (content.DataFiles): thousands of events.toml entries with their
// summaries, or of places, fit in far less.
const maxDataFile = 16 << 20

// readEdits reads the editors' headlines and summaries, site's
// content/events.toml, and returns its entries without an error and its
// problems. A site without the file has no entries and no problem.
func readEdits(site string) ([]edits.Entry, diag.List) {
	data, probs := readDataFile(site, content.EventsFile, "its headlines are left out")
	if data == nil {
		return nil, probs
	}
	entries, list := edits.Parse(editsPath, data)
	return entries, append(probs, list...)
}

// readDataFile reads name, one of content.DataFiles, from the site's
// content folder, and returns nil and no problem when the site has none.
// The file is read at every build, whatever the watcher saw: it is small,
// and what it holds is no article's to keep in the store. lost says what
// the site loses when the file cannot be read.
func readDataFile(site, name, lost string) ([]byte, diag.List) {
	var probs diag.List
	rel := content.Dir + "/" + name
	abs := filepath.Join(site, content.Dir, name)
	st, err := os.Lstat(abs)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, nil
	case err != nil:
		probs.Add(diag.Errorf(rel, 0, 0, "cannot read: %v (check the file's permissions)", err))
		return nil, probs
	case st.Mode()&fs.ModeSymlink != 0:
		// As content.Find does of an article: a link could lead out of the site.
		probs.Add(diag.Warnf(rel, 0, 0, "is a symbolic link and is not followed: %s (put the file itself in %s/)", lost, content.Dir))
		return nil, probs
	case !st.Mode().IsRegular():
		probs.Add(diag.Errorf(rel, 0, 0, "is not a regular file (%s must be a text file: %s)", rel, lost))
		return nil, probs
	case st.Size() > maxDataFile:
		probs.Add(diag.Errorf(rel, 0, 0, "is %d MB, more than the file can be (%d MB; check that it is the right file)", st.Size()>>20, maxDataFile>>20))
		return nil, probs
	}
	data, err := os.ReadFile(abs)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, nil // removed since the look above
		}
		probs.Add(diag.Errorf(rel, 0, 0, "cannot read: %v (check the file's permissions)", err))
		return nil, probs
	}
	if data == nil {
		data = []byte{}
	}
	return data, probs
}
