package eval

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/cablegraph/cablegraph/extract"
)

// Counts are the tallies behind precision and recall. For people,
// countries and MET, every hit is one gold item and one predicted item, so
// Found equals Correct. Titles differ: one predicted title can contain two
// gold titles, so the two sides are counted apart.
type Counts struct {
	Gold    int `json:"gold"`    // items in the gold annotation
	Pred    int `json:"pred"`    // items predicted
	Found   int `json:"found"`   // gold items the prediction found (recall hits)
	Correct int `json:"correct"` // predicted items that are right (precision hits)
}

// Add adds o to c.
func (c *Counts) Add(o Counts) {
	c.Gold += o.Gold
	c.Pred += o.Pred
	c.Found += o.Found
	c.Correct += o.Correct
}

// Precision is Correct/Pred, NaN when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.Correct, c.Pred) }

// Recall is Found/Gold, NaN when the gold has nothing.
func (c Counts) Recall() float64 { return ratio(c.Found, c.Gold) }

// F1 is the harmonic mean of precision and recall. Predicting nothing
// against a non-empty gold scores 0, not NaN: silence is a failure to
// find, and the baseline, which prints no titles, must show as such.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	switch {
	case math.IsNaN(p) && math.IsNaN(r):
		return math.NaN()
	case math.IsNaN(p) || math.IsNaN(r) || p+r == 0:
		return 0
	}
	return 2 * p * r / (p + r)
}

// Accuracy counts right answers among items that have an answer.
type Accuracy struct {
	Right int `json:"right"`
	Total int `json:"total"`
}

// Add adds o to a.
func (a *Accuracy) Add(o Accuracy) { a.Right += o.Right; a.Total += o.Total }

// Value is Right/Total, NaN when Total is 0.
func (a Accuracy) Value() float64 { return ratio(a.Right, a.Total) }

func ratio(a, b int) float64 {
	if b == 0 {
		return math.NaN()
	}
	return float64(a) / float64(b)
}

// Error kinds of an Item.
const (
	FalsePositive = "FP"    // predicted, not in the gold
	FalseNegative = "FN"    // in the gold, not predicted
	Wrong         = "wrong" // matched, but a property of it is wrong
	Near          = "near"  // matched by surname only; not an error, shown to explain a match
)

// Item is one scoring decision worth showing an engineer: an error, or a
// loose person match.
type Item struct {
	Field string `json:"field"` // person, title, country, met, met date, person country
	Kind  string `json:"kind"`  // FP, FN, wrong, near
	Text  string `json:"text"`
}

// CableScore is how one prediction did on one gold cable.
type CableScore struct {
	Cable     string `json:"cable"`
	People    Counts `json:"people"`
	Titles    Counts `json:"titles"`
	Countries Counts `json:"countries"`
	Met       Counts `json:"met"`
	// MetDate is scored over matched MET pairs. A pair whose gold date is
	// null is right only when the prediction gives no date either: a
	// date the cable does not state is an error, and declining to guess
	// is the right answer.
	MetDate Accuracy `json:"met_date"`
	// PersonCountry is scored over matched people whose gold country is
	// not null. GOLD-FORMAT.md does not ask for it; it is shown because
	// "Kouchner of FR" is the edge the graph loads.
	PersonCountry Accuracy `json:"person_country"`
	// CountryFound is scored over every matched person: right when the
	// country equals the gold's, a null gold country wanting none.
	CountryFound Accuracy `json:"country_found"`
	// HostGuess counts, over every matched person, those given the
	// country the cable was sent from when the gold gives another or none:
	// the guess the extractor must not make (Right is the wrong guesses).
	HostGuess Accuracy `json:"host_guess"`
	Items     []Item   `json:"items,omitempty"`
}

// Add adds the counts of o to s (items are not merged: totals have none).
func (s *CableScore) Add(o CableScore) {
	s.People.Add(o.People)
	s.Titles.Add(o.Titles)
	s.Countries.Add(o.Countries)
	s.Met.Add(o.Met)
	s.MetDate.Add(o.MetDate)
	s.PersonCountry.Add(o.PersonCountry)
	s.CountryFound.Add(o.CountryFound)
	s.HostGuess.Add(o.HostGuess)
}

