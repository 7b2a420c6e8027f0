package build

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"sort"
	"sync"

	"timeline/internal/store"
)

// File is one file of the built site.
type File struct {
	Path string // relative to the output folder, with forward slashes
	// Parts are its bytes, in parts (the data files are made of
	// thousands), when the build kept them: in memory (serve, Make). A
	// build on disk writes them into the output folder, and keeps none.
	Parts [][]byte
}

// Bytes returns the bytes of the file, its parts joined.
func (f File) Bytes() []byte {
	if len(f.Parts) == 1 {
		return f.Parts[0]
	}
	return bytes.Join(f.Parts, nil)
}

// Size returns the length of the file's bytes.
func (f File) Size() int64 {
	n := 0
	for _, p := range f.Parts {
		n += len(p)
	}
	return int64(n)
}

// fileEntry is what a build knows of a file of its site, for the next
// build: what it was made from, and how to tell it is still there.
type fileEntry struct {
	Key     uint64   // the key of what it was made from (0: unknown)
	Sum     [16]byte // store.Sum128 of its bytes (on disk): to tell a change, not to resist one
	Size    int64
	ModTime int64    // of the file in the output folder, once written (on disk)
	parts   [][]byte // its bytes (in memory)
}

// sink is the store.Output of one build: the files of the site as the
// stages make them. In memory (serve, Make) it keeps their bytes; on disk
// it writes each into the build's staging folder as it comes, and leaves
// in the output folder a file the build before made from the same key.
// A file whose bytes are those of the build before is not written again.
type sink struct {
	ctx    context.Context
	memory bool                  // keep the bytes, write nothing
	st     *staging              // on disk: where files are written as they come
	prev   map[string]*fileEntry // the files of the build before, by path
	out    string                // on disk: the output folder that holds them
	// sums: on disk, the build keeps what it wrote for the next one (a
	// cache), which tells a file unchanged by the hash of its bytes.
	sums bool

	maps    sync.Mutex
	release []func() // unmap the files Before mapped

	mu      sync.Mutex
	files   []File
	next    map[string]*fileEntry // this build's
	written map[string]bool       // paths whose bytes changed
}

func newSink(ctx context.Context, memory bool, st *staging, prev map[string]*fileEntry) *sink {
	if prev == nil {
		prev = map[string]*fileEntry{}
	}
	return &sink{ctx: ctx, memory: memory, st: st, prev: prev, next: make(map[string]*fileEntry, len(prev)), written: map[string]bool{}}
}

// Keeps reports whether the sink keeps the bytes it is given: in memory.
func (o *sink) Keeps() bool { return o.memory }

// Before returns the bytes of the file the build before left at path in
// the output folder, mapped (see mapFile) until close, and the key it was
// made from; nil in memory, or for a file that is not as it was written.
func (o *sink) Before(path string) ([]byte, uint64) {
	e := o.prev[path]
	if o.memory || o.out == "" || e == nil {
		return nil, 0
	}
	data, release, err := mapFile(filepath.Join(o.out, filepath.FromSlash(path)))
	if err != nil {
		return nil, 0
	}
	if release != nil {
		o.maps.Lock()
		o.release = append(o.release, release)
		o.maps.Unlock()
	}
	if int64(len(data)) != e.Size {
		return nil, 0
	}
	return data, e.Key
}

// close unmaps the files Before mapped: once the build's files are
// written, nothing reads them.
func (o *sink) close() {
	o.maps.Lock()
	defer o.maps.Unlock()
	for _, r := range o.release {
		r()
	}
	o.release = nil
}

// Has reports whether the build before made the file at path from key,
// and keeps it when it did.
func (o *sink) Has(path string, key uint64) bool {
	old := o.prev[path]
	if key == 0 || old == nil || old.Key != key || (o.memory && old.parts == nil) {
		return false
	}
	f := File{Path: path}
	if o.memory {
		f.Parts = old.parts
	}
	o.add(f, old, false) // an entry is not changed once made: shared
	return true
}

