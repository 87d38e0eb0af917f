package draw

// Network is what a picture shows: people and the meetings between them.
// It is plain data, filled from Neo4j or from files by package explore, so
// that rendering needs neither.
type Network struct {
	Title    string    `json:"title"`
	People   []Person  `json:"people"`
	Meetings []Meeting `json:"meetings"`
}

// Person is a node of the picture.
type Person struct {
	Key     string   `json:"key"`
	Name    string   `json:"name"`
	Country string   `json:"country,omitempty"` // ISO 3166-1 alpha-2; colours the node
	Titles  []string `json:"titles,omitempty"`
	// Focus marks the people the picture was asked for (the centre of an
	// ego network, the ends of a path); they are drawn larger.
	Focus bool `json:"focus,omitempty"`
}

// Meeting is an edge of the picture: one MET of the graph, that is one
// cable paragraph reporting that two people met.
type Meeting struct {
	From      string `json:"from"` // person keys
	To        string `json:"to"`
	Date      string `json:"date,omitempty"` // YYYY-MM-DD; "" when the cable gives none
	Place     string `json:"place,omitempty"`
	Cable     string `json:"cable"`
	Paragraph int    `json:"paragraph,omitempty"`
	Evidence  string `json:"evidence,omitempty"`
	Meeting   string `json:"meeting,omitempty"` // the Meeting node's key
}
