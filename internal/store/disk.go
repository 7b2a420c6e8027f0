package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"sync"
	"time"
)

// The store on disk is a folder of files, shards of its tables: a table's
// values are spread by key over shards files, so that a rebuild that
// changes a few values rewrites a few files. Each file is
//
//	magic | format (uint32) | program (32 bytes) | length (uint64) | CRC-32C of payload (uint32) | payload
//
// and its payload, for each value, its key (8 bytes, little-endian), the
// length of its bytes (a uvarint) and its bytes, as the table's Encode
// wrote them. A file written by another format or another program (any
// change to the code may change what the stages make), truncated or
// damaged is not used: what it held is made again, and the next Save
// replaces it. The checksum is there for damage, not for tampering:
// CRC-32C, which the processor computes.
const (
	magic  = "timeline-cache\n"
	format = 5
	head   = len(magic) + 4 + 32 + 8 + 4 // the bytes before the payload
	shards = 16
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// shardOf returns the shard of key: its high bits, which a hash spreads.
func shardOf(key uint64) int { return int(key >> 60) }

// fileName names shard i of a table.
func fileName(table string, i int) string { return fmt.Sprintf("%s-%02d.bin", table, i) }

var filePattern = regexp.MustCompile(`^([a-z][a-z0-9-]*)-([0-9]{2})\.bin$`)

// codec writes a table's values, in the store's terms.
type codec func(v any) []byte

func codecOf[T any](t *Table[T]) codec {
	return func(v any) []byte { return t.Encode(v.(T)) }
}

var (
	programOnce sync.Once
	programSum  [32]byte
	programErr  error
)

// program returns the SHA-256 of the running program: a store written by
// another build of timeline is not trusted, since any change to the code
// may change what a stage makes of the same input.
func program() ([32]byte, error) {
	programOnce.Do(func() {
		exe, err := os.Executable()
		if err != nil {
			programErr = err
			return
		}
		f, err := os.Open(exe)
		if err != nil {
			programErr = err
			return
		}
		defer f.Close()
		h := sha256.New()
		if _, err := io.Copy(h, f); err != nil {
			programErr = err
			return
		}
		h.Sum(programSum[:0])
	})
	return programSum, programErr
}

// Open returns the store kept in the folder dir (a site's
// .timeline-cache/), or an empty one when there is none. It never fails:
// the files it cannot use are left out, with a note saying why (see
// Notes), and a folder it cannot use at all gives a store that Save
// does not write. It removes the temporary files a killed build left
// there more than an hour ago.
func Open(dir string) *Store {
	s := New()
	s.dir, s.memory = dir, false
	switch st, err := os.Lstat(dir); {
	case errors.Is(err, fs.ErrNotExist):
		return s
	case err != nil:
		s.fail(fmt.Sprintf("cache: not used: %v", err))
		return s
	case !st.IsDir():
		s.fail(fmt.Sprintf("cache: not used: %s is not a folder (remove it)", dir))
		return s
	}
	code, err := program()
	if err != nil {
		s.fail(fmt.Sprintf("cache: not used: cannot identify the program: %v", err))
		return s
	}
	removeStale(dir, time.Now())
	removeOld(dir)
	entries, _ := os.ReadDir(dir)
	type file struct {
		table string
		shard int
	}
	var files []file
	for _, e := range entries {
		if m := filePattern.FindStringSubmatch(e.Name()); m != nil && e.Type().IsRegular() {
			i, _ := strconv.Atoi(m[2])
			if i < shards {
				files = append(files, file{m[1], i})
			}
		}
	}
	read := make([]map[uint64][]byte, len(files))
	notes := make([]string, len(files))
	parallel(len(files), func(i int) {
		read[i], notes[i] = readShard(filepath.Join(dir, fileName(files[i].table, files[i].shard)), code)
	})
	seen := map[string]bool{}
	for i, f := range files {
		t, ok := s.tables[f.table]
		if !ok {
			t = &table{cur: map[uint64]*entry{}}
			s.tables[f.table] = t
		}
		if notes[i] != "" {
			t.dirty[f.shard] = true // written again
			if !seen[notes[i]] {
				seen[notes[i]] = true
				s.notes = append(s.notes, notes[i])
			}
			continue
		}
		for k, b := range read[i] {
			if shardOf(k) == f.shard {
				t.cur[k] = &entry{b: b, shard: f.shard}
			}
		}
	}
	sort.Strings(s.notes)
	return s
}

// fail makes s a store in memory that says why.
func (s *Store) fail(note string) {
	s.notes = append(s.notes, note)
	s.dir = ""
}

// readShard reads the values of one file. It returns a note saying why
// when it cannot; "" when it read them.
func readShard(path string, code [32]byte) (map[uint64][]byte, string) {
	data, err := os.ReadFile(path)
	name := filepath.Base(path)
	if err != nil {
		return nil, fmt.Sprintf("cache: %s not used: %v", name, err)
	}
	switch {
	case len(data) < head || string(data[:len(magic)]) != magic:
		return nil, fmt.Sprintf("cache: %s is not a timeline cache file: rebuilt", name)
	case binary.LittleEndian.Uint32(data[len(magic):]) != format:
		return nil, "cache: written by another version of timeline: rebuilt"
	case !bytes.Equal(data[len(magic)+4:len(magic)+36], code[:]):
		return nil, "cache: written by another build of timeline: rebuilt"
	}
	n := binary.LittleEndian.Uint64(data[len(magic)+36:])
	payload := data[head:]
	if uint64(len(payload)) != n {
		return nil, fmt.Sprintf("cache: %s is truncated: rebuilt", name)
	}
	if crc32.Checksum(payload, castagnoli) != binary.LittleEndian.Uint32(data[len(magic)+44:]) {
		return nil, fmt.Sprintf("cache: %s is damaged (checksum mismatch): rebuilt", name)
	}
	out := map[uint64][]byte{}
	for b := payload; len(b) > 0; {
		if len(b) < 8 {
			return nil, fmt.Sprintf("cache: %s cannot be decoded (a value cut short): rebuilt", name)
		}
		key := binary.LittleEndian.Uint64(b)
		size, k := binary.Uvarint(b[8:])
		if k <= 0 || size > uint64(len(b)-8-k) {
			return nil, fmt.Sprintf("cache: %s cannot be decoded (a value cut short): rebuilt", name)
		}
		b = b[8+k:]
		out[key] = b[:size:size]
		b = b[size:]
	}
	return out, ""
}

// pending is the shards of a table written ahead of Save (see Prepare).
type pending struct {
	done chan struct{}
	tmp  map[int]string // shard → its new file, under a temporary name until Save
}

// Prepare starts writing the shards of the named table that changed,
// under temporary names that Save puts in place: a stage whose values are
// all made (the articles, once the timeline is) has them encoded while
// the build goes on, not after it. One goroutine does it, a shard at a
// time. A value put after Prepare is written by Save.
func (s *Store) Prepare(name string) {
	if s == nil || s.dir == "" {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	t := s.tables[name]
	if t == nil || t.codec == nil || s.prepared[name] != nil {
		return
	}
	code, err := program()
	if err != nil || os.MkdirAll(s.dir, 0o755) != nil {
		return
	}
	t.settle()
	var todo []int
	var vals [][]keyed
	for i := range shards {
		if t.dirty[i] {
			todo = append(todo, i)
			vals = append(vals, t.values(i))
			t.dirty[i] = false
		}
	}
	p := &pending{done: make(chan struct{}), tmp: map[int]string{}}
	if s.prepared == nil {
		s.prepared = map[string]*pending{}
	}
	s.prepared[name] = p
	enc, dir := t.codec, s.dir
	go func() {
		defer close(p.done)
		for k, i := range todo {
			if tmp, err := writeTemp(filepath.Join(dir, fileName(name, i)), code, encode(vals[k], enc)); err == nil {
				p.tmp[i] = tmp
			} else {
				s.mu.Lock()
				t.dirty[i] = true // Save writes it again, and says why if it fails
				s.mu.Unlock()
			}
		}
	}()
}

// keyed is a value with its key, as a shard holds it.
type keyed struct {
	key uint64
	e   *entry
}

// settle marks dirty the shards of the values the build did not use,
// which Save leaves out.
func (t *table) settle() {
	if t.linger {
		return
	}
	for k, e := range t.old {
		if _, ok := t.cur[k]; !ok {
			t.dirty[e.shard] = true
		}
	}
}

// values returns the values of shard i that the build used, by key.
func (t *table) values(i int) []keyed {
	var out []keyed
	for k, e := range t.cur {
		if e.shard == i {
			out = append(out, keyed{k, e})
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].key < out[b].key })
	return out
}

// encode writes a shard's payload.
func encode(vals []keyed, enc codec) []byte {
	var b []byte
	for _, kv := range vals {
		v := kv.e.b
		if kv.e.has {
			v = enc(kv.e.v)
		}
		b = binary.LittleEndian.AppendUint64(b, kv.key)
		b = binary.AppendUvarint(b, uint64(len(v)))
		b = append(b, v...)
	}
	return b
}

// Save writes the shards that changed since they were read, of the
// tables kept on disk, each file replaced at once; those Prepare wrote
// are put in place. A store in memory saves nothing.
func (s *Store) Save() error {
	if s == nil {
		return nil
	}
	s.mu.Lock()
	prepared := s.prepared
	s.prepared = nil
	s.mu.Unlock()
	var placed []func() error
	for name, p := range prepared {
		<-p.done
		for i, tmp := range p.tmp {
			path := filepath.Join(s.dir, fileName(name, i))
			placed = append(placed, func() error { return place(tmp, path) })
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.dir == "" {
		return nil
	}
	code, err := program()
	if err != nil {
		return fmt.Errorf("cache: cannot identify the program: %w", err)
	}
	todo := placed
	for name, t := range s.tables {
		if t.codec == nil {
			continue
		}
		t.settle()
		for i := range shards {
			if !t.dirty[i] {
				continue
			}
			t.dirty[i] = false
			vals, enc, path := t.values(i), t.codec, filepath.Join(s.dir, fileName(name, i))
			todo = append(todo, func() error {
				tmp, err := writeTemp(path, code, encode(vals, enc))
				if err != nil {
					return err
				}
				return place(tmp, path)
			})
		}
	}
	if len(todo) == 0 {
		return nil
	}
	if err := os.MkdirAll(s.dir, 0o755); err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	errs := make([]error, len(todo))
	parallel(len(todo), func(i int) { errs[i] = todo[i]() })
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	return nil
}

// place renames the file tmp, written by writeTemp, to path.
func place(tmp, path string) error {
	err := os.Rename(tmp, path)
	if err != nil {
		os.Remove(tmp)
	}
	return err
}

// writeTemp writes payload as a store file beside path, under a
// temporary name that it returns.
func writeTemp(path string, code [32]byte, payload []byte) (string, error) {
	hd := make([]byte, head)
	copy(hd, magic)
	binary.LittleEndian.PutUint32(hd[len(magic):], format)
	copy(hd[len(magic)+4:], code[:])
	binary.LittleEndian.PutUint64(hd[len(magic)+36:], uint64(len(payload)))
	binary.LittleEndian.PutUint32(hd[len(magic)+44:], crc32.Checksum(payload, castagnoli))
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-")
	if err != nil {
		return "", err
	}
	_, err = tmp.Write(hd)
	if err == nil {
		_, err = tmp.Write(payload)
	}
	if err == nil {
		err = tmp.Chmod(0o644)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp.Name())
		return "", err
	}
	return tmp.Name(), nil
}

// staleAfter is how old a temporary file must be for Open to remove it:
// a build writes shards ahead of Save (Prepare) seconds before it puts
// them in place, so a younger one may be another build's.
const staleAfter = time.Hour

// removeStale removes the temporary files a killed build (SIGKILL, power
// loss) left in dir, made before now-staleAfter.
func removeStale(dir string, now time.Time) {
	tmps, _ := filepath.Glob(filepath.Join(dir, ".*.tmp-*"))
	for _, t := range tmps {
		if st, err := os.Lstat(t); err == nil && st.Mode().IsRegular() && now.Sub(st.ModTime()) >= staleAfter {
			os.Remove(t)
		}
	}
}

// oldFiles names the files of the cache before the store (gob files, up
// to 2026-12-07), which no build reads any more.
var oldFiles = regexp.MustCompile(`^(articles-[0-9]{2}|files|search|rows)\.gob$`)

// removeOld removes the files of the cache before the store from dir.
func removeOld(dir string) {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if oldFiles.MatchString(e.Name()) && e.Type().IsRegular() {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// parallel calls f(0) … f(n-1) on GOMAXPROCS goroutines.
func parallel(n int, f func(i int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}
