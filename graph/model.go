// Package graph is the graph model of cablegraph and the sinks that store it:
// a Neo4j loader speaking Bolt and a writer of neo4j-admin bulk-import files.
//
// A cable's contribution to the graph is a Record: the nodes it names and the
// edges it states, each identified by a stable key. A Batcher gathers Records
// into Batches and hands them to a Sink:
//
//	b := graph.NewBatcher(sink, 10000)
//	for each cable { b.Add(ctx, rec) }
//	err := b.Close(ctx)
//
// Keys never depend on load order, so loading the same cables twice, or in
// two runs, or through either sink, gives the same graph. The package knows
// nothing of how records are made (see graph/build) and nothing of NLP.
package graph

import (
	"fmt"
	"sort"
)

// Label is a node label.
type Label string

// The node labels of the model; schema/README.md draws them.
const (
	Cable        Label = "Cable"
	Person       Label = "Person"
	Title        Label = "Title"
	Post         Label = "Post"
	Country      Label = "Country"
	Place        Label = "Place"
	Organization Label = "Organization"
	Tag          Label = "Tag"
	Meeting      Label = "Meeting" // one in-person meeting a cable reports
)

// RelType is a relationship type.
type RelType string

// The relationship types of the model.
const (
	From         RelType = "FROM"          // Cable -> Post that sent it
	To           RelType = "TO"            // Cable -> Post it was addressed to
	Info         RelType = "INFO"          // Cable -> Post it was copied to
	References   RelType = "REFERENCES"    // Cable -> Cable
	Tagged       RelType = "TAGGED"        // Cable -> Tag
	Mentions     RelType = "MENTIONS"      // Cable -> Person/Post/Country/Place/Organization
	Signed       RelType = "SIGNED"        // Cable -> Person
	ClassifiedBy RelType = "CLASSIFIED_BY" // Cable -> Person
	Met          RelType = "MET"           // Person -> Person, one per cable paragraph, carrying its meeting's key
	Attended     RelType = "ATTENDED"      // Person -> Meeting, with side and role
	ReportedIn   RelType = "REPORTED_IN"   // Meeting -> Cable
	Holds        RelType = "HOLDS"         // Person -> Title, one per cable
	KeptApart    RelType = "KEPT_APART"    // Person -> Person of the same surname whom a cable's extraction kept apart, with the reason
	Visited      RelType = "VISITED"       // Person -> Place, one per cable paragraph
	OfCountry    RelType = "OF_COUNTRY"    // Person/Organization -> Country
	In           RelType = "IN"            // Post/Place -> Country
)

// Props holds the properties of a node or edge. Values are string, int64,
// Date, []string or []int64; empty values are left out, because a bulk
// import cannot tell an empty string from a missing one.
type Props map[string]any

// Node is one node as one cable sees it. A node with nil Props is a stub: a
// reference to a node whose properties come from elsewhere (a cable that is
// cited but not loaded, a country known only by its code).
type Node struct {
	Label Label
	Key   string
	Props Props
}

// Full reports whether n carries properties rather than only a reference.
func (n Node) Full() bool { return n.Props != nil }

// NodeRef names a node by label and key.
type NodeRef struct {
	Label Label
	Key   string
}

// Edge is one relationship. Keyed types (MET, HOLDS, VISITED) carry a key
// property that tells apart several edges between the same two nodes; for
// the others the pair of nodes is the identity.
type Edge struct {
	Type     RelType
	From, To NodeRef
	Props    Props
}

// Key returns the key property of a keyed edge, "" for the others.
func (e Edge) Key() string {
	k, _ := e.Props["key"].(string)
	return k
}

// EdgeKind is the type of an edge together with the labels of its ends:
// every edge of one kind is written by the same Cypher statement and into
// the same bulk-import file.
type EdgeKind struct {
	Type     RelType
	From, To Label
}

func (k EdgeKind) String() string { return string(k.Type) + "-" + string(k.From) + "-" + string(k.To) }

// Kind returns the kind of e.
func (e Edge) Kind() EdgeKind { return EdgeKind{e.Type, e.From.Label, e.To.Label} }

// Record is everything one cable contributes to the graph.
type Record struct {
	Cable string // the cable ID; a Batcher loads each ID once per run
	Nodes []Node
	Edges []Edge
}

// PropType is the type of a property, as the bulk importer spells it.
type PropType string

// The property types used by the model.
const (
	String      PropType = "string"
	Long        PropType = "long"
	DateType    PropType = "date"
	StringArray PropType = "string[]"
	LongArray   PropType = "long[]"
)

// PropSpec declares one property of a label or relationship type.
type PropSpec struct {
	Name string
	Type PropType
}

