package diag

import "fmt"

// Catalog holds the messages of one package in languages other than
// English, so that an editor reads a problem in the site's language: by
// language code, the format of each English format. A message the
// catalog lacks is written in English.
//
// The English format is the key, as gettext's msgid is: the code reads as
// it did, and a test of the package checks that each message it writes
// has its translation.
type Catalog map[string]map[string]string

// Words is an argument of a message that is itself words, written in the
// message's language: "the number 3", "le nombre 3".
type Words interface {
	In(lang string) string
}

// Sprintf writes format in lang, with args: the catalog's format for lang
// when it has one, each Words argument written in lang.
func (c Catalog) Sprintf(lang, format string, args ...any) string {
	if f, ok := c[lang][format]; ok {
		format = f
	} else {
		lang = "en"
	}
	copied := false
	for i, a := range args {
		if w, ok := a.(Words); ok {
			if !copied {
				args, copied = append([]any(nil), args...), true // the caller's stay as they are
			}
			args[i] = w.In(lang)
		}
	}
	return fmt.Sprintf(format, args...)
}

// Has reports whether the catalog writes format in lang.
func (c Catalog) Has(lang, format string) bool {
	_, ok := c[lang][format]
	return ok
}

// Errorf returns an error-severity Problem at file:line:col whose message
// is format written in lang (see Sprintf).
func (c Catalog) Errorf(lang, file string, line, col int, format string, args ...any) *Problem {
	return &Problem{File: file, Line: line, Col: col, Severity: Error, Msg: c.Sprintf(lang, format, args...)}
}

// Warnf returns a warning-severity Problem, as Errorf does.
func (c Catalog) Warnf(lang, file string, line, col int, format string, args ...any) *Problem {
	return &Problem{File: file, Line: line, Col: col, Severity: Warning, Msg: c.Sprintf(lang, format, args...)}
}
