package search

import (
	"crypto/sha256"
	"encoding/json"
	"strconv"

	"timeline/internal/store"
)

// docFiles makes the files of the documents not in one yet, and adds
// them to directories, as the documents come, event after event: a file
// copies the JSON makeEvent made of its documents (b.made), which need
// then be kept only until their file is made, not for the whole index.
// Unless last, it leaves the documents that the next event's may join.
func (b *builder) docFiles(last bool) error {
	for b.nextDoc < len(b.docs) {
		i, j := b.nextDoc, b.nextDoc+1
		for j < len(b.docs) && j-i < maxDocsPerFile && b.docs[j].key%docsPerFile != 0 {
			j++
		}
		if j == len(b.docs) && !last {
			return nil // the next event's documents may belong to it
		}
		name, err := b.docFile(b.docs[i:j])
		if err != nil {
			return err
		}
		if len(b.dir) == maxFilesPerDir || (len(b.dir) > 0 && (b.docs[i].key/docsPerFile)%filesPerDir == 0) {
			if err := b.flushDir(); err != nil {
				return err
			}
		}
		if len(b.dir) == 0 {
			b.dirKey = store.NewHash()
			b.dirKey.Word(b.base)
			b.dirKey.Text("dir")
		}
		b.dir = append(b.dir, [2]any{b.docs[i].id, name})
		b.dirKey.Word(uint64(b.docs[i].id))
		b.dirKey.Text(name)
		b.nextDoc = j
	}
	return nil
}

// docFile returns the name of the file of the documents part, the first
// not in a file yet, made unless the output holds it.
func (b *builder) docFile(part []doc) (string, error) {
	h := store.NewHash()
	h.Word(b.base)
	h.Text("docs")
	for _, d := range part {
		h.Word(uint64(d.id))
		h.Word(d.sum)
	}
	name, err := b.file(h.Sum(), "d/", func() []byte {
		n := 2
		for k := range part {
			n += int(part[k].size) + 24
		}
		buf := make([]byte, 1, n)
		buf[0] = '{'
		for k := range part {
			if k > 0 {
				buf = append(buf, ',')
			}
			buf = append(buf, '"')
			buf = strconv.AppendInt(buf, part[k].id, 10)
			buf = append(buf, '"', ':')
			if data := b.made.get(k); data != nil {
				buf = append(buf, data...)
			} else {
				buf = b.docJSON(buf, &part[k])
			}
		}
		return append(buf, '}')
	})
	b.made.done(len(part))
	return name, err
}

// flushDir makes the file of the directory being filled, if any.
func (b *builder) flushDir() error {
	if len(b.dir) == 0 {
		return nil
	}
	name, err := b.file(b.dirKey.Sum(), "x/", func() []byte {
		data, _ := json.Marshal(b.dir) // numbers and names: cannot fail
		return data
	})
	if err != nil {
		return err
	}
	b.firsts = append(b.firsts, b.dir[0][0].(int64))
	b.names.WriteString(name)
	b.dir = nil
	return nil
}

// contentName names a file by its bytes: 50 bits of their SHA-256 in
// lowercase base 32, which a case-insensitive file system keeps apart,
// nameLen characters.
func contentName(data []byte) string {
	sum := sha256.Sum256(data)
	v := uint64(sum[0])<<56 | uint64(sum[1])<<48 | uint64(sum[2])<<40 | uint64(sum[3])<<32 |
		uint64(sum[4])<<24 | uint64(sum[5])<<16 | uint64(sum[6])<<8 | uint64(sum[7])
	b := make([]byte, nameLen)
	for i := range b {
		b[i] = "0123456789abcdefghijklmnopqrstuv"[v>>59]
		v <<= 5
	}
	return string(b)
}
