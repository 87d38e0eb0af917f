package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/cablegraph/cablegraph/cable"
	"github.com/cablegraph/cablegraph/pipeline"
)

// newFlagSet returns the flag set of a subcommand. Its -h prints usage (a
// usage line and a paragraph, ending in a newline), then the flags.
func newFlagSet(name, usage string, stderr io.Writer) *flag.FlagSet {
	fl := flag.NewFlagSet(name, flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.Usage = func() {
		fmt.Fprint(stderr, usage)
		fmt.Fprintln(stderr, "\nflags:")
		fl.PrintDefaults()
	}
	return fl
}

// parseFlags parses args into fl. When done is set the command ends with
// code: 0 after -h, 2 after a bad flag (the flag package has said why).
func parseFlags(fl *flag.FlagSet, args []string) (code int, done bool) {
	err := fl.Parse(args)
	switch {
	case err == nil:
		return 0, false
	case errors.Is(err, flag.ErrHelp):
		return 0, true
	}
	return 2, true
}

// failures prints each problem of a run on a line of its own (as
// file:line: msg) and counts them. Extraction workers report too, so it is
// safe for concurrent use.
type failures struct {
	mu sync.Mutex
	w  io.Writer
	n  int
}

func (f *failures) report(err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.n++
	fmt.Fprintln(f.w, err)
}

func (f *failures) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.n
}

// maxSize is the -max-size flag of the commands that read cables: the
// largest cable to read, in bytes ("8MB", "512KB" or a number of bytes).
// A larger one is skipped and reported, and the run goes on with the next.
type maxSize int

func addMaxSizeFlag(fl *flag.FlagSet) *maxSize {
	n := maxSize(cable.DefaultMaxCableSize)
	fl.Var(&n, "max-size", "skip (and report) any cable larger than `SIZE` (8MB, 512KB, or bytes)")
	return &n
}

func (n *maxSize) String() string { return cable.FormatSize(int64(*n)) }

func (n *maxSize) Set(s string) error {
	t := strings.ToUpper(strings.TrimSpace(s))
	unit := 1
	for _, u := range []struct {
		suffix string
		size   int
	}{{"MB", 1 << 20}, {"M", 1 << 20}, {"KB", 1 << 10}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, unit = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.size
			break
		}
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || v*float64(unit) < 1 || v*float64(unit) > 1<<40 {
		return fmt.Errorf("%q is not a size such as 8MB, 512KB or 100000", s)
	}
	*n = maxSize(v * float64(unit))
	return nil
}

// sizeInFlag rewords a cable over the size limit in the terms of the
// command line: "cable is 15.0 MB, over -max-size 8 MB" (the parser does
// not know which flag set its limit).
func sizeInFlag(err error) error {
	var pe *cable.ParseError
	var se *cable.SizeError
	if !errors.As(err, &pe) || !errors.As(pe.Err, &se) {
		return err
	}
	msg := "cable is over -max-size " + cable.FormatSize(int64(se.Limit))
	if se.Size > 0 {
		msg = fmt.Sprintf("cable is %s, over -max-size %s", cable.FormatSize(se.Size), cable.FormatSize(int64(se.Limit)))
	}
	out := *pe
	out.Err = flagSizeError{se, msg}
	return &out
}

// flagSizeError is a *cable.SizeError worded for the command line; it
// still matches cable.ErrTooLarge.
type flagSizeError struct {
	*cable.SizeError
	msg string
}

func (e flagSizeError) Error() string { return e.msg }
func (e flagSizeError) Unwrap() error { return e.SizeError }

// openInputs returns a reader over the cables named by paths (stdin when
// there are none) that reports every input or cable that fails to f.
// maxSize 0 means cable.DefaultMaxCableSize.
func openInputs(paths []string, stdin io.Reader, maxSize int, f *failures) *pipeline.MultiReader {
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	m := pipeline.NewMultiReader(paths, stdin)
	m.MaxCableSize = maxSize
	m.OnError = func(err error) { f.report(sizeInFlag(err)) }
	// The paths were expanded, and their errors met, before OnError was
	// set: so far m.Err holds only those.
	for _, err := range unjoin(m.Err()) {
		f.report(err)
	}
	return m
}

// cableError places err at the start of cable c: file:line: ID: msg.
func cableError(c *cable.Cable, err error) error {
	return &cable.ParseError{File: c.Source.File, Line: max(1, c.Source.Line), Row: c.Source.Row, ID: c.ID, Err: err}
}

// unjoin splits an errors.Join or a cable.ErrorList into its errors, so
// that each is printed on a line of its own.
func unjoin(err error) []error {
	if err == nil {
		return nil
	}
	if u, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range u.Unwrap() {
			out = append(out, unjoin(e)...)
		}
		return out
	}
	return []error{err}
}

// jsonLines writes one JSON value per line, buffered: a corpus makes
// millions of small writes.
type jsonLines struct {
	buf *bufio.Writer
	enc *json.Encoder
}

func newJSONLines(w io.Writer) *jsonLines {
	buf := bufio.NewWriterSize(w, 256<<10)
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false) // "<stdin>" and "&" stay readable
	return &jsonLines{buf, enc}
}

func (j *jsonLines) write(v any) error { return j.enc.Encode(v) }
func (j *jsonLines) flush() error      { return j.buf.Flush() }

// writeLine writes a line made by encodeJSONLine.
func (j *jsonLines) writeLine(b []byte) error {
	_, err := j.buf.Write(b)
	return err
}

// encodeJSONLine returns v as jsonLines writes it, newline included, so
// that workers can encode and the writer only copy.
func encodeJSONLine(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// printSummary writes the last line of parse, extract and load on stderr:
// "parse: 12 cables, 0 failures, 3.1 MB in 0.20s (15.5 MB/s)", then the
// command's own figures.
func printSummary(w io.Writer, cmd string, cables, failed int, bytes int64, start time.Time, more ...string) {
	secs := time.Since(start).Seconds()
	mb := float64(bytes) / 1e6
	fmt.Fprintf(w, "%s: %d cables, %d failures, %.1f MB in %.2fs (%.1f MB/s)", cmd, cables, failed, mb, secs, mb/max(secs, 1e-9))
	for _, s := range more {
		fmt.Fprint(w, ", ", s)
	}
	fmt.Fprintln(w)
}
