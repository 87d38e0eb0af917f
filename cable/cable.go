// Package cable parses US diplomatic cables into structured records.
//
// A cable arrives in one of several real-world shapes: a plain-text telegram
// with its routing header (VZCZC...), a WikiLeaks cable-viewer HTML page, a
// row of the unofficial cables.csv dump, or a PlusD page. The Reader detects
// the shape, splits the telegram into its parts (routing header, addressees,
// classification, TAGS, SUBJECT, REF, Classified By, numbered paragraphs,
// signature) and repairs the text damage that decades of conversions left
// behind (commas for apostrophes, hard wraps, page-break lines, double
// spacing), while
// remembering where every repaired byte came from in the input so that later
// stages can cite the original.
//
// This package does no NLP and no I/O beyond the io.Reader it is given.
// A file (or stream) may hold many cables; read them one at a time:
//
//	r := cable.NewReader(f, "07PARIS3972.txt")
//	for r.Next() {
//		c := r.Cable()
//		fmt.Println(c.ID, c.Date, c.Subject.Text)
//	}
//	if err := r.Err(); err != nil {
//		// an ErrorList of *ParseError, each naming file and line
//	}
package cable

import "time"

// Pos is a position in the original input: the 1-based line and the 0-based
// byte offset from the start of the file (or stream) the cable was read from.
type Pos struct {
	Line   int `json:"line"`
	Offset int `json:"offset"`
}

// Format names the shape a cable was read from.
type Format string

// The input formats the Reader understands.
const (
	FormatText  Format = "text"  // plain telegram text, as in 07PARIS3972.txt
	FormatHTML  Format = "html"  // WikiLeaks cable-viewer page (trimmed or full)
	FormatCSV   Format = "csv"   // a row of the cables.csv dump
	FormatPlusD Format = "plusd" // WikiLeaks PlusD page (1970s cables)
)

// Source says where a cable came from.
type Source struct {
	File   string `json:"file"`
	Format Format `json:"format"`
	Row    int    `json:"row,omitempty"` // 1-based CSV row, 0 for other formats
	// Line is where the cable starts in its input: the first line of a
	// CSV row, or of a text cable after the first of a stream of them.
	Line int `json:"line,omitempty"`
}

// Field is a piece of text from the cable and where it starts in the input.
type Field struct {
	Text string `json:"text"`
	Pos  Pos    `json:"pos"`

	// src maps Text back to the input when the parser built the field
	// from repaired text: a subject that runs over a line break of a page
	// file ("GAMAL &#x000A;MUBARAK") is longer in the input than in Text,
	// so Pos.Offset+i would point before the word. Zero for fields made by
	// hand or read back from JSON.
	src Text
}

// Orig returns the input position of byte i of f.Text: through the
// parser's map when it has one, else counted from Pos on the same line.
func (f Field) Orig(i int) Pos {
	if len(f.src.runs) > 0 && f.src.String == f.Text {
		return f.src.Orig(i)
	}
	return Pos{Line: f.Pos.Line, Offset: f.Pos.Offset + i}
}

// Cable is one parsed telegram. Fields the input did not carry are left at
// their zero value; Errors lists what could not be parsed, so a partial
// cable is still usable.
type Cable struct {
	ID     string `json:"id"` // canonical reference ID, e.g. 07PARIS3972
	Source Source `json:"source"`

	// Date is the date-time group (O 211612Z SEP 07) when the header has
	// one, else the date the page or CSV row gives.
	Date time.Time `json:"date,omitzero"`
	// DateFrom says where Date came from: "dtg" (the header's date-time
	// group), "body" (a date line the page put before the text) or "meta"
	// (the container's date, used when the telegram gives none).
	DateFrom string `json:"date_from,omitempty"`

	Precedence     string    `json:"precedence,omitempty"`      // O, P, R, Z, OO ...
	TransmissionID string    `json:"transmission_id,omitempty"` // VZCZCXRO4577
	Station        string    `json:"station,omitempty"`         // DE RUEHFR: the originating station
	Serial         string    `json:"serial,omitempty"`          // #3972
	From           Addressee `json:"from,omitzero"`
	// Post and PostSerial are what the classification line names:
	// "CONFIDENTIAL SECTION 01 OF 02 PARIS 000997" gives PARIS and 997.
	Post       string `json:"post,omitempty"`
	PostSerial string `json:"post_serial,omitempty"`
	// TelegramID is the reference ID the telegram itself gives (year of
	// its date, post, serial); ID prefers the container's ID when there is
	// one, and the two can be compared.
	TelegramID string      `json:"telegram_id,omitempty"`
	To         []Addressee `json:"to,omitempty"`
	Info       []Addressee `json:"info,omitempty"`

	Classification   Classification `json:"classification,omitzero"`
	Declassification Field          `json:"declassification,omitzero"` // the E.O. 12958 line
	Tags             []Tag          `json:"tags,omitempty"`
	Subject          Field          `json:"subject,omitzero"`
	Refs             []Ref          `json:"refs,omitempty"`
	ClassifiedBy     *ClassifiedBy  `json:"classified_by,omitempty"`
	Summary          Field          `json:"summary,omitzero"`
	Comment          Field          `json:"comment,omitzero"`
	Paragraphs       []Paragraph    `json:"paragraphs,omitempty"`
	Signature        Field          `json:"signature,omitzero"`

	// Body is the repaired plain text of the body: the telegram text after
	// the header, with the repairs described in the package doc applied.
	// Paragraph offsets index into Body.String.
	Body Text `json:"body"`

	// Meta is what the container (HTML page, CSV row) says about the cable,
	// kept apart from what the telegram itself says, so the two can be
	// checked against each other.
	Meta Metadata `json:"meta"`

	// Errors lists the problems met while parsing this cable. A cable with
	// errors may still carry everything that could be read.
	Errors []error `json:"-"`
}

