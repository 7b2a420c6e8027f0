package build

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"timeline/internal/config"
	"timeline/internal/diag"
)

// Marker is the file that says a folder was made by timeline, so that a
// later build may replace it. A folder without it is never touched.
const Marker = ".timeline-output"

const markerText = "This folder is written by `timeline build`; it is replaced at each build.\n"

// outDir returns the output folder: opt.Out, else the one site.toml names
// in the site folder ("public" when site.toml cannot be read). The error
// refuses a folder that a build must not replace (see safeDir).
func outDir(opt Options, site *config.Site) (string, error) {
	out := opt.Out
	if out == "" {
		name := "public"
		if site != nil {
			name = site.Output
		}
		out = filepath.Join(opt.SiteDir, name)
	}
	return out, safeDir(out, opt.SiteDir, "-out public")
}

// safeDir refuses a folder that a build must not replace: the site folder
// or one of its sources, the file system root, the home folder, or a
// non-empty folder that timeline did not make. hint is the flag that
// chooses another, with an example.
func safeDir(out, site, hint string) error {
	abs, err := filepath.Abs(out)
	if err != nil {
		return fmt.Errorf("output folder %s: %w", out, err)
	}
	siteAbs, err := filepath.Abs(site)
	if err != nil {
		return fmt.Errorf("site folder %s: %w", site, err)
	}
	refuse := func(why string) error {
		return diag.Errorf(out, 0, 0, "refusing to write here: %s (choose another folder: %s)", why, hint)
	}
	home, _ := os.UserHomeDir()
	switch {
	case abs == filepath.Dir(abs):
		return refuse("it is the root of the file system")
	case home != "" && abs == home:
		return refuse("it is your home folder")
	case abs == siteAbs:
		return refuse("it is the site folder itself")
	case strings.HasPrefix(siteAbs+string(filepath.Separator), abs+string(filepath.Separator)):
		return refuse("it holds the site folder")
	}
	for _, src := range append(InputFolders(), ".git", CacheDir) {
		d := filepath.Join(siteAbs, src)
		if abs == d || strings.HasPrefix(abs, d+string(filepath.Separator)) {
			return refuse("it is inside " + src + "/, which the build reads")
		}
	}
	entries, err := os.ReadDir(abs)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return diag.Errorf(out, 0, 0, "cannot read the output folder: %v", err)
	case len(entries) > 0:
		if _, err := os.Stat(filepath.Join(abs, Marker)); err != nil {
			return refuse("it is not empty and was not made by timeline (no " + Marker + " file in it)")
		}
	}
	return nil
}

// Publish writes files into a new folder beside out and, once every file is
// written, swaps it in place of out. A failure or an interruption at any
// point leaves out as it was and removes the new folder. (A rebuild that
// keeps files of out updates it in place instead: see update.)
func Publish(ctx context.Context, out string, files []File) (err error) {
	parent := filepath.Dir(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", parent, err)
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(out)+".new-")
	if err != nil {
		return fmt.Errorf("create a temporary folder beside %s: %w", out, err)
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	if err := writeFiles(ctx, tmp, files); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(tmp, Marker), []byte(markerText), 0o644); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("build interrupted, %s is unchanged: %w", out, err)
	}
	return swap(tmp, out)
}

// swap replaces out by tmp: out moves aside, tmp takes its name, the old
// folder is removed. If the second rename fails, out is put back.
func swap(tmp, out string) error {
	old := ""
	if _, err := os.Stat(out); err == nil {
		old = tmp + ".old"
		if err := os.Rename(out, old); err != nil {
			return fmt.Errorf("move the previous site aside: %w", err)
		}
	}
	if err := os.Rename(tmp, out); err != nil {
		if old != "" {
			os.Rename(old, out)
		}
		return fmt.Errorf("put the new site in place: %w", err)
	}
	if old != "" {
		if err := os.RemoveAll(old); err != nil {
			return fmt.Errorf("remove the previous site: %w", err)
		}
	}
	return nil
}

// writeFiles writes the files under dir with bounded concurrency. Paths
// come from the renderer, built from validated slugs and ids; a path that
// would still leave dir is refused.
func writeFiles(ctx context.Context, dir string, files []File) error {
	dirs := map[string]bool{}
	for _, f := range files {
		if !filepath.IsLocal(filepath.FromSlash(f.Path)) {
			return fmt.Errorf("refusing to write %q: it is not a path inside the output folder", f.Path)
		}
		if f.Parts == nil {
			return fmt.Errorf("%s: no data to write", f.Path)
		}
		dirs[filepath.Dir(filepath.Join(dir, filepath.FromSlash(f.Path)))] = true
	}
	list := make([]string, 0, len(dirs))
	for d := range dirs {
		list = append(list, d)
	}
	// Parents first, so that each folder is made by one Mkdir.
	sort.Strings(list)
	for _, d := range list {
		if err := os.Mkdir(d, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
			if err := os.MkdirAll(d, 0o755); err != nil {
				return err
			}
		}
	}
	errs := make([]error, len(files))
	parallel(len(files), func(i int) {
		if ctx.Err() != nil {
			errs[i] = ctx.Err()
			return
		}
		errs[i] = writeFile(filepath.Join(dir, filepath.FromSlash(files[i].Path)), files[i].Parts)
	})
	return errors.Join(errs...)
}
