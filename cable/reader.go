package cable

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"sync"
	"unicode/utf8"
)

// DefaultMaxCableSize is the size cap on one cable when Reader.MaxCableSize
// is zero. The largest cable of the full release is about 1.5 MB; a
// "cable" far past that is a broken record or a concatenation, which
// would swallow the input. Reading one takes a few seconds a megabyte and
// tens of bytes of memory per byte (for extraction), so the cap stays
// within a small multiple of the largest real cable.
const DefaultMaxCableSize = 8 << 20

// A Reader reads cables from an input in any supported format, detected
// from its first bytes (or gzip-compressed). It streams: a cables.csv of
// any size is read row by row, and a text stream of many cables (cat
// *.txt) is split at each VZCZC line that opens a routing header, with
// positions counted from the start of the stream. An HTML page is one
// cable.
//
//	r := cable.NewReader(f, "cables.csv")
//	for r.Next() {
//		c := r.Cable()
//		...
//	}
//	if err := r.Err(); err != nil { ... }
//
// A problem with one cable never stops the Reader: a cable that could be
// parsed in part is returned with its Errors set, a record that yields no
// cable (a broken CSV quote, an oversized cable) is reported, and reading
// goes on with the next. Err returns every such problem.
type Reader struct {
	// MaxCableSize caps the bytes of one cable (a text file, a page, a CSV
	// row); zero means DefaultMaxCableSize. A larger cable is skipped and
	// reported with a *SizeError (ErrTooLarge).
	MaxCableSize int

	// Format, when set, skips detection.
	Format Format

	// OnError, when set, is called with each error as it happens, in
	// addition to being collected for Err.
	OnError func(error)

	// Skim, when set, is asked about each CSV row whose reference ID
	// column is filled; when it returns true the row is returned
	// unparsed, a Cable with only its ID and Source set. A first pass that
	// needs the IDs of a corpus and the parse of a few of its cables
	// (cablegraph's choice among repeated copies) reads a CSV of the whole
	// release at the speed of its CSV scanner, not of the parser. Other
	// containers name their ID inside the telegram and are parsed in full.
	Skim func(id string) bool

	file    string
	in      io.Reader
	br      *bufio.Reader
	started bool
	done    bool
	cable   *Cable
	errs    ErrorList
	nerr    int
	p       *telegram
	csv     *csvScanner
	txt     *textScanner
	read    int64 // bytes consumed, for progress
	pooled  *bufio.Reader
}

// maxKeptErrors bounds the errors a Reader keeps for Err; past it they are
// only counted (and still passed to OnError).
const maxKeptErrors = 1000

// NewReader returns a Reader for in; file names it in errors and in each
// cable's Source.
func NewReader(in io.Reader, file string) *Reader {
	return &Reader{file: file, in: in}
}

func (r *Reader) max() int {
	if r.MaxCableSize > 0 {
		return r.MaxCableSize
	}
	return DefaultMaxCableSize
}

// Cable returns the cable read by the last successful Next.
func (r *Reader) Cable() *Cable { return r.cable }

// Err returns the problems met so far, as an ErrorList, or nil.
func (r *Reader) Err() error {
	if r.nerr > len(r.errs) {
		l := append(ErrorList(nil), r.errs...)
		l = append(l, &ParseError{File: r.file, Err: fmt.Errorf("%d more errors not kept", r.nerr-len(r.errs))})
		return l
	}
	return r.errs.Err()
}

// Failures returns how many records failed so far.
func (r *Reader) Failures() int { return r.nerr }

// BytesRead returns how many input bytes the Reader has consumed.
func (r *Reader) BytesRead() int64 { return r.read }

func (r *Reader) fail(e *ParseError) {
	if e.File == "" {
		e.File = r.file
	}
	r.nerr++
	if len(r.errs) < maxKeptErrors {
		r.errs = append(r.errs, e)
	}
	if r.OnError != nil {
		r.OnError(e)
	}
}

