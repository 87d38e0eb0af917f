package explore

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/cablegraph/cablegraph/draw"
	"github.com/cablegraph/cablegraph/graph"
)

// Graph answers the exploring questions from the graph in Neo4j. Every
// query goes through Reader, so it runs in read mode under the server-side
// timeout, and every query starts from people already resolved to keys:
// an index seek, never a scan over names.
type Graph struct {
	Reader graph.Reader
}

// fullTextIndex is the index of schema/indexes.cypher that finds people.
const fullTextIndex = "person_names"

// ErrNoIndex says that the graph has no full-text index to find people
// by name: it was loaded by a cablegraph older than the index, or
// imported in bulk without running schema.cypher afterwards.
var ErrNoIndex = errors.New("the graph has no full-text index person_names to find people by name; " +
	"create it with any cablegraph load (it applies the schema first) or with the statement in schema/indexes.cypher, " +
	"or give a key (person:...)")

const searchCypher = `CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit}) YIELD node, score
RETURN node.key AS key ORDER BY score DESC, key`

// describeCypher gives what tells candidates apart. Each CALL is its own
// aggregation, so a person named in many cables costs one count, not the
// product of their titles, countries and cables.
const describeCypher = `UNWIND $keys AS key
MATCH (p:Person {key: key})
CALL { WITH p OPTIONAL MATCH (p)-[:OF_COUNTRY]->(c:Country) RETURN collect(DISTINCT c.key) AS countries }
CALL { WITH p OPTIONAL MATCH (p)-[h:HOLDS]->(t:Title) WITH t, count(h) AS n ORDER BY n DESC, t.name RETURN collect(t.name)[..3] AS titles }
CALL { WITH p OPTIONAL MATCH (c:Cable)-[:MENTIONS]->(p) RETURN count(c) AS cables, min(c.date.year) AS first, max(c.date.year) AS last }
RETURN p.key AS key, p.name AS name, p.aliases AS aliases, titles, countries, cables, first, last`

// Resolve finds the one person name means: a key (person:kouchner), or
// any part of a name or alias, whatever its case and accents, through the
// full-text index; when no word fits as written, one edit away. It returns
// a *NotFoundError or an *AmbiguousError listing the candidates.
func (g Graph) Resolve(ctx context.Context, name string) (Candidate, error) {
	if strings.TrimSpace(name) == "" {
		return Candidate{}, &NotFoundError{Name: name}
	}
	cands, err := g.describe(ctx, []string{name})
	if err != nil || len(cands) == 1 {
		return first(cands), err
	}
	var keys []string
	for _, fuzzy := range []bool{false, true} {
		q := luceneQuery(name, fuzzy)
		if q == "" {
			break
		}
		t, err := g.Reader.Read(ctx, searchCypher, map[string]any{"index": fullTextIndex, "query": q, "limit": maxCandidates})
		if err != nil {
			if strings.Contains(err.Error(), "no such fulltext schema index") {
				return Candidate{}, ErrNoIndex
			}
			return Candidate{}, err
		}
		for _, row := range t.Rows {
			keys = append(keys, str(row[0]))
		}
		if len(keys) > 0 {
			break
		}
	}
	if cands, err = g.describe(ctx, keys); err != nil {
		return Candidate{}, err
	}
	return choose(name, cands)
}

func first(cs []Candidate) Candidate {
	if len(cs) == 0 {
		return Candidate{}
	}
	return cs[0]
}

func (g Graph) describe(ctx context.Context, keys []string) ([]Candidate, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	t, err := g.Reader.Read(ctx, describeCypher, map[string]any{"keys": keys})
	if err != nil {
		return nil, err
	}
	var cs []Candidate
	for _, r := range t.Rows {
		cs = append(cs, Candidate{
			Key: str(r[0]), Name: str(r[1]), Aliases: strs(r[2]), Titles: strs(r[3]), Countries: strs(r[4]),
			Cables: num(r[5]), FirstYear: int(num(r[6])), LastYear: int(num(r[7])),
		})
	}
	return cs, nil
}

// Filter narrows who-met answers. Zero fields do not filter.
type Filter struct {
	From, To time.Time // meetings on or after From, on or before To (undated ones are left out when set)
	Country  string    // the other person's country: ISO code or English name
	Limit    int       // at most this many MET edges; DefaultLimit when zero
}

