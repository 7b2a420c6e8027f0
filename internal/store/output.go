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
	// key (0 when what it is made of has no key). The output never
	// changes the parts; where it keeps files' bytes (see Keeps), it keeps
	// them as given, so the caller does not change them afterwards.
	Put(path string, key uint64, parts ...[]byte) error
	// Keeps reports whether the output keeps the bytes Put is given (in
	// memory, to serve them), rather than writing them out before Put
	// returns: a caller that would reuse its buffer gives Put a copy.
	Keeps() bool
	// Before returns the bytes of the file at path as the build before
	// made it, and the key it was made from, while the output holds them
	// unchanged, for a stage to take the parts it would make the same (a
	// data file of pieces); nil when it does not, and in memory, where
	// the store keeps such parts. They are valid until the build ends,
	// and never change.
	Before(path string) ([]byte, uint64)
}

// Streamer is an Output that can take a file part by part, each written
// before the call returns, so that the caller need not hold all the parts
// of a large file at once (events.json is 100 MB on 10,000 articles).
type Streamer interface {
	// Stream starts the file at path and returns where its parts go; ok
	// is false when the output cannot take it so (it keeps, or compares,
	// files' bytes): the caller then gives the parts to Put.
	Stream(path string) (w PartWriter, ok bool)
}

// PartWriter takes the parts of one file, in order (see Streamer).
type PartWriter interface {
	// Write writes a part; the caller may reuse its bytes afterwards.
	Write(part []byte) error
	// Close ends the file, made from key (0 when what it is made of has
	// no key), and reports what went wrong with it; Abort drops it.
	Close(key uint64) error
	Abort()
}
