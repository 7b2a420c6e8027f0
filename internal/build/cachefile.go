package build

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	"timeline/internal/diag"
	"timeline/internal/render"
	"timeline/internal/store"
)

// The cache on disk is a few files in .timeline-cache/: the articles in
// shardCount shards, and the files of the site. Each file is
//
//	magic | format (uint32) | program (32 bytes) | length (uint64) | CRC-32C of payload (uint32) | payload (gob)
//
// A file written by another format or another program (any change to the
// code, the tagger's included), truncated or damaged is not used: what it
// held is rebuilt, and the next save replaces it. The checksum is there
// for damage, not for tampering: CRC-32C, which the processor computes,
// where SHA-256 of the 70 MB of a 10,000-article cache cost 70 ms of
// every rebuild.
const (
	cacheMagic  = "timeline-cache\n"
	cacheFormat = 4
	cacheHead   = len(cacheMagic) + 4 + 32 + 8 + 4 // the bytes before the payload
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

var (
	codeOnce sync.Once
	codeSum  [32]byte
	codeErr  error
)

// codeKey returns the SHA-256 of the running program: a cache written by
// another build of timeline is not trusted, since any change to the code
// may change what it extracts or renders.
func codeKey() ([32]byte, error) {
	codeOnce.Do(func() {
		exe, err := os.Executable()
		if err != nil {
			codeErr = err
			return
		}
		f, err := os.Open(exe)
		if err != nil {
			codeErr = err
			return
		}
		defer f.Close()
		h := sha256.New()
		if _, err := io.Copy(h, f); err != nil {
			codeErr = err
			return
		}
		h.Sum(codeSum[:0])
	})
	return codeSum, codeErr
}

func shardName(i int) string { return fmt.Sprintf("articles-%02d.gob", i) }

const (
	filesName = "files.gob"
	indexName = "search.gob" // the search index's state (render.SearchState)
	rowsName  = "rows.gob"   // the listings' rows (render.Fragments)
)

// filesPayload is what files.gob holds.
type filesPayload struct {
	Out   string
	Files map[string]*cachedFile
}

// LoadCache reads the cache a previous build left in the site's
// .timeline-cache/ folder. It never fails: a missing cache is empty, and
// the parts of a stale or damaged one are left out, with a note saying why.
func LoadCache(site string) *Cache {
	c := NewCache()
	c.memory = false
	c.store = store.Open(filepath.Join(site, CacheDir))
	c.notes = append(c.notes, c.store.Notes()...)
	dir, err := cacheDir(site)
	if err != nil {
		return c
	}
	code, err := codeKey()
	if err != nil {
		c.notes = append(c.notes, fmt.Sprintf("cache: not used: cannot identify the program: %v", err))
		return c
	}
	shards := make([]map[string]*cachedArticle, shardCount)
	notes := make([]string, shardCount+3)
	parallel(shardCount+3, func(i int) {
		if i == shardCount+2 {
			var rows map[uint64]string
			if notes[i] = readCacheFile(filepath.Join(dir, rowsName), code, &rows); notes[i] == "" && rows != nil {
				c.frags = render.FragmentsFrom(rows)
			}
			return
		}
		if i == shardCount+1 {
			var st render.SearchState
			if notes[i] = readCacheFile(filepath.Join(dir, indexName), code, &st); notes[i] == "" {
				c.index = &st
			}
			return
		}
		if i == shardCount {
			var p filesPayload
			if notes[i] = readCacheFile(filepath.Join(dir, filesName), code, &p); notes[i] == "" && p.Files != nil {
				c.files, c.out = p.Files, p.Out
			}
			return
		}
		shards[i], notes[i] = readShard(filepath.Join(dir, shardName(i)), code)
	})
	for i, m := range shards {
		if notes[i] != "" {
			c.shards[i] = true // rewrite it
		}
		for p, a := range m {
			if shardOf(p) == i {
				c.articles[p] = a
			}
		}
	}
	if notes[shardCount] != "" {
		c.pagesNew = true
	}
	seen := map[string]bool{}
	for _, n := range notes {
		if n != "" && !seen[n] {
			seen[n] = true
			c.notes = append(c.notes, n)
		}
	}
	return c
}

// cacheDir returns the site's cache folder, refusing one that is a
// symbolic link: the cache is written only inside the site.
func cacheDir(site string) (string, error) {
	dir := filepath.Join(site, CacheDir)
	st, err := os.Lstat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return dir, nil
	case err != nil:
		return "", fmt.Errorf("cache: not used: %w", err)
	case !st.IsDir():
		return "", fmt.Errorf("cache: not used: %s is not a folder (remove it)", dir)
	}
	return dir, nil
}

