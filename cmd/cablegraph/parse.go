package main

import (
	"context"
	"fmt"
	"time"
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
	if code, done := parseFlags(fl, e.args); done {
		return code
	}

	start := time.Now()
	out := newJSONLines(e.stdout)
	defer out.flush()
	fails := &failures{w: e.stderr}
	m := openInputs(fl.Args(), e.stdin, int(*maxSize), fails)
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
		if err := out.write(c); err != nil {
			fmt.Fprintf(e.stderr, "cablegraph parse: writing output: %v\n", err)
			return 1
		}
		n++
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
