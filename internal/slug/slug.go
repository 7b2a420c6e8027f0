// Package slug says what may name a page in a web address: lowercase ASCII
// letters, digits and inner hyphens, which a path and a URL take as they
// are (no "../", "/" or NUL can get through). An article's slug and an
// episode's id are slugs.
//
// It checks and makes slugs; it does not decide which page gets which.
package slug

import (
	"strings"

	"timeline/internal/fold"
)

// Valid reports whether s can be used as it is in a path and a URL:
// lowercase ASCII letters, digits and inner hyphens.
func Valid(s string) bool {
	if s == "" || len(s) > 200 || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// Make turns a title or file name into a valid slug:
// "L'offensive du 19 septembre" → "l-offensive-du-19-septembre".
func Make(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range fold.String(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case b.Len() > 0 && !dash:
			b.WriteByte('-')
			dash = true
		}
		if b.Len() >= 80 {
			break
		}
	}
	out := strings.Trim(b.String(), "-")
	if out == "" {
		return "article"
	}
	return out
}
