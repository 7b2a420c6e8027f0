package render

import (
	"html/template"
	"net/url"
)

// funcs are the template functions: translations and the site's facts.
// They format; they compute nothing a test would want to check.
func (s *Site) funcs() template.FuncMap {
	return template.FuncMap{
		// t returns an interface text: {{t "nav_sources"}}.
		"t": s.T,
		// count returns a counted text: {{count "events_count" 3}} → "3 événements".
		"count": s.count,
		// asset returns the fingerprinted path of an asset, from the site root.
		"asset": s.assetPath,
		// site returns the site's configuration.
		"site": func() any { return s.Config },
		// partial prints a partial template as {{template}} does, drawing
		// the rows of listings once (see partial.go): {{partial "event-item" .}}.
		"partial": s.partial,
		// rows prints a partial for each row of a listing, as a range
		// over partial would, in one call: {{rows "event-item" .Data.Events}}.
		"rows": s.rows,
		// lang returns the interface language.
		"lang": func() string { return s.lang },
		// host returns the host name of a URL, to say where a link leads.
		"host": func(raw string) string {
			if u, err := url.Parse(raw); err == nil {
				return u.Hostname()
			}
			return ""
		},
	}
}

// assetPath returns the fingerprinted path of the asset name, from the
// site root: "assets/style.0a1b2c3d4e.css".
func (s *Site) assetPath(name string) string {
	if p, ok := s.asset[name]; ok {
		return p
	}
	return "assets/" + name
}

// basePath returns the path part of the site's base URL ("/chronologie/"),
// or "/": the 404 page is served at any depth, so its links start there.
func (s *Site) basePath() string {
	if u, err := url.Parse(s.Config.BaseURL); err == nil && u.Path != "" {
		return u.Path
	}
	return "/"
}