// Score scores the prediction r for one cable against its gold annotation
// g, as GOLD-FORMAT.md says; the comments on the fields of CableScore and
// on Counts say how the format's open questions are settled.
func Score(g *Gold, r *extract.Result) CableScore {
	s := CableScore{Cable: g.Cable}
	item := func(field, kind, format string, args ...any) {
		s.Items = append(s.Items, Item{Field: field, Kind: kind, Text: fmt.Sprintf(format, args...)})
	}

	// People, one to one.
	gold, pred, predEntities, goldToPred, quality := peopleOf(g, r)
	predToGold := make([]int, len(pred))
	for j := range predToGold {
		predToGold[j] = -1
	}
	s.People = Counts{Gold: len(gold), Pred: len(pred)}
	for i, j := range goldToPred {
		if j < 0 {
			item("person", FalseNegative, "%s", g.People[i].Name)
			continue
		}
		predToGold[j] = i
		s.People.Found++
		s.People.Correct++
		if quality[i] == surnameMatch {
			item("person", Near, "%s ~ %s", pred[j].name, g.People[i].Name)
		}
	}
	for j, i := range predToGold {
		if i < 0 {
			item("person", FalsePositive, "%s", pred[j].name)
		}
	}

	// Titles and countries of matched people only: a missed person is
	// already counted once, under people.
	for i, j := range goldToPred {
		if j < 0 {
			continue
		}
		scoreTitles(&s, g.People[i].Name, g.People[i].Titles, predEntities[j].Titles, item)
		got, want := strings.ToUpper(predEntities[j].Country), g.People[i].Country
		s.CountryFound.Total++
		if got == want {
			s.CountryFound.Right++
		}
		s.HostGuess.Total++
		if r.Host != "" && got == r.Host && want != r.Host {
			s.HostGuess.Right++
			if want == "" {
				item("person country", Wrong, "%s: %s (the host), want none", g.People[i].Name, got)
			}
		}
		if want := g.People[i].Country; want != "" {
			s.PersonCountry.Total++
			if got := strings.ToUpper(predEntities[j].Country); got == want {
				s.PersonCountry.Right++
			} else {
				item("person country", Wrong, "%s: %s, want %s", g.People[i].Name, orNone(got), want)
			}
		}
	}

	// Countries, as sets.
	goldCodes := codeSet(g.Countries)
	var predCodes []string
	for _, e := range r.Entities {
		if e.Type == extract.Country {
			predCodes = append(predCodes, e.Code)
		}
	}
	predCodesSet := codeSet(predCodes)
	s.Countries = Counts{Gold: len(goldCodes), Pred: len(predCodesSet)}
	for _, c := range goldCodes {
		if slices.Contains(predCodesSet, c) {
			s.Countries.Found++
			s.Countries.Correct++
		} else {
			item("country", FalseNegative, "%s", c)
		}
	}
	for _, c := range predCodesSet {
		if !slices.Contains(goldCodes, c) {
			item("country", FalsePositive, "%s", c)
		}
	}

	scoreMet(&s, g, nameIndex(pred), r, predEntities, predToGold, item)
	return s
}

