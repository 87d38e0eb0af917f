package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"runtime"
	"sync"
	"time"

	"github.com/cablegraph/cablegraph/cable"
	"github.com/cablegraph/cablegraph/extract"
)

// runExtract implements "cablegraph extract [flags] [FILE|DIR|-]...": the
// entities and relations of every cable, one extract.Result per line on
// stdout, in input order; problems as file:line: msg on stderr.
func runExtract(ctx context.Context, e env) int {
	fl := flag.NewFlagSet("extract", flag.ContinueOnError)
	fl.SetOutput(e.stderr)
	var x extract.Extractor
	fl.BoolVar(&x.LooseNames, "loose-names", false, "take a lone unknown capitalised word for a person (more recall, less precision)")
	fl.BoolVar(&x.CapitalsAsCountries, "capitals", false, "count every capital city named as a mention of its country")
	fl.BoolVar(&x.NoSignerAsChief, "no-signer-chief", false, `do not take "the Ambassador"/"the Charge" for the signer when nobody else holds the title`)
	resolve := fl.Bool("resolve", true, "give the same person the same key across cables (in input order)")
	workers := fl.Int("j", runtime.GOMAXPROCS(0), "extract this many cables in parallel")
	quiet := fl.Bool("q", false, "no summary line")
	fl.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: cablegraph extract [flags] [FILE|DIR|-]...")
		fmt.Fprintln(e.stderr, "\nExtract people, titles, posts, countries, places, organisations and who met whom")
		fmt.Fprintln(e.stderr, "from cables, as JSON Lines (one object per cable). No argument or - reads stdin.")
		fmt.Fprintln(e.stderr, "\nflags:")
		fl.PrintDefaults()
	}
	if err := fl.Parse(e.args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if *workers < 1 {
		fmt.Fprintln(e.stderr, "cablegraph extract: -j must be at least 1")
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
	failed := 0
	m.OnError = func(err error) {
		failed++
		fmt.Fprintln(e.stderr, err)
	}
	if err := m.Err(); err != nil {
		for _, pe := range err.(cable.ErrorList) {
			failed++
			fmt.Fprintln(e.stderr, pe)
		}
	}
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	var res extract.Resolver

	// Cables are read in order, extracted in parallel a batch at a time,
	// and written (and resolved, which depends on order) in input order.
	const batchSize = 64
	batch := make([]*cable.Cable, 0, batchSize)
	results := make([]*extract.Result, batchSize)
	n := 0
	flush := func() error {
		var wg sync.WaitGroup
		next := make(chan int, len(batch))
		for i := range batch {
			next <- i
		}
		close(next)
		for w := 0; w < min(*workers, len(batch)); w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range next {
					results[i] = x.Extract(batch[i])
				}
			}()
		}
		wg.Wait()
		for i := range batch {
			if results[i].Error != "" {
				failed++
				fmt.Fprintf(e.stderr, "%s: %s: %s\n", batch[i].Source.File, batch[i].ID, results[i].Error)
			}
			if *resolve {
				res.Resolve(results[i])
			}
			if err := enc.Encode(results[i]); err != nil {
				return err
			}
			results[i] = nil
		}
		n += len(batch)
		batch = batch[:0]
		return nil
	}
	for m.Next() {
		if ctx.Err() != nil {
			fmt.Fprintln(e.stderr, "cablegraph extract: interrupted")
			return 1
		}
		batch = append(batch, m.Cable())
		if len(batch) == batchSize {
			if err := flush(); err != nil {
				fmt.Fprintf(e.stderr, "cablegraph extract: writing output: %v\n", err)
				return 1
			}
		}
	}
	if err := flush(); err != nil {
		fmt.Fprintf(e.stderr, "cablegraph extract: writing output: %v\n", err)
		return 1
	}
	if err := out.Flush(); err != nil && err != io.ErrShortWrite {
		fmt.Fprintf(e.stderr, "cablegraph extract: writing output: %v\n", err)
		return 1
	}
	if !*quiet {
		secs := time.Since(start).Seconds()
		mb := float64(m.BytesRead()) / 1e6
		fmt.Fprintf(e.stderr, "extract: %d cables, %d failures, %.1f MB in %.2fs (%.1f MB/s), %d people known\n",
			n, failed, mb, secs, mb/max(secs, 1e-9), res.Len())
	}
	if failed > 0 {
		return 1
	}
	return 0
}
