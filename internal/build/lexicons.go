package build

import (
	"timeline/internal/content"
	"timeline/internal/diag"
	"timeline/internal/gazetteer"
	"timeline/internal/kinds"
	"timeline/internal/timeline"
)

// readLexicons returns the lists the extraction reads sentences with: the
// program's places, actors and kinds of event, extended by the site's
// content/places.toml, actors.toml and kinds.toml, and their problems. An
// entry in error is left out; the rest serve.
func readLexicons(site string) (*timeline.Lexicons, diag.List) {
	var probs diag.List
	places, list := readDataFile(site, content.PlacesFile, "its places are left out")
	probs = append(probs, list...)
	actors, list := readDataFile(site, content.ActorsFile, "its actors are left out")
	probs = append(probs, list...)
	ks, list := readDataFile(site, content.KindsFile, "its kinds of event are left out")
	probs = append(probs, list...)
	g, list := gazetteer.Load(gazetteer.File{Path: content.Dir + "/" + content.PlacesFile, Data: places},
		gazetteer.File{Path: content.Dir + "/" + content.ActorsFile, Data: actors})
	probs = append(probs, list...)
	typ, list := kinds.Load(kinds.File{Path: content.Dir + "/" + content.KindsFile, Data: ks})
	probs = append(probs, list...)
	return &timeline.Lexicons{Gazetteer: g, Kinds: typ, Key: timeline.LexiconsKey(places, actors, ks)}, probs
}
