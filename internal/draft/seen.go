package draft

import (
	"errors"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"unicode"

	"github.com/zeebo/xxh3"

	"timeline/internal/content"
	"timeline/internal/diag"
	"timeline/internal/fold"
)

// ErrDuplicate is the error of a problem that refuses an article already
// in content/: its page's address is an article's there.
var ErrDuplicate = errors.New("already in content/")

// Index is what the articles of a site say, read once per import run:
// the address of each one's page, and a sketch of its text for finding an
// article whose text is nearly the same.
type Index struct {
	opt      content.Options
	site     string
	pages    map[string]string // the page's key (see pageKey) → the article's path
	sketches []sketch
}

// sketch is the bottom-k sketch of an article's text: the smallest
// hashes of its runs of shingleWords words, sorted.
type sketch struct {
	path string
	mins []uint64
}

// The near-duplicate test: runs of shingleWords words, sketchSize hashes a
// text, and the share of runs two texts have in common above which
// they are the same article.
const (
	shingleWords = 5
	sketchSize   = 128
	nearlySame   = 0.8
	// candidate is the estimate from two sketches above which the texts
	// are compared run by run: with 128 hashes the estimate of a share
	// of 0.8 is off by more than 0.2 about once in 10^8.
	candidate = 0.6
)

// NewIndex reads the articles of site's content/ folder and keeps their
// pages and text sketches. Articles that do not read (the build reports
// them) are left out.
func NewIndex(site string) (*Index, *diag.Problem) {
	lang, err := siteLanguage(site)
	if err != nil {
		return nil, err
	}
	x := &Index{opt: content.Options{Language: lang}, site: site, pages: map[string]string{}}
	arts, _ := content.Load(site, x.opt)
	for _, a := range arts {
		x.Add(a)
	}
	return x, nil
}

// Add adds an article to the index: one written in this run.
func (x *Index) Add(a *content.Article) {
	if k := pageKey(a.URL); k != "" {
		if _, seen := x.pages[k]; !seen {
			x.pages[k] = a.Path
		}
	}
	runs := shingles(a)
	x.sketches = append(x.sketches, sketch{path: a.Path, mins: runs[:min(len(runs), sketchSize)]})
}

// SamePage returns the path of the article whose url is the page of
// address, "" when there is none.
func (x *Index) SamePage(address string) string {
	if x == nil {
		return ""
	}
	if k := pageKey(address); k != "" {
		return x.pages[k]
	}
	return ""
}

// Similar returns the article of the index whose text is nearly a's,
// and the share of their runs of words in common; "" when none is.
func (x *Index) Similar(a *content.Article) (path string, share float64) {
	if x == nil {
		return "", 0
	}
	runs := shingles(a)
	if len(runs) == 0 {
		return "", 0
	}
	mins := runs[:min(len(runs), sketchSize)]
	for _, s := range x.sketches {
		if s.path == a.Path || estimate(mins, s.mins) < candidate {
			continue
		}
		// The estimate picks the candidates; the runs themselves decide.
		other, _ := content.Read(content.File{Path: s.path, Abs: x.abs(s.path)}, x.opt)
		if other == nil {
			continue
		}
		if j := jaccard(runs, shingles(other)); j >= nearlySame && j > share {
			path, share = s.path, j
		}
	}
	return path, share
}

func (x *Index) abs(rel string) string { return filepath.Join(x.site, filepath.FromSlash(rel)) }

// trackers are query parameters that say how a reader came to a page,
// not which page it is: "?utm_source=twitter", "?xtor=RSS-3208".
var trackers = []string{"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "xtor", "at_medium", "at_campaign", "at_source", "ocid", "cmpid", "ns_source", "ns_campaign", "ns_mchannel"}

// pageKey returns what tells an article's page from others, as
// content.Article.Page does, its tracking parameters left out: "" for
// what is not an address.
func pageKey(address string) string {
	u, err := url.Parse(strings.TrimSpace(address))
	if err != nil || u.Host == "" {
		return ""
	}
	if u.RawQuery != "" {
		q := u.Query()
		for k := range q {
			if strings.HasPrefix(strings.ToLower(k), "utm_") || slices.Contains(trackers, strings.ToLower(k)) {
				q.Del(k)
			}
		}
		u.RawQuery = q.Encode()
	}
	return (&content.Article{URL: u.String()}).Page()
}

// shingles returns the hashes of the runs of shingleWords words of a's
// text (its lines that are article text), folded, sorted, each once. A
// text shorter than a run is one run.
func shingles(a *content.Article) []uint64 {
	var b []byte
	for _, l := range a.Lines {
		if l.Drop == "" {
			b = fold.Append(b, l.Text)
			b = append(b, ' ')
		}
	}
	words := strings.FieldsFunc(string(b), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) == 0 {
		return nil
	}
	n := max(1, len(words)-shingleWords+1)
	runs := make([]uint64, 0, n)
	var buf []byte
	for i := range n {
		buf = buf[:0]
		for _, w := range words[i:min(i+shingleWords, len(words))] {
			buf = append(append(buf, w...), ' ')
		}
		runs = append(runs, xxh3.Hash(buf))
	}
	slices.Sort(runs)
	return slices.Compact(runs)
}

// estimate returns the share of runs two texts have in common, from
// their sketches: of the sketchSize smallest hashes of the two together,
// the share that both have.
func estimate(a, b []uint64) float64 {
	i, j, taken, both := 0, 0, 0, 0
	for taken < sketchSize && (i < len(a) || j < len(b)) {
		switch {
		case j == len(b) || (i < len(a) && a[i] < b[j]):
			i++
		case i == len(a) || b[j] < a[i]:
			j++
		default:
			both++
			i++
			j++
		}
		taken++
	}
	if taken == 0 {
		return 0
	}
	return float64(both) / float64(taken)
}

// jaccard returns the share of runs two sorted sets have in common.
func jaccard(a, b []uint64) float64 {
	i, j, both := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case b[j] < a[i]:
			j++
		default:
			both++
			i++
			j++
		}
	}
	union := len(a) + len(b) - both
	if union == 0 {
		return 0
	}
	return float64(both) / float64(union)
}