// Put adds the file at path, made from key: written unless its bytes are
// those of the build before.
func (o *sink) Put(path string, key uint64, parts ...[]byte) error {
	if err := o.ctx.Err(); err != nil {
		return err
	}
	e := &fileEntry{Key: key}
	for _, p := range parts {
		e.Size += int64(len(p))
	}
	old := o.prev[path]
	var same bool
	if o.memory {
		// Compared with the build before's parts, not hashed: most
		// pieces of the data files are the very slices they were, and
		// events.csv alone is tens of megabytes on a large site.
		same = old != nil && old.parts != nil && sameParts(old.parts, parts)
	} else if o.sums {
		if len(parts) == 1 {
			e.Sum = store.Sum128(parts[0])
		} else {
			e.Sum = store.Sum128Parts(parts)
		}
		same = old != nil && old.Sum == e.Sum && old.Size == e.Size
	}
	f := File{Path: path}
	switch {
	case o.memory && same:
		e.parts, f.Parts = old.parts, old.parts
	case o.memory:
		e.parts, f.Parts = parts, parts
	case same:
		e.ModTime = old.ModTime // left in the output folder as it is
	default:
		if err := o.st.write(path, parts); err != nil {
			return err
		}
		f.Parts = parts
	}
	o.add(f, e, !same)
	return nil
}

func (o *sink) add(f File, e *fileEntry, written bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if !o.memory {
		f.Parts = nil // written, or left in place: let the bytes go
	}
	o.files = append(o.files, f)
	o.next[f.Path] = e
	if written {
		o.written[f.Path] = true
	}
}

// result returns the files, sorted by path, and their entries.
func (o *sink) result() ([]File, map[string]*fileEntry) {
	o.mu.Lock()
	defer o.mu.Unlock()
	sort.Slice(o.files, func(i, j int) bool { return o.files[i].Path < o.files[j].Path })
	return o.files, o.next
}

// sameParts reports whether a and b hold the same bytes cut at the same
// places. A piece kept in the store is the very slice it was, and is not
// compared byte by byte.
func sameParts(a, b [][]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if len(a[i]) != len(b[i]) {
			return false
		}
		if len(a[i]) > 0 && &a[i][0] == &b[i][0] {
			continue
		}
		if !bytes.Equal(a[i], b[i]) {
			return false
		}
	}
	return true
}

// verify drops from files those that are no longer, byte for byte, in
// the output folder out as they were written: another tool or a person
// changed them.
func verify(out string, files map[string]*fileEntry) {
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	gone := make([]bool, len(paths))
	parallel(len(paths), func(i int) {
		f := files[paths[i]]
		st, err := os.Lstat(filepath.Join(out, filepath.FromSlash(paths[i])))
		gone[i] = err != nil || !st.Mode().IsRegular() || st.Size() != f.Size || st.ModTime().UnixNano() != f.ModTime
	})
	for i, g := range gone {
		if g {
			delete(files, paths[i])
		}
	}
}

// stamp records, in the entries of the files a build wrote into out, the
// time the file system gave them.
func stamp(out string, files map[string]*fileEntry, written map[string]bool) {
	var fresh []string
	for p := range written {
		fresh = append(fresh, p)
	}
	parallel(len(fresh), func(i int) {
		e := files[fresh[i]]
		if st, err := os.Lstat(filepath.Join(out, filepath.FromSlash(fresh[i]))); err == nil {
			e.ModTime = st.ModTime().UnixNano()
		} else {
			e.Size = -1 // never matches: made again next time
		}
	})
}

// Stream starts the file at path in the output folder, for a build that
// writes every file and keeps nothing of them (no cache): the parts go to
// the file as they come. Otherwise ok is false, and the caller uses Put.
func (o *sink) Stream(path string) (store.PartWriter, bool) {
	if o.memory || o.sums || o.st == nil || o.ctx.Err() != nil {
		return nil, false
	}
	f, err := o.st.create(path)
	if err != nil {
		return &streamed{o: o, path: path, err: err}, true
	}
	return &streamed{o: o, path: path, f: f}, true
}

// streamed is a file of the output written part by part.
type streamed struct {
	o    *sink
	path string
	f    *os.File
	size int64
	err  error
}

func (s *streamed) Write(part []byte) error {
	if s.err != nil {
		return s.err
	}
	if err := s.o.ctx.Err(); err != nil {
		s.err = err
		return err
	}
	n, err := s.f.Write(part)
	s.size += int64(n)
	s.err = err
	return err
}

func (s *streamed) Close(key uint64) error {
	if s.f != nil {
		if err := s.f.Close(); s.err == nil {
			s.err = err
		}
	}
	if s.err != nil {
		return s.err
	}
	s.o.st.wrote(s.path)
	s.o.add(File{Path: s.path}, &fileEntry{Key: key, Size: s.size}, true)
	return nil
}

func (s *streamed) Abort() {
	if s.f != nil {
		s.f.Close()
	}
}
