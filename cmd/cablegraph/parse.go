package main

import (
	"context"
	"fmt"
	"runtime"
	"time"

	"github.com/cablegraph/cablegraph/cable"
	"github.com/cablegraph/cablegraph/pipeline"
)

const parseUsage = `usage: cablegraph parse [flags] [FILE|DIR|-]...

Parse cables (text, WikiLeaks HTML, PlusD, cables.csv; gzip or not) into JSON Lines.
Directories are read recursively; no argument or - reads stdin.
A text input may hold many cables (cat *.txt): it is split at each VZCZC line.
`

// runParse implements "cablegraph parse [flags] [FILE|DIR|-]...": every
// cable of the inputs as one JSON object per line on stdout, problems as
// file:line: msg on stderr, and a one-line summary at the end.
func runParse(ctx context.Context, e env) int {
	fl := newFlagSet("parse", parseUsage, e.stderr)
	maxSize := addMaxSizeFlag(fl)
	verbose := fl.Bool("v", false, "also report the minor problems of cables that were parsed (no subject, no date...)")
	quiet := fl.Bool("q", false, "no summary line")
	workers := fl.Int("j", runtime.GOMAXPROCS(0), "encode this many cables in parallel")
	if code, done := parseFlags(fl, e.args); done {
		return code
	}
	if *workers < 1 {
		fmt.Fprintln(e.stderr, "cablegraph parse: -j must be at least 1")
		return 2
	}

	start := time.Now()
	out := newJSONLines(e.stdout)
	defer out.flush()
	fails := &failures{w: e.stderr}
	m := openInputs(fl.Args(), e.stdin, int(*maxSize), fails)
	next := func() (*cable.Cable, int64, bool) {
		if !m.Next() {
			return nil, 0, false
		}
		return m.Cable(), m.Size(), true
	}
	// The cables are encoded on the workers, the parser being the reader.
	n := 0
	err := pipeline.Run(ctx, pipeline.Config{Workers: *workers}, next, func(_ context.Context, c *cable.Cable) ([]byte, error) {
		return encodeJSONLine(c)
	}, func(c *cable.Cable, line []byte, err error) error {
		if *verbose {
			for _, err := range c.Errors {
				fmt.Fprintln(e.stderr, err)
			}
		}
		if err == nil {
			err = out.writeLine(line)
		}
		n++
		return err
	})
	switch {
	case ctx.Err() != nil:
		fmt.Fprintln(e.stderr, "cablegraph parse: interrupted")
		return 1
	case err != nil:
		fmt.Fprintf(e.stderr, "cablegraph parse: writing output: %v\n", err)
		return 1
	}
	if err := out.flush(); err != nil {
		fmt.Fprintf(e.stderr, "cablegraph parse: writing output: %v\n", err)
		return 1
	}
	if !*quiet {
		printSummary(e.stderr, "parse", n, fails.count(), m.BytesRead(), start)
	}
	if fails.count() > 0 {
		return 1
	}
	return 0
}
