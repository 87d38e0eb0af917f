package extract

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"sync"
)

// MeetModel decides which candidate pairs met: a linear model over the
// features of pairs.go, trained as an averaged perceptron (or a logistic
// regression) from the annotated cables (cablegraph train). A pair is
// accepted when its score is above Threshold, or, with RulesFirst, when a
// sentence rule proposed it. A Threshold of math.MaxFloat64 accepts no
// pair by its score: cablegraph train writes it when cross-validation
// finds no threshold at which the model's pairs pay, as it does for the
// built-in model since 2026-12-06.
type MeetModel struct {
	Weights   map[string]float64 `json:"weights"`
	Threshold float64            `json:"threshold"`
	// RulesFirst accepts every pair a sentence rule proposed, whatever its
	// score; the model then only adds pairs the rules missed.
	RulesFirst bool `json:"rules_first,omitempty"`
	// About says what the model was trained on, for the record.
	About string `json:"about,omitempty"`
}

// Score is the model's score for a pair with features feats.
func (m *MeetModel) Score(feats []string) float64 {
	s := 0.0
	for _, f := range feats {
		s += m.Weights[f]
	}
	return s
}

//go:embed data/meetmodel.json
var meetModelJSON []byte

// DefaultMeetModel is the model built into the binary
// (extract/data/meetmodel.json), or nil when that file holds none.
var DefaultMeetModel = sync.OnceValue(func() *MeetModel {
	var m MeetModel
	if err := json.Unmarshal(meetModelJSON, &m); err != nil || len(m.Weights) == 0 {
		return nil
	}
	return &m
})

// PairExample is one candidate pair with its gold answer, for training.
type PairExample struct {
	Features []string
	Met      bool
}

// TrainMeetModel trains an averaged perceptron on examples: epochs passes
// over them in an order shuffled by seed, each mistake moving the weights
// towards the right answer, the weights averaged over every step (which
// keeps the model from following the last examples it saw). The same
// examples and seed give the same model.
func TrainMeetModel(examples []PairExample, epochs int, seed uint64) *MeetModel {
	w := map[string]float64{}
	acc := map[string]float64{} // sum over steps of the weights, kept lazily
	last := map[string]int{}    // step at which acc[f] was last brought up to date
	step := 0
	settle := func(f string) {
		acc[f] += w[f] * float64(step-last[f])
		last[f] = step
	}
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	r := rand.New(rand.NewPCG(seed, seed^0x5851f42d4c957f2d))
	for range epochs {
		r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			ex := &examples[i]
			s := 0.0
			for _, f := range ex.Features {
				s += w[f]
			}
			if (s > 0) != ex.Met {
				y := -1.0
				if ex.Met {
					y = 1
				}
				for _, f := range ex.Features {
					settle(f)
					w[f] += y
				}
			}
			step++
		}
	}
	m := &MeetModel{Weights: map[string]float64{}}
	for f := range w {
		settle(f)
		if v := acc[f] / float64(max(step, 1)); v != 0 {
			m.Weights[f] = round4(v)
		}
	}
	return m
}

// TrainLogistic trains an L2-regularised logistic regression on
// examples by stochastic gradient descent with AdaGrad step sizes: epochs
// passes in an order shuffled by seed. Scores are log-odds, so a
// threshold of 0 accepts pairs more likely met than not. The same examples
// and seed give the same model.
func TrainLogistic(examples []PairExample, epochs int, seed uint64, l2 float64) *MeetModel {
	w := map[string]float64{}
	g2 := map[string]float64{}
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	r := rand.New(rand.NewPCG(seed, seed^0x5851f42d4c957f2d))
	const rate = 0.5
	for range epochs {
		r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			ex := &examples[i]
			z := 0.0
			for _, f := range ex.Features {
				z += w[f]
			}
			y := 0.0
			if ex.Met {
				y = 1
			}
			grad := sigmoid(z) - y
			for _, f := range ex.Features {
				g := grad + l2*w[f]
				g2[f] += g * g
				w[f] -= rate * g / (1e-8 + math.Sqrt(g2[f]))
			}
		}
	}
	m := &MeetModel{Weights: map[string]float64{}}
	for f, v := range w {
		if v = round4(v); v != 0 {
			m.Weights[f] = v
		}
	}
	return m
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

func round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// MarshalIndent writes the model with its weights sorted, so that a
// rebuilt model diffs cleanly.
func (m *MeetModel) MarshalIndent() []byte {
	keys := make([]string, 0, len(m.Weights))
	for k := range m.Weights {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := m.Weights[keys[i]], m.Weights[keys[j]]
		if math.Abs(a) != math.Abs(b) {
			return math.Abs(a) > math.Abs(b)
		}
		return keys[i] < keys[j]
	})
	out := []byte("{\n")
	ab := marshalPlain(m.About)
	out = fmt.Appendf(out, "  \"about\": %s,\n  \"threshold\": %g,\n  \"rules_first\": %v,\n  \"weights\": {\n", ab, m.Threshold, m.RulesFirst)
	for i, k := range keys {
		kb := marshalPlain(k)
		sep := ","
		if i == len(keys)-1 {
			sep = ""
		}
		out = fmt.Appendf(out, "    %s: %g%s\n", kb, m.Weights[k], sep)
	}
	return append(out, "  }\n}\n"...)
}

// marshalPlain is a JSON string without HTML escapes ("<=8", not "\u003c=8").
func marshalPlain(s string) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	return bytes.TrimRight(b.Bytes(), "\n")
}

// PairCandidate is a pair of people the extractor weighed as having met:
// the features the model read, its score, and whether it was accepted.
// It is exposed for training and error analysis.
type PairCandidate struct {
	A, B       string // names, as in the Result's entities
	AKey, BKey string
	Features   []string
	Score      float64
	Accepted   bool
}

// decide scores the candidates and accepts pairs: with a model, those
// scoring above its threshold; without one (or with RulesOnly), exactly the
// pairs a sentence rule proposed.
func (d *doc) decide() {
	m := d.x.Model
	if m == nil && !d.x.RulesOnly {
		m = DefaultMeetModel()
	}
	for i := range d.cands {
		c := &d.cands[i]
		c.rule = slices.Contains(c.feats, "rule")
		if m == nil || d.x.RulesOnly {
			c.ok = c.rule
			if c.ok {
				c.score = 1
			}
			continue
		}
		c.score = m.Score(c.feats)
		c.ok = c.score > m.Threshold || m.RulesFirst && c.rule
	}
}
