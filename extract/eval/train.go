package eval

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/cablegraph/cablegraph/cable"
	"github.com/cablegraph/cablegraph/extract"
	"github.com/cablegraph/cablegraph/pipeline"
)

// Case is one annotated cable: its gold and the parsed cable.
type Case struct {
	Gold  *Gold
	Cable *cable.Cable
}

// LoadCases reads the gold set of dir (dir/*.json, the cables in
// dir/cables) into memory, in the order of cable IDs. Gold sets are a few
// hundred small cables. A gold without its cable, or a cable without its
// gold, is reported in the error and left out.
func LoadCases(dir string) ([]Case, error) {
	gold, gerr := ReadGoldDir(dir)
	errs := []error{gerr}
	files, err := pipeline.Files([]string{filepath.Join(dir, "cables")})
	errs = append(errs, err)
	seen := map[string]bool{}
	var cases []Case
	for _, file := range files {
		f, err := os.Open(file)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		r := cable.NewReader(f, file)
		for r.Next() {
			c := r.Cable()
			g := gold[c.ID]
			if g == nil || seen[c.ID] {
				continue
			}
			seen[c.ID] = true
			cases = append(cases, Case{Gold: g, Cable: c})
		}
		errs = append(errs, r.Err())
		f.Close()
	}
	for id, g := range gold {
		if !seen[id] {
			errs = append(errs, fmt.Errorf("%s: gold for %s but no such cable in %s", g.File, id, filepath.Join(dir, "cables")))
		}
	}
	slices.SortFunc(cases, func(a, b Case) int {
		switch {
		case a.Cable.ID < b.Cable.ID:
			return -1
		case a.Cable.ID > b.Cable.ID:
			return 1
		}
		return 0
	})
	return cases, errors.Join(errs...)
}

// LabelCandidates says, for each candidate pair of a result, whether the
// gold has that pair: both people match gold people (as Score matches
// them) and the gold lists the two as having met.
func LabelCandidates(g *Gold, r *extract.Result, cands []extract.PairCandidate) []bool {
	_, pred, predEntities, goldToPred, _ := peopleOf(g, r)
	predToGold := make([]int, len(pred))
	for j := range predToGold {
		predToGold[j] = -1
	}
	for i, j := range goldToPred {
		if j >= 0 {
			predToGold[j] = i
		}
	}
	idx := newGoldIndex(g)
	pairs := map[pairKey]bool{}
	for _, m := range g.Met {
		if a, b := idx.lookup(m.A), idx.lookup(m.B); a >= 0 && b >= 0 {
			pairs[newPairKey(a, b)] = true
		}
	}
	out := make([]bool, len(cands))
	for i, c := range cands {
		a := resolvePred(c.A, c.AKey, predEntities, nameIndex(pred))
		b := resolvePred(c.B, c.BKey, predEntities, nameIndex(pred))
		if a < 0 || b < 0 || predToGold[a] < 0 || predToGold[b] < 0 {
			continue
		}
		out[i] = pairs[newPairKey(predToGold[a], predToGold[b])]
	}
	return out
}

// Examples turns cases into training examples for the pair model: every
// candidate pair the extractor weighs, labelled by the gold.
func Examples(x *extract.Extractor, cases []Case) []extract.PairExample {
	var out []extract.PairExample
	for _, c := range cases {
		res, cands := x.Candidates(c.Cable)
		labels := LabelCandidates(c.Gold, res, cands)
		for i, pc := range cands {
			out = append(out, extract.PairExample{Features: pc.Features, Met: labels[i]})
		}
	}
	return out
}

// Coverage counts the gold MET pairs of cases that some candidate pair
// stands for: the most recall the pair model can reach.
func Coverage(x *extract.Extractor, cases []Case) (covered, gold int) {
	for _, c := range cases {
		res, cands := x.Candidates(c.Cable)
		n := 0
		for _, ok := range LabelCandidates(c.Gold, res, cands) {
			if ok {
				n++
			}
		}
		covered += n
		gold += len(c.Gold.Met)
	}
	return covered, gold
}

// Rules is our extractor with the sentence rules alone deciding who met
// whom, as before the pair model: the comparison the model must beat.
func Rules() System {
	x := &extract.Extractor{RulesOnly: true}
	return System{Name: "rules only", Extract: func(c *cable.Cable) (*extract.Result, error) {
		return x.Extract(c), nil
	}}
}

// WithModel is our extractor deciding pairs with model m.
func WithModel(name string, m *extract.MeetModel) System {
	x := &extract.Extractor{Model: m}
	return System{Name: name, Extract: func(c *cable.Cable) (*extract.Result, error) {
		return x.Extract(c), nil
	}}
}

// ScoreCases runs a system over cases and tallies its scores.
func ScoreCases(s System, cases []Case) *Tally {
	t := &Tally{System: s.Name}
	for _, c := range cases {
		res, err := s.Run(c.Cable)
		if err != nil {
			res = &extract.Result{Cable: c.Cable.ID}
		}
		t.Add(Score(c.Gold, res))
	}
	return t
}
