package build

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"
)

// A rebuild after a small change writes a few files of a large site: it
// updates the output folder in place rather than making a new one of tens
// of thousands of folders and links. It keeps Publish's promise all the
// same — a build that fails leaves the folder as it was — with a journal:
//
//  1. every new file is written into a folder beside the output
//     (.public.update-*/new/), and the list of what is to change
//     (MANIFEST) written next to it; a failure or an interruption here
//     leaves the output untouched;
//  2. then, for each change, the file it replaces moves into old/ and the
//     new one takes its place: renames, which do not fail for lack of
//     space; a failure here undoes the moves done;
//  3. the journal folder, with the old files, is removed.
//
// A build that was killed during step 2 leaves its journal, which the next
// build replays backwards before anything else (recoverUpdates), so the
// output is again the one before the killed build.

const manifestName = "MANIFEST"

// updateOp is one change to the output folder: a file written (new or
// replaced) or removed.
type updateOp struct {
	write bool
	path  string // slash-separated, relative to the output folder
}

// commitHook, when set by a test, runs before each change of step 2; an
// error stops the update there, as a failure (errCrash: as a killed
// process, leaving the journal).
var commitHook func(i int) error

var errCrash = errors.New("crash (test)")

// staging is the journal of a build that writes each file as soon as it
// is rendered, into the journal's new/ folder, rather than holding the
// site in memory until the end: a large site's output is larger than the
// memory a build may take. Once every stage succeeded, the folder takes
// the place of out when it holds every file of the site (commit, as
// Publish), else its files replace the ones of out (update). A failed
// build discards it, out untouched.
type staging struct {
	journal string
	dir     string // journal/new
	crashed bool   // killed in step 2 (a test): the journal stays for recoverUpdates

	mu      sync.Mutex
	dirs    map[string]bool // folders made under dir
	written map[string]bool // paths written under dir
}

// newStaging makes a journal beside out.
func newStaging(out string) (*staging, error) {
	parent := filepath.Dir(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, fmt.Errorf("create %s: %w", parent, err)
	}
	journal, err := os.MkdirTemp(parent, "."+filepath.Base(out)+".update-")
	if err != nil {
		return nil, fmt.Errorf("create a folder beside %s: %w", out, err)
	}
	return &staging{journal: journal, dir: filepath.Join(journal, "new"), dirs: map[string]bool{}, written: map[string]bool{}}, nil
}

// write writes the file p of the site, made of parts, into the journal,
// one part after the other. Paths come from the stages, built from
// validated slugs and ids; a path that would still leave the folder is
// refused. Safe for concurrent use.
func (st *staging) write(p string, parts [][]byte) error {
	name, err := st.place(p)
	if err != nil {
		return err
	}
	if err := writeFile(name, parts); err != nil {
		return err
	}
	st.wrote(p)
	return nil
}

// create opens the file p of the site in the journal, for its parts to be
// written one by one; wrote records it once they all are.
func (st *staging) create(p string) (*os.File, error) {
	name, err := st.place(p)
	if err != nil {
		return nil, err
	}
	return os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
}

// wrote records that the file p is written in the journal.
func (st *staging) wrote(p string) {
	st.mu.Lock()
	st.written[p] = true
	st.mu.Unlock()
}

// place returns the name in the journal of the file p of the site, its
// folder made.
func (st *staging) place(p string) (string, error) {
	if !filepath.IsLocal(filepath.FromSlash(p)) {
		return "", fmt.Errorf("refusing to write %q: it is not a path inside the output folder", p)
	}
	name := filepath.Join(st.dir, filepath.FromSlash(p))
	d := filepath.Dir(name)
	st.mu.Lock()
	made := st.dirs[d]
	st.mu.Unlock()
	if !made {
		// Its parent is most often made already: one system call, not
		// MkdirAll's three.
		if err := os.Mkdir(d, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
			if err := os.MkdirAll(d, 0o755); err != nil {
				return "", err
			}
		}
		st.mu.Lock()
		st.dirs[d] = true
		st.mu.Unlock()
	}
	return name, nil
}

// discard removes the journal, unless a killed build left it for the
// next one to undo. Safe on a nil *staging.
func (st *staging) discard() {
	if st != nil && !st.crashed {
		os.RemoveAll(st.journal)
	}
}

