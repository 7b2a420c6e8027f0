package render

import (
	"flag"
	"testing"

	"timeline/internal/store/keygen"
)

var update = flag.Bool("update", false, "rewrite keys_gen.go")

// keyTypes are the types whose keys keygen writes: the pages and their
// views, and the inputs of the pages a rebuild may skip.
var keyTypes = []any{
	Page{}, Link{}, MentionView{}, EventView{}, EpisodeView{}, IndexData{}, FiltersView{}, Option{},
	IndexEpisode{}, EpisodeData{}, EventData{}, EventMonth{}, MentionStub{}, ArticleView{},
	SourcesData{}, SourceData{}, SourceEvent{}, AboutData{}, ListData{}, PageLink{},
	EntitiesData{}, EntityGroup{}, EntityItem{}, ClaimRow{}, EpisodeClaims{}, EpisodeClaimRow{}, EventLine{},
	eventIn{}, eventMonthIn{}, sourceIn{}, sourceEventIn{}, monthIn{}, listIn{}, sourcesYearIn{},
}

// TestKeys checks that keys_gen.go holds the key methods keygen writes
// for the views and inputs as they are now: a field added to a view or an
// input and not to its key fails it, until the file is written again
// with -update (and the diff of keys_gen.go shows what the key now
// covers).
func TestKeys(t *testing.T) {
	keygen.Check(t, "keys_gen.go", *update, "render", "hashKey", keyTypes...)
}
