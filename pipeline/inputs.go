package pipeline

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/cablegraph/cablegraph/cable"
)

// Files expands command-line style paths into the inputs to read: a file
// stands for itself, a directory for every file below it (sorted, hidden
// files and documentation such as README, LICENSE, *.md skipped), and "-"
// for standard input. Paths that do not exist are errors, but the others
// are still returned.
func Files(paths []string) ([]string, error) {
	var out []string
	var errs cable.ErrorList
	for _, p := range paths {
		if p == "-" {
			out = append(out, p)
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			errs = append(errs, &cable.ParseError{File: p, Err: err})
			continue
		}
		if !fi.IsDir() {
			out = append(out, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &cable.ParseError{File: path, Err: err})
				return nil
			}
			name := d.Name()
			if strings.HasPrefix(name, ".") && path != p {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() && !skipFile(name) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, &cable.ParseError{File: p, Err: err})
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, errs.Err()
}

// skipFile reports files found in a directory that are not cables.
func skipFile(name string) bool {
	u := strings.ToUpper(name)
	if strings.HasPrefix(u, "LICENSE") || strings.HasPrefix(u, "README") || strings.HasPrefix(u, "COPYING") {
		return true
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".tsv", ".json", ".py", ".go", ".pdf", ".zip", ".js", ".css", ".png", ".jpg", ".gif":
		return true
	}
	return false
}

// Open returns a cable.Reader for one input: a file (gzip or not; the
// Reader detects it) or "-" for stdin. Close the returned Closer when done.
func Open(path string, stdin io.Reader) (*cable.Reader, io.Closer, error) {
	if path == "-" {
		return cable.NewReader(stdin, "<stdin>"), io.NopCloser(nil), nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	return cable.NewReader(f, path), f, nil
}

// maxKeptErrors bounds the errors a MultiReader keeps for Err; past it they
// are only counted (and still passed to OnError).
const maxKeptErrors = 1000

// MultiReader reads the cables of many inputs in turn, as listed by Files.
// An input that cannot be opened is reported and skipped.
//
// Every error reaches the caller. The paths that NewMultiReader could not
// expand (missing files, unreadable directories) are all in Err from the
// start, however many there are: OnError cannot be set yet when they are
// met. Errors met later (an input that cannot be opened, a bad cable) go to
// OnError as they happen and are counted by Failures; Err keeps the first
// maxKeptErrors of them and says how many more there were.
type MultiReader struct {
	// MaxCableSize, OnError and Skim are passed to each input's Reader.
	MaxCableSize int
	OnError      func(error)
	Skim         func(id string) bool

	paths  []string
	stdin  io.Reader
	next   int
	cur    *cable.Reader
	closer io.Closer
	errs   cable.ErrorList
	nerr   int
	kept   int // errors kept once the path errors are in errs
	bytes  int64
	last   int64 // BytesRead when the last cable was read
	cable  *cable.Cable
}

// NewMultiReader returns a reader over the inputs named by paths (see
// Files); stdin is read for "-".
func NewMultiReader(paths []string, stdin io.Reader) *MultiReader {
	m := &MultiReader{stdin: stdin}
	files, err := Files(paths)
	m.paths = files
	if l, ok := err.(cable.ErrorList); ok {
		// All kept, not capped: they are as many as the paths given at
		// most, and a caller that sets OnError only afterwards learns of
		// them from Err alone.
		m.errs = append(m.errs, l...)
		m.nerr += len(l)
	}
	return m
}

// fail counts and keeps an error met after NewMultiReader, the input's own
// (a bad cable) or the MultiReader's (an input that cannot be opened).
func (m *MultiReader) fail(err error) {
	m.nerr++
	if m.kept < maxKeptErrors {
		m.kept++
		if pe, ok := err.(*cable.ParseError); ok {
			m.errs = append(m.errs, pe)
		} else {
			m.errs = append(m.errs, &cable.ParseError{Err: err})
		}
	}
	if m.OnError != nil {
		m.OnError(err)
	}
}

// Next reads the next cable of any input.
func (m *MultiReader) Next() bool {
	m.cable = nil
	for {
		if m.cur != nil {
			if m.cur.Next() {
				m.cable = m.cur.Cable()
				return true
			}
			m.closeCur()
		}
		if m.next >= len(m.paths) {
			return false
		}
		path := m.paths[m.next]
		m.next++
		r, closer, err := Open(path, m.stdin)
		if err != nil {
			m.fail(&cable.ParseError{File: path, Err: err})
			continue
		}
		r.MaxCableSize = m.MaxCableSize
		r.OnError = m.fail
		r.Skim = m.Skim
		m.cur, m.closer = r, closer
	}
}

func (m *MultiReader) closeCur() {
	m.bytes += m.cur.BytesRead()
	m.closer.Close()
	m.cur, m.closer = nil, nil
}

// Cable returns the cable read by the last successful Next.
func (m *MultiReader) Cable() *cable.Cable { return m.cable }

// Size returns the input bytes consumed since the previous cable was
// returned, at least one: what reading the current cable took, to weigh it
// for Run. (For the first cable of an input it includes what the input's
// predecessor had left after its last cable, a few bytes at most.)
func (m *MultiReader) Size() int64 {
	n := m.BytesRead()
	size := n - m.last
	m.last = n
	return max(size, 1)
}

// Err returns the problems met so far, or nil: every path error of
// NewMultiReader, then the first of the later errors, and a last error
// that counts those not kept (OnError saw them all).
func (m *MultiReader) Err() error {
	if n := m.nerr - len(m.errs); n > 0 {
		l := append(cable.ErrorList(nil), m.errs...)
		return append(l, &cable.ParseError{Err: fmt.Errorf("%d more errors not kept (passed to OnError)", n)})
	}
	return m.errs.Err()
}

// Failures returns how many inputs or records failed so far.
func (m *MultiReader) Failures() int { return m.nerr }

// BytesRead returns the input bytes consumed so far.
func (m *MultiReader) BytesRead() int64 {
	n := m.bytes
	if m.cur != nil {
		n += m.cur.BytesRead()
	}
	return n
}

// Inputs returns the inputs the MultiReader reads, in order.
func (m *MultiReader) Inputs() []string { return m.paths }
