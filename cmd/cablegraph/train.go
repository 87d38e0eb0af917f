package main

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"

	"github.com/cablegraph/cablegraph/extract"
	"github.com/cablegraph/cablegraph/extract/eval"
)

const trainUsage = `usage: cablegraph train [-o FILE] [-dev DIR] [-curve] TRAIN_DIR...

Trains the pair model that decides who met whom (an averaged perceptron
over the features of extract/pairs.go) on the gold sets TRAIN_DIR..., picks
its threshold on the dev gold set, and writes it where the build embeds it:

    go run ./cmd/cablegraph train testdata/gold-meetings/train testdata/gold testdata/gold-heldout

The test split is never read. -curve also prints the learning curve (dev
MET with 25, 50 and 100% of the training cables) beside the rules alone.
`

// runTrain rebuilds extract/data/meetmodel.json from annotated cables.
func runTrain(ctx context.Context, e env) int {
	flags := newFlagSet("train", trainUsage, e.stderr)
	out := flags.String("o", "extract/data/meetmodel.json", "where to write the model")
	devDir := flags.String("dev", "testdata/gold-meetings/dev", "gold set to pick the threshold on")
	epochs := flags.Int("epochs", 20, "passes over the training pairs")
	seed := flags.Uint64("seed", 1, "shuffling seed")
	curve := flags.Bool("curve", false, "print the learning curve on dev")
	if code, done := parseFlags(flags, e.args); done {
		return code
	}
	if flags.NArg() < 1 {
		flags.Usage()
		return 2
	}
	var train []eval.Case
	for _, dir := range flags.Args() {
		if filepath.Base(filepath.Clean(dir)) == "test" {
			fmt.Fprintf(e.stderr, "cablegraph train: %s looks like a test split; it is scored to report, never trained on\n", dir)
			return 2
		}
		cases, err := eval.LoadCases(dir)
		for _, err := range unjoin(err) {
			fmt.Fprintf(e.stderr, "cablegraph train: %v\n", err)
		}
		train = append(train, cases...)
	}
	dev, err := eval.LoadCases(*devDir)
	for _, err := range unjoin(err) {
		fmt.Fprintf(e.stderr, "cablegraph train: %v\n", err)
	}
	if len(train) == 0 || len(dev) == 0 {
		fmt.Fprintln(e.stderr, "cablegraph train: need training and dev cables")
		return 1
	}
	if ctx.Err() != nil {
		return 1
	}

	fit := func(cases []eval.Case) *extract.MeetModel {
		x := &extract.Extractor{}
		m := extract.TrainMeetModel(eval.Examples(x, cases), *epochs, *seed)
		m.Threshold = pickThreshold(m, dev)
		return m
	}
	if *curve {
		rules := eval.ScoreCases(eval.Rules(), dev)
		fmt.Fprintf(e.stdout, "learning curve: dev MET (%d cables)\n", len(dev))
		fmt.Fprintf(e.stdout, "%-22s %6s %6s %6s   %s\n", "", "P", "R", "F1", "tp/fp/fn")
		row := func(name string, t *eval.Tally) {
			c := t.Total.Met
			fmt.Fprintf(e.stdout, "%-22s %6.3f %6.3f %6.3f   %d/%d/%d\n", name, c.Precision(), c.Recall(), c.F1(), c.Correct, c.Pred-c.Correct, c.Gold-c.Found)
		}
		row("rules only", rules)
		for _, share := range []int{25, 50, 100} {
			n := len(train) * share / 100
			m := fit(train[:n])
			row(fmt.Sprintf("model, %d%% (%d cables)", share, n), eval.ScoreCases(eval.WithModel("model", m), dev))
		}
	}
	cov, all := eval.Coverage(&extract.Extractor{}, train)
	fmt.Fprintf(e.stderr, "cablegraph train: %d cables, candidates cover %d of %d gold pairs\n", len(train), cov, all)
	m := fit(train)
	m.About = fmt.Sprintf("averaged perceptron, %d epochs, seed %d, %d training cables from %s; threshold picked on %s",
		*epochs, *seed, len(train), strings.Join(flags.Args(), ", "), *devDir)
	if err := os.WriteFile(*out, m.MarshalIndent(), 0o644); err != nil {
		fmt.Fprintf(e.stderr, "cablegraph train: %v\n", err)
		return 1
	}
	fmt.Fprintf(e.stderr, "cablegraph train: %d features, threshold %.2f, written to %s\n", len(m.Weights), m.Threshold, *out)
	return 0
}

// pickThreshold is the threshold, on a grid from -4 to 4, that gives the best MET F1 on
// dev; among equal F1s the higher (more precise) one.
func pickThreshold(m *extract.MeetModel, dev []eval.Case) float64 {
	best, bestF1 := 0.0, -1.0
	for t := -4.0; t <= 4.0001; t += 0.25 {
		m.Threshold = math.Round(t*100) / 100
		f1 := eval.ScoreCases(eval.WithModel("model", m), dev).Total.Met.F1()
		if f1 >= bestF1 {
			best, bestF1 = m.Threshold, f1
		}
	}
	return best
}
