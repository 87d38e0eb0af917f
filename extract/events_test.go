package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestColour: sides are given so that every accepted pair is across
// sides and people not paired share a side where they can.
func TestColour(t *testing.T) {
	tests := []struct {
		pairs [][2]int
		want  string // side of each person in order of joining
	}{
		0: {[][2]int{{0, 1}}, "0:A 1:B"},
		// "X and Y met with Z": X and Y on one side.
		1: {[][2]int{{0, 2}, {1, 2}}, "0:A 2:B 1:A"},
		// Everyone met everyone (three parties): three sides.
		2: {[][2]int{{0, 1}, {0, 2}, {1, 2}}, "0:A 1:B 2:C"},
		// Two on each side.
		3: {[][2]int{{0, 2}, {0, 3}, {1, 2}, {1, 3}}, "0:A 2:B 3:B 1:A"},
		// The first pair's subject is on side A even when named second later.
		4: {[][2]int{{5, 4}, {6, 4}}, "5:A 4:B 6:A"},
	}
	for i, tt := range tests {
		e := event{pairs: tt.pairs}
		for _, p := range tt.pairs {
			for _, x := range p {
				if !slices.Contains(e.order, x) {
					e.order = append(e.order, x)
				}
			}
		}
		e.colour()
		var got []string
		for j, p := range e.order {
			got = append(got, fmt.Sprintf("%d:%c", p, 'A'+e.side[j]-1))
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%d: sides %s, want %s", i, g, tt.want)
		}
	}
}

// TestMeetingEvents: a meeting sentence gives one Meeting with its
// participants on two sides, its date to the day, and MET relations that
// carry the meeting's key.
func TestMeetingEvents(t *testing.T) {
	c := cableOf(t, "KOUCHNER IN MOSCOW",
		"Foreign Minister Bernard Kouchner and Ambassador Jean Cadet met Russian Foreign Minister Sergey Lavrov in Moscow on September 18 for a working lunch.")
	x := Extractor{RulesOnly: true}
	res := x.Extract(c)
	if len(res.Meetings) != 1 {
		t.Fatalf("%d meetings, want 1: %+v", len(res.Meetings), res.Meetings)
	}
	m := res.Meetings[0]
	if m.Key != "meeting:"+c.ID+":1" || m.Date.String() != "2007-09-18" || m.Precision != PrecisionDay || m.Kind != KindMeal || m.Place != "Moscow" {
		t.Errorf("meeting %s: date %s (%s), kind %s, place %s; want 2007-09-18 (day), meal, Moscow", m.Key, m.Date, m.Precision, m.Kind, m.Place)
	}
	sides := map[string]string{}
	for _, p := range m.Participants {
		sides[p.Name] = p.Side
	}
	if len(sides) != 3 || sides["Bernard Kouchner"] != sides["Jean Cadet"] || sides["Bernard Kouchner"] == sides["Sergey Lavrov"] {
		t.Errorf("sides %v: want Kouchner and Cadet on one side, Lavrov on the other", sides)
	}
	if got, want := strings.Join(metPairs(res), "; "), "Bernard Kouchner - Sergey Lavrov 2007-09-18; Jean Cadet - Sergey Lavrov 2007-09-18"; got != want {
		t.Errorf("MET %s, want %s", got, want)
	}
	for _, r := range res.Relations {
		if r.Type == Met && r.Meeting != m.Key {
			t.Errorf("MET %s - %s carries meeting %q, want %q", r.From, r.To, r.Meeting, m.Key)
		}
	}
}

// TestTrainMeetModel: the perceptron learns a separable rule, and the same
// examples and seed give the same weights.
func TestTrainMeetModel(t *testing.T) {
	var ex []PairExample
	for i := range 40 {
		f := []string{"bias", fmt.Sprintf("noise%d", i%7)}
		met := i%3 == 0
		if met {
			f = append(f, "rule")
		} else if i%2 == 0 {
			f = append(f, "list")
		}
		ex = append(ex, PairExample{Features: f, Met: met})
	}
	m := TrainMeetModel(ex, 50, 7)
	right := 0
	for _, e := range ex {
		if m.Score(e.Features) > m.Threshold == e.Met {
			right++
		}
	}
	// Averaging trades the last few mistakes for stability: nearly all,
	// not all, of a separable set.
	if right < len(ex)*9/10 {
		t.Errorf("%d of %d examples right, want at least 90%%", right, len(ex))
	}
	if m.Weights["rule"] <= 0 || m.Weights["list"] >= 0 {
		t.Errorf("weights rule %v, list %v: want the rule to speak for a pair and the list against", m.Weights["rule"], m.Weights["list"])
	}
	if m2 := TrainMeetModel(ex, 50, 7); string(m2.MarshalIndent()) != string(m.MarshalIndent()) {
		t.Error("two trainings with one seed differ")
	}
}

// TestEventDerives: the pairs a meeting's sides give are every pair across
// its two sides, and for a person on a third side only the accepted ones.
func TestEventDerives(t *testing.T) {
	// 1 met 2; 3 met 1 and 2 (a third side); 4 met 1 (side B).
	e := event{pairs: [][2]int{{1, 2}, {3, 1}, {3, 2}, {1, 4}}, order: []int{1, 2, 3, 4}}
	e.colour()
	var got []string
	for i := range e.order {
		for j := i + 1; j < len(e.order); j++ {
			if e.derives(i, j) {
				got = append(got, fmt.Sprintf("%d-%d", e.order[i], e.order[j]))
			}
		}
	}
	if g, want := strings.Join(got, " "), "1-2 1-3 1-4 2-3"; g != want {
		t.Errorf("sides %v: pairs %s, want %s (not 3-4)", e.side, g, want)
	}
}
