package build

import (
	"context"
	"path/filepath"
	"strings"

	"timeline/internal/content"
	"timeline/internal/diag"
	"timeline/internal/review"
)

// writeReview writes the review listing of a build to opt.Review: a folder
// of its own, never the site's output folder out nor one inside it, so
// that the listing is never published.
func writeReview(ctx context.Context, opt Options, res *Result, probs diag.List, out string) error {
	dir := opt.Review
	if err := safeDir(dir, opt.Site, "-review review"); err != nil {
		return err
	}
	a, errA := filepath.Abs(dir)
	b, errB := filepath.Abs(out)
	sep := string(filepath.Separator)
	if errA == nil && errB == nil && (a == b || strings.HasPrefix(a+sep, b+sep) || strings.HasPrefix(b+sep, a+sep)) {
		return diag.Errorf(dir, 0, 0, "refusing to write the review listing here: it would be published with the site in %s (choose a folder outside it, e.g. -review review)", out)
	}
	files, list := review.Files(review.Input{
		Site:        opt.Site,
		Options:     content.Options{Language: res.Site.Language, Now: opt.Now},
		Articles:    res.Articles,
		Extractions: res.Extractions,
		Problems:    probs,
	})
	if list.HasErrors() {
		return list
	}
	return Publish(ctx, dir, files)
}