// Next reads the next cable. It returns false at the end of the input.
func (r *Reader) Next() bool {
	r.cable = nil
	if r.done {
		return false
	}
	if !r.started {
		r.started = true
		if !r.start() {
			r.done = true
			r.release()
			return false
		}
		r.p = telegramPool.Get().(*telegram)
	}
	var ok bool
	switch r.Format {
	case FormatCSV:
		ok = r.nextCSV()
	case FormatText:
		ok = r.nextText()
	default:
		r.done = true // one cable per input
		ok = r.nextWhole()
	}
	if r.done && r.p != nil {
		// The parser's buffers go back for the next input: corpora are
		// many small files.
		*r.p = telegram{lines: r.p.lines[:0], body: r.p.body, field: r.p.field, dec: r.p.dec}
		telegramPool.Put(r.p)
		r.p = nil
	}
	if r.done {
		r.release()
	}
	return ok
}

var telegramPool = sync.Pool{New: func() any { return new(telegram) }}

// Corpora are many small files: the buffers that read one are reused for
// the next. The parser copies what it keeps out of the raw bytes.
var (
	rawPool   = sync.Pool{New: func() any { return new([]byte) }}
	bufioPool = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, 16<<10) }}
)

// maxPooledRaw keeps the rare huge input's buffer out of the pool.
const maxPooledRaw = 4 << 20

// readAllInto is io.ReadAll appending to buf.
func readAllInto(buf []byte, in io.Reader) ([]byte, error) {
	for {
		if len(buf) == cap(buf) {
			buf = grow(buf, 512)
		}
		n, err := in.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

// release returns the input buffer to its pool once the input is read.
func (r *Reader) release() {
	if r.pooled != nil {
		r.pooled.Reset(nil)
		bufioPool.Put(r.pooled)
		r.pooled, r.br = nil, nil
	}
}

// start detects compression and the format.
func (r *Reader) start() bool {
	r.br = bufioPool.Get().(*bufio.Reader)
	r.br.Reset(countingReader{r.in, &r.read})
	r.pooled = r.br
	head, err := r.br.Peek(2)
	if len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, zerr := gzip.NewReader(r.br)
		if zerr != nil {
			r.fail(&ParseError{Line: 1, Err: fmt.Errorf("gzip: %w", zerr)})
			return false
		}
		r.br = bufio.NewReaderSize(zr, 16<<10)
	} else if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		r.fail(&ParseError{Err: err})
		return false
	}
	head, err = r.br.Peek(4096)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		r.fail(&ParseError{Err: err})
		return false
	}
	if len(bytes.TrimSpace(head)) == 0 {
		r.fail(&ParseError{Line: 1, Err: ErrEmpty})
		return false
	}
	if isBinary(head) {
		r.fail(&ParseError{Line: 1, Err: ErrBinary})
		return false
	}
	if r.Format == "" {
		r.Format = detect(head)
	}
	switch r.Format {
	case FormatCSV:
		r.csv = &csvScanner{lineReader: lineReader{br: r.br, line: 1, max: r.max()}}
	case FormatText:
		r.txt = &textScanner{lineReader: lineReader{br: r.br, line: 1, max: r.max()}}
	}
	return true
}

type countingReader struct {
	r io.Reader
	n *int64
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	*c.n += int64(n)
	return n, err
}