// commit makes out hold files, the ones written into the journal and,
// when some were not, the ones of out they name: a new folder swapped in
// when all were written, else an update of out in place.
func (st *staging) commit(ctx context.Context, out string, files []File) error {
	for _, f := range files {
		if !st.written[f.Path] {
			return st.update(ctx, out, files)
		}
	}
	if err := os.WriteFile(filepath.Join(st.dir, Marker), []byte(markerText), 0o644); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("build interrupted, %s is unchanged: %w", out, err)
	}
	// Out of the journal first: recoverUpdates removes a journal
	// without a manifest, and with it a folder being swapped.
	tmp, err := os.MkdirTemp(filepath.Dir(out), "."+filepath.Base(out)+".new-")
	if err != nil {
		return fmt.Errorf("create a temporary folder beside %s: %w", out, err)
	}
	site := filepath.Join(tmp, "site")
	if err := os.Rename(st.dir, site); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	if err := os.Chmod(site, 0o755); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	err = swap(site, out)
	os.RemoveAll(tmp)
	return err
}

// update applies the journal to out: the files written into it replace
// those of out, and the files of out that files does not hold are
// removed, all but the marker.
func (st *staging) update(ctx context.Context, out string, files []File) (err error) {
	journal := st.journal
	keep := map[string]bool{Marker: true}
	var ops []updateOp
	for _, f := range files {
		if !filepath.IsLocal(filepath.FromSlash(f.Path)) {
			return fmt.Errorf("refusing to write %q: it is not a path inside the output folder", f.Path)
		}
		keep[f.Path] = true
		if st.written[f.Path] {
			ops = append(ops, updateOp{write: true, path: f.Path})
		}
	}
	gone, err := extra(out, keep)
	if err != nil {
		return err
	}
	for _, p := range gone {
		ops = append(ops, updateOp{path: p})
	}
	// 1. Staged: the files are in new/.
	if err := writeManifest(journal, ops); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("build interrupted, %s is unchanged: %w", out, err)
	}
	// 2. Commit. An interruption no longer stops it: it is short.
	for i, op := range ops {
		if commitHook != nil {
			if err := commitHook(i); errors.Is(err, errCrash) {
				st.crashed = true
				return err
			} else if err != nil {
				return errors.Join(err, rollback(out, journal, ops[:i]))
			}
		}
		if err := apply(out, journal, op); err != nil {
			return errors.Join(fmt.Errorf("update %s: %w", op.path, err), rollback(out, journal, ops[:i+1]))
		}
	}
	// 3. The old files go with the journal; so do folders left empty.
	for _, p := range gone {
		removeEmptyParents(out, p)
	}
	return nil
}

// extra returns the files of out (slash-separated, sorted) that keep does
// not hold.
func extra(out string, keep map[string]bool) ([]string, error) {
	var gone []string
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(out, p)
		if err != nil {
			return err
		}
		if rel = filepath.ToSlash(rel); !keep[rel] {
			gone = append(gone, rel)
		}
		return nil
	})
	sort.Strings(gone)
	return gone, err
}

func writeManifest(journal string, ops []updateOp) error {
	var b strings.Builder
	for _, op := range ops {
		if op.write {
			b.WriteString("W ")
		} else {
			b.WriteString("D ")
		}
		b.WriteString(op.path)
		b.WriteByte('\n')
	}
	return os.WriteFile(filepath.Join(journal, manifestName), []byte(b.String()), 0o644)
}

// apply makes one change: the file in place moves into old/, the new one
// (for a write) takes its place.
func apply(out, journal string, op updateOp) error {
	name := filepath.FromSlash(op.path)
	cur := filepath.Join(out, name)
	if _, err := os.Lstat(cur); err == nil {
		saved := filepath.Join(journal, "old", name)
		if err := os.MkdirAll(filepath.Dir(saved), 0o755); err != nil {
			return err
		}
		if err := os.Rename(cur, saved); err != nil {
			return err
		}
	}
	if !op.write {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(cur), 0o755); err != nil {
		return err
	}
	return os.Rename(filepath.Join(journal, "new", name), cur)
}

