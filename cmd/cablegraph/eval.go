package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/cablegraph/cablegraph/cable"
	"github.com/cablegraph/cablegraph/extract"
	"github.com/cablegraph/cablegraph/extract/eval"
	"github.com/cablegraph/cablegraph/pipeline"
)

const evalUsage = `usage: cablegraph eval [-v] [-baseline=false] [-rules] [-splits LIST] GOLD_DIR [FILE|DIR]...

Scores extraction against the gold annotations GOLD_DIR/<REFID>.json
(see GOLD-FORMAT.md) on the cables given, by default GOLD_DIR/cables.
A GOLD_DIR split into train/, dev/, seen-test/ and test/
(testdata/gold-meetings) is scored split by split: train, dev and
seen-test unless -splits says otherwise. The test split is scored only to
report figures (-splits test), never while tuning.
`

// runEval scores the extractor, and stock prose v3 beside it, against a
// gold set: cablegraph eval [-v] [-baseline=false] GOLD_DIR [FILE|DIR]...
func runEval(ctx context.Context, e env) int {
	flags := newFlagSet("eval", evalUsage, e.stderr)
	verbose := flags.Bool("v", false, "list the errors of every cable (false positives, false negatives, wrong dates)")
	baseline := flags.Bool("baseline", true, "also score stock prose v3 on the same cables")
	rules := flags.Bool("rules", false, "also score the sentence rules alone, without the pair model")
	modelFile := flags.String("model", "", "also score the extractor deciding pairs with this model (from cablegraph train)")
	splitList := flags.String("splits", "train,dev,seen-test", "the splits of a split gold set to score, comma-separated (train, dev, seen-test, test), or all")
	maxSize := addMaxSizeFlag(flags)
	workers := flags.Int("j", runtime.GOMAXPROCS(0), "score this many cables in parallel")
	if code, done := parseFlags(flags, e.args); done {
		return code
	}
	if *workers < 1 {
		fmt.Fprintln(e.stderr, "cablegraph eval: -j must be at least 1")
		return 2
	}
	want, err := parseSplits(*splitList)
	if err != nil {
		fmt.Fprintf(e.stderr, "cablegraph eval: -splits: %v\n", err)
		return 2
	}
	if flags.NArg() < 1 {
		flags.Usage()
		return 2
	}
	systems := []eval.System{eval.Cablegraph()}
	if *rules {
		systems = append(systems, eval.Rules())
	}
	if *modelFile != "" {
		b, err := os.ReadFile(*modelFile)
		var m extract.MeetModel
		if err == nil {
			err = json.Unmarshal(b, &m)
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "cablegraph eval: model: %v\n", err)
			return 2
		}
		systems = append(systems, eval.WithModel("model", &m))
	}
	if *baseline {
		systems = append(systems, eval.Prose())
	}
	goldDir := flags.Arg(0)
	if splits := goldSplits(goldDir); len(splits) > 0 && flags.NArg() == 1 {
		splits = slices.DeleteFunc(splits, func(dir string) bool { return !want[filepath.Base(dir)] })
		if len(splits) == 0 {
			fmt.Fprintf(e.stderr, "cablegraph eval: %s has none of the splits %s\n", goldDir, *splitList)
			return 1
		}
		code := 0
		for i, split := range splits {
			if i > 0 {
				fmt.Fprintln(e.stdout)
			}
			fmt.Fprintf(e.stdout, "== %s\n", split)
			if c := evalSet(ctx, e, split, nil, systems, *verbose, int(*maxSize), *workers); c != 0 {
				code = c
			}
		}
		return code
	}
	return evalSet(ctx, e, goldDir, flags.Args()[1:], systems, *verbose, int(*maxSize), *workers)
}

// allSplits are the splits of a split gold set, in the order scored.
var allSplits = []string{"train", "dev", "seen-test", "test"}

// parseSplits reads the -splits list.
func parseSplits(list string) (map[string]bool, error) {
	want := map[string]bool{}
	for _, s := range strings.Split(list, ",") {
		switch s = strings.TrimSpace(s); {
		case s == "all":
			for _, a := range allSplits {
				want[a] = true
			}
		case slices.Contains(allSplits, s):
			want[s] = true
		default:
			return nil, fmt.Errorf("unknown split %q (want %s or all)", s, strings.Join(allSplits, ", "))
		}
	}
	return want, nil
}