// DefaultLimit bounds the MET edges of one who-met answer.
const DefaultLimit = 1000

// Encounter is one meeting a person attended, as who-met reports it: the
// meeting, and the people met there (from the other sides).
type Encounter struct {
	Meeting   string   `json:"meeting"`
	Kind      string   `json:"kind,omitempty"`
	Date      string   `json:"date,omitempty"`
	Place     string   `json:"place,omitempty"`
	Cable     string   `json:"cable"`
	Paragraph int      `json:"paragraph,omitempty"`
	Evidence  string   `json:"evidence,omitempty"`
	Met       []Person `json:"met"`
}

// Person names someone in an answer.
type Person struct {
	Key     string `json:"key"`
	Name    string `json:"name"`
	Country string `json:"country,omitempty"`
}

const whoMetCypher = `MATCH (p:Person {key: $key})-[r:MET]-(o:Person)
WHERE ($from IS NULL OR r.date >= $from) AND ($to IS NULL OR r.date <= $to)
OPTIONAL MATCH (o)-[:OF_COUNTRY]->(oc:Country)
WITH r, o, collect(oc) AS ocs
WHERE $country IS NULL OR any(c IN ocs WHERE c.key = toUpper($country) OR toLower(c.name) = toLower($country))
WITH r, o, [c IN ocs | c.key] AS countries
ORDER BY r.date, r.cable, r.paragraph, o.name
LIMIT $limit
OPTIONAL MATCH (m:Meeting {key: r.meeting})
RETURN coalesce(r.meeting, r.cable + '|' + toString(r.paragraph)) AS meeting, m.kind AS kind,
       coalesce(r.date, m.date) AS date, coalesce(r.place, m.place) AS place, r.cable AS cable,
       r.paragraph AS paragraph, coalesce(r.evidence, m.evidence) AS evidence,
       o.key AS key, o.name AS name, countries`

// WhoMet lists everyone the person with key met, grouped by meeting, in
// date order (undated meetings last).
func (g Graph) WhoMet(ctx context.Context, key string, f Filter) ([]Encounter, error) {
	limit := f.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	params := map[string]any{"key": key, "from": dateParam(f.From), "to": dateParam(f.To), "country": nil, "limit": limit}
	if f.Country != "" {
		params["country"] = f.Country
	}
	t, err := g.Reader.Read(ctx, whoMetCypher, params)
	if err != nil {
		return nil, err
	}
	var out []Encounter
	index := map[string]int{}
	for _, r := range t.Rows {
		id := str(r[0]) + "\x00" + str(r[4]) + "\x00" + strconv.FormatInt(num(r[5]), 10)
		i, ok := index[id]
		if !ok {
			i = len(out)
			index[id] = i
			out = append(out, Encounter{Meeting: str(r[0]), Kind: str(r[1]), Date: str(r[2]), Place: str(r[3]),
				Cable: str(r[4]), Paragraph: int(num(r[5])), Evidence: str(r[6])})
		}
		e := &out[i]
		p := Person{Key: str(r[7]), Name: str(r[8])}
		if cs := strs(r[9]); len(cs) > 0 {
			sort.Strings(cs)
			p.Country = cs[0]
		}
		if !containsKey(e.Met, p.Key) {
			e.Met = append(e.Met, p)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return dateLess(out[i].Date, out[j].Date) })
	return out, nil
}

func containsKey(ps []Person, key string) bool {
	for _, p := range ps {
		if p.Key == key {
			return true
		}
	}
	return false
}

// dateLess orders ISO dates with the undated last.
func dateLess(a, b string) bool {
	if a == "" || b == "" {
		return a != "" && b == ""
	}
	return a < b
}

// Chain is one shortest chain of meetings from one person to another.
type Chain struct {
	People []Person `json:"people"`
	Hops   []Hop    `json:"hops"` // Hops[i] links People[i] and People[i+1]
}

