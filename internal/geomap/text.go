package geomap

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The maps carry no font: their text is set in the page's own. Label
// boxes are measured with DejaVu Sans's advance widths, the widest of the
// usual sans-serif faces (Linux's default for system-ui), so a box found
// free with them stays free in Roboto, Segoe UI or San Francisco.
//
// advance is the width of the printable ASCII characters, from the space
// (32) to the tilde (126), in 2048ths of an em.
var advance = [95]uint16{
	651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690,
	1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716, 1087,
	2048, 1401, 1405, 1430, 1577, 1294, 1178, 1587, 1540, 604, 604, 1343, 1141, 1767, 1532, 1612,
	1235, 1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403, 799, 690, 799, 1716, 1024,
	1024, 1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186, 569, 1995, 1298, 1253,
	1300, 1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075, 1303, 690, 1303, 1716,
}

// runeWidth is a character's advance in ems: an accented letter is as
// wide as its base letter, other characters as wide as an O.
func runeWidth(r rune) float64 {
	if r >= 32 && r < 127 {
		return float64(advance[r-32]) / 2048
	}
	switch r {
	case '’', '‘':
		return float64(advance['\''-32]) / 2048
	case 'œ', 'æ':
		return 2100.0 / 2048
	case 'Œ', 'Æ':
		return 2200.0 / 2048
	case '\u00a0', '\u202f':
		return float64(advance[0]) / 2048
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	if d := norm.NFD.Bytes(buf[:n]); len(d) > 0 {
		if b, _ := utf8.DecodeRune(d); b >= 32 && b < 127 {
			return float64(advance[b-32]) / 2048
		}
	}
	return float64(advance['O'-32]) / 2048
}

// textWidth is the width of s set at size with spacing added after each
// character (SVG's letter-spacing), in the same units as size.
func textWidth(s string, size, spacing float64) float64 {
	w := 0.0
	for _, r := range s {
		w += runeWidth(r)*size + spacing
	}
	return w
}