// rollback undoes ops, the last first: each file in old/ goes back in
// place, each new file that had none before is removed. Run on a journal
// left by a killed build, it is a no-op for the changes never made.
func rollback(out, journal string, ops []updateOp) error {
	var errs []error
	for i := len(ops) - 1; i >= 0; i-- {
		name := filepath.FromSlash(ops[i].path)
		cur := filepath.Join(out, name)
		saved := filepath.Join(journal, "old", name)
		staged := filepath.Join(journal, "new", name)
		_, errSaved := os.Lstat(saved)
		_, errStaged := os.Lstat(staged)
		switch {
		case errSaved == nil:
			if err := os.MkdirAll(filepath.Dir(cur), 0o755); err != nil {
				errs = append(errs, err)
				continue
			}
			errs = append(errs, os.Rename(saved, cur))
		case ops[i].write && errors.Is(errStaged, fs.ErrNotExist):
			// Written where there was no file: remove it.
			if err := os.Remove(cur); err != nil && !errors.Is(err, fs.ErrNotExist) {
				errs = append(errs, err)
			}
			removeEmptyParents(out, ops[i].path)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("undo the update of %s (its journal %s is kept): %w", out, journal, err)
	}
	return nil
}

// recoverUpdates replays backwards the journals a killed build left beside
// out, so that out is the site it was before that build; a journal without
// its manifest was never applied and is only removed.
func recoverUpdates(out string) error {
	journals, err := filepath.Glob(filepath.Join(filepath.Dir(out), "."+filepath.Base(out)+".update-*"))
	if err != nil {
		return err
	}
	for _, j := range journals {
		ops, err := readManifest(j)
		if err == nil {
			err = rollback(out, j, ops)
		} else if errors.Is(err, fs.ErrNotExist) {
			err = nil
		}
		if err != nil {
			return err
		}
		if err := os.RemoveAll(j); err != nil {
			return err
		}
	}
	return nil
}

// staleAfter is how long a folder a build swaps in (.public.new-*) may
// stand before another build takes it for the leftover of a build that
// was killed (SIGKILL, power loss) while it removed the previous site, and
// removes it: each is a whole copy of the site. A build swaps within
// seconds of making one, so a younger one may be another build's.
const staleAfter = time.Hour

// removeStale removes the folders beside out that a killed build left
// behind, made before now-staleAfter.
func removeStale(out string, now time.Time) error {
	tmps, err := filepath.Glob(filepath.Join(filepath.Dir(out), "."+filepath.Base(out)+".new-*"))
	if err != nil {
		return err
	}
	for _, t := range tmps {
		st, err := os.Lstat(t)
		if err != nil || !st.IsDir() || now.Sub(st.ModTime()) < staleAfter {
			continue
		}
		if err := os.RemoveAll(t); err != nil {
			return fmt.Errorf("%s is a copy of the site left by a build that was killed, and it cannot be removed (remove it by hand): %w", t, err)
		}
	}
	return nil
}

func readManifest(journal string) ([]updateOp, error) {
	f, err := os.Open(filepath.Join(journal, manifestName))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var ops []updateOp
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		kind, p, ok := strings.Cut(sc.Text(), " ")
		if !ok || (kind != "W" && kind != "D") || !filepath.IsLocal(filepath.FromSlash(p)) {
			return nil, fmt.Errorf("%s: damaged manifest line %q", journal, sc.Text())
		}
		ops = append(ops, updateOp{write: kind == "W", path: p})
	}
	return ops, sc.Err()
}

// removeEmptyParents removes the folders of p, inside out, left empty.
func removeEmptyParents(out, p string) {
	for d := filepath.Dir(filepath.FromSlash(p)); d != "." && d != string(filepath.Separator); d = filepath.Dir(d) {
		if os.Remove(filepath.Join(out, d)) != nil {
			return // not empty, or gone
		}
	}
}

// writeFile writes parts, one after the other, to a new file name, as
// os.WriteFile writes bytes.
func writeFile(name string, parts [][]byte) error {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	if len(parts) == 1 {
		_, err = f.Write(parts[0])
	} else {
		// Thousands of small pieces: a write each would be a system
		// call each.
		w := bufio.NewWriterSize(f, 1<<20)
		for _, p := range parts {
			if _, err = w.Write(p); err != nil {
				break
			}
		}
		if err == nil {
			err = w.Flush()
		}
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
