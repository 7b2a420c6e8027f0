// Package jsonstr writes strings as encoding/json writes them, without
// its reflection: the data files and the search index write hundreds of
// thousands of sentences, and json.Marshal of each was most of their cost.
package jsonstr

import "unicode/utf8"

// Append appends s as json.Marshal writes a string: quoted,
// with quotes, backslashes and control characters escaped, and <, >, &,
// U+2028 and U+2029 too, and each byte of invalid UTF-8 written as
// \ufffd. One pass over s, copying the runs that need nothing.
func Append(b []byte, s string) []byte {
	b = append(b, '"')
	from := 0 // s[from:i] is yet to copy
	for i := 0; i < len(s); {
		for i < len(s) && jsonPlain[s[i]] {
			i++
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if c >= 0xc2 && c < 0xe0 && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
			i += 2 // a rune of two bytes, as accented Latin letters are: none is escaped
			continue
		}
		esc, size := "", 1
		if c < utf8.RuneSelf {
			esc = jsonEscapes[c]
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				esc = `\ufffd`
			case r == '\u2028':
				esc = `\u2028`
			case r == '\u2029':
				esc = `\u2029`
			}
		}
		if esc != "" {
			b = append(b, s[from:i]...)
			b = append(b, esc...)
			from = i + size
		}
		i += size
	}
	b = append(b, s[from:]...)
	return append(b, '"')
}

// jsonPlain tells the bytes json.Marshal writes as they are whatever
// follows them: the ASCII ones it does not escape.
var jsonPlain = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = jsonEscapes[c] == ""
	}
	return t
}()

// jsonEscapes is how json.Marshal writes each ASCII byte in a string: ""
// for as it is.
var jsonEscapes = func() (t [utf8.RuneSelf]string) {
	const hex = "0123456789abcdef"
	for c := range t {
		switch c {
		case '"', '\\':
			t[c] = `\` + string(rune(c))
		case '\b':
			t[c] = `\b`
		case '\f':
			t[c] = `\f`
		case '\n':
			t[c] = `\n`
		case '\r':
			t[c] = `\r`
		case '\t':
			t[c] = `\t`
		case '<', '>', '&', 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x0b, 0x0e, 0x0f, 0x10, 0x11, 0x12,
			0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f:
			t[c] = `\u00` + string(hex[c>>4]) + string(hex[c&15])
		}
	}
	return t
}()
