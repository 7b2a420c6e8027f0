package build

import (
	"context"
	"path/filepath"
	"strings"

	"timeline/internal/content"
	"timeline/internal/diag"
	"timeline/internal/review"
	"timeline/internal/timeline"
)

// writeReview writes the review listing of a build to opt.Review: a folder
// of its own, never the site's output folder out nor one inside it, so
// that the listing is never published.
func writeReview(ctx context.Context, opt Options, res *Result, probs diag.List, out string) error {
	dir := opt.Review
	if err := safeDir(dir, opt.SiteDir, "-review review"); err != nil {
		return err
	}
	a, errA := filepath.Abs(dir)
	b, errB := filepath.Abs(out)
	sep := string(filepath.Separator)
	if errA == nil && errB == nil && (a == b || strings.HasPrefix(a+sep, b+sep) || strings.HasPrefix(b+sep, a+sep)) {
		return diag.Errorf(dir, 0, 0, "refusing to write the review listing here: it would be published with the site in %s (choose a folder outside it, e.g. -review review)", out)
	}
	files, list := res.reviewFiles(probs)
	if list.HasErrors() {
		return list
	}
	return Publish(ctx, dir, files)
}

// reviewFiles returns the whole review listing, for a folder: index.html
// and one <slug>.html per article. Articles that cannot be read again are
// reported and left out.
func (r *Result) reviewFiles(probs diag.List) ([]File, diag.List) {
	var list diag.List
	idx, err := r.ReviewIndex(probs)
	if err != nil {
		list.Merge("", err)
		return nil, list
	}
	out := make([]File, len(r.Articles)+1)
	out[0] = File{Path: "index.html", Parts: [][]byte{idx}}
	errs := make([]error, len(r.Articles))
	parallel(len(r.Articles), func(i int) {
		data, err := r.reviewPage(r.Articles[i], "")
		out[i+1], errs[i] = File{Path: r.Articles[i].Slug + ".html", Parts: [][]byte{data}}, err
	})
	keep := out[:1]
	for i, err := range errs {
		if err != nil {
			list.Merge(r.Articles[i].Path, err)
			continue
		}
		keep = append(keep, out[i+1])
	}
	return keep, list
}

// ReviewIndex returns the index page of the review listing: the build's
// articles, those with the most warnings first. probs are the build's
// problems: those naming an article's file are among its warnings.
func (r *Result) ReviewIndex(probs diag.List) ([]byte, error) {
	return review.Index(review.Input{Articles: r.Articles, Extractions: r.Extractions, Problems: probs, Lang: r.Site.Language})
}

// ReviewPage returns the review page of the article whose slug is slug,
// and false when the build has none. The article's file is read again
// and its dates extracted again, so that the page shows its text as it
// is now, every line of it. siteURL is where the built site is, to link
// the article's source page; "" for no link.
func (r *Result) ReviewPage(slug, siteURL string) ([]byte, bool, error) {
	for _, a := range r.Articles {
		if a.Slug == slug {
			page, err := r.reviewPage(a, siteURL)
			return page, true, err
		}
	}
	return nil, false, nil
}

// reviewPage reads the file of a again, as the build read it, extracts its
// dates and hands both to review.Page.
func (r *Result) reviewPage(a *content.Article, siteURL string) ([]byte, error) {
	f := content.File{Path: a.Path, Abs: filepath.Join(r.dir, filepath.FromSlash(a.Path))}
	read, probs := content.Read(f, r.copt)
	if read == nil {
		return nil, probs
	}
	return review.Page(read, timeline.Extract(read, r.Timeline.Lexicons), probs, siteURL, r.Site.Language)
}
