// Package build turns a parsed cable and what was extracted from it into
// the graph.Record that the sinks of package graph store.
//
//	rec := build.Record(c, res) // c from package cable, res from package extract
//	_, err := batcher.Add(ctx, rec)
//
// It is the only place that knows both the extraction types and the graph
// model; package graph itself depends on neither, so the loaders carry no
// NLP code. The keys of entities (people, posts, countries, places,
// organisations) are the extractor's, used as they are; the keys of what
// the extractor does not make (titles, tags, edges) are made here, from
// names and IDs only, never from load order, so the same cable always
// yields the same record.
package build

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/cablegraph/cablegraph/cable"
	"github.com/cablegraph/cablegraph/extract"
	"github.com/cablegraph/cablegraph/graph"
)

// TitleKey is the key of a title: lower case, single spaces.
func TitleKey(title string) string { return strings.ToLower(collapse(title)) }

// TagKey is the key of a TAGS entry: upper case, single spaces.
func TagKey(value string) string { return strings.ToUpper(collapse(value)) }

// MetKey is the key of a MET edge: the cable, the paragraph and the two
// people in key order, since a meeting has no direction.
func MetKey(cableID string, paragraph int, a, b string) string {
	if b < a {
		a, b = b, a
	}
	return relKey(cableID, paragraph, a, b)
}

// relKey is the key of an edge told in one paragraph of a cable, from
// node key a to b: "09PARIS1|4|person:x|place:y".
func relKey(cableID string, paragraph int, a, b string) string {
	return cableID + "|" + strconv.Itoa(paragraph) + "|" + a + "|" + b
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// clean makes text safe to store: valid UTF-8 without NUL bytes.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.ReplaceAll(s, "\x00", "")
}

// arrayElem makes a string safe as an element of an array property, whose
// elements the bulk files separate with graph.ArrayDelimiter.
func arrayElem(s string) string {
	return strings.ReplaceAll(clean(s), graph.ArrayDelimiter, ",")
}

// recordBuilder gathers the rows of one cable, folding duplicates.
type recordBuilder struct {
	rec   graph.Record
	nodes map[graph.NodeRef]int
	edges map[string]bool
}

func (b *recordBuilder) node(label graph.Label, key string, props graph.Props) graph.NodeRef {
	ref := graph.NodeRef{Label: label, Key: key}
	if i, ok := b.nodes[ref]; ok {
		if !b.rec.Nodes[i].Full() && props != nil {
			b.rec.Nodes[i].Props = props
		}
		return ref
	}
	b.nodes[ref] = len(b.rec.Nodes)
	b.rec.Nodes = append(b.rec.Nodes, graph.Node{Label: label, Key: key, Props: props})
	return ref
}

func (b *recordBuilder) edge(t graph.RelType, from, to graph.NodeRef, props graph.Props) {
	key, _ := props["key"].(string)
	// Concatenated, not formatted: this runs for every edge of the corpus.
	id := string(t) + "\x00" + string(from.Label) + "\x00" + from.Key + "\x00" + string(to.Label) + "\x00" + to.Key + "\x00" + key
	if b.edges[id] {
		return
	}
	b.edges[id] = true
	b.rec.Edges = append(b.rec.Edges, graph.Edge{Type: t, From: from, To: to, Props: props})
}

// props builds a property map, leaving out empty strings and slices.
func props(kv ...any) graph.Props {
	p := make(graph.Props, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		name := kv[i].(string)
		switch v := kv[i+1].(type) {
		case string:
			if v = clean(v); v != "" {
				p[name] = v
			}
		case []string:
			if len(v) > 0 {
				p[name] = v
			}
		case []int64:
			if len(v) > 0 {
				p[name] = v
			}
		case *graph.Date:
			if v != nil {
				p[name] = *v
			}
		default:
			p[name] = v
		}
	}
	return p
}

// day is the graph's date for a day the extractor read, nil for none. A
// year the calendar of a cable cannot hold (a slash date's "1/2/12345")
// is no date either: only four-digit years were ever stored.
func day(d extract.Date) *graph.Date {
	if d.IsZero() || d.Year < 0 || d.Year > 9999 || !d.IsValid() {
		return nil
	}
	g := graph.Date(d.In(time.UTC))
	return &g
}

// Record returns the graph rows of cable c and its extraction res (which
// may be nil: the cable's header alone still makes a graph).
func Record(c *cable.Cable, res *extract.Result) *graph.Record {
	b := &recordBuilder{
		rec:   graph.Record{Cable: c.ID},
		nodes: make(map[graph.NodeRef]int),
		edges: make(map[string]bool),
	}
	b.cable(c)
	if res != nil {
		b.entities(c, res)
	}
	return &b.rec
}