// Addressee is one entry of a FM, TO or INFO line: RUEHC/SECSTATE WASHDC
// IMMEDIATE 0346.
type Addressee struct {
	Route      string `json:"route,omitempty"` // routing indicator, e.g. RUEHC
	Name       string `json:"name"`            // station name, e.g. SECSTATE WASHDC
	Precedence string `json:"precedence,omitempty"`
	Serial     string `json:"serial,omitempty"`
	Pos        Pos    `json:"pos"`
}

// Classification is the security marking of a cable. The telegram writes
// it on its classification line and the container (page, CSV row) records
// it in its metadata (Cable.Meta.Classification); both are kept, and Level
// is the one to use.
//
// Level is the container's level when the container gives one, else the
// telegram's. The container's wins because it is about the cable Cable.ID
// names, and ID is the container's too: where the two differ on the
// mirror's pages, most often the page holds the text of another telegram
// (05MUSCAT679 holds BEIJING 2305), and otherwise the release's record is
// the higher level (the line reads CONFIDENTIAL, the record SECRET//NOFORN,
// as in 09TBILISI1123). It is also the value every copy of the release is
// indexed by. The telegram's line is the most damaged line of the text
// (spaced out, letters lost or doubled, glued to what precedes it), read
// with more guessing. Written keeps what the line says, so that the two
// can be compared: From is "meta" with a non-empty Written where they
// differ.
type Classification struct {
	Level string `json:"level"` // UNCLASSIFIED, CONFIDENTIAL, SECRET, TOP SECRET, LIMITED OFFICIAL USE
	// From says where Level came from: "text" (the telegram's line, which
	// the container confirms or lacks) or "meta" (the container, where the
	// telegram has no readable line or another level).
	From string `json:"from,omitempty"`
	// Written is the level on the telegram's own classification line, ""
	// when there is none that can be read.
	Written string `json:"written,omitempty"`
	// Caveats are those of the line and the lines after it (NOFORN, SIPDIS)
	// and of the container's record ("SECRET//NOFORN"): NOFORN, SIPDIS,
	// FOUO ...
	Caveats []string `json:"caveats,omitempty"`
	Pos     Pos      `json:"pos"` // where the telegram's line starts; zero when there is none
}

// TagKind says what a TAGS entry is.
type TagKind string

// The kinds of TAGS entries.
const (
	TagSubject      TagKind = "subject"      // PREL, PGOV, KNNP ...
	TagCountry      TagKind = "country"      // FR, RS, IZ (FIPS-style codes)
	TagOrganization TagKind = "organization" // UNO, NATO, EUN ...
	TagPerson       TagKind = "person"       // SARKOZY, NICOLAS
)

// Tag is one TAGS entry.
type Tag struct {
	Value string  `json:"value"`
	Kind  TagKind `json:"kind"`
	Pos   Pos     `json:"pos"`
}

// Ref is one entry of a REF line: "B. MEXICO 765".
type Ref struct {
	Label string `json:"label,omitempty"` // A, B, ...
	Text  string `json:"text"`            // as written
	ID    string `json:"id,omitempty"`    // normalised reference ID when it can be had, e.g. 07MEXICO765
	Pos   Pos    `json:"pos"`
}

// ClassifiedBy is the "Classified By:" line.
type ClassifiedBy struct {
	Name    string `json:"name,omitempty"`    // Josiah Rosenblatt
	Title   string `json:"title,omitempty"`   // Political Minister-Counselor
	Reasons string `json:"reasons,omitempty"` // 1.4 b and d
	Text    string `json:"text"`              // the whole line, repaired
	Pos     Pos    `json:"pos"`
}

// Paragraph is a numbered (or, failing that, blank-line separated) paragraph
// of the body.
type Paragraph struct {
	Number  int    `json:"number"`            // 1-based paragraph number as written, 0 if unnumbered
	Marking string `json:"marking,omitempty"` // SBU, C, S/NF ...
	Text    string `json:"text"`              // repaired text, without number and marking
	Start   int    `json:"start"`             // byte offset of Text in Cable.Body.String
	Pos     Pos    `json:"pos"`               // where the paragraph starts in the input
}

// Metadata is what a container format says about a cable.
type Metadata struct {
	ID             string    `json:"id,omitempty"`
	Created        time.Time `json:"created,omitzero"`
	Released       time.Time `json:"released,omitzero"`
	Classification string    `json:"classification,omitempty"`
	Origin         string    `json:"origin,omitempty"`
	Subject        string    `json:"subject,omitempty"`
	References     []string  `json:"references,omitempty"`
}
