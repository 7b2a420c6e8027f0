// Package overlay lays a site's own folder over the built-in one, so that
// a site overrides one template, one asset or one translation file
// without copying the rest: a file the site has is read from the site's
// folder, any other from the built-ins, and a folder lists the files of
// both.
//
// It merges whole files, never their contents: a translation file the
// site gives replaces nothing of the built-in one's keys until package
// i18n reads each layer (Layers) and merges them key by key.
package overlay

import (
	"errors"
	"io"
	"io/fs"
	"slices"
	"sort"
)

// FS is a stack of file systems, the top first: the site's folder, then
// the built-in one. A name is read from the first layer that has it; a
// folder lists the entries of every layer that has it, the top's entry
// where two have one name.
type FS []fs.FS

// Layers returns the layers of fsys, the top first: those of an FS, or
// fsys alone.
func Layers(fsys fs.FS) []fs.FS {
	if o, ok := fsys.(FS); ok {
		return slices.Clone(o)
	}
	return []fs.FS{fsys}
}

// Open opens name in the first layer that has it; a folder is opened in
// every layer that has it, and lists their entries together.
func (o FS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	info, err := o.Stat(name)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return first(o, "open", name, func(l fs.FS) (fs.File, error) { return l.Open(name) })
	}
	entries, err := o.ReadDir(name)
	if err != nil {
		return nil, err
	}
	return &dir{info: info, entries: entries}, nil
}

// ReadFile reads name from the first layer that has it.
func (o FS) ReadFile(name string) ([]byte, error) {
	return first(o, "read", name, func(l fs.FS) ([]byte, error) { return fs.ReadFile(l, name) })
}

// Stat describes name as the first layer that has it does.
func (o FS) Stat(name string) (fs.FileInfo, error) {
	return first(o, "stat", name, func(l fs.FS) (fs.FileInfo, error) { return fs.Stat(l, name) })
}

// first returns what f gives for the first layer that has name: a layer
// that has not is passed over, any other error returned.
func first[T any](o FS, op, name string, f func(fs.FS) (T, error)) (T, error) {
	for _, l := range o {
		v, err := f(l)
		if !errors.Is(err, fs.ErrNotExist) {
			return v, err
		}
	}
	var zero T
	return zero, &fs.PathError{Op: op, Path: name, Err: fs.ErrNotExist}
}

// ReadDir lists the entries of folder name in every layer that has it,
// sorted by name, the top layer's where two layers have one name.
func (o FS) ReadDir(name string) ([]fs.DirEntry, error) {
	seen := map[string]bool{}
	var out []fs.DirEntry
	found := false
	for _, l := range o {
		entries, err := fs.ReadDir(l, name)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				continue
			}
			return nil, err
		}
		found = true
		for _, e := range entries {
			if !seen[e.Name()] {
				seen[e.Name()] = true
				out = append(out, e)
			}
		}
	}
	if !found {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name() < out[j].Name() })
	return out, nil
}

// dir is a folder opened in an FS: its entries, merged.
type dir struct {
	info    fs.FileInfo
	entries []fs.DirEntry
	at      int
}

func (d *dir) Stat() (fs.FileInfo, error) { return d.info, nil }
func (d *dir) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: d.info.Name(), Err: errors.New("is a directory")}
}
func (d *dir) Close() error { return nil }

// ReadDir returns the next n entries, or all that are left when n <= 0.
func (d *dir) ReadDir(n int) ([]fs.DirEntry, error) {
	left := d.entries[d.at:]
	if n <= 0 {
		d.at = len(d.entries)
		return left, nil
	}
	if len(left) == 0 {
		return nil, io.EOF
	}
	n = min(n, len(left))
	d.at += n
	return left[:n], nil
}
