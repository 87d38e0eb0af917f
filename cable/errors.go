package cable

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Sentinel errors, found in ParseError.Err (test with errors.Is).
var (
	ErrEmpty      = errors.New("empty input")
	ErrBinary     = errors.New("binary data, not a cable")
	ErrTooLarge   = errors.New("cable too large") // in a *SizeError
	ErrQuote      = errors.New("broken quote in CSV row")
	ErrFieldCount = errors.New("wrong number of fields in CSV row")
	ErrTruncated  = errors.New("input ends inside a cable")
	ErrNoBody     = errors.New("no cable text found")
	ErrNoHeader   = errors.New("no routing header")
	ErrNoDate     = errors.New("no date-time group or date")
	ErrNoSubject  = errors.New("no SUBJECT line")
	ErrNoClass    = errors.New("no classification line")
	ErrBadDTG     = errors.New("malformed date-time group")
	ErrPanic      = errors.New("internal error while parsing")
	ErrNotCable   = errors.New("no cable found (no routing header, classification, subject or date)")
	// ErrSecondTelegram is a soft error: the body went on with another
	// telegram, which was cut off (see Cable.Errors for where).
	ErrSecondTelegram = errors.New("body holds a second telegram")
)

// SizeError is a cable over the Reader's MaxCableSize, skipped unparsed.
// It wraps ErrTooLarge.
type SizeError struct {
	Size  int64 // bytes of the cable; 0 when unknown (the rest was skipped unread)
	Limit int   // the Reader's MaxCableSize
}

func (e *SizeError) Error() string {
	if e.Size <= 0 {
		return fmt.Sprintf("cable is over %s, the size limit", FormatSize(int64(e.Limit)))
	}
	return fmt.Sprintf("cable is %s, over the size limit of %s", FormatSize(e.Size), FormatSize(int64(e.Limit)))
}

func (e *SizeError) Unwrap() error { return ErrTooLarge }

// FormatSize writes a size in bytes for people: "812 bytes", "4.5 KB",
// "15.0 MB", and a whole number of kilo- or megabytes without a fraction
// ("8 MB"), as one sets a limit. A kilobyte is 1,024 bytes.
func FormatSize(n int64) string {
	switch {
	case n < 1<<10:
		return fmt.Sprintf("%d bytes", n)
	case n < 1<<20 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	case n < 1<<20:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	case n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}

// ParseError is a problem at a place in the input, printed as
// file:line: msg (and the CSV row when there is one), as go/scanner does.
type ParseError struct {
	File   string
	Line   int // 1-based line where the problem was found, 0 if unknown
	Row    int // 1-based CSV row, 0 for other formats
	Offset int // byte offset in the file
	ID     string
	Err    error
}

func (e *ParseError) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
	} else {
		b.WriteString("<input>")
	}
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	if e.Row > 0 {
		fmt.Fprintf(&b, "row %d: ", e.Row)
	}
	if e.ID != "" {
		b.WriteString(e.ID)
		b.WriteString(": ")
	}
	b.WriteString(e.Err.Error())
	return b.String()
}

func (e *ParseError) Unwrap() error { return e.Err }

// ErrorList is a list of parse errors; its Err is nil when it is empty.
type ErrorList []*ParseError

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Sort orders the list by file, then offset.
func (l ErrorList) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].File != l[j].File {
			return l[i].File < l[j].File
		}
		return l[i].Offset < l[j].Offset
	})
}

// Err returns l as an error, or nil when l is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Unwrap lets errors.Is look into every error of the list.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}
