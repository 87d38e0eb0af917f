package graph

import (
	"fmt"
	"math/rand/v2"
	"time"
)

// injection is text that would wipe the graph if any loader built Cypher
// from data instead of passing parameters.
const injection = `'}) MATCH (n) DETACH DELETE n //`

func date(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// fixture returns hand-made records that exercise every folding rule: a
// cable cited before it is loaded (stub, then full), a country known first
// by code only, a person named differently in two cables (the first full
// row wins), the same cable twice, text with quotes, commas, newlines and
// Cypher in it.
func fixture() []*Record {
	paris := &Record{
		Cable: "07PARIS3972",
		Nodes: []Node{
			{Cable, "07PARIS3972", Props{"date": date("2007-09-21"), "subject": "FRENCH READOUT ON KOUCHNER VISIT TO MOSCOW", "classification": "CONFIDENTIAL", "caveats": []string{"SIPDIS"}, "origin": "AMEMBASSY PARIS"}},
			{Post, "AMEMBASSY PARIS", Props{"name": "AMEMBASSY PARIS", "route": "RUEHFR"}},
			{Post, "SECSTATE WASHDC", Props{"name": "SECSTATE WASHDC", "route": "RUEHC"}},
			{Cable, "07MOSCOW100", nil},
			{Tag, "PREL", Props{"name": "PREL", "kind": "subject"}},
			{Person, "kouchner", Props{"name": "Bernard Kouchner"}},
			{Person, "lavrov", Props{"name": "Lavrov"}},
			{Country, "FR", nil},
			{Country, "RU", Props{"name": "Russia"}},
			{Title, "foreign minister", Props{"name": "Foreign Minister"}},
		},
		Edges: []Edge{
			{From, NodeRef{Cable, "07PARIS3972"}, NodeRef{Post, "AMEMBASSY PARIS"}, nil},
			{To, NodeRef{Cable, "07PARIS3972"}, NodeRef{Post, "SECSTATE WASHDC"}, nil},
			{References, NodeRef{Cable, "07PARIS3972"}, NodeRef{Cable, "07MOSCOW100"}, nil},
			{Tagged, NodeRef{Cable, "07PARIS3972"}, NodeRef{Tag, "PREL"}, nil},
			{Mentions, NodeRef{Cable, "07PARIS3972"}, NodeRef{Person, "kouchner"}, Props{"count": int64(3), "paragraphs": []int64{1, 2}, "sections": []string{"body", "subject"}}},
			{Mentions, NodeRef{Cable, "07PARIS3972"}, NodeRef{Person, "lavrov"}, Props{"count": int64(2), "paragraphs": []int64{1, 3}, "sections": []string{"body"}}},
			{Met, NodeRef{Person, "kouchner"}, NodeRef{Person, "lavrov"}, Props{"key": "07PARIS3972|1|kouchner|lavrov", "cable": "07PARIS3972", "paragraph": int64(1), "date": date("2007-09-18"), "place": "Moscow", "evidence": "the September 18 meeting between \"French\" Foreign Minister Kouchner,\nand Lavrov"}},
			{Holds, NodeRef{Person, "kouchner"}, NodeRef{Title, "foreign minister"}, Props{"key": "07PARIS3972|kouchner|foreign minister", "cable": "07PARIS3972", "date": date("2007-09-21")}},
			{OfCountry, NodeRef{Person, "kouchner"}, NodeRef{Country, "FR"}, nil},
			{OfCountry, NodeRef{Person, "lavrov"}, NodeRef{Country, "RU"}, nil},
		},
	}
	moscow := &Record{
		Cable: "07MOSCOW100",
		Nodes: []Node{
			{Cable, "07MOSCOW100", Props{"date": date("2007-01-10"), "subject": injection, "classification": "SECRET", "origin": "AMEMBASSY MOSCOW"}},
			{Post, "AMEMBASSY MOSCOW", Props{"name": "AMEMBASSY MOSCOW"}},
			{Person, "lavrov", Props{"name": "Sergei Lavrov"}},
			{Person, "kouchner", nil},
			{Person, "burns", Props{"name": injection}},
			{Country, "FR", Props{"name": "France"}},
			{Country, "RU", Props{"name": "Russian Federation"}},
		},
		Edges: []Edge{
			{From, NodeRef{Cable, "07MOSCOW100"}, NodeRef{Post, "AMEMBASSY MOSCOW"}, nil},
			{Met, NodeRef{Person, "burns"}, NodeRef{Person, "lavrov"}, Props{"key": "07MOSCOW100|2|burns|lavrov", "cable": "07MOSCOW100", "paragraph": int64(2), "evidence": injection}},
			{Met, NodeRef{Person, "kouchner"}, NodeRef{Person, "lavrov"}, Props{"key": "07MOSCOW100|0|kouchner|lavrov", "cable": "07MOSCOW100", "paragraph": int64(0)}},
			{OfCountry, NodeRef{Person, "lavrov"}, NodeRef{Country, "RU"}, nil},
		},
	}
	// The same cable again, as a second format of it would give: skipped.
	again := &Record{Cable: "07MOSCOW100", Nodes: []Node{{Cable, "07MOSCOW100", Props{"subject": "IGNORED"}}}}
	return []*Record{paris, moscow, again}
}

// synthetic returns a deterministic stream of n cables over a population of
// people: each cable names perCable people, all of whom met each other in
// one paragraph. It stands in for a corpus in benchmarks and fault tests.
func synthetic(n, people, perCable int) func(i int) *Record {
	return func(i int) *Record {
		rng := rand.New(rand.NewPCG(uint64(i), 7))
		id := fmt.Sprintf("SYN%07d", i)
		day := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%3650)
		r := &Record{Cable: id}
		r.Nodes = append(r.Nodes, Node{Cable, id, Props{"date": DateOf(day), "subject": "SUBJECT OF " + id, "classification": "UNCLASSIFIED"}})
		chosen := make([]string, 0, perCable)
		seen := map[int]bool{}
		for len(chosen) < perCable {
			p := rng.IntN(people)
			if seen[p] {
				continue
			}
			seen[p] = true
			key := fmt.Sprintf("person:%06d", p)
			chosen = append(chosen, key)
			r.Nodes = append(r.Nodes, Node{Person, key, Props{"name": fmt.Sprintf("Person %d", p)}})
			r.Edges = append(r.Edges, Edge{Mentions, NodeRef{Cable, id}, NodeRef{Person, key}, Props{"count": int64(1), "paragraphs": []int64{1}}})
		}
		for a := 0; a < len(chosen); a++ {
			for b := a + 1; b < len(chosen); b++ {
				x, y := chosen[a], chosen[b]
				if y < x {
					x, y = y, x
				}
				r.Edges = append(r.Edges, Edge{Met, NodeRef{Person, x}, NodeRef{Person, y}, Props{
					"key": id + "|1|" + x + "|" + y, "cable": id, "paragraph": int64(1), "date": DateOf(day)}})
			}
		}
		return r
	}
}
