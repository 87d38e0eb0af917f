// Package extract turns a parsed cable into the entities it names and the
// relations between them: people, their titles and countries, diplomatic
// posts, countries, places, organisations, and above all who met whom.
//
//	var x extract.Extractor // the zero value is the recommended configuration
//	res := x.Extract(c)     // c is a *cable.Cable from a cable.Reader
//	for _, rel := range res.Relations {
//		if rel.Type == extract.Met {
//			fmt.Println(rel.From, "met", rel.To, "on", rel.Date)
//		}
//	}
//
// Meetings are events (Result.Meetings): each with its date and precision,
// place, kind, and participants on sides, from which the MET relations are
// derived. Who met whom is read in stages: the sentence rules of met.go
// (with meet_verbs.go, meet_nouns.go and clauses.go) and the cable-level
// readers of pairs.go propose candidate pairs with features; decide
// (model.go) accepts them, by the rules or by a trained MeetModel;
// events.go groups the accepted pairs into meetings.
//
// A person's key is the same in every cable that names that person, and
// depends on that cable alone (identity.go): known people of
// data/people.tsv get their full name's key, and a surname alone that
// nothing resolves is scoped to its cable rather than merged with another
// bearer. So results need no cross-cable pass, in any order.
package extract

import "time"

// EntityType is the kind of an entity.
type EntityType string

// The entity types.
const (
	Person       EntityType = "Person"
	Country      EntityType = "Country"
	Post         EntityType = "Post" // a diplomatic post: AMEMBASSY PARIS, USUN
	Place        EntityType = "Place"
	Organization EntityType = "Organization"
)

// Section is the part of a cable a mention comes from.
type Section string

// The sections (Mention.Section).
const (
	SectionBody         Section = "body"
	SectionSubject      Section = "subject"
	SectionClassifiedBy Section = "classified_by" // the Classified By line
	SectionSignature    Section = "signature"
	SectionAddress      Section = "address" // "STATE FOR EUR/WE (JONES)" lines
	SectionHeader       Section = "header"  // the routing header's posts (FM, TO, INFO)
)

// Mention is one place in the cable where an entity is named.
type Mention struct {
	Text      string  `json:"text"`                // as written (repaired)
	Section   Section `json:"section"`             // where in the cable
	Paragraph int     `json:"paragraph,omitempty"` // paragraph number, 0 when not in a numbered paragraph
	Start     int     `json:"start"`               // byte offsets in the section's repaired text
	End       int     `json:"end"`
	Line      int     `json:"line"`   // position in the original input
	Offset    int     `json:"offset"` // byte offset in the original input
}

