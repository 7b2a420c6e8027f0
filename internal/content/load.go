package content

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"timeline/internal/diag"
)

// Dir is the folder of the site that holds the articles.
const Dir = "content"

// EventsFile is the file of Dir where the editors write events' headlines
// and summaries (read by package edits).
const EventsFile = "events.toml"

// The files of Dir where the editors extend the lists the build reads
// sentences with: the places and actors (package gazetteer) and the kinds
// of event (package kinds).
const (
	PlacesFile = "places.toml"
	ActorsFile = "actors.toml"
	KindsFile  = "kinds.toml"
)

// DataFiles are the files of Dir that are not articles: Find lists none of
// them and says nothing of them; the build reads each at every build.
var DataFiles = []string{EventsFile, PlacesFile, ActorsFile, KindsFile}

// IsDataFile reports whether rel, a path relative to the site folder with
// forward slashes, is one of DataFiles.
func IsDataFile(rel string) bool {
	name, ok := strings.CutPrefix(rel, Dir+"/")
	return ok && slices.Contains(DataFiles, name)
}

// File is one article file found in content/.
type File struct {
	Path string // relative to the site folder, with forward slashes
	Abs  string // as the file system knows it
}

// Find lists the article files under site/content, in path order. It
// follows no symbolic link (a link could lead out of the site), skips
// hidden files and editor backups (".#x.md", "x.md~", ".x.md.swp") and
// DataFiles, and reports once the files it ignores for not being Markdown.
func Find(site string) ([]File, diag.List) {
	var files []File
	var probs diag.List
	var others []string
	root := filepath.Join(site, Dir)
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(site, p)
		rel = filepath.ToSlash(rel)
		if err != nil {
			if p == root && errors.Is(err, fs.ErrNotExist) {
				return err
			}
			probs.Add(diag.Errorf(rel, 0, 0, "cannot read: %v (check the permissions)", unwrapPath(err)))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		name := d.Name()
		if p != root && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "#") || strings.HasSuffix(name, "~") || strings.HasPrefix(name, "_")) {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		switch {
		case IsDataFile(rel):
			// Whatever it is, the build that reads it says what is wrong with it.
			if d.IsDir() {
				return fs.SkipDir
			}
		case d.Type()&fs.ModeSymlink != 0:
			probs.Add(diag.Warnf(rel, 0, 0, "is a symbolic link and is not followed (copy the article into content/ instead)"))
		case d.IsDir():
		case !d.Type().IsRegular():
			probs.Add(diag.Warnf(rel, 0, 0, "is not a regular file and is skipped (an article is a plain .md file)"))
		case strings.EqualFold(filepath.Ext(name), ".md"):
			files = append(files, File{Path: rel, Abs: p})
		default:
			others = append(others, rel)
		}
		return nil
	})
	if err != nil {
		probs.Add(diag.Errorf(Dir, 0, 0, "no content folder in %s (create %s/ and put the articles in it)", site, Dir))
	}
	if len(others) > 0 {
		sort.Strings(others)
		list := others
		if len(list) > 5 {
			list = append(list[:5:5], fmt.Sprintf("and %d more", len(others)-5))
		}
		probs.Add(diag.Warnf(Dir, 0, 0, "%d files are not articles and are ignored: %s (articles end in .md)", len(others), strings.Join(list, ", ")))
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return files, probs
}

// unwrapPath drops the path a *fs.PathError repeats, the message names the file already.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Read reads and parses one article file. A binary file is skipped with a
// warning: it is no article, and a stray one must not stop the build.
func Read(f File, opt Options) (*Article, diag.List) {
	data, probs, ok := ReadFile(f)
	if !ok {
		return nil, probs
	}
	return Parse(f.Path, data, opt)
}