// readCacheFile decodes one cache file into v. It returns "" when the file
// was used or does not exist, else why it was not used.
func readCacheFile(path string, code [32]byte, v any) string {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return ""
	}
	name := filepath.Base(path)
	if err != nil {
		return fmt.Sprintf("cache: %s not used: %v", name, err)
	}
	switch {
	case len(data) < cacheHead || string(data[:len(cacheMagic)]) != cacheMagic:
		return fmt.Sprintf("cache: %s is not a timeline cache file: rebuilt", name)
	case binary.LittleEndian.Uint32(data[len(cacheMagic):]) != cacheFormat:
		return "cache: written by another version of timeline: rebuilt"
	case !bytes.Equal(data[len(cacheMagic)+4:len(cacheMagic)+36], code[:]):
		return "cache: written by another build of timeline: rebuilt"
	}
	n := binary.LittleEndian.Uint64(data[len(cacheMagic)+36:])
	payload := data[cacheHead:]
	if uint64(len(payload)) != n {
		return fmt.Sprintf("cache: %s is truncated: rebuilt", name)
	}
	if crc32.Checksum(payload, castagnoli) != binary.LittleEndian.Uint32(data[len(cacheMagic)+44:]) {
		return fmt.Sprintf("cache: %s is damaged (checksum mismatch): rebuilt", name)
	}
	if err := gob.NewDecoder(bytes.NewReader(payload)).Decode(v); err != nil {
		return fmt.Sprintf("cache: %s cannot be decoded (%v): rebuilt", name, err)
	}
	return ""
}

// readShard reads a shard of articles, as readCacheFile reads a file.
func readShard(path string, code [32]byte) (map[string]*cachedArticle, string) {
	var w shardWire
	if note := readCacheFile(path, code, &w); note != "" {
		return nil, note
	}
	m, err := w.unpack()
	if err != nil {
		return nil, fmt.Sprintf("cache: %s cannot be decoded (%v): rebuilt", filepath.Base(path), err)
	}
	return m, ""
}