// Entity is one person, country, post, place or organisation as named in a
// single cable: all the variants of a name in the cable merged into one.
type Entity struct {
	Type EntityType `json:"type"`
	// Key identifies the entity across cables: the same key in two cables
	// means the same node in the graph. It depends on this cable alone
	// (never on the cables read before it), so that loading is
	// deterministic in any order.
	//
	// Every key is made here and used as it is downstream: people
	// "person:sergey-lavrov" (identity.go), countries their ISO code "RU"
	// (so that Country below is a country's key), posts their routing
	// indicator "post:ruehmo" where one is known (posts.go), places
	// "place:ru:moscow", organisations "org:nato".
	Key     string   `json:"key"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
	// Person: the given names of the name and aliases, as written.
	Given  []string `json:"given,omitempty"`
	Titles []string `json:"titles,omitempty"` // Person: the titles the cable gives them, as of the cable's date
	// Country is the ISO 3166-1 alpha-2 code, and key, of the country of a
	// Person, Post, Place or Organization.
	Country string `json:"country,omitempty"`
	Code    string `json:"code,omitempty"`  // Country: ISO 3166-1 alpha-2
	Route   string `json:"route,omitempty"` // Post: routing indicator (RUEHFR)
	// Apart lists the people of the cable who share a Person's surname but
	// whom the extractor kept apart from them, with the reason.
	Apart    []Apart   `json:"apart,omitempty"`
	Mentions []Mention `json:"mentions,omitempty"`
}

// RelationType is the kind of a relation.
type RelationType string

// The relation types.
const (
	Met     RelationType = "MET"     // Person - Person, in person
	Visited RelationType = "VISITED" // Person -> Place
)

// A person's titles and the country of an entity are not relations: they
// travel once, on the Entity (Titles, Country).

// Relation is a fact the cable states about entities.
type Relation struct {
	Type      RelationType `json:"type"`
	From      string       `json:"from"`     // entity name
	To        string       `json:"to"`       // entity name (or title text for HOLDS)
	FromKey   string       `json:"from_key"` // entity keys
	ToKey     string       `json:"to_key,omitempty"`
	Date      Date         `json:"date,omitzero"` // the day, resolved against the cable date
	Place     string       `json:"place,omitempty"`
	Paragraph int          `json:"paragraph,omitempty"`
	Evidence  string       `json:"evidence,omitempty"` // the sentence that says so
	Offset    int          `json:"offset,omitempty"`   // byte offset of the evidence in the input
	// Meeting is the key of the meeting a MET pair comes from (Result.Meetings).
	Meeting string `json:"meeting,omitempty"`
}

// MeetingKind is what kind of encounter a meeting was.
type MeetingKind string

// The meeting kinds.
const (
	KindMeeting MeetingKind = "meeting"
	KindCallOn  MeetingKind = "call-on" // a call on someone, a courtesy call
	KindMeal    MeetingKind = "meal"    // lunch, dinner, breakfast, reception
	KindTalks   MeetingKind = "talks"   // talks, consultations, a bilateral dialogue
	KindVisit   MeetingKind = "visit"   // X visited Y
	KindMargins MeetingKind = "margins" // on the margins of a conference or summit
)

// Precision says how much of a meeting's date the cable gives.
type Precision string

// The date precisions; an undated meeting has none ("").
const (
	PrecisionDay   Precision = "day"
	PrecisionMonth Precision = "month"
	PrecisionRange Precision = "range" // Date is the first day, DateEnd the last
)

// Meeting is one in-person encounter the cable reports, with everyone
// named who took part. MET relations are derived from it: every pair of
// participants on different sides.
type Meeting struct {
	// Key identifies the meeting: the cable ID and its rank in the cable.
	Key  string      `json:"key"`
	Kind MeetingKind `json:"kind"`
	// Date is the day of the meeting (Precision day), the first of its
	// month (month) or the first day of a range (range, with DateEnd the
	// last); zero with no Precision when the cable does not date it.
	Date         Date          `json:"date,omitzero"`
	DateEnd      Date          `json:"date_end,omitzero"`
	Precision    Precision     `json:"precision,omitempty"`
	Place        string        `json:"place,omitempty"`
	Paragraphs   []int         `json:"paragraphs,omitempty"`
	Evidence     string        `json:"evidence,omitempty"` // the sentence that tells the meeting
	Offset       int           `json:"offset,omitempty"`   // byte offset of the evidence in the input
	Participants []Participant `json:"participants"`
}

// Participant is one named person who took part in a meeting.
type Participant struct {
	Key  string `json:"key"` // the person's entity key
	Name string `json:"name"`
	// Side groups the people who came together: "A" is the side of the
	// meeting sentence's subject (often the embassy), "B" the other.
	Side string `json:"side"`
	// Role is led, host, attended or accompanied.
	Role string `json:"role"`
}

// Result is everything extracted from one cable.
type Result struct {
	Cable    string    `json:"cable"`
	Date     time.Time `json:"date"`
	Entities []Entity  `json:"entities"`
	// Host is the ISO code of the country the cable was sent from, the
	// country the extractor does not give a person without evidence.
	Host      string     `json:"host,omitempty"`
	Relations []Relation `json:"relations"`
	Meetings  []Meeting  `json:"meetings"`
	// Error is set when extraction stopped on a bug met by odd input; the
	// result then holds nothing, and the other cables are unaffected.
	Error string `json:"error,omitempty"`
}