// ReadFile returns the bytes of an article file for Parse; ok is false,
// with the reason in probs, when the file is gone, unreadable or binary.
func ReadFile(f File) (data []byte, probs diag.List, ok bool) {
	// A stray file of gigabytes would be read whole before anything is
	// said about it: its size is enough to refuse it.
	if st, err := os.Stat(f.Abs); err == nil && st.Size() > MaxSize {
		probs.Add(diag.Errorf(f.Path, 0, 0, "is %d MB, more than an article can be (%d MB; move it out of %s/, or split it)", st.Size()>>20, MaxSize>>20, Dir))
		return nil, probs, false
	}
	data, err := os.ReadFile(f.Abs)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			probs.Add(diag.Warnf(f.Path, 0, 0, "disappeared while the site was being built (it is left out; build again)"))
		} else {
			probs.Add(diag.Errorf(f.Path, 0, 0, "cannot read: %v (check the file's permissions)", unwrapPath(err)))
		}
		return nil, probs, false
	}
	if isBinary(data) {
		probs.Add(diag.Warnf(f.Path, 0, 0, "is not text (binary data) and is skipped (articles are UTF-8 text)"))
		return nil, probs, false
	}
	return data, nil, true
}

// MaxSize is the size of the largest article file read, in bytes: far
// more than any article, and little enough that its build (about five
// times its size in memory) fits a small machine.
const MaxSize = 512 << 20

// isBinary reports whether data looks like a binary file: a NUL byte in its first 8 KB.
func isBinary(data []byte) bool {
	head := data
	if len(head) > 8<<10 {
		head = head[:8<<10]
	}
	return bytes.IndexByte(head, 0) >= 0
}

// Load finds and reads every article of the site, in parallel, and checks
// that no two share a slug. Articles come back in path order; those with
// errors are left out and their problems reported.
func Load(site string, opt Options) ([]*Article, diag.List) {
	files, probs := Find(site)
	arts, list := ReadAll(files, opt)
	return arts, append(probs, list...)
}

// ReadAll reads the files in parallel, bounded by GOMAXPROCS, and checks
// that no two articles share a slug.
func ReadAll(files []File, opt Options) ([]*Article, diag.List) {
	arts := make([]*Article, len(files))
	lists := make([]diag.List, len(files))
	var wg sync.WaitGroup
	work := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				arts[i], lists[i] = Read(files[i], opt)
			}
		}()
	}
	for i := range files {
		work <- i
	}
	close(work)
	wg.Wait()
	var probs diag.List
	for _, l := range lists {
		probs = append(probs, l...)
	}
	out := make([]*Article, 0, len(arts))
	for _, a := range arts {
		if a != nil {
			out = append(out, a)
		}
	}
	return CheckSlugs(out, probs)
}

// CheckSlugs reports articles that share a slug and drops all but the first.
func CheckSlugs(arts []*Article, probs diag.List) ([]*Article, diag.List) {
	first := map[string]string{}
	out := arts[:0]
	for _, a := range arts {
		if other, dup := first[a.Slug]; dup {
			probs.Add(diag.Errorf(a.Path, a.SlugAt, 0, "slug %q is already used by %s (rename this file or set slug = \"…\" to another value)", a.Slug, other))
			continue
		}
		first[a.Slug] = a.Path
		out = append(out, a)
	}
	return out, probs
}

// Page returns what tells the page an article was saved from apart from
// others: its url without the scheme, "www.", a trailing slash or the
// fragment; "" without a url. Two files of one page count once.
func (a *Article) Page() string {
	u, err := url.Parse(strings.TrimSpace(a.URL))
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Host), "www.") + strings.TrimSuffix(u.EscapedPath(), "/") + "?" + u.RawQuery
}

// SameURLs reports, with report (diag.Warnf or diag.Errorf), each article
// saved from the page of an article before it (see Page): the timeline
// counts the two as one article.
func SameURLs(arts []*Article, report func(file string, line, col int, format string, args ...any) *diag.Problem) diag.List {
	var probs diag.List
	first := map[string]*Article{}
	for _, a := range arts {
		p := a.Page()
		if p == "" {
			continue
		}
		other, dup := first[p]
		if !dup {
			first[p] = a
			continue
		}
		probs.Add(report(a.Path, a.URLAt, 0, "url: the same page as %s:%d, saved twice: the two count as one article (remove one of the two files)", other.Path, other.URLAt))
	}
	return probs
}
