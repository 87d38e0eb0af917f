package main

import (
	"context"
	"errors"
	"flag"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/cablegraph/cablegraph/cable"
	"github.com/cablegraph/cablegraph/extract"
)

// extraction is what extract and load share: the flags that say how to
// extract and on how many workers.
type extraction struct {
	x       extract.Extractor
	workers *int
	// copies, when set, names the one copy of each repeated cable to
	// extract; the others are dropped before extraction.
	copies *copyChoice
}

func addExtractFlags(fl *flag.FlagSet) *extraction {
	f := &extraction{}
	fl.BoolVar(&f.x.LooseNames, "loose-names", false, "take a lone unknown capitalised word for a person (more recall, less precision)")
	fl.BoolVar(&f.x.CapitalsAsCountries, "capitals", false, "count every capital city named as a mention of its country")
	fl.BoolVar(&f.x.SignerAsChief, "signer-chief", false, `take "the Ambassador"/"the Charge" for the signer when nobody else holds the title`)
	f.workers = fl.Int("j", runtime.GOMAXPROCS(0), "extract this many cables in parallel")
	return f
}

// run reads the cables of m, extracts them on parallel workers, and calls
// fn with each cable and its result in input order. A failed extraction
// is reported to fails and still handed to fn, with its empty result. At
// most a few cables per worker are in flight, so memory does not grow with
// the input. read, when not nil, follows the input bytes consumed (for
// progress): m itself is not to be touched until run returns nil.
func (f *extraction) run(ctx context.Context, m *cable.MultiReader, fails *failures, read *atomic.Int64,
	fn func(*cable.Cable, *extract.Result) error) error {
	type job struct {
		c   *cable.Cable
		res chan *extract.Result
	}
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	// Cancel first: when fn fails the reader and the workers may be
	// blocked sending, and would never finish.
	defer wg.Wait()
	defer cancel()
	workers := *f.workers
	jobs := make(chan job, workers*4)
	ordered := make(chan job, workers*4)
	go func() {
		defer close(jobs)
		defer close(ordered)
		for m.Next() {
			if f.copies.skip(m.Cable()) {
				continue
			}
			j := job{m.Cable(), make(chan *extract.Result, 1)}
			if read != nil {
				read.Store(m.BytesRead())
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
			select {
			case ordered <- j:
			case <-ctx.Done():
				return
			}
		}
		if read != nil {
			read.Store(m.BytesRead())
		}
	}()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				// Also watch ctx: the reader may be blocked on stdin
				// and never close jobs.
				select {
				case j, ok := <-jobs:
					if !ok {
						return
					}
					// Extract recovers from its own panics into
					// res.Error, so a worker never dies. It stops when
					// ctx is done, so that an interrupt does not wait
					// for a big cable (run waits for the workers).
					res, err := f.x.ExtractContext(ctx, j.c)
					if err != nil {
						return
					}
					j.res <- res
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	for {
		var j job
		var ok bool
		select {
		case j, ok = <-ordered:
		case <-ctx.Done():
			return ctx.Err()
		}
		if !ok {
			return ctx.Err()
		}
		var res *extract.Result
		select {
		case res = <-j.res:
		case <-ctx.Done():
			return ctx.Err()
		}
		if res.Error != "" {
			fails.report(cableError(j.c, errors.New(res.Error)))
		}
		if err := fn(j.c, res); err != nil {
			return err
		}
	}
}