// peopleOf matches the predicted people of r to the gold people of g, one
// to one; quality says how each gold person was matched.
func peopleOf(g *Gold, r *extract.Result) (gold, pred []person, predEntities []*extract.Entity, goldToPred, quality []int) {
	gold = make([]person, len(g.People))
	for i, p := range g.People {
		gold[i] = newPerson(p.Name, p.Aliases, p.Titles)
	}
	for i := range r.Entities {
		if e := &r.Entities[i]; e.Type == extract.Person {
			pred = append(pred, newPerson(e.Name, e.Aliases, e.Titles))
			predEntities = append(predEntities, e)
		}
	}
	goldToPred, quality = matchPeople(gold, pred)
	return gold, pred, predEntities, goldToPred, quality
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// codeSet upper-cases, deduplicates and sorts ISO codes, dropping empty
// ones (an entity that names no code claims no country).
func codeSet(codes []string) []string {
	var set []string
	for _, c := range codes {
		c = strings.ToUpper(strings.TrimSpace(c))
		if c != "" && !slices.Contains(set, c) {
			set = append(set, c)
		}
	}
	slices.Sort(set)
	return set
}

// scoreTitles scores the titles of one matched person. A gold title is
// found when some predicted title contains it or is contained in it; a
// predicted title is correct when it matches some gold title in the same
// way. Repeats on either side count once.
func scoreTitles(s *CableScore, who string, goldTitles, predTitles []string, item func(field, kind, format string, args ...any)) {
	type title struct {
		text  string
		words []string
	}
	unique := func(ts []string) []title {
		var out []title
		seen := map[string]bool{}
		for _, t := range ts {
			w := titleWords(t)
			if key := strings.Join(w, " "); key != "" && !seen[key] {
				seen[key] = true
				out = append(out, title{t, w})
			}
		}
		return out
	}
	gold, pred := unique(goldTitles), unique(predTitles)
	s.Titles.Gold += len(gold)
	s.Titles.Pred += len(pred)
	for _, gt := range gold {
		if slices.ContainsFunc(pred, func(pt title) bool { return titlesMatch(gt.words, pt.words) }) {
			s.Titles.Found++
		} else {
			item("title", FalseNegative, "%s: %s", who, gt.text)
		}
	}
	for _, pt := range pred {
		if slices.ContainsFunc(gold, func(gt title) bool { return titlesMatch(gt.words, pt.words) }) {
			s.Titles.Correct++
		} else {
			item("title", FalsePositive, "%s: %s", who, pt.text)
		}
	}
}

// pairKey is an unordered pair of gold people.
type pairKey struct{ a, b int }

func newPairKey(a, b int) pairKey {
	if a > b {
		a, b = b, a
	}
	return pairKey{a, b}
}

// scoreMet matches predicted MET relations to gold ones. Both sides are
// lists, not sets: two gold meetings of the same pair (on two dates) need
// two predictions, and a pair predicted twice is once right and once
// wrong, as for people. Within a pair, a prediction goes first to a gold
// meeting of the same date.
func scoreMet(s *CableScore, g *Gold, pred nameIndex, r *extract.Result, predEntities []*extract.Entity, predToGold []int, item func(field, kind, format string, args ...any)) {
	goldIdx := newGoldIndex(g)
	goldKeys := make([]pairKey, len(g.Met))
	for i, m := range g.Met {
		goldKeys[i] = newPairKey(goldIdx.lookup(m.A), goldIdx.lookup(m.B))
	}

	type predMet struct {
		rel  *extract.Relation
		key  pairKey
		ok   bool   // both ends are matched gold people
		why  string // why not ok
		gold int    // matched gold meeting, or -1
	}
	var preds []predMet
	for i := range r.Relations {
		rel := &r.Relations[i]
		if rel.Type != extract.Met {
			continue
		}
		pm := predMet{rel: rel, gold: -1}
		a, b := resolvePred(rel.From, rel.FromKey, predEntities, pred), resolvePred(rel.To, rel.ToKey, predEntities, pred)
		switch {
		case a < 0 || b < 0:
			pm.why = "names no predicted person"
		case predToGold[a] < 0 || predToGold[b] < 0:
			pm.why = "a person is not in the gold"
		case predToGold[a] == predToGold[b]:
			pm.why = "a person met themself"
		default:
			pm.key, pm.ok = newPairKey(predToGold[a], predToGold[b]), true
		}
		preds = append(preds, pm)
	}

	goldTaken := make([]bool, len(g.Met))
	for _, sameDateOnly := range []bool{true, false} {
		for p := range preds {
			pm := &preds[p]
			if !pm.ok || pm.gold >= 0 {
				continue
			}
			for i, k := range goldKeys {
				if goldTaken[i] || k != pm.key || k.a < 0 {
					continue
				}
				if sameDateOnly && normDate(g.Met[i].Date) != pm.rel.Date.String() {
					continue
				}
				pm.gold, goldTaken[i] = i, true
				break
			}
		}
	}

	s.Met = Counts{Gold: len(g.Met), Pred: len(preds)}
	for _, pm := range preds {
		if pm.gold < 0 {
			why := pm.why
			if why == "" {
				why = "not a gold pair"
			}
			item("met", FalsePositive, "%s - %s %s (%s)", pm.rel.From, pm.rel.To, orNone(pm.rel.Date.String()), why)
			continue
		}
		s.Met.Found++
		s.Met.Correct++
		s.MetDate.Total++
		gm := g.Met[pm.gold]
		if normDate(gm.Date) == pm.rel.Date.String() {
			s.MetDate.Right++
		} else {
			item("met date", Wrong, "%s - %s: %s, want %s", gm.A, gm.B, orNone(pm.rel.Date.String()), orNone(gm.Date))
		}
	}
	for i, m := range g.Met {
		if !goldTaken[i] {
			item("met", FalseNegative, "%s - %s %s", m.A, m.B, orNone(m.Date))
		}
	}
}

// normDate cuts a gold date-time down to its date, so "2007-09-18T00:00:00Z"
// is 2007-09-18.
func normDate(d string) string {
	d = strings.TrimSpace(d)
	if len(d) > 10 && d[10] == 'T' {
		d = d[:10]
	}
	return d
}

// resolvePred finds the predicted person a relation end names: by key
// when the extractor gave one, else by name form as in nameIndex.lookup.
func resolvePred(name, key string, people []*extract.Entity, idx nameIndex) int {
	if key != "" {
		for j, e := range people {
			if e.Key == key {
				return j
			}
		}
	}
	return idx.lookup(name)
}

// nameIndex resolves the names the ends of a MET pair use to people.
type nameIndex []person

func newGoldIndex(g *Gold) nameIndex {
	idx := make(nameIndex, len(g.People))
	for i, p := range g.People {
		idx[i] = newPerson(p.Name, p.Aliases, nil)
	}
	return idx
}

// lookup finds the person a name form belongs to: the one person whose
// name it is, else the one person who has it as a form, else the one
// person whose name, or failing that some form, is compatible with it. Two people may share a form
// (Viktor and Anita Orban are both "Orban"), so it returns -1 for a name
// that fits several people equally well, as for one that fits no one.
func (idx nameIndex) lookup(name string) int {
	f := foldName(name)
	if f == "" {
		return -1
	}
	only := func(fits func(p person) bool) (int, bool) {
		found := -1
		for i, p := range idx {
			if fits(p) {
				if found >= 0 {
					return -1, true
				}
				found = i
			}
		}
		return found, found >= 0
	}
	if i, ok := only(func(p person) bool { return len(p.forms) > 0 && p.forms[0] == f }); ok {
		return i
	}
	if i, ok := only(func(p person) bool { return slices.Contains(p.forms, f) }); ok {
		return i
	}
	if i, ok := only(func(p person) bool { return len(p.forms) > 0 && formsMatch(f, p.forms[0]) > noMatch }); ok {
		return i
	}
	probe := newPerson(name, nil, nil)
	i, _ := only(func(p person) bool { return match(probe, p) > noMatch })
	return i
}