// cableDate is the date of cable c: its own, else the one its container
// records, nil when neither is known. The Cable node and the HOLDS edges
// of its people carry it.
func cableDate(c *cable.Cable) *graph.Date {
	var d graph.Date
	switch {
	case !c.Date.IsZero():
		d = graph.DateOf(c.Date)
	case !c.Meta.Created.IsZero():
		d = graph.DateOf(c.Meta.Created)
	default:
		return nil
	}
	return &d
}

func (b *recordBuilder) cable(c *cable.Cable) {
	date := cableDate(c)
	subject := c.Subject.Text
	if subject == "" {
		subject = c.Meta.Subject
	}
	level := c.Classification.Level
	if level == "" {
		level = c.Meta.Classification
	}
	origin := c.From.Name
	if origin == "" {
		origin = c.Meta.Origin
	}
	var caveats []string
	for _, cv := range c.Classification.Caveats {
		caveats = append(caveats, arrayElem(cv))
	}
	self := b.node(graph.Cable, c.ID, props(
		"date", date, "subject", collapse(subject), "classification", level,
		"caveats", caveats, "origin", collapse(origin)))

	// The posts of the routing header, keyed by the extractor whether or
	// not the cable's text was extracted.
	for _, p := range extract.HeaderPosts(c) {
		post := b.node(graph.Post, p.Key, props("name", p.Name, "route", p.Route))
		b.edge(headerEdge[p.Role], self, post, nil)
	}
	refs := make([]string, 0, len(c.Refs)+len(c.Meta.References))
	for _, r := range c.Refs {
		refs = append(refs, r.ID)
	}
	refs = append(refs, c.Meta.References...)
	for _, id := range refs {
		id = strings.TrimSpace(id)
		if id == "" || id == c.ID {
			continue
		}
		b.edge(graph.References, self, b.node(graph.Cable, id, nil), nil)
	}
	for _, t := range c.Tags {
		key := TagKey(t.Value)
		if key == "" {
			continue
		}
		tag := b.node(graph.Tag, key, props("name", collapse(t.Value), "kind", string(t.Kind)))
		b.edge(graph.Tagged, self, tag, nil)
	}
}

var headerEdge = map[string]graph.RelType{"from": graph.From, "to": graph.To, "info": graph.Info}

var labelOf = map[extract.EntityType]graph.Label{
	extract.Person:       graph.Person,
	extract.Country:      graph.Country,
	extract.Post:         graph.Post,
	extract.Place:        graph.Place,
	extract.Organization: graph.Organization,
}

func (b *recordBuilder) entities(c *cable.Cable, res *extract.Result) {
	self := graph.NodeRef{Label: graph.Cable, Key: c.ID}
	// An undated cable dates no title: its HOLDS edges carry no date.
	date := cableDate(c)

	refs := make(map[string]graph.NodeRef) // entity key -> node
	for _, e := range res.Entities {
		label, ok := labelOf[e.Type]
		if !ok || e.Key == "" {
			continue
		}
		name := collapse(e.Name)
		if name == "" {
			name = e.Key
		}
		p := props("name", name)
		var spellings []string // a person's names in this cable
		switch label {
		case graph.Post:
			p = props("name", name, "route", e.Route)
		case graph.Person:
			// The other spellings the cable used, for the full-text index
			// that finds people (schema/indexes.cypher).
			al := aliases(e.Aliases, name)
			p = props("name", name, "given", aliases(e.Given, ""), "aliases", al)
			spellings = append([]string{arrayElem(name)}, al...)
		}
		ref := b.node(label, e.Key, p)
		refs[e.Key] = ref
		mp := mentionProps(e.Mentions)
		if len(spellings) > 0 {
			mp["names"] = spellings
		}
		b.edge(graph.Mentions, self, ref, mp)

		if label == graph.Person {
			for _, m := range e.Mentions {
				switch m.Section {
				case extract.SectionClassifiedBy:
					b.edge(graph.ClassifiedBy, self, ref, nil)
				case extract.SectionSignature:
					b.edge(graph.Signed, self, ref, nil)
				}
			}
			for _, t := range e.Titles {
				b.holds(c.ID, ref, t, date)

			}
		}
		if e.Country != "" && label != graph.Country {
			country := b.node(graph.Country, e.Country, nil)
			b.edge(countryEdge(label), ref, country, nil)
		}
	}
	for _, e := range res.Entities {
		from, ok := refs[e.Key]
		if !ok || from.Label != graph.Person {
			continue
		}
		for _, a := range e.Apart {
			to, ok := refs[a.Key]
			if !ok || to.Label != graph.Person || to.Key <= from.Key {
				continue // each pair once, from the smaller key
			}
			b.edge(graph.KeptApart, from, to, props("key", c.ID+"|"+from.Key+"|"+to.Key, "cable", c.ID, "reason", a.Reason))
		}
	}

	for _, r := range res.Relations {
		from, ok := refs[r.FromKey]
		if !ok {
			continue
		}
		switch r.Type {
		case extract.Met:
			to, ok := refs[r.ToKey]
			if !ok || from.Label != graph.Person || to.Label != graph.Person || from.Key == to.Key {
				continue
			}
			if to.Key < from.Key {
				from, to = to, from
			}
			b.edge(graph.Met, from, to, props(
				"key", MetKey(c.ID, r.Paragraph, from.Key, to.Key),
				"cable", c.ID, "paragraph", int64(r.Paragraph), "date", day(r.Date),
				"place", collapse(r.Place), "evidence", collapse(r.Evidence), "meeting", r.Meeting))

		case extract.Visited:
			to, ok := refs[r.ToKey]
			if !ok || from.Label != graph.Person || to.Label != graph.Place {
				continue
			}
			b.edge(graph.Visited, from, to, props(
				"key", relKey(c.ID, r.Paragraph, from.Key, to.Key),
				"cable", c.ID, "paragraph", int64(r.Paragraph), "date", day(r.Date),
				"evidence", collapse(r.Evidence)))
		}
	}

	b.meetings(c, res, refs)
}

