package explore

import (
	"context"
	"sort"

	"github.com/cablegraph/cablegraph/graph"
	"github.com/cablegraph/cablegraph/graph/build"
)

// Record is who one person is according to the cables: the canonical
// name and key, every spelling with the cables behind it, the titles with
// the dates of the first and last cable that gives them, the countries,
// and the people of the same surname that the extractor kept apart, with
// its reasons.
type Record struct {
	Key       string      `json:"key"`
	Name      string      `json:"name"`
	Given     []string    `json:"given,omitempty"`
	Aliases   []Alias     `json:"aliases"` // the name too, when the cables write it
	Titles    []TitleSpan `json:"titles,omitempty"`
	Countries []string    `json:"countries,omitempty"`
	Cables    int64       `json:"cables"`
	First     string      `json:"first,omitempty"` // date of the first and last dated cable
	Last      string      `json:"last,omitempty"`
	Namesakes []Namesake  `json:"namesakes,omitempty"`
}

// Alias is one spelling of a person's name and the cables that write it.
type Alias struct {
	Name   string   `json:"name"`
	Cables int64    `json:"cables"`
	Some   []string `json:"some"` // the first few cables, earliest first
}

// TitleSpan is a title the cables give a person, between the dates of the
// first and the last of them (empty when none of them is dated).
type TitleSpan struct {
	Title  string `json:"title"`
	First  string `json:"first,omitempty"`
	Last   string `json:"last,omitempty"`
	Cables int64  `json:"cables"`
}

// Namesake is a person who shares the surname and whom the extractor kept
// apart in the cables that name both, with its reasons.
type Namesake struct {
	Key     string   `json:"key"`
	Name    string   `json:"name"`
	Reasons []string `json:"reasons"`
	Cables  int64    `json:"cables"`
	Some    []string `json:"some"`
}

// someCables is how many cable IDs an alias or namesake shows.
const someCables = 3

// sortRecord puts a record's lists in their reading order: spellings and
// namesakes by the number of cables, titles by their first date (undated
// last), each tie by name, so that both sources print the same.
func sortRecord(r *Record) {
	sort.Slice(r.Aliases, func(i, j int) bool {
		a, b := r.Aliases[i], r.Aliases[j]
		if a.Cables != b.Cables {
			return a.Cables > b.Cables
		}
		return a.Name < b.Name
	})
	sort.Slice(r.Titles, func(i, j int) bool {
		a, b := r.Titles[i], r.Titles[j]
		if (a.First == "") != (b.First == "") {
			return b.First == ""
		}
		if a.First != b.First {
			return a.First < b.First
		}
		return a.Title < b.Title
	})
	sort.Slice(r.Namesakes, func(i, j int) bool {
		a, b := r.Namesakes[i], r.Namesakes[j]
		if a.Cables != b.Cables {
			return a.Cables > b.Cables
		}
		return a.Key < b.Key
	})
	sort.Strings(r.Countries)
}

const personCypher = `MATCH (p:Person {key: $key})
OPTIONAL MATCH (c:Cable)-[:MENTIONS]->(p)
RETURN p.name, p.given, count(c), min(c.date), max(c.date)`

const aliasesCypher = `MATCH (c:Cable)-[m:MENTIONS]->(:Person {key: $key})
UNWIND m.names AS name
WITH name, c ORDER BY c.date, c.key
RETURN name, count(c), collect(c.key)[..$some]`

const titlesCypher = `MATCH (:Person {key: $key})-[h:HOLDS]->(t:Title)
RETURN t.name, min(h.date), max(h.date), count(h)`

const countriesCypher = `MATCH (:Person {key: $key})-[:OF_COUNTRY]->(c:Country)
RETURN c.key`

const namesakesCypher = `MATCH (:Person {key: $key})-[k:KEPT_APART]-(o:Person)
OPTIONAL MATCH (c:Cable {key: k.cable})
WITH o, k ORDER BY c.date, k.cable
RETURN o.key, o.name, collect(DISTINCT k.reason), count(k), collect(k.cable)[..$some]`

