package main

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/cablegraph/cablegraph/extract"
	"github.com/cablegraph/cablegraph/extract/eval"
)

const trainUsage = `usage: cablegraph train [-o FILE] [-dev DIR] [-select DIR,...] [-curve] TRAIN_DIR...

Trains the pair model that decides who met whom (an averaged perceptron or
a logistic regression over the features of extract/pairs.go) on the gold
sets TRAIN_DIR..., picks its threshold by cross-validation on them, and
writes it where the build embeds it:

    go run ./cmd/cablegraph train testdata/gold-meetings/train testdata/gold testdata/gold-heldout

The test split is never read. Dev is read by -curve, which prints the
learning curve (dev MET with 25, 50 and 100% of the training cables)
beside the rules alone. With -rules-first, the development sets of
-select (dev and seen-test) choose between the model and the rules: a
threshold that cross-validation picked is kept only if the pairs it adds
raise MET F1 on them (cables of ordinary size), number 10 at least, and
85% of them are right (the precision target); else the model adds no pair
and the rules decide.
With -select "" the cross-validated threshold stands.
`

// runTrain rebuilds extract/data/meetmodel.json from annotated cables.
func runTrain(ctx context.Context, e env) int {
	flags := newFlagSet("train", trainUsage, e.stderr)
	out := flags.String("o", "extract/data/meetmodel.json", "where to write the model")
	devDir := flags.String("dev", "testdata/gold-meetings/dev", "gold set for the learning curve")
	selectDirs := flags.String("select", "testdata/gold-meetings/dev,testdata/gold-meetings/seen-test", "comma-separated gold sets for the choice between model and rules (\"\" for none)")
	epochs := flags.Int("epochs", 20, "passes over the training pairs")
	seed := flags.Uint64("seed", 1, "shuffling seed")
	curve := flags.Bool("curve", false, "print the learning curve on dev")
	learner := flags.String("learner", "perceptron", "perceptron (averaged) or logistic (L2, AdaGrad)")
	l2 := flags.Float64("l2", 0.01, "L2 penalty of the logistic learner")
	rulesFirst := flags.Bool("rules-first", false, "accept every pair the sentence rules propose; the model only adds pairs")
	drop := flags.String("drop", "", "comma-separated feature prefixes to leave out (ablation), e.g. btw:,next,prev")
	if code, done := parseFlags(flags, e.args); done {
		return code
	}
	if flags.NArg() < 1 {
		flags.Usage()
		return 2
	}
	// loadGold reads a gold set, refusing a test split, which is scored
	// to report and never trained on nor used to choose (use says which).
	loadGold := func(dir, use string) ([]eval.Case, bool) {
		if filepath.Base(filepath.Clean(dir)) == "test" {
			fmt.Fprintf(e.stderr, "cablegraph train: %s looks like a test split; it is scored to report, never %s\n", dir, use)
			return nil, false
		}
		cases, err := eval.LoadCases(dir)
		for _, err := range unjoin(err) {
			fmt.Fprintf(e.stderr, "cablegraph train: %v\n", err)
		}
		return cases, true
	}
	var train []eval.Case
	for _, dir := range flags.Args() {
		cases, ok := loadGold(dir, "trained on")
		if !ok {
			return 2
		}
		train = append(train, cases...)
	}
	if len(train) == 0 {
		fmt.Fprintln(e.stderr, "cablegraph train: no training cables")
		return 1
	}
	// The development sets that choose between the model and the rules
	// (-rules-first), read before the long training so that a wrong one
	// stops it at once.
	var sel []eval.Case
	selDirs := strings.Split(*selectDirs, ",")
	if !*rulesFirst {
		selDirs = nil
	}
	for _, dir := range selDirs {
		if dir = strings.TrimSpace(dir); dir == "" {
			continue
		}
		cases, ok := loadGold(dir, "used to choose")
		if !ok {
			return 2
		}
		if len(cases) == 0 {
			fmt.Fprintf(e.stderr, "cablegraph train: no cables in %s\n", dir)
			return 1
		}
		sel = append(sel, cases...)
	}
	if ctx.Err() != nil {
		return 1
	}

	learn := func(cases []eval.Case) *extract.MeetModel {
		ex := eval.Examples(&extract.Extractor{}, cases)
		if *rulesFirst {
			// The rules' pairs are accepted anyway: learn from the rest.
			ex = slices.DeleteFunc(ex, func(e extract.PairExample) bool { return slices.Contains(e.Features, "rule") })
		}
		if *drop != "" {
			prefixes := strings.Split(*drop, ",")
			for i := range ex {
				ex[i].Features = slices.DeleteFunc(slices.Clone(ex[i].Features), func(f string) bool {
					for _, p := range prefixes {
						if strings.HasPrefix(f, p) {
							return true
						}
					}
					return false
				})
			}
		}
		var m *extract.MeetModel
		if *learner == "logistic" {
			m = extract.TrainLogistic(ex, *epochs, *seed, *l2)
		} else {
			m = extract.TrainMeetModel(ex, *epochs, *seed)
		}
		m.RulesFirst = *rulesFirst
		return m
	}
	fit := func(cases []eval.Case) *extract.MeetModel {
		m := learn(cases)
		m.Threshold = crossThreshold(cases, learn)
		return m
	}
	// The dev set, read once for the learning curve and the check of the
	// threshold.
	var dev []eval.Case
	loadDev := func() bool {
		if dev != nil {
			return true
		}
		cases, err := eval.LoadCases(*devDir)
		for _, err := range unjoin(err) {
			fmt.Fprintf(e.stderr, "cablegraph train: %v\n", err)
		}
		if len(cases) == 0 {
			fmt.Fprintf(e.stderr, "cablegraph train: no dev cables in %s\n", *devDir)
			return false
		}
		dev = cases
		return true
	}
	if *curve {
		if !loadDev() {
			return 1
		}
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
	m.About = fmt.Sprintf("%s, %d epochs, seed %d, %d training cables from %s; threshold by 5-fold cross-validation",
		*learner, *epochs, *seed, len(train), strings.Join(flags.Args(), ", "))
	if *rulesFirst {
		m.About += "; rules first: the pairs the sentence rules propose are accepted, the model learnt on the other candidates and adds pairs"
	}
	if m.Threshold == noAdditions {
		m.About += "; cross-validation found no threshold at which the pairs the model adds pay, so it accepts no pair by its score"
		fmt.Fprintln(e.stderr, "cablegraph train: cross-validation found no threshold at which the model's pairs pay: the model accepts no pair by its score")
	} else if *rulesFirst && len(sel) > 0 {
		// Model selection on the development sets: cross-validation on
		// the training cables has picked thresholds whose pairs were all
		// wrong on unseen cables, and which one it picks flips with small
		// changes of the features. The rules are the baseline to beat.
		// Dev alone (42 cables) is small: dev and seen-test together are
		// 168. On 2026-12-07 dev took a threshold by one right pair, and
		// refused the same threshold by one wrong pair a commit later;
		// the model it took added 8 right pairs and 1 wrong on a fresh
		// batch (1 and 0 on its cables whose output had not been read),
		// and the next fresh batch found 1 right and 9 wrong among the
		// pairs of the threshold both sets then took: so the pairs must
		// also be many enough and right often enough (below).
		withModel, _ := eval.ScoreCases(eval.WithModel("model", m), sel).MetBySize(false)
		rulesOnly, _ := eval.ScoreCases(eval.Rules(), sel).MetBySize(false)
		// The pairs the model adds must raise MET F1 and be right at least
		// as often as the precision the targets ask (0.85): added pairs
		// that are right half the time raise F1 while recall is low, but
		// drag precision down (the threshold whose pairs were 2 right and
		// 2 wrong here added 1 right and 9 wrong on that fresh batch).
		added, addedRight := withModel.Pred-rulesOnly.Pred, withModel.Correct-rulesOnly.Correct
		if withModel.F1() <= rulesOnly.F1() || added < minAdded || float64(addedRight) < minAddedPrecision*float64(added) {
			fmt.Fprintf(e.stderr, "cablegraph train: cross-validation picked threshold %g, but on %s its pairs do not pay (MET F1 %.3f, %d/%d/%d, against the rules' %.3f, %d/%d/%d; %d of the %d pairs it adds right, %d pairs and %.2f of them right needed): the model accepts no pair by its score\n",
				m.Threshold, *selectDirs, withModel.F1(), withModel.Correct, withModel.Pred-withModel.Correct, withModel.Gold-withModel.Found,
				rulesOnly.F1(), rulesOnly.Correct, rulesOnly.Pred-rulesOnly.Correct, rulesOnly.Gold-rulesOnly.Found, addedRight, added, minAdded, minAddedPrecision)
			m.About += fmt.Sprintf("; cross-validation picked threshold %g, whose pairs did not pay on %s (MET F1 up, %d of them at least, %.2f of them right), so it accepts no pair by its score", m.Threshold, *selectDirs, minAdded, minAddedPrecision)
			m.Threshold = noAdditions
		} else {
			fmt.Fprintf(e.stderr, "cablegraph train: on %s the model's pairs pay (MET F1 %.3f, %d/%d/%d, against the rules' %.3f, %d/%d/%d)\n",
				*selectDirs, withModel.F1(), withModel.Correct, withModel.Pred-withModel.Correct, withModel.Gold-withModel.Found,
				rulesOnly.F1(), rulesOnly.Correct, rulesOnly.Pred-rulesOnly.Correct, rulesOnly.Gold-rulesOnly.Found)
			m.About += fmt.Sprintf("; its pairs raised MET F1 on %s", *selectDirs)
		}
	}
	if err := os.WriteFile(*out, m.MarshalIndent(), 0o644); err != nil {
		fmt.Fprintf(e.stderr, "cablegraph train: %v\n", err)
		return 1
	}
	fmt.Fprintf(e.stderr, "cablegraph train: %d features, threshold %g, written to %s\n", len(m.Weights), m.Threshold, *out)
	return 0
}

// minAddedPrecision is the share of the pairs the model adds that must be
// right on the development sets for its threshold to stand: the MET
// precision target of issue 7. minAdded is how many it must add there for
// that share to say anything (one right pair of one is no evidence).
const (
	minAddedPrecision = 0.85
	minAdded          = 10
)

// minFoldsBetter is in how many of the five folds a threshold's pairs
// must raise MET F1 above the rules alone for cross-validation to take it.
const minFoldsBetter = 4

// noAdditions is the threshold of a model that accepts no pair by its
// score: with RulesFirst, the rules alone decide. Cross-validation picks
// it when no threshold does better (it is the highest, so ties go to it).
const noAdditions = math.MaxFloat64

// crossThreshold picks the model's threshold by 5-fold cross-validation
// on the training cables: the threshold, on a grid from -8 to 8 and then
// noAdditions, with the best MET F1 over the held-out folds (among equal
// F1s the higher, more precise one). Dev stays unseen, for comparing the
// model with the rules. The F1 is that of the cables of ordinary size
// (eval.LargeMet gold pairs at most), as the targets count it: a few
// delegation lists of the older gold sets (hundreds of pairs each) would
// otherwise weigh more than dozens of ordinary cables.
func crossThreshold(cases []eval.Case, learn func([]eval.Case) *extract.MeetModel) float64 {
	const folds = 5
	var grid []float64
	for t := -8.0; t <= 8.0001; t += 0.25 {
		grid = append(grid, math.Round(t*100)/100)
	}
	grid = append(grid, noAdditions)
	counts := make([]eval.Counts, len(grid))
	perFold := make([][folds]eval.Counts, len(grid))
	for f := range folds {
		var train, held []eval.Case
		for i, c := range cases {
			if i%folds == f {
				held = append(held, c)
			} else {
				train = append(train, c)
			}
		}
		m := learn(train)
		for i, t := range grid {
			m.Threshold = t
			met, _ := eval.ScoreCases(eval.WithModel("model", m), held).MetBySize(false)
			counts[i].Add(met)
			perFold[i][f] = met
		}
	}
	// A threshold counts only when its pairs pay in most folds, not in a
	// few cables of one: the pairs the model adds are few, and a handful
	// of right ones in one fold outweighed wrong ones spread over the
	// others, a choice dev then refuted (on 2026-12-06 a threshold of 0.5
	// raised the pooled F1 from 0.6403 to 0.6411, better in 3 folds of 5,
	// and added 12 wrong pairs and no right one on dev).
	none := len(grid) - 1
	best, bestF1 := 0.0, -1.0
	for i, t := range grid {
		better := 0
		for f := range folds {
			if perFold[i][f].F1() > perFold[none][f].F1() {
				better++
			}
		}
		if f1 := counts[i].F1(); f1 >= bestF1 && (i == none || better >= minFoldsBetter) {
			best, bestF1 = t, f1
		}
	}
	return best
}
