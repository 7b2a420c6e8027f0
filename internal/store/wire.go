package store

import (
	"encoding/binary"
	"errors"
	"math"
)

// Writer writes a value as bytes for a Table's Encode: numbers as
// varints, each distinct string once (a value that repeats its strings,
// as an article's mentions repeat its slug and their sentences, writes
// them once and then by number). Its zero value is ready to use.
type Writer struct {
	b       []byte
	strings map[string]uint64
}

// Uint writes a number.
func (w *Writer) Uint(v uint64) { w.b = binary.AppendUvarint(w.b, v) }

// Int writes a signed number.
func (w *Writer) Int(v int64) { w.b = binary.AppendVarint(w.b, v) }

// Bool writes a truth value.
func (w *Writer) Bool(v bool) {
	if v {
		w.b = append(w.b, 1)
	} else {
		w.b = append(w.b, 0)
	}
}

// Word writes 8 bytes: a hash, which a varint would lengthen.
func (w *Writer) Word(v uint64) { w.b = binary.LittleEndian.AppendUint64(w.b, v) }

// Float writes a float.
func (w *Writer) Float(v float64) { w.Word(math.Float64bits(v)) }

// String writes a string: the first time, its length and bytes; after,
// its number.
func (w *Writer) String(s string) {
	if n, ok := w.strings[s]; ok {
		w.Uint(n<<1 | 1)
		return
	}
	if w.strings == nil {
		w.strings = map[string]uint64{}
	}
	w.strings[s] = uint64(len(w.strings))
	w.Uint(uint64(len(s)) << 1)
	w.b = append(w.b, s...)
}

// List writes the length of a list, telling an empty one from none
// (nil), which List reads back as they were.
func (w *Writer) List(n int, none bool) {
	if none {
		w.Uint(0)
		return
	}
	w.Uint(uint64(n) + 1)
}

// Bytes returns what was written.
func (w *Writer) Bytes() []byte { return w.b }

// Reader reads what a Writer wrote, in the same order. A read past the
// end or of a malformed number sets its error (Err) and returns zero: a
// Decode reads everything, then looks at Err once.
type Reader struct {
	b       []byte
	strings []string
	err     error
}

// NewReader returns a reader of b.
func NewReader(b []byte) *Reader { return &Reader{b: b} }

var errShort = errors.New("value cut short or malformed")

// Err returns the first error met, or nil.
func (r *Reader) Err() error { return r.err }

// Done reports an error when something is left to read, else Err.
func (r *Reader) Done() error {
	if r.err == nil && len(r.b) > 0 {
		r.err = errors.New("bytes left after the value")
	}
	return r.err
}

// Uint reads a number.
func (r *Reader) Uint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

// Int reads a signed number.
func (r *Reader) Int() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

// Len reads a count of things that take at least a byte each, checked
// against what is left: a damaged count does not make a huge slice.
func (r *Reader) Len() int {
	v := r.Uint()
	if v > uint64(len(r.b)) {
		r.fail()
		return 0
	}
	return int(v)
}

// List reads the length of a list Writer.List wrote, and whether there
// was none (nil); the length is checked as Len checks it.
func (r *Reader) List() (n int, none bool) {
	v := r.Uint()
	if v == 0 || r.err != nil {
		return 0, true
	}
	if v-1 > uint64(len(r.b)) {
		r.fail()
		return 0, true
	}
	return int(v - 1), false
}

// Bool reads a truth value.
func (r *Reader) Bool() bool {
	if len(r.b) == 0 || r.b[0] > 1 {
		r.fail()
		return false
	}
	v := r.b[0] == 1
	r.b = r.b[1:]
	return v
}

// Word reads 8 bytes.
func (r *Reader) Word() uint64 {
	if len(r.b) < 8 {
		r.fail()
		return 0
	}
	v := binary.LittleEndian.Uint64(r.b)
	r.b = r.b[8:]
	return v
}

// Float reads a float.
func (r *Reader) Float() float64 { return math.Float64frombits(r.Word()) }

// String reads a string.
func (r *Reader) String() string {
	v := r.Uint()
	if r.err != nil {
		return ""
	}
	if v&1 == 1 {
		if v>>1 >= uint64(len(r.strings)) {
			r.fail()
			return ""
		}
		return r.strings[v>>1]
	}
	n := v >> 1
	if n > uint64(len(r.b)) {
		r.fail()
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	r.strings = append(r.strings, s)
	return s
}

func (r *Reader) fail() {
	if r.err == nil {
		r.err = errShort
	}
	r.b = nil
}
