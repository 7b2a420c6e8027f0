// Package diag is the one error type for problems an editor can fix: each
// names the file, the line and column where known, what is wrong and what
// would fix it, in one line.
//
// It does not print or decide whether a build stops: callers collect
// problems in a List and decide from their severity.
package diag

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Severity says whether a problem stops the build.
type Severity uint8

// Severities: an Error fails the build, a Warning is reported and the build goes on.
const (
	Error Severity = iota
	Warning
)

// Problem is one positioned problem in the input. It implements error.
type Problem struct {
	File     string // path as the editor knows it, relative to the site folder
	Line     int    // 1-based; 0 when the problem concerns the whole file
	Col      int    // 1-based; 0 when unknown
	Severity Severity
	Msg      string // what is wrong, then in parentheses what would fix it
	Err      error  // the underlying error, if any
}

// Error formats the problem as file:line:col: message, on one line.
func (p *Problem) Error() string {
	var b strings.Builder
	b.WriteString(oneLine(p.File))
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
		if p.Col > 0 {
			fmt.Fprintf(&b, ":%d", p.Col)
		}
	}
	b.WriteString(": ")
	if p.Severity == Warning {
		b.WriteString("warning: ")
	}
	b.WriteString(oneLine(p.Msg))
	return b.String()
}

// oneLine escapes the line breaks and other control characters of s
// ("\n", "\x00"): a problem is always one line, and a file name or a
// parser's message cannot start a line that reads as another problem.
func oneLine(s string) string {
	if strings.IndexFunc(s, isControl) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isControl(r) {
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isControl(r rune) bool { return r < 0x20 && r != '\t' || r == 0x7f }

// Unwrap returns the underlying error.
func (p *Problem) Unwrap() error { return p.Err }

// Errorf returns an error-severity Problem at file:line:col.
func Errorf(file string, line, col int, format string, args ...any) *Problem {
	return &Problem{File: file, Line: line, Col: col, Severity: Error, Msg: fmt.Sprintf(format, args...)}
}

// Warnf returns a warning-severity Problem at file:line:col.
func Warnf(file string, line, col int, format string, args ...any) *Problem {
	return &Problem{File: file, Line: line, Col: col, Severity: Warning, Msg: fmt.Sprintf(format, args...)}
}

// List collects the problems of a build so that all of them are reported
// together, not only the first. The zero value is ready to use.
type List []*Problem

// Add appends problems to the list.
func (l *List) Add(p ...*Problem) { *l = append(*l, p...) }

// Merge appends every problem of err: a List, a Problem, or (for any other
// error) a problem attributed to file.
func (l *List) Merge(file string, err error) {
	if err == nil {
		return
	}
	var list List
	if errors.As(err, &list) {
		*l = append(*l, list...)
		return
	}
	var p *Problem
	if errors.As(err, &p) {
		*l = append(*l, p)
		return
	}
	*l = append(*l, &Problem{File: file, Severity: Error, Msg: err.Error(), Err: err})
}

// HasErrors reports whether any problem in the list is an error.
func (l List) HasErrors() bool {
	for _, p := range l {
		if p.Severity == Error {
			return true
		}
	}
	return false
}

// Errors returns the error-severity problems.
func (l List) Errors() List { return l.filter(Error) }

// Warnings returns the warning-severity problems.
func (l List) Warnings() List { return l.filter(Warning) }

func (l List) filter(s Severity) List {
	var out List
	for _, p := range l {
		if p.Severity == s {
			out = append(out, p)
		}
	}
	return out
}

// Sort orders the problems by file, line and column, keeping the order of
// problems at the same place, so that reports are deterministic.
func (l List) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}

// Error returns the problems one per line.
func (l List) Error() string {
	lines := make([]string, len(l))
	for i, p := range l {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}

// Err returns the list as an error when it holds an error-severity problem, else nil.
func (l List) Err() error {
	if l.HasErrors() {
		return l
	}
	return nil
}

// Nearest returns the candidate closest to word by edit distance, for
// "pubished — did you mean published?"; "" when none is close enough to
// help. A slip seldom changes the first letter: among those close enough,
// one that starts as word does comes first ("kidn" is kind, not id).
func Nearest(word string, candidates []string) string {
	w := strings.ToLower(word)
	best, bestDist, bestSame := "", len(w)/2+2, false
	for _, c := range candidates {
		d := distance(w, c)
		same := w != "" && c != "" && w[0] == c[0]
		if d < len(w)/2+2 && (same && !bestSame || same == bestSame && d < bestDist) {
			best, bestDist, bestSame = c, d, same
		}
	}
	return best
}

// distance is the Levenshtein distance between a and b, over runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
