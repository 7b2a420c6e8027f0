package store

// Output receives the files of the site as the stages make them, each
// with the key of what it is made of: a page's view, a data file's
// pieces. It is the build's: in memory while serve runs, a folder on
// disk otherwise. Stages may call it from several goroutines.
type Output interface {
	// Has reports whether the output holds at path the file the build
	// before made from key: the file is then part of this build's site
	// as it is, and need not be made. A key of 0 is never held.
	Has(path string, key uint64) bool
	// Put makes the file at path, its bytes the parts joined, made from
	// key (0 when what it is made of has no key). The parts are the
	// caller's to keep: the output neither changes nor keeps them past
	// the build, but in memory, where they stay as given.
	Put(path string, key uint64, parts ...[]byte) error
}
