//go:build !unix

package build

import "os"

// mapFile returns the bytes of the file at name, read: this system's
// files are not mapped (see mapfile_unix.go), and release is nil.
func mapFile(name string) (data []byte, release func(), err error) {
	data, err = os.ReadFile(name)
	return data, nil, err
}
