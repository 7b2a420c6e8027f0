//go:build unix

package build

import (
	"os"
	"syscall"
)

// mapFile returns the bytes of the file at name, mapped read-only into
// memory rather than read onto the heap: a rebuild on disk takes most of
// the data files, among the largest of the site, from the previous
// build's, piece by piece, and as heap they left little room under the
// build's soft limit, so the collector ran again and again. release
// unmaps them; nothing may read them after; it is nil when the file was
// read rather than mapped. A file of the output is replaced by a rename,
// never rewritten in place, so the mapping keeps the previous build's
// bytes while the build writes the new ones.
func mapFile(name string) (data []byte, release func(), err error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	n := st.Size()
	if n == 0 || n != int64(int(n)) {
		data, err := os.ReadFile(name)
		return data, nil, err
	}
	data, err = syscall.Mmap(int(f.Fd()), 0, int(n), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		// A file system that cannot map files: read it.
		data, err := os.ReadFile(name)
		return data, nil, err
	}
	return data, func() { syscall.Munmap(data) }, nil
}