// Hop is the meeting that links two neighbours of a chain: the earliest
// report of them meeting, and how many reports there are in all.
type Hop struct {
	Date      string `json:"date,omitempty"`
	Place     string `json:"place,omitempty"`
	Cable     string `json:"cable"`
	Paragraph int    `json:"paragraph,omitempty"`
	Evidence  string `json:"evidence,omitempty"`
	Meeting   string `json:"meeting,omitempty"`
	Reports   int64  `json:"reports"`
}

// MaxHops is the longest chain Path looks for when PathOptions.MaxHops is
// zero: six meetings apart is the small-world bound, and a breadth-first
// search that deep already reaches most of a connected graph.
const MaxHops = 6

// maxChains bounds the chains Path returns.
const maxChains = 5

// pathCypher finds the shortest chains between two resolved people. The
// hop limit must be a literal in Cypher; it is formatted from an integer
// that Path checks, never from user text. The parallel MET edges of a pair
// (one per cable paragraph) would multiply the paths, so chains are made
// distinct by their people before the LIMIT, and each hop then collects
// its reports.
const pathCypher = `MATCH (a:Person {key: $a}), (b:Person {key: $b})
MATCH p = allShortestPaths((a)-[:MET*..%d]-(b))
WITH DISTINCT nodes(p) AS chain
LIMIT $chains
UNWIND range(0, size(chain) - 2) AS i
WITH chain, i, chain[i] AS x, chain[i + 1] AS y
MATCH (x)-[r:MET]-(y)
WITH chain, i, r ORDER BY r.date, r.cable, r.paragraph
WITH chain, i, collect(r) AS rs
RETURN [n IN chain | n.key] AS keys, [n IN chain | n.name] AS names, i,
       rs[0].date AS date, rs[0].place AS place, rs[0].cable AS cable, rs[0].paragraph AS paragraph,
       rs[0].evidence AS evidence, rs[0].meeting AS meeting, size(rs) AS reports
ORDER BY keys, i`

// Path returns the shortest chains of meetings between the people with
// keys a and b, at most maxHops long (MaxHops when zero); none when they
// are further apart.
func (g Graph) Path(ctx context.Context, a, b string, maxHops int) ([]Chain, error) {
	if maxHops <= 0 {
		maxHops = MaxHops
	}
	if maxHops > 2*MaxHops {
		return nil, fmt.Errorf("at most %d hops", 2*MaxHops)
	}
	if a == b {
		return nil, fmt.Errorf("a path needs two different people")
	}
	t, err := g.Reader.Read(ctx, fmt.Sprintf(pathCypher, maxHops), map[string]any{"a": a, "b": b, "chains": maxChains})
	if err != nil {
		return nil, err
	}
	var out []Chain
	var last string
	for _, r := range t.Rows {
		keys, names := strs(r[0]), strs(r[1])
		id := strings.Join(keys, "\x00")
		if id != last || len(out) == 0 {
			c := Chain{}
			for i := range keys {
				c.People = append(c.People, Person{Key: keys[i], Name: names[i]})
			}
			out = append(out, c)
			last = id
		}
		c := &out[len(out)-1]
		c.Hops = append(c.Hops, Hop{Date: str(r[3]), Place: str(r[4]), Cable: str(r[5]), Paragraph: int(num(r[6])),
			Evidence: str(r[7]), Meeting: str(r[8]), Reports: num(r[9])})
	}
	return out, nil
}

// Month is what the cables say of a person in one month.
type Month struct {
	Month    string        `json:"month"` // YYYY-MM
	Meetings []Appointment `json:"meetings,omitempty"`
	Titles   []string      `json:"titles,omitempty"`
	Reports  []PostReports `json:"reported_by,omitempty"`
}

// Appointment is a meeting in a timeline.
type Appointment struct {
	Date  string   `json:"date"`
	Kind  string   `json:"kind,omitempty"`
	Place string   `json:"place,omitempty"`
	With  []string `json:"with,omitempty"`
	Cable string   `json:"cable"`
}

// PostReports counts the cables a post sent about a person in a month.
type PostReports struct {
	Post   string `json:"post"`
	Cables int64  `json:"cables"`
}

// maxTimelineRows bounds one timeline: a person named in thousands of
// cables gets their first thousands of facts, not an unbounded answer.
const maxTimelineRows = 5000