// Person returns the record of the person with key, or a *NotFoundError.
func (g Graph) Person(ctx context.Context, key string) (*Record, error) {
	params := map[string]any{"key": key, "some": someCables}
	t, err := g.Reader.Read(ctx, personCypher, params)
	if err != nil {
		return nil, err
	}
	if len(t.Rows) == 0 {
		return nil, &NotFoundError{Name: key}
	}
	row := t.Rows[0]
	r := &Record{Key: key, Name: str(row[0]), Given: strs(row[1]), Cables: num(row[2]), First: str(row[3]), Last: str(row[4])}
	if t, err = g.Reader.Read(ctx, aliasesCypher, params); err != nil {
		return nil, err
	}
	for _, row := range t.Rows {
		r.Aliases = append(r.Aliases, Alias{Name: str(row[0]), Cables: num(row[1]), Some: strs(row[2])})
	}
	if t, err = g.Reader.Read(ctx, titlesCypher, params); err != nil {
		return nil, err
	}
	for _, row := range t.Rows {
		r.Titles = append(r.Titles, TitleSpan{Title: str(row[0]), First: str(row[1]), Last: str(row[2]), Cables: num(row[3])})
	}
	if t, err = g.Reader.Read(ctx, countriesCypher, params); err != nil {
		return nil, err
	}
	for _, row := range t.Rows {
		r.Countries = append(r.Countries, str(row[0]))
	}
	if t, err = g.Reader.Read(ctx, namesakesCypher, params); err != nil {
		return nil, err
	}
	for _, row := range t.Rows {
		reasons := strs(row[2])
		sort.Strings(reasons)
		r.Namesakes = append(r.Namesakes, Namesake{Key: str(row[0]), Name: str(row[1]), Reasons: reasons, Cables: num(row[3]), Some: strs(row[4])})
	}
	sortRecord(r)
	return r, nil
}

// Person returns the record of the person with key, as Graph.Person does.
func (m Memory) Person(_ context.Context, key string) (*Record, error) {
	return m.Index.Person(key)
}

// identity is what the index keeps of who a person is, for Record.
type identity struct {
	given     []string
	spellings map[string]map[string]bool // spelling -> cables
	titles    map[string]map[string]bool // title key -> cables
	apart     map[string]*apartFrom      // other person's key
}

type apartFrom struct {
	name    string
	reasons map[string]bool
	cables  map[string]bool
}

func (p *indexPerson) identity() *identity {
	if p.id == nil {
		p.id = &identity{spellings: map[string]map[string]bool{}, titles: map[string]map[string]bool{}, apart: map[string]*apartFrom{}}
	}
	return p.id
}

// title notes a title a cable gives person p. Titles written in another
// case are one Title node in the graph (build.TitleKey), named as the
// loader names it, whoever holds it (graph.BetterName); so they are one
// here.
func (x *Index) title(p *indexPerson, t, cable string) {
	key := build.TitleKey(t)
	if old, ok := x.titleNames[key]; !ok || graph.BetterName(t, old) {
		x.titleNames[key] = t
	}
	addTo(p.identity().titles, key, cable)
}

func addTo(m map[string]map[string]bool, k, cable string) {
	if m[k] == nil {
		m[k] = map[string]bool{}
	}
	m[k][cable] = true
}

func (id *identity) keptApart(key, name, reason, cable string) {
	a := id.apart[key]
	if a == nil {
		a = &apartFrom{reasons: map[string]bool{}, cables: map[string]bool{}}
		id.apart[key] = a
	}
	if name != "" {
		a.name = name
	}
	a.reasons[reason] = true
	a.cables[cable] = true
}

// Person returns the record of the person with key, or a *NotFoundError.
func (x *Index) Person(key string) (*Record, error) {
	p := x.people[key]
	if p == nil {
		return nil, &NotFoundError{Name: key}
	}
	id := p.identity()
	r := &Record{Key: key, Name: p.Name, Given: id.given, Countries: append([]string(nil), p.Countries...), Cables: int64(len(p.cables))}
	for c := range p.cables {
		if d := x.cableDates[c]; d != "" {
			if r.First == "" || d < r.First {
				r.First = d
			}
			r.Last = max(r.Last, d)
		}
	}
	for name, cables := range id.spellings {
		r.Aliases = append(r.Aliases, Alias{Name: name, Cables: int64(len(cables)), Some: x.earliest(cables)})
	}
	for key, cables := range id.titles {
		s := TitleSpan{Title: x.titleNames[key], Cables: int64(len(cables))}
		for c := range cables {
			if d := x.cableDates[c]; d != "" {
				if s.First == "" || d < s.First {
					s.First = d
				}
				s.Last = max(s.Last, d)
			}
		}
		r.Titles = append(r.Titles, s)
	}
	for k, a := range id.apart {
		n := Namesake{Key: k, Name: a.name, Cables: int64(len(a.cables)), Some: x.earliest(a.cables)}
		if n.Name == "" && x.people[k] != nil {
			n.Name = x.people[k].Name
		}
		for reason := range a.reasons {
			n.Reasons = append(n.Reasons, reason)
		}
		sort.Strings(n.Reasons)
		r.Namesakes = append(r.Namesakes, n)
	}
	sortRecord(r)
	return r, nil
}

// earliest returns the first someCables of cables, by date (undated
// last) and ID, as the Cypher of Graph.Person orders them.
func (x *Index) earliest(cables map[string]bool) []string {
	list := make([]string, 0, len(cables))
	for c := range cables {
		list = append(list, c)
	}
	sort.Slice(list, func(i, j int) bool {
		a, b := x.cableDates[list[i]], x.cableDates[list[j]]
		if (a == "") != (b == "") {
			return b == ""
		}
		if a != b {
			return a < b
		}
		return list[i] < list[j]
	})
	return list[:min(len(list), someCables)]
}
