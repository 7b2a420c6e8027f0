package render

import (
	"fmt"

	"timeline/internal/timeline"
)

// DataReusing makes the search index, each of its files given to emit as
// soon as it is made; memo keeps what it is made of for the next build.
func (s *Site) DataReusing(t *timeline.Timeline, memo *Memo, emit func(File) error) error {
	memo.turn()
	search, err := s.searchFiles(t, memo)
	if err != nil {
		return fmt.Errorf("search index: %w", err)
	}
	for i, f := range search {
		search[i] = File{} // let it go once written
		if err := emit(f); err != nil {
			return err
		}
	}
	return nil
}