// timelineCypher gathers three kinds of dated facts about one person; a
// meeting without its own date takes the date of the cable reporting it.
const timelineCypher = `MATCH (p:Person {key: $key})
CALL {
  WITH p
  MATCH (p)-[a:ATTENDED]->(m:Meeting)-[:REPORTED_IN]->(c:Cable)
  OPTIONAL MATCH (o:Person)-[oa:ATTENDED]->(m) WHERE o <> p AND oa.side <> a.side
  WITH m, c, collect(DISTINCT o.name) AS others
  RETURN coalesce(m.date, c.date) AS date, 'meeting' AS what, others AS detail, m.kind AS kind, m.place AS place, c.key AS cable
  UNION ALL
  WITH p
  MATCH (p)-[h:HOLDS]->(t:Title)
  RETURN h.date AS date, 'title' AS what, [t.name] AS detail, null AS kind, null AS place, h.cable AS cable
  UNION ALL
  WITH p
  MATCH (c:Cable)-[:MENTIONS]->(p)
  OPTIONAL MATCH (c)-[:FROM]->(post:Post)
  RETURN c.date AS date, 'report' AS what, [coalesce(post.name, c.origin, '?')] AS detail, null AS kind, null AS place, c.key AS cable
}
WITH date, what, detail, kind, place, cable WHERE date IS NOT NULL
RETURN date, what, detail, kind, place, cable
ORDER BY date, what, cable
LIMIT $limit`