// meetings adds each meeting of the cable as a node, REPORTED_IN the
// cable, with an ATTENDED edge from every participant.
func (b *recordBuilder) meetings(c *cable.Cable, res *extract.Result, refs map[string]graph.NodeRef) {
	self := graph.NodeRef{Label: graph.Cable, Key: c.ID}
	for _, m := range res.Meetings {
		var who []string
		for _, p := range m.Participants {
			who = append(who, p.Name)
		}
		name := strings.Join(who, ", ")
		if !m.Date.IsZero() {
			name += " (" + m.Date.String() + ")"
		}
		paras := make([]int64, 0, len(m.Paragraphs))
		for _, p := range m.Paragraphs {
			if p > 0 {
				paras = append(paras, int64(p))
			}
		}
		ref := b.node(graph.Meeting, m.Key, props("name", clean(name), "kind", string(m.Kind),
			"date", day(m.Date), "date_end", day(m.DateEnd), "precision", string(m.Precision),
			"place", collapse(m.Place), "cable", c.ID, "paragraphs", paras, "evidence", collapse(m.Evidence)))
		b.edge(graph.ReportedIn, ref, self, nil)
		for _, p := range m.Participants {
			if who, ok := refs[p.Key]; ok && who.Label == graph.Person {
				b.edge(graph.Attended, who, ref, props("side", p.Side, "role", p.Role))
			}
		}
	}
}

// countryEdge is OF_COUNTRY for people and organisations, IN for posts and
// places.
func countryEdge(l graph.Label) graph.RelType {
	if l == graph.Post || l == graph.Place {
		return graph.In
	}
	return graph.OfCountry
}

// holds adds person HOLDS title, once per cable, dated by the cable when
// it has a date.

func (b *recordBuilder) holds(cableID string, person graph.NodeRef, title string, date *graph.Date) {
	key := TitleKey(title)
	if key == "" || !strings.ContainsFunc(key, unicode.IsLetter) {
		return
	}
	t := b.node(graph.Title, key, props("name", collapse(title)))
	b.edge(graph.Holds, person, t, props("key", cableID+"|"+person.Key+"|"+key, "cable", cableID, "date", date))
}

// aliases returns the spellings of a name other than name itself, cleaned
// for an array property, in the extractor's order.
func aliases(list []string, name string) []string {
	var out []string
	for _, a := range list {
		a = arrayElem(collapse(a))
		if a != "" && a != name && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

func mentionProps(ms []extract.Mention) graph.Props {
	paras := map[int64]bool{}
	sections := map[string]bool{}
	for _, m := range ms {
		if m.Paragraph > 0 {
			paras[int64(m.Paragraph)] = true
		}
		if m.Section != "" {
			sections[arrayElem(string(m.Section))] = true
		}
	}
	ps := make([]int64, 0, len(paras))
	for p := range paras {
		ps = append(ps, p)
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i] < ps[j] })
	ss := make([]string, 0, len(sections))
	for s := range sections {
		ss = append(ss, s)
	}
	sort.Strings(ss)
	return props("count", int64(len(ms)), "paragraphs", ps, "sections", ss)
}