// isBinary reports data that is no text in any encoding the cables use:
// NUL bytes, or many control bytes.
func isBinary(head []byte) bool {
	ctl := 0
	for _, c := range head {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return ctl > len(head)/20+2
}

// detect guesses the format from the first bytes.
func detect(head []byte) Format {
	h := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(h) > 3 && h[0] == '"' && isDigit(h[1]) {
		i := 1
		for i < len(h) && isDigit(h[i]) {
			i++
		}
		if bytes.HasPrefix(h[i:], []byte(`","`)) {
			return FormatCSV
		}
	}
	if bytes.Contains(head, []byte("/plusd/")) || bytes.Contains(head, []byte("PlusD")) {
		return FormatPlusD
	}
	if len(h) > 0 && h[0] == '<' || bytes.Contains(head, []byte("<pre>")) || bytes.Contains(head, []byte("<table class='cable'>")) {
		return FormatHTML
	}
	return FormatText
}

// nextWhole reads the whole input as one cable.
func (r *Reader) nextWhole() bool {
	max := r.max()
	bp := rawPool.Get().(*[]byte)
	defer func() {
		if cap(*bp) <= maxPooledRaw {
			rawPool.Put(bp)
		}
	}()
	raw, err := readAllInto((*bp)[:0], io.LimitReader(r.br, int64(max)+1))
	*bp = raw
	if err != nil {
		r.fail(&ParseError{Line: 1 + bytes.Count(raw, newline), Offset: len(raw), Err: err})
		if len(raw) == 0 {
			return false
		}
		// Parse what arrived; the error says the rest is missing.
	}
	if len(raw) > max {
		n, _ := io.Copy(io.Discard, r.br)
		r.fail(&ParseError{Line: 1, Err: &SizeError{Size: int64(len(raw)) + n, Limit: max}})
		return false
	}
	c := &Cable{Source: Source{File: r.file, Format: r.Format}}
	r.parseSafely(c, func() {
		switch r.Format {
		case FormatHTML:
			r.p.parseHTMLCable(c, raw, 0, 1)
		case FormatPlusD:
			r.p.parsePlusDCable(c, raw, 0, 1)
		default:
			r.p.parseTextCable(c, raw, 0, 1)
		}
	})
	if notCable(c) {
		r.fail(&ParseError{File: r.file, Line: 1, Err: ErrNotCable})
		return false
	}
	r.cable = c
	return true
}

// nextText reads the next cable of a text stream (see textScanner).
func (r *Reader) nextText() bool {
	for {
		rec, perr := r.txt.next()
		if perr != nil {
			r.fail(perr)
		}
		if rec == nil {
			if perr != nil {
				continue // a skipped cable: go on with the next
			}
			r.done = true
			return false
		}
		c := &Cable{Source: Source{File: r.file, Format: FormatText}}
		if rec.offset > 0 {
			c.Source.Line = rec.line
		}
		r.parseSafely(c, func() {
			r.p.parseTextCable(c, rec.raw, rec.offset, rec.line)
		})
		if notCable(c) {
			r.fail(&ParseError{File: r.file, Line: rec.line, Offset: rec.offset, Err: ErrNotCable})
			continue
		}
		r.cable = c
		return true
	}
}

// notCable reports a parse that found nothing of a cable: no routing
// header, no classification line, no subject, no date.
func notCable(c *Cable) bool {
	return c.From.Name == "" && c.Classification.Level == "" && c.Subject.Text == "" && c.Date.IsZero() && c.Meta.ID == ""
}

// parseSafely runs parse, turning a panic (a parser bug met by odd input)
// into an error on the cable, so one cable never stops a corpus.
func (r *Reader) parseSafely(c *Cable, parse func()) {
	defer func() {
		if v := recover(); v != nil {
			c.Errors = append(c.Errors, fmt.Errorf("%w: %v\n%s", ErrPanic, v, debug.Stack()))
		}
		r.p.finish(c)
		r.report(c)
	}()
	parse()
}

// report passes the hard errors of a cable (those that lost part of it) to
// the Reader's error list, with the cable's position.
func (r *Reader) report(c *Cable) {
	for i, e := range c.Errors {
		var pe *ParseError
		if errors.As(e, &pe) {
			// The parser placed it; say which cable it belongs to.
			if pe.File == "" {
				pe.File, pe.Row, pe.ID = c.Source.File, c.Source.Row, c.ID
			}
			continue
		}
		line := max(1, c.Source.Line)
		if len(c.Paragraphs) > 0 {
			line = c.Paragraphs[0].Pos.Line
		}
		pe = &ParseError{File: c.Source.File, Row: c.Source.Row, ID: c.ID, Line: line, Err: e}
		if c.Source.Row > 0 {
			pe.Line = c.Source.Line
		}
		c.Errors[i] = pe
		if errors.Is(e, ErrPanic) || errors.Is(e, ErrTruncated) || errors.Is(e, ErrNoBody) {
			r.fail(pe)
		}
	}
}

// nextCSV reads the next good row of a cables.csv stream.
func (r *Reader) nextCSV() bool {
	for {
		rec, err := r.csv.next()
		if err != nil {
			r.fail(err)
			continue
		}
		if rec == nil {
			r.done = true
			return false
		}
		c := &Cable{Source: Source{File: r.file, Format: FormatCSV, Row: r.csv.row, Line: rec.line}}
		latin1 := !utf8.Valid(rec.raw)
		if r.Skim != nil {
			if id := r.p.csvField(rec.raw, rec.fields, csvRefID, latin1); id != "" && r.Skim(id) {
				c.Meta.ID, c.ID = id, id
				r.cable = c
				return true
			}
		}
		r.parseSafely(c, func() {
			r.p.parseCSVCable(c, rec.raw, rec.fields, rec.offset, rec.line, latin1)
		})
		r.cable = c
		return true
	}
}