// Timeline returns, month by month, the meetings of the person with key,
// the titles the cables gave them and the posts that reported on them.
func (g Graph) Timeline(ctx context.Context, key string) ([]Month, error) {
	t, err := g.Reader.Read(ctx, timelineCypher, map[string]any{"key": key, "limit": maxTimelineRows})
	if err != nil {
		return nil, err
	}
	var out []Month
	for _, r := range t.Rows {
		date := str(r[0])
		if len(date) < 7 {
			continue
		}
		if len(out) == 0 || out[len(out)-1].Month != date[:7] {
			out = append(out, Month{Month: date[:7]})
		}
		m := &out[len(out)-1]
		detail := strs(r[2])
		switch str(r[1]) {
		case "meeting":
			sort.Strings(detail)
			m.Meetings = append(m.Meetings, Appointment{Date: date, Kind: str(r[3]), Place: str(r[4]), With: detail, Cable: str(r[5])})
		case "title":
			if len(detail) > 0 && !contains(m.Titles, detail[0]) {
				m.Titles = append(m.Titles, detail[0])
			}
		case "report":
			post := strings.Join(detail, "")
			found := false
			for i := range m.Reports {
				if m.Reports[i].Post == post {
					m.Reports[i].Cables++
					found = true
				}
			}
			if !found {
				m.Reports = append(m.Reports, PostReports{Post: post, Cables: 1})
			}
		}
	}
	for i := range out {
		sort.SliceStable(out[i].Reports, func(a, b int) bool { return out[i].Reports[a].Cables > out[i].Reports[b].Cables })
	}
	return out, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// MaxPeople bounds a picture: beyond about a hundred people a drawn
// network stops being readable, so the most frequently met are kept.
const MaxPeople = 100

const neighboursCypher = `UNWIND $keys AS k
MATCH (:Person {key: k})-[r:MET]-(o:Person)
WHERE NOT o.key IN $seen
WITH o, count(r) AS n
ORDER BY n DESC, o.key
LIMIT $room
RETURN o.key AS key`

// Ego returns the network around the person with key: the people they met
// (depth 1), and the people those met (depth 2), the most met first, up to
// MaxPeople, with every MET between them.
func (g Graph) Ego(ctx context.Context, key string, depth int) (*draw.Network, error) {
	seen := []string{key}
	frontier := []string{key}
	for d := 0; d < depth && len(seen) < MaxPeople; d++ {
		t, err := g.Reader.Read(ctx, neighboursCypher, map[string]any{"keys": frontier, "seen": seen, "room": MaxPeople - len(seen)})
		if err != nil {
			return nil, err
		}
		frontier = nil
		for _, r := range t.Rows {
			frontier = append(frontier, str(r[0]))
		}
		seen = append(seen, frontier...)
	}
	return g.network(ctx, seen, []string{key}, nil)
}

// PathNetwork returns the people of chains and the MET edges between
// neighbours of a chain, for drawing a path.
func (g Graph) PathNetwork(ctx context.Context, chains []Chain) (*draw.Network, error) {
	var keys []string
	pairs := map[[2]string]bool{}
	for _, c := range chains {
		for i, p := range c.People {
			if !contains(keys, p.Key) {
				keys = append(keys, p.Key)
			}
			if i > 0 {
				pairs[[2]string{c.People[i-1].Key, p.Key}] = true
				pairs[[2]string{p.Key, c.People[i-1].Key}] = true
			}
		}
	}
	var ends []string
	if len(chains) > 0 {
		ps := chains[0].People
		ends = []string{ps[0].Key, ps[len(ps)-1].Key}
	}
	return g.network(ctx, keys, ends, func(a, b string) bool { return pairs[[2]string{a, b}] })
}

const peopleCypher = `UNWIND $keys AS k
MATCH (p:Person {key: k})
CALL { WITH p OPTIONAL MATCH (p)-[:OF_COUNTRY]->(c:Country) RETURN min(c.key) AS country }
CALL { WITH p OPTIONAL MATCH (p)-[h:HOLDS]->(t:Title) WITH t, count(h) AS n ORDER BY n DESC, t.name RETURN collect(t.name)[..3] AS titles }
RETURN p.key AS key, p.name AS name, country, titles`

// maxEdges bounds the MET edges of one picture.
const maxEdges = 3000

const edgesCypher = `UNWIND $keys AS k
MATCH (x:Person {key: k})-[r:MET]->(y:Person)
WHERE y.key IN $keys
RETURN x.key AS from, y.key AS to, r.date AS date, r.place AS place, r.cable AS cable,
       r.paragraph AS paragraph, r.evidence AS evidence, r.meeting AS meeting
ORDER BY date, cable, paragraph, from, to
LIMIT $limit`

func (g Graph) network(ctx context.Context, keys, focus []string, keep func(a, b string) bool) (*draw.Network, error) {
	n := &draw.Network{}
	t, err := g.Reader.Read(ctx, peopleCypher, map[string]any{"keys": keys})
	if err != nil {
		return nil, err
	}
	for _, r := range t.Rows {
		n.People = append(n.People, draw.Person{Key: str(r[0]), Name: str(r[1]), Country: str(r[2]), Titles: strs(r[3]),
			Focus: contains(focus, str(r[0]))})
	}
	if t, err = g.Reader.Read(ctx, edgesCypher, map[string]any{"keys": keys, "limit": maxEdges}); err != nil {
		return nil, err
	}
	for _, r := range t.Rows {
		m := draw.Meeting{From: str(r[0]), To: str(r[1]), Date: str(r[2]), Place: str(r[3]), Cable: str(r[4]),
			Paragraph: int(num(r[5])), Evidence: str(r[6]), Meeting: str(r[7])}
		if keep == nil || keep(m.From, m.To) {
			n.Meetings = append(n.Meetings, m)
		}
	}
	return n, nil
}

// dateParam is t as a Cypher DATE, or nil (no bound) for the zero time.
func dateParam(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return dbtype.Date(time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC))
}

// ParseDay reads a date given as 2007, 2007-09 or 2007-09-18. With end
// set, a year or month means its last day, so that -to 2007 includes all
// of 2007.
func ParseDay(s string, end bool) (time.Time, error) {
	for _, layout := range []struct {
		layout string
		years  int
		months int
	}{{"2006-01-02", 0, 0}, {"2006-01", 0, 1}, {"2006", 1, 0}} {
		t, err := time.Parse(layout.layout, s)
		if err != nil {
			continue
		}
		if end && (layout.years > 0 || layout.months > 0) {
			t = t.AddDate(layout.years, layout.months, -1)
		}
		return t, nil
	}
	return time.Time{}, fmt.Errorf("date %q is not YYYY, YYYY-MM or YYYY-MM-DD", s)
}

func str(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	}
	return fmt.Sprint(v)
}

func num(v any) int64 {
	n, _ := v.(int64)
	return n
}

func strs(v any) []string {
	list, _ := v.([]any)
	var out []string
	for _, x := range list {
		if s := str(x); s != "" {
			out = append(out, s)
		}
	}
	return out
}
