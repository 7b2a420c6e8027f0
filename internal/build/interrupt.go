package build

import (
	"context"
	"errors"

	"timeline/internal/diag"
)

// interrupted replaces what a cancelled build collected — a "context
// canceled" for each page and file it did not finish — by one problem
// that says what happened and that the output folder out was left as it
// was.
func interrupted(ctx context.Context, out string, probs diag.List) diag.List {
	if ctx.Err() == nil {
		return probs
	}
	kept := diag.List{}
	for _, p := range probs {
		if !errors.Is(p, context.Canceled) && !errors.Is(p, context.DeadlineExceeded) {
			kept = append(kept, p)
		}
	}
	kept.Add(diag.Errorf(out, 0, 0, "the build was interrupted before it ended (the folder is as the previous build left it; build again)"))
	kept.Sort()
	return kept
}
