package cable

import (
	"bytes"
	"fmt"
)

// A text input may hold many cables one after another, as made by
// "cat *.txt". textScanner splits such a stream at telegram boundaries,
// and only at boundaries that cannot be mistaken:
//
//   - a line that starts with VZCZC (the transmission identifier that
//     opens every routing header), once the cable being read has some
//     non-blank text: no cable of the corpus holds a second VZCZC line;
//   - a VZCZC identifier glued to the end of a line, as when the file
//     before it ended without a newline ("PEKALAVZCZCXRO4577"): the line
//     is split before VZCZC.
//
// Cables without a routing header (body-only copies) are not split from
// one another: nothing in them marks a start for sure.
type textScanner struct {
	lineReader
	buf []byte
}

// textRecord is one cable's bytes and where they start in the stream.
type textRecord struct {
	raw    []byte
	offset int
	line   int
}

// next returns the next cable, or nil at the end. A cable past max bytes
// is skipped and reported (nil record, error); a read error comes with
// the part of the cable read before it.
func (s *textScanner) next() (*textRecord, *ParseError) {
	s.buf = s.buf[:0]
	rec := textRecord{offset: -1}
	hasText, tooLarge := false, false
	end := 0 // offset just past the cable's last line read
	for {
		l, off, lineNo, long, err := s.readLine()
		if err != nil {
			perr := &ParseError{Line: lineNo, Offset: off, Err: fmt.Errorf("%w: %w", ErrTruncated, err)}
			if !hasText || tooLarge {
				return nil, perr
			}
			rec.raw = s.buf
			return &rec, perr
		}
		if l == nil && !long {
			break
		}
		if rec.offset < 0 {
			rec.offset, rec.line = off, lineNo
		}
		if hasText && !long && bytes.HasPrefix(l, vzczc) {
			s.unread(l, off, lineNo)
			break
		}
		if hasText && !long {
			if i := gluedVZCZC(l); i > 0 {
				// The previous file ended without a newline.
				s.buf = append(grow(s.buf, i), l[:i]...)
				s.unread(l[i:], off+i, lineNo)
				break
			}
		}
		end = s.off // past l, or past the long line readLine skipped
		if long || len(s.buf)+len(l) > s.max {
			tooLarge = true
			s.buf = s.buf[:0]
		}
		if !tooLarge {
			s.buf = append(grow(s.buf, len(l)), l...)
		}
		if !hasText && (long || len(bytes.TrimSpace(l)) > 0) {
			hasText = true
		}
	}
	if rec.offset < 0 {
		return nil, nil
	}
	if tooLarge {
		return nil, &ParseError{Line: rec.line, Offset: rec.offset, Err: &SizeError{Size: int64(end - rec.offset), Limit: s.max}}
	}
	rec.raw = s.buf
	return &rec, nil
}

var vzczc = []byte("VZCZC")

// gluedVZCZC returns where a transmission identifier glued to the end of
// line l starts ("PEKALAVZCZCXRO4577"), or -1.
func gluedVZCZC(l []byte) int {
	i := bytes.LastIndex(l, vzczc)
	if i <= 0 {
		return -1
	}
	id := bytes.TrimRight(l[i+len(vzczc):], "\r\n")
	if len(id) < 3 || len(id) > 12 {
		return -1
	}
	for _, c := range id {
		if !isUpper(c) && !isDigit(c) {
			return -1
		}
	}
	return i
}
