package search

import (
	"bytes"
	"errors"
	"sync"
	"testing"

	"timeline/internal/timeline"
	"timeline/internal/timeline/timelinetest"
)

// memOutput is a store.Output in memory, as serve's: the files of the
// build before, and those of this build, kept or made.
type memOutput struct {
	mu     sync.Mutex
	before map[string]memFile
	files  map[string]memFile
	order  []string // the paths of this build's files, kept or made, in order
	made   int      // files made (Put)
	fail   int      // Put fails from the fail-th file on; 0 for never
}

// memFile is a file of a memOutput, with the key it was made from.
type memFile struct {
	key  uint64
	data []byte
}

func newOutput() *memOutput { return &memOutput{files: map[string]memFile{}} }

// next returns the output of the build after o's, which starts from o's
// files.
func (o *memOutput) next() *memOutput {
	return &memOutput{before: o.files, files: map[string]memFile{}}
}

func (o *memOutput) Keeps() bool { return true }

func (o *memOutput) Before(string) ([]byte, uint64) { return nil, 0 }

func (o *memOutput) Has(path string, key uint64) bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	f, ok := o.before[path]
	if !ok || key == 0 || f.key != key {
		return false
	}
	o.files[path] = f
	o.order = append(o.order, path)
	return true
}

var errFull = errors.New("output full")

func (o *memOutput) Put(path string, key uint64, parts ...[]byte) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.fail > 0 && o.made+1 >= o.fail {
		return errFull
	}
	data := bytes.Join(parts, nil)
	if len(parts) == 1 {
		data = parts[0] // kept as given, as serve's output keeps them
	}
	o.files[path] = memFile{key, data}
	o.order = append(o.order, path)
	o.made++
	return nil
}

// data returns the files' bytes by path.
func (o *memOutput) data() map[string][]byte {
	m := make(map[string][]byte, len(o.files))
	for p, f := range o.files {
		m[p] = f.data
	}
	return m
}

// loadTimeline reads the site in dir into its timeline, and returns it
// with the site's language.
func loadTimeline(t testing.TB, dir string) (*timeline.Timeline, string) {
	t.Helper()
	cfg, tl := timelinetest.Load(t, dir)
	return tl, cfg.Language
}
