// Package templates holds the site's default templates, interface
// translations and about page, shipped inside the binary so that a site
// folder without a templates/ folder of its own still builds.
package templates

import "embed"

// FS holds the page templates (*.html) and the translations (i18n/).
//
//go:embed *.html i18n
var FS embed.FS