// nodeProps lists the properties of each label besides key. Every full node
// has a name, except a Cable, whose properties are set whenever the cable is
// loaded.
var nodeProps = map[Label][]PropSpec{
	Cable:        {{"date", DateType}, {"subject", String}, {"classification", String}, {"caveats", StringArray}, {"origin", String}},
	Person:       {{"name", String}, {"given", StringArray}, {"aliases", StringArray}},
	Title:        {{"name", String}},
	Post:         {{"name", String}, {"route", String}},
	Country:      {{"name", String}},
	Place:        {{"name", String}},
	Organization: {{"name", String}},
	Tag:          {{"name", String}, {"kind", String}},
	Meeting: {{"name", String}, {"kind", String}, {"date", DateType}, {"date_end", DateType}, {"precision", String},
		{"place", String}, {"cable", String}, {"paragraphs", LongArray}, {"evidence", String}},
}

// relProps lists the properties of each relationship type. A type whose
// first property is key is keyed (see Edge).
var relProps = map[RelType][]PropSpec{
	From:         nil,
	To:           nil,
	Info:         nil,
	References:   nil,
	Tagged:       nil,
	Signed:       nil,
	ClassifiedBy: nil,
	OfCountry:    nil,
	In:           nil,
	Mentions:     {{"count", Long}, {"paragraphs", LongArray}, {"sections", StringArray}, {"names", StringArray}},
	Met:          {{"key", String}, {"cable", String}, {"paragraph", Long}, {"date", DateType}, {"place", String}, {"evidence", String}, {"meeting", String}},
	Attended:     {{"side", String}, {"role", String}},
	ReportedIn:   nil,
	Holds:        {{"key", String}, {"cable", String}, {"date", DateType}},
	KeptApart:    {{"key", String}, {"cable", String}, {"reason", String}},
	Visited:      {{"key", String}, {"cable", String}, {"paragraph", Long}, {"date", DateType}, {"evidence", String}},
}

// unionProps are the properties of a node that gather the values of every
// row rather than keep the best row's: a Person's given names and aliases,
// sorted. They come last among the node's properties.
var unionProps = map[string]bool{"given": true, "aliases": true}

// Labels returns the node labels in a fixed order.

func Labels() []Label {
	return []Label{Cable, Person, Title, Post, Country, Place, Organization, Tag, Meeting}
}

// NodeProps returns the declared properties of label l, without key.
func NodeProps(l Label) []PropSpec { return nodeProps[l] }

// RelProps returns the declared properties of relationship type t.
func RelProps(t RelType) []PropSpec { return relProps[t] }

// keyed reports whether edges of type t are told apart by a key property.
func keyed(t RelType) bool {
	p := relProps[t]
	return len(p) > 0 && p[0].Name == "key"
}

// perCable reports whether every edge of type t belongs to a single cable,
// so that it cannot recur in another cable's record. Edges that are not
// (OF_COUNTRY, IN) must be deduplicated across the whole load.
func perCable(t RelType) bool { return t != OfCountry && t != In }

// Validate checks that r uses only declared labels, types and properties,
// with the declared Go types. Sinks call it so that a record built wrongly
// fails loudly instead of loading half a cable.
func (r *Record) Validate() error {
	for _, n := range r.Nodes {
		specs, ok := nodeProps[n.Label]
		if !ok {
			return fmt.Errorf("cable %s: node %q: unknown label %q", r.Cable, n.Key, n.Label)
		}
		if n.Key == "" {
			return fmt.Errorf("cable %s: %s node without key", r.Cable, n.Label)
		}
		if err := checkProps(n.Props, specs); err != nil {
			return fmt.Errorf("cable %s: %s %q: %w", r.Cable, n.Label, n.Key, err)
		}
		if n.Full() && n.Label != Cable && n.Props["name"] == nil {
			return fmt.Errorf("cable %s: %s %q: full node without name", r.Cable, n.Label, n.Key)
		}
	}
	for _, e := range r.Edges {
		specs, ok := relProps[e.Type]
		if !ok {
			return fmt.Errorf("cable %s: unknown relationship type %q", r.Cable, e.Type)
		}
		if e.From.Key == "" || e.To.Key == "" {
			return fmt.Errorf("cable %s: %s edge with an empty end", r.Cable, e.Type)
		}
		if keyed(e.Type) && e.Key() == "" {
			return fmt.Errorf("cable %s: %s edge without key", r.Cable, e.Type)
		}
		if err := checkProps(e.Props, specs); err != nil {
			return fmt.Errorf("cable %s: %s edge: %w", r.Cable, e.Type, err)
		}
	}
	return nil
}

func checkProps(p Props, specs []PropSpec) error {
	names := make([]string, 0, len(p))
	for name := range p {
		names = append(names, name)
	}
	sort.Strings(names)
next:
	for _, name := range names {
		for _, s := range specs {
			if s.Name != name {
				continue
			}
			v := p[name]
			var ok bool
			switch s.Type {
			case String:
				_, ok = v.(string)
			case Long:
				_, ok = v.(int64)
			case DateType:
				_, ok = v.(Date)
			case StringArray:
				_, ok = v.([]string)
			case LongArray:
				_, ok = v.([]int64)
			}
			if !ok {
				return fmt.Errorf("property %s: %T is not %s", name, v, s.Type)
			}
			continue next
		}
		return fmt.Errorf("undeclared property %q", name)
	}
	return nil
}
