package cable

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
)

// csvScanner splits a cables.csv stream into rows. The dump is MySQL
// output, not RFC 4180: every field is quoted, a quote inside a field is
// written \" and a newline inside a field is literal, so encoding/csv
// cannot read it. A row whose quotes go wrong is reported, and the scanner
// resynchronises on the next line that starts a row ("<digits>","<digit>).
type csvScanner struct {
	lineReader
	row    int // rows started so far
	buf    []byte
	fields []span
}

type csvRecord struct {
	raw    []byte
	fields []span
	offset int // file offset of raw[0]
	line   int // line of raw[0]
}

const csvFields = 8

// lineReader reads an input line by line, counting lines and offsets,
// with one line of push-back (carry). A line past max bytes is skipped,
// not held.
type lineReader struct {
	br   *bufio.Reader
	off  int // file offset of the next byte
	line int // line of the next byte
	max  int

	carry     []byte // a line read ahead that starts the next record
	carryLine int
	carryOff  int
	long      []byte // a line longer than br's buffer, assembled
	eof       bool
}

// readLine returns the next line (with its newline) or nil at the end.
// The line is valid until the next call. A line longer than the buffer
// comes back whole unless it passes max, in which case the rest is
// skipped and long is true.
func (s *lineReader) readLine() (line []byte, off, lineNo int, long bool, err error) {
	if s.carry != nil {
		l := s.carry
		s.carry = nil
		return l, s.carryOff, s.carryLine, false, nil
	}
	if s.eof {
		return nil, s.off, s.line, false, nil
	}
	off, lineNo = s.off, s.line
	chunk, e := s.br.ReadSlice('\n')
	s.off += len(chunk)
	acc := chunk // most lines fit the buffer: no copy
	if e == bufio.ErrBufferFull {
		s.long = append(s.long[:0], chunk...)
		for e == bufio.ErrBufferFull {
			chunk, e = s.br.ReadSlice('\n')
			s.off += len(chunk)
			if !long {
				if len(s.long)+len(chunk) > s.max {
					long = true
					s.long = s.long[:0]
				} else {
					s.long = append(grow(s.long, len(chunk)), chunk...)
				}
			}
		}
		acc = s.long
		if long {
			acc = nil
		}
	}
	if e == io.EOF {
		s.eof = true
		if len(acc) == 0 && !long {
			return nil, off, lineNo, false, nil
		}
	} else if e != nil {
		s.eof = true
		return nil, off, lineNo, long, e
	}
	s.line++
	return acc, off, lineNo, long, nil
}

// unread pushes a line back, to be returned by the next readLine.
func (s *lineReader) unread(l []byte, off, lineNo int) {
	s.carry, s.carryOff, s.carryLine = append(s.carry[:0:0], l...), off, lineNo
}

// startsRow reports whether a line looks like the start of a row:
// "123","12/28/1966 ...
func startsRow(l []byte) bool {
	if len(l) < 5 || l[0] != '"' || !isDigit(l[1]) {
		return false
	}
	i := 1
	for i < len(l) && isDigit(l[i]) {
		i++
	}
	return bytes.HasPrefix(l[i:], []byte(`","`)) && i+3 < len(l) && isDigit(l[i+3])
}

// next returns the next row, nil at the end, or an error for a broken row
// (after which the caller calls next again).
func (s *csvScanner) next() (*csvRecord, *ParseError) {
	s.buf = s.buf[:0]
	s.fields = s.fields[:0]
	const (
		fieldStart = iota
		quoted
		unquoted
		afterQuote
	)
	state := fieldStart
	fieldBegin := 0
	var recOff, recLine int
	started := false
	broken := func(err error, line int) *ParseError {
		pe := &ParseError{Line: recLine, Row: s.row, Offset: recOff, Err: err}
		if line > recLine {
			pe.Err = fmt.Errorf("%w (found at line %d)", err, line)
		}
		s.resync()
		return pe
	}
	for {
		l, off, lineNo, long, err := s.readLine()
		if err != nil {
			return nil, &ParseError{Line: lineNo, Row: s.row, Offset: off, Err: err}
		}
		if l == nil && !long {
			if !started {
				return nil, nil
			}
			return nil, &ParseError{Line: recLine, Row: s.row, Offset: recOff, Err: fmt.Errorf("%w: input ends inside the row", ErrTruncated)}
		}
		if !started {
			if len(bytes.TrimSpace(l)) == 0 && !long {
				continue // blank lines between rows
			}
			started = true
			s.row++
			recOff, recLine = off, lineNo
		} else if state == quoted && startsRow(l) {
			// An unclosed quote ran into the next row: report this row
			// and start over with that line.
			s.unread(l, off, lineNo)
			return nil, &ParseError{Line: recLine, Row: s.row, Offset: recOff, Err: fmt.Errorf("%w: field not closed before line %d", ErrQuote, lineNo)}
		}
		if long || len(s.buf)+len(l) > s.max {
			return nil, broken(&SizeError{Limit: s.max}, lineNo)
		}
		base := len(s.buf)
		s.buf = append(grow(s.buf, len(l)), l...)
		for i := base; i < len(s.buf); i++ {
			c := s.buf[i]
			switch state {
			case fieldStart:
				switch c {
				case '"':
					state = quoted
					fieldBegin = i + 1
				case ',':
					s.fields = append(s.fields, span{i, i})
				case '\r':
				case '\n':
					s.fields = append(s.fields, span{i, i})
					return s.finish(recOff, recLine)
				default:
					state = unquoted
					fieldBegin = i
				}
			case unquoted:
				switch c {
				case ',':
					s.fields = append(s.fields, span{fieldBegin, i})
					state = fieldStart
				case '\n':
					e := i
					if e > fieldBegin && s.buf[e-1] == '\r' {
						e--
					}
					s.fields = append(s.fields, span{fieldBegin, e})
					return s.finish(recOff, recLine)
				}
			case quoted:
				switch c {
				case '\\':
					i++ // the escaped byte, whatever it is (a newline too)
				case '"':
					s.fields = append(s.fields, span{fieldBegin, i})
					state = afterQuote
				}
			case afterQuote:
				switch c {
				case ',':
					state = fieldStart
				case '\r':
				case '\n':
					return s.finish(recOff, recLine)
				default:
					return nil, broken(fmt.Errorf("%w: unexpected %q after closing quote of field %d", ErrQuote, c, len(s.fields)), lineNo+bytes.Count(s.buf[base:i], newline))
				}
			}
		}
		if s.eof && state != quoted {
			switch state {
			case afterQuote:
			case unquoted:
				s.fields = append(s.fields, span{fieldBegin, len(s.buf)})
			}
			return s.finish(recOff, recLine)
		}
	}
}

func (s *csvScanner) finish(off, line int) (*csvRecord, *ParseError) {
	if len(s.fields) != csvFields {
		return nil, &ParseError{Line: line, Row: s.row, Offset: off, Err: fmt.Errorf("%w: %d fields, want %d", ErrFieldCount, len(s.fields), csvFields)}
	}
	return &csvRecord{raw: s.buf, fields: s.fields, offset: off, line: line}, nil
}

// resync skips lines up to the next one that starts a row.
func (s *csvScanner) resync() {
	for {
		l, off, lineNo, long, err := s.readLine()
		if err != nil || l == nil && !long {
			return
		}
		if !long && startsRow(l) {
			s.unread(l, off, lineNo)
			return
		}
	}
}
