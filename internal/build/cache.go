package build

import (
	"path/filepath"
	"sync"

	"timeline/internal/store"
)

// Cache is what builds keep for the next one: the stages' store (what
// they made, by the key of what it is made of: each article's reading and
// extraction, the listings' rows, the search index's state, the data
// files' pieces) and, for the build itself, the site's files as the last
// build made them.
//
// A cache from NewCache lives in memory and keeps the files' bytes
// (serve); one from LoadCache is read from .timeline-cache/ in the site
// folder and finds the files in the previous output folder (build). A
// Cache serves one build at a time.
type Cache struct {
	mu     sync.Mutex
	store  *store.Store
	memory bool // files keep their bytes; else they are in the output folder
	// files are the site's files as the last build made them, in memory;
	// on disk they are in the store (see outputFiles).
	files   map[string]*fileEntry
	listing *listing       // the article files the last build read, in memory (see findArticles)
	notes   []string       // what was found wrong with the cache on disk
	pending *pendingOutput // the files a build on disk is putting in its output folder
}

// CacheDir is the folder of the site where builds keep their cache.
const CacheDir = ".timeline-cache"

// NewCache returns an empty cache kept in memory, with the site's files.
func NewCache() *Cache {
	return &Cache{store: store.New(), memory: true}
}

// LoadCache reads the cache a previous build left in the site's
// .timeline-cache/ folder. It never fails: a missing cache is empty, and
// the parts of a stale or damaged one are left out, with a note saying why.
func LoadCache(site string) *Cache {
	c := &Cache{store: store.Open(filepath.Join(site, CacheDir))}
	c.notes = c.store.Notes()
	return c
}

// WarmCache returns a cache kept in memory that starts from the articles
// of the cache on disk (LoadCache), for serve and check: they read again
// only the articles that changed since the last build.
func WarmCache(site string) *Cache {
	c := LoadCache(site)
	c.memory = true
	c.store.Live()
	return c
}

// Save writes what changed in the cache since it was loaded to the
// site's .timeline-cache/ folder, each file replaced at once. A cache
// from NewCache has no folder, and saves nothing.
func (c *Cache) Save() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.store.Save()
}

// outputFiles are the files of the output folders builds on disk wrote, by
// the hash of the folder's absolute path: a build into another folder
// finds none, and writes every file.
var outputFiles = &store.Table[map[string]*fileEntry]{Name: "output", Encode: encodeFiles, Decode: decodeFiles}

// encodeFiles writes the entries of an output folder's files.
func encodeFiles(files map[string]*fileEntry) []byte {
	var w store.Writer
	w.Uint(uint64(len(files)))
	for p, e := range files {
		w.String(p)
		w.Word(e.Key)
		w.Word(uint64(e.Size))
		w.Word(uint64(e.ModTime))
		for _, b := range e.Sum {
			w.Uint(uint64(b))
		}
	}
	return w.Bytes()
}

// decodeFiles reads what encodeFiles wrote.
func decodeFiles(b []byte) (map[string]*fileEntry, error) {
	r := store.NewReader(b)
	n := r.Len()
	files := make(map[string]*fileEntry, n)
	for range n {
		p := r.String()
		e := &fileEntry{Key: r.Word(), Size: int64(r.Word()), ModTime: int64(r.Word())}
		for i := range e.Sum {
			e.Sum[i] = byte(r.Uint())
		}
		files[p] = e
	}
	return files, r.Done()
}

// outputKey is the key of the files of the output folder out in outputFiles.
func outputKey(out string) uint64 {
	abs, err := filepath.Abs(out)
	if err != nil {
		abs = out
	}
	return store.Texts("output", abs)
}
