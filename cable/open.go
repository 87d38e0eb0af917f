package cable

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Files expands command-line style paths into the inputs to read: a file
// stands for itself, a directory for every file below it (sorted, hidden
// files and documentation such as README, LICENSE, *.md skipped), and "-"
// for standard input. Paths that do not exist are errors, but the others
// are still returned.
func Files(paths []string) ([]string, error) {
	var out []string
	var errs ErrorList
	for _, p := range paths {
		if p == "-" {
			out = append(out, p)
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			errs = append(errs, &ParseError{File: p, Err: err})
			continue
		}
		if !fi.IsDir() {
			out = append(out, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, &ParseError{File: path, Err: err})
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
			errs = append(errs, &ParseError{File: p, Err: err})
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

// Open returns a Reader for one input: a file (gzip or not) or "-" for
// stdin. Close the returned Closer when done.
func Open(path string, stdin io.Reader) (*Reader, io.Closer, error) {
	if path == "-" {
		return NewReader(stdin, "<stdin>"), io.NopCloser(nil), nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	return NewReader(f, path), f, nil
}

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
	// MaxCableSize and OnError are passed to each input's Reader.
	MaxCableSize int
	OnError      func(error)

	paths  []string
	stdin  io.Reader
	next   int
	cur    *Reader
	closer io.Closer
	errs   ErrorList
	nerr   int
	bytes  int64
	cable  *Cable
}

// NewMultiReader returns a reader over the inputs named by paths (see
// Files); stdin is read for "-".
func NewMultiReader(paths []string, stdin io.Reader) *MultiReader {
	m := &MultiReader{stdin: stdin}
	files, err := Files(paths)
	m.paths = files
	if l, ok := err.(ErrorList); ok {
		// All kept, not capped: they are as many as the paths given at
		// most, and a caller that sets OnError only afterwards learns of
		// them from Err alone.
		m.errs = append(m.errs, l...)
		m.nerr += len(l)
	}
	return m
}

func (m *MultiReader) fail(e *ParseError) {
	m.nerr++
	if len(m.errs) < maxKeptErrors {
		m.errs = append(m.errs, e)
	}
	if m.OnError != nil {
		m.OnError(e)
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
			m.fail(&ParseError{File: path, Err: err})
			continue
		}
		r.MaxCableSize = m.MaxCableSize
		r.OnError = m.OnError
		m.cur, m.closer = r, closer
	}
}

func (m *MultiReader) closeCur() {
	m.bytes += m.cur.BytesRead()
	m.nerr += m.cur.nerr
	for _, e := range m.cur.errs {
		if len(m.errs) < maxKeptErrors {
			m.errs = append(m.errs, e)
		}
	}
	m.closer.Close()
	m.cur, m.closer = nil, nil
}

// Cable returns the cable read by the last successful Next.
func (m *MultiReader) Cable() *Cable { return m.cable }

// Err returns the problems met so far, or nil: every path error of
// NewMultiReader, then the first of the later errors, and a last error
// that counts those not kept (OnError saw them all).
func (m *MultiReader) Err() error {
	kept := len(m.errs)
	if m.cur != nil {
		kept += len(m.cur.errs)
	}
	if n := m.Failures() - kept; n > 0 {
		l := append(ErrorList(nil), m.errs...)
		if m.cur != nil {
			l = append(l, m.cur.errs...)
		}
		return append(l, &ParseError{Err: fmt.Errorf("%d more errors not kept (passed to OnError)", n)})
	}
	if m.cur != nil && len(m.cur.errs) > 0 {
		return append(append(ErrorList(nil), m.errs...), m.cur.errs...)
	}
	return m.errs.Err()
}

// Failures returns how many inputs or records failed so far.
func (m *MultiReader) Failures() int {
	n := m.nerr
	if m.cur != nil {
		n += m.cur.nerr
	}
	return n
}

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