// Save writes the parts of the cache that changed since it was loaded to
// the site's .timeline-cache/ folder. Each file is replaced atomically.
// A cache kept in memory saves its articles only.
func (c *Cache) Save(site string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	// The shards written while the pages rendered (writeShardsEarly) are
	// put in place below; the others are written now.
	var early map[int]string
	if e := c.early; e != nil {
		<-e.done
		c.early, early = nil, e.tmp
	}
	defer func() {
		for _, tmp := range early {
			os.Remove(tmp) // not put in place: not left behind
		}
	}()
	dir, err := cacheDir(site)
	if err != nil {
		return err
	}
	code, err := codeKey()
	if err != nil {
		return fmt.Errorf("cache: cannot identify the program: %w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	var todo []func() error
	for i := range shardCount {
		if !c.shards[i] {
			continue
		}
		path := filepath.Join(dir, shardName(i))
		if tmp, ok := early[i]; ok {
			delete(early, i)
			todo = append(todo, func() error { return placeCacheFile(tmp, path) })
			continue
		}
		m := c.shard(i)
		todo = append(todo, func() error {
			tmp, err := writeShardTemp(path, code, m)
			if err != nil {
				return err
			}
			return placeCacheFile(tmp, path)
		})
	}
	if c.pagesNew && !c.memory {
		p := filesPayload{Out: c.out, Files: c.files}
		todo = append(todo, func() error { return writeCacheFile(filepath.Join(dir, filesName), code, p) })
	}
	if c.indexNew && !c.memory && c.index != nil {
		st := c.index
		todo = append(todo, func() error { return writeCacheFile(filepath.Join(dir, indexName), code, st) })
	}
	if c.pagesNew && !c.memory && c.frags != nil {
		rows := c.frags.Rows()
		todo = append(todo, func() error { return writeCacheFile(filepath.Join(dir, rowsName), code, rows) })
	}
	errs := make([]error, len(todo))
	parallel(len(todo), func(i int) { errs[i] = todo[i]() })
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	c.shards = [shardCount]bool{}
	c.pagesNew, c.indexNew = false, false
	return c.store.Save()
}

// shard returns the articles of shard i.
func (c *Cache) shard(i int) map[string]*cachedArticle {
	m := map[string]*cachedArticle{}
	for p, a := range c.articles {
		if shardOf(p) == i {
			m[p] = a
		}
	}
	return m
}

// earlyShards is the article shards a build writes while its pages render.
type earlyShards struct {
	done chan struct{}  // closed when all are written
	tmp  map[int]string // shard → its new file, under a temporary name until Save
}

// writeShardsEarly starts writing the changed article shards of the cache
// of site, under temporary names that Save puts in place. The articles do
// not change once read and the timeline made, and rendering only reads
// them; encoding them then, while the pages render, takes the 0.2 CPU-s a
// cold build of 10,000 articles spends on them (0.7 before shardWire) off
// the end of the build, where they came after the whole site was written.
// One goroutine does it, a shard at a time, beside the rendering's
// workers: it holds one encoded shard (2 MB) at most, and the site's
// last stage no longer waits for it (0.82 → 0.31–0.40 s on a disk). A shard it fails to write is written again by Save, which then
// says why if it fails again.
func (c *Cache) writeShardsEarly(site string) {
	if c.memory || c.early != nil {
		return
	}
	dir, err := cacheDir(site)
	if err != nil {
		return
	}
	code, err := codeKey()
	if err != nil || os.MkdirAll(dir, 0o755) != nil {
		return
	}
	var todo []int
	for i := range shardCount {
		if c.shards[i] {
			todo = append(todo, i)
		}
	}
	shards := make([]map[string]*cachedArticle, len(todo))
	for k, i := range todo {
		shards[k] = c.shard(i)
	}
	e := &earlyShards{done: make(chan struct{}), tmp: map[int]string{}}
	c.early = e
	go func() {
		defer close(e.done)
		for k, i := range todo {
			if tmp, err := writeShardTemp(filepath.Join(dir, shardName(i)), code, shards[k]); err == nil {
				e.tmp[i] = tmp
			}
		}
	}()
}

// removeStaleCache removes the cache files a killed build (SIGKILL, power
// loss) left under their temporary names in the cache of site, made
// before now-staleAfter: a build writes its article shards while its
// pages render, seconds before Save puts them in place, so a younger one
// may be another build's.
func removeStaleCache(site string, now time.Time) {
	dir, err := cacheDir(site)
	if err != nil {
		return
	}
	tmps, _ := filepath.Glob(filepath.Join(dir, ".*.tmp-*"))
	for _, t := range tmps {
		if st, err := os.Lstat(t); err == nil && st.Mode().IsRegular() && now.Sub(st.ModTime()) >= staleAfter {
			os.Remove(t)
		}
	}
}

// writeCacheFile writes v as the cache file path.
func writeCacheFile(path string, code [32]byte, v any) error {
	tmp, err := writeCacheTemp(path, code, v)
	if err != nil {
		return err
	}
	return placeCacheFile(tmp, path)
}

// writeShardTemp writes the articles m as the shard file path, under a
// temporary name that it returns (see writeCacheTemp).
func writeShardTemp(path string, code [32]byte, m map[string]*cachedArticle) (string, error) {
	w, err := packShard(m)
	if err != nil {
		return "", err
	}
	return writeCacheTemp(path, code, w)
}

// placeCacheFile renames the file tmp, written by writeCacheTemp, to path.
func placeCacheFile(tmp, path string) error {
	err := os.Rename(tmp, path)
	if err != nil {
		os.Remove(tmp)
	}
	return err
}

// writeCacheTemp writes v as a cache file beside path, under a temporary
// name that it returns.
func writeCacheTemp(path string, code [32]byte, v any) (string, error) {
	// The header goes before the payload in one buffer, written once it
	// is known: the payload is not copied after it.
	var b bytes.Buffer
	b.Write(make([]byte, cacheHead))
	if err := gob.NewEncoder(&b).Encode(v); err != nil {
		return "", err
	}
	data := b.Bytes()
	payload := data[cacheHead:]
	copy(data, cacheMagic)
	binary.LittleEndian.PutUint32(data[len(cacheMagic):], cacheFormat)
	copy(data[len(cacheMagic)+4:], code[:])
	binary.LittleEndian.PutUint64(data[len(cacheMagic)+36:], uint64(len(payload)))
	binary.LittleEndian.PutUint32(data[len(cacheMagic)+44:], crc32.Checksum(payload, castagnoli))
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-")
	if err != nil {
		return "", err
	}
	_, err = tmp.Write(data)
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

// plain returns copies of problems without their underlying errors, which
// the cache does not keep.
func plain(probs diag.List) []diag.Problem {
	out := make([]diag.Problem, len(probs))
	for i, p := range probs {
		out[i] = *p
		out[i].Err = nil
	}
	return out
}
