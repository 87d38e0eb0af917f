package main

import (
	"context"
	"fmt"
	"time"

	"github.com/cablegraph/cablegraph/cable"
	"github.com/cablegraph/cablegraph/extract"
)

const extractUsage = `usage: cablegraph extract [flags] [FILE|DIR|-]...

Extract people, titles, posts, countries, places, organisations and who met whom
from cables, as JSON Lines (one object per cable). No argument or - reads stdin.
`

// runExtract implements "cablegraph extract [flags] [FILE|DIR|-]...": the
// entities and relations of every cable, one extract.Result per line on
// stdout, in input order; problems as file:line: msg on stderr.
func runExtract(ctx context.Context, e env) int {
	fl := newFlagSet("extract", extractUsage, e.stderr)
	ex := addExtractFlags(fl)
	quiet := fl.Bool("q", false, "no summary line")
	maxSize := addMaxSizeFlag(fl)
	if code, done := parseFlags(fl, e.args); done {
		return code
	}
	if *ex.workers < 1 {
		fmt.Fprintln(e.stderr, "cablegraph extract: -j must be at least 1")
		return 2
	}

	start := time.Now()
	out := newJSONLines(e.stdout)
	defer out.flush()
	fails := &failures{w: e.stderr}
	ex.copies = chooseCopies(fl.Args(), int(*maxSize), *ex.workers, e.stderr)
	m := openInputs(fl.Args(), e.stdin, int(*maxSize), fails)
	n := 0
	err := ex.run(ctx, m, fails, nil, func(c *cable.Cable, res *extract.Result) error {
		n++
		return out.write(res)
	})
	if err == nil {
		err = out.flush()
	}
	switch {
	case ctx.Err() != nil:
		fmt.Fprintln(e.stderr, "cablegraph extract: interrupted")
		return 1
	case err != nil:
		fmt.Fprintf(e.stderr, "cablegraph extract: writing output: %v\n", err)
		return 1
	}
	if !*quiet {
		printSummary(e.stderr, "extract", n, fails.count(), m.BytesRead(), start,
			fmt.Sprintf("%d repeated copies skipped", ex.copies.repeats()))
	}
	if fails.count() > 0 {
		return 1
	}
	return 0
}
