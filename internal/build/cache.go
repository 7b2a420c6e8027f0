package build

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"sync"

	"github.com/zeebo/xxh3"

	"timeline/internal/content"
	"timeline/internal/diag"
	"timeline/internal/render"
	"timeline/internal/store"
	"timeline/internal/timeline"
)

// Cache is what a build keeps so that the next one redoes only what
// changed: for each article, its facts, dates and warnings, keyed by a
// hash of the file's bytes and the extraction settings; for each file of
// the site, the keys of the page it was rendered from and the hash of its
// bytes.
//
// A cache from NewCache lives in memory and keeps the files' bytes (serve);
// one from LoadCache is read from .timeline-cache/ in the site folder and
// finds the files in the previous output folder (build). A Cache serves
// one build at a time.
type Cache struct {
	mu       sync.Mutex
	articles map[string]*cachedArticle // by file path, content/x.md
	files    map[string]*cachedFile    // by output path
	memory   bool                      // files keep their bytes; else they are in out
	out      string                    // absolute output folder the files describe (on disk)
	shards   [shardCount]bool          // article shards changed since the last save
	pagesNew bool                      // files changed since the last save
	notes    []string                  // what was found wrong with the cache on disk
	memo     *render.Memo              // the search index's state
	store    *store.Store              // what the stages keep for the next build
	listing  *listing                  // the article files the last build read, in memory (see findArticles)
	frags    *render.Fragments         // rows of the listings (rows.gob on disk)
	timeline *timeline.Timeline        // the last build's, for timeline.Rebuild
	index    *render.SearchState       // the search index of the files of out (on disk)
	indexNew bool                      // index changed since the last save
	saveAt   string                    // the site Run saves the cache of, while it builds
	early    *earlyShards              // article shards written while the pages render
}

// cachedArticle is one article as the build last read it.
type cachedArticle struct {
	Key        uint64 // articleKey of the file's bytes
	Size       int64  // the file's size and modification time when read,
	ModTime    int64  // so that an untouched file is not read again
	Stable     bool   // the file was old enough when read for a later change to show in ModTime
	Article    *content.Article
	Dropped    int // boilerplate lines
	Extraction timeline.Extraction
	Problems   []diag.Problem // the warnings reading it gave
}

// cachedFile is one file of the site as the build last made it.
type cachedFile struct {
	Deps    uint64   // the page's dependency key (render.Page.Deps), 0 for none
	Key     uint64   // the page's key (render.Site.Key), 0 for files that are not pages
	Sum     [16]byte // XXH3-128 of the bytes: to tell a change, not to resist one
	Size    int64
	ModTime int64    // of the file in the output folder (on disk)
	Data    []byte   // the bytes (in memory)
	Parts   [][]byte // or the bytes in pieces (in memory, see render.File)
}

// NewCache returns an empty cache kept in memory, with the site's files.
func NewCache() *Cache {
	return &Cache{articles: map[string]*cachedArticle{}, files: map[string]*cachedFile{}, memory: true, memo: render.NewMemo(), frags: render.NewFragments(), store: store.New()}
}

// extractVersion names the extraction's output format. The disk cache is
// also keyed by the program itself (see codeKey), so a change to the
// tagger invalidates it without anyone bumping this; bump it when the
// meaning of a cached field changes within one program.
const extractVersion = 1

// articleKey hashes what an article's reading and extraction depend on:
// its path, its bytes (front matter and body) and the extraction settings.
// XXH3, as content.Parse hashes an article's text, and for the same reason.
func articleKey(path string, data []byte, lang string) uint64 {
	h := xxh3.New()
	var b []byte
	for _, s := range []string{path, lang} {
		b = binary.LittleEndian.AppendUint64(b, uint64(len(s)))
		b = append(b, s...)
	}
	b = binary.LittleEndian.AppendUint64(b, extractVersion)
	h.Write(b)
	h.Write(data)
	return h.Sum64()
}

// shardCount is how many files the articles are kept in on disk, so that
// a rebuild after one change rewrites a small part of the cache.
const shardCount = 16

func shardOf(path string) int {
	h := fnv.New32a()
	h.Write([]byte(path))
	return int(h.Sum32() % shardCount)
}

// CacheDir is the folder of the site where builds keep their cache.
const CacheDir = ".timeline-cache"

// cacheOut returns the absolute form of the output folder a cache describes.
func cacheOut(out string) string {
	abs, err := filepath.Abs(out)
	if err != nil {
		return out
	}
	return abs
}

// verifyFiles drops the cached files that are no longer, byte for byte,
// in the output folder out: another tool or a person changed them, or the
// folder is not the one the cache describes. It returns how many it kept.
func (c *Cache) verifyFiles(out string) {
	if c.memory {
		return
	}
	abs := cacheOut(out)
	if c.out != abs {
		if len(c.files) > 0 {
			c.notes = append(c.notes, fmt.Sprintf("cache: the files were built into %s, not %s: all are written", c.out, abs))
		}
		c.files = map[string]*cachedFile{}
		c.out = abs
		c.pagesNew = true
		return
	}
	if _, err := os.Stat(filepath.Join(abs, Marker)); err != nil {
		c.files = map[string]*cachedFile{}
		c.pagesNew = true
		return
	}
	paths := make([]string, 0, len(c.files))
	for p := range c.files {
		paths = append(paths, p)
	}
	gone := make([]bool, len(paths))
	parallel(len(paths), func(i int) {
		f := c.files[paths[i]]
		st, err := os.Lstat(filepath.Join(abs, filepath.FromSlash(paths[i])))
		gone[i] = err != nil || !st.Mode().IsRegular() || st.Size() != f.Size || st.ModTime().UnixNano() != f.ModTime
	})
	for i, g := range gone {
		if g {
			delete(c.files, paths[i])
			c.pagesNew = true
		}
	}
}

// WarmCache returns a cache kept in memory that starts from the articles
// of the cache on disk (LoadCache), for serve and check: they read again
// only the articles that changed since the last build.
func WarmCache(site string) *Cache {
	c := LoadCache(site)
	c.memory = true
	c.store.Detach()
	c.files = map[string]*cachedFile{}
	c.out = ""
	return c
}
