package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/cablegraph/cablegraph/cable"
)

// runParse implements "cablegraph parse [flags] [FILE|DIR|-]...": every
// cable of the inputs as one JSON object per line on stdout, problems as
// file:line: msg on stderr, and a one-line summary at the end.
func runParse(ctx context.Context, e env) int {
	fl := flag.NewFlagSet("parse", flag.ContinueOnError)
	fl.SetOutput(e.stderr)
	maxSize := fl.Int("max-size", cable.DefaultMaxCableSize, "skip (and report) any cable larger than this many `bytes`")
	verbose := fl.Bool("v", false, "also report the minor problems of cables that were parsed (no subject, no date...)")
	quiet := fl.Bool("q", false, "no summary line")
	fl.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: cablegraph parse [flags] [FILE|DIR|-]...")
		fmt.Fprintln(e.stderr, "\nParse cables (text, WikiLeaks HTML, PlusD, cables.csv; gzip or not) into JSON Lines.")
		fmt.Fprintln(e.stderr, "Directories are read recursively; no argument or - reads stdin.")
		fmt.Fprintln(e.stderr, "A text input may hold many cables (cat *.txt): it is split at each VZCZC line.")
		fmt.Fprintln(e.stderr, "\nflags:")
		fl.PrintDefaults()
	}
	if err := fl.Parse(e.args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if *maxSize <= 0 {
		fmt.Fprintln(e.stderr, "cablegraph parse: -max-size must be positive")
		return 2
	}
	paths := fl.Args()
	if len(paths) == 0 {
		paths = []string{"-"}
	}

	start := time.Now()
	out := bufio.NewWriterSize(e.stdout, 256<<10)
	defer out.Flush()
	m := cable.NewMultiReader(paths, e.stdin)
	m.MaxCableSize = *maxSize
	failed := 0
	m.OnError = func(err error) {
		failed++
		fmt.Fprintln(e.stderr, err)
	}
	// Errors met while expanding the paths came before OnError was set.
	if err := m.Err(); err != nil {
		for _, pe := range err.(cable.ErrorList) {
			failed++
			fmt.Fprintln(e.stderr, pe)
		}
	}
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	n := 0
	for m.Next() {
		if n%256 == 0 && ctx.Err() != nil {
			fmt.Fprintln(e.stderr, "cablegraph parse: interrupted")
			return 1
		}
		c := m.Cable()
		if *verbose {
			for _, err := range c.Errors {
				fmt.Fprintln(e.stderr, err)
			}
		}
		if err := enc.Encode(c); err != nil {
			fmt.Fprintf(e.stderr, "cablegraph parse: writing output: %v\n", err)
			return 1
		}
		n++
	}
	if err := out.Flush(); err != nil && err != io.ErrShortWrite {
		fmt.Fprintf(e.stderr, "cablegraph parse: writing output: %v\n", err)
		return 1
	}
	if !*quiet {
		secs := time.Since(start).Seconds()
		mb := float64(m.BytesRead()) / 1e6
		fmt.Fprintf(e.stderr, "parse: %d cables, %d failures, %.1f MB in %.2fs (%.1f MB/s)\n", n, failed, mb, secs, mb/max(secs, 1e-9))
	}
	if failed > 0 {
		return 1
	}
	return 0
}
