// Package browser holds the browser suite: Go tests that build the site,
// serve it on loopback and drive a real headless Chromium over the DevTools
// protocol (github.com/chromedp/chromedp) as a reader would: search,
// filters, every page type at phone and desktop widths, accessibility with
// axe-core, the site opened from file://, and Lighthouse.
//
// The suite needs Chromium (Debian's chromium package) and the npm tools
// pinned in package.json (npm ci in this folder), so plain go test skips
// it: make test-browser runs it with the -browser flag. It has no code of
// its own outside its tests.
package browser
