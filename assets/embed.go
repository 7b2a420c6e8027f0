// Package assets holds the site's default stylesheet and scripts, shipped
// inside the binary so that a site folder without an assets/ folder of its
// own still builds.
package assets

import "embed"

// FS holds the files copied, fingerprinted, into the site's assets/ folder.
//
//go:embed *.css *.js *.svg
var FS embed.FS
