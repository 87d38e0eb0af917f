package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"runtime"
	"sync/atomic"

	"github.com/cablegraph/cablegraph/cable"
	"github.com/cablegraph/cablegraph/extract"
	"github.com/cablegraph/cablegraph/pipeline"
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
	fl.BoolVar(&f.x.RulesOnly, "rules-only", false, "let the sentence rules alone decide who met whom, whatever the pair model (the built-in one adds no pair today; see README)")
	fl.Func("model", "decide who met whom with this pair model (a file of cablegraph train) instead of the built-in one", func(file string) error {
		data, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		var m extract.MeetModel
		if err := json.Unmarshal(data, &m); err != nil {
			return fmt.Errorf("%s: not a pair model: %v", file, err)
		}
		if len(m.Weights) == 0 {
			return fmt.Errorf("%s: a pair model without weights", file)
		}
		f.x.Model = &m
		return nil
	})
	fl.BoolVar(&f.x.SignerAsChief, "signer-chief", false, `take "the Ambassador"/"the Charge" for the signer when nobody else holds the title`)
	f.workers = fl.Int("j", runtime.GOMAXPROCS(0), "extract this many cables in parallel")
	return f
}

// run reads the cables of m, extracts them on parallel workers with at
// most pipeline.DefaultMaxBytes of input in flight, and calls fn with each
// cable and its result in input order. A failed extraction is reported to
// fails and still handed to fn, with its empty result. read, when not nil,
// follows the input bytes consumed (for progress): m itself is not to be
// touched until run returns nil.
func (f *extraction) run(ctx context.Context, m *pipeline.MultiReader, fails *failures, read *atomic.Int64,
	fn func(*cable.Cable, *extract.Result) error) error {
	next := func() (*cable.Cable, int64, bool) {
		for m.Next() {
			if read != nil {
				read.Store(m.BytesRead())
			}
			size := m.Size()
			if !f.copies.skip(m.Cable()) {
				return m.Cable(), size, true
			}
		}
		if read != nil {
			read.Store(m.BytesRead())
		}
		return nil, 0, false
	}
	// Extract recovers from its own panics into res.Error, so a worker
	// never dies. It stops when ctx is done, so that an interrupt does not
	// wait for a big cable (Run waits for the workers).
	work := f.x.ExtractContext
	return pipeline.Run(ctx, pipeline.Config{Workers: *f.workers}, next, work,
		func(c *cable.Cable, res *extract.Result, err error) error {
			if err != nil {
				return err // only ever the cancellation of ctx
			}
			if res.Error != "" {
				fails.report(cableError(c, errors.New(res.Error)))
			}
			return fn(c, res)
		})
}