// goldSplits lists the splits of a gold set (train, dev, seen-test: a
// first test split whose figures were seen while tuning, and test), or none
// when dir is a gold set of its own.
func goldSplits(dir string) []string {
	if m, _ := filepath.Glob(filepath.Join(dir, "*.json")); len(m) > 0 {
		return nil
	}
	var out []string
	for _, s := range allSplits {
		if st, err := os.Stat(filepath.Join(dir, s)); err == nil && st.IsDir() {
			out = append(out, filepath.Join(dir, s))
		}
	}
	return out
}

// evalSet scores systems on one gold set and prints the table.
func evalSet(ctx context.Context, e env, goldDir string, paths []string, systems []eval.System, verbose bool, maxSize, workers int) int {
	// The reader reports its problems from a goroutine of its own.
	var mu sync.Mutex
	failed := false
	fail := func(err error) {
		mu.Lock()
		defer mu.Unlock()
		failed = true
		fmt.Fprintf(e.stderr, "cablegraph eval: %v\n", err)
	}
	note := func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(e.stderr, format, args...)
	}

	gold, err := eval.ReadGoldDir(goldDir)
	if err != nil {
		// Annotation slips still leave a usable gold; they are reported
		// and make the run fail, but do not hide the figures.
		for _, err := range unjoin(err) {
			fail(err)
		}
	}
	if len(gold) == 0 {
		fail(fmt.Errorf("%s: no gold annotations (*.json)", goldDir))
		return 1
	}

	byDefault := len(paths) == 0
	if byDefault {
		paths = []string{filepath.Join(goldDir, "cables")}
	}
	m := pipeline.NewMultiReader(paths, e.stdin)
	m.MaxCableSize = maxSize
	for _, err := range unjoin(m.Err()) {
		fail(err)
	}
	m.OnError = func(err error) { fail(sizeInFlag(err)) }
	next := func() (*cable.Cable, int64, bool) {
		if !m.Next() {
			return nil, 0, false
		}
		return m.Cable(), m.Size(), true
	}

	tallies := make([]*eval.Tally, len(systems))
	for i, s := range systems {
		tallies[i] = &eval.Tally{System: s.Name}
	}

	// The systems run on the workers, on every cable with a gold; which
	// copy of a cable is scored, and in which order, is decided in input
	// order as the results are delivered.
	type run struct {
		res  []*extract.Result
		errs []error
	}
	work := func(_ context.Context, c *cable.Cable) (run, error) {
		if gold[c.ID] == nil {
			return run{}, nil
		}
		r := run{make([]*extract.Result, len(systems)), make([]error, len(systems))}
		for i, s := range systems {
			r.res[i], r.errs[i] = s.Run(c)
		}
		return r, nil
	}
	scored := map[string]string{} // cable ID -> file
	err = pipeline.Run(ctx, pipeline.Config{Workers: workers}, next, work, func(c *cable.Cable, r run, _ error) error {
		file := c.Source.File
		g := gold[c.ID]
		switch {
		case g == nil:
			note("cablegraph eval: %s: cable %s has no gold annotation; skipped\n", file, c.ID)
			return nil
		case scored[c.ID] != "":
			note("cablegraph eval: %s: cable %s already scored from %s; skipped\n", file, c.ID, scored[c.ID])
			return nil
		}
		scored[c.ID] = file
		if verbose {
			for _, err := range c.Errors {
				note("cablegraph eval: parse: %v\n", err)
			}
		}
		for i, s := range systems {
			res, err := r.res[i], r.errs[i]
			if err != nil {
				// A system that fails on a cable found nothing in
				// it: scoring it so keeps the gold the same for every
				// system, and the failure costs recall.
				fail(fmt.Errorf("%s: %s: %v", file, s.Name, err))
				res = &extract.Result{Cable: c.ID}
			}
			tallies[i].Add(eval.Score(g, res))
		}
		return nil
	})
	if err != nil {
		fail(err)
		return 1
	}
	if byDefault {
		// Every annotation should have its cable beside it; with files
		// named on the command line, a subset is the point.
		var missing []string
		for id := range gold {
			if scored[id] == "" {
				missing = append(missing, id)
			}
		}
		slices.Sort(missing)
		for _, id := range missing {
			fail(fmt.Errorf("%s: gold for %s but no such cable in %s", gold[id].File, id, paths[0]))
		}
	}
	if len(scored) == 0 {
		fail(errors.New("no cable had a gold annotation; nothing scored"))
		return 1
	}

	if err := eval.WriteTable(e.stdout, tallies...); err != nil {
		fail(err)
	}
	if verbose {
		fmt.Fprintln(e.stdout)
		if err := eval.WriteDetail(e.stdout, tallies...); err != nil {
			fail(err)
		}
	}
	if failed {
		return 1
	}
	return 0
}
