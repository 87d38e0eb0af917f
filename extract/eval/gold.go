package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
)

// Gold is the hand annotation of one cable, as ../shared/GOLD-FORMAT.md
// describes it. A JSON null (for a country, date or place) reads as "".
type Gold struct {
	Cable     string       `json:"cable"`
	People    []GoldPerson `json:"people"`
	Countries []string     `json:"countries"`
	Met       []GoldMet    `json:"met"`
	// Meetings are the meeting events of the meetings gold
	// (testdata/gold-meetings/FORMAT.md); Met is derived from them when
	// the file gives none, and must equal that derivation when it does.
	Meetings []GoldMeeting `json:"meetings,omitempty"`
	Notes    any           `json:"notes,omitempty"` // free text for the annotator; never scored

	// File is where the annotation was read from, for messages.
	File string `json:"-"`
}

// GoldPerson is one named individual of a gold cable.
type GoldPerson struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	Titles  []string `json:"titles"`
	Country string   `json:"country"`
}

// GoldMet is one in-person meeting of two gold people, named by any of
// their name forms.
type GoldMet struct {
	A     string `json:"a"`
	B     string `json:"b"`
	Date  string `json:"date"`
	Place string `json:"place"`
}

// GoldMeeting is one in-person meeting with its named participants.
type GoldMeeting struct {
	ID           string            `json:"id"`
	Kind         string            `json:"kind"`
	Date         string            `json:"date"`
	DateEnd      string            `json:"date_end"`
	Precision    string            `json:"precision"`
	Place        string            `json:"place"`
	Paragraphs   []int             `json:"paragraphs"`
	Evidence     string            `json:"evidence"`
	Participants []GoldParticipant `json:"participants"`
}

// GoldParticipant is one named person of a meeting, with their side and role.
type GoldParticipant struct {
	Name string `json:"name"`
	Side string `json:"side"`
	Role string `json:"role"`
}

// DeriveMet lists the MET pairs of meetings: every two participants on
// different sides, once per pair, dated by the first meeting dated to the
// day (GOLD-FORMAT.md: ranges and months give no date).
func DeriveMet(meetings []GoldMeeting) []GoldMet {
	var out []GoldMet
	index := map[[2]string]int{}
	for _, m := range meetings {
		date := ""
		if m.Precision == "day" || m.Precision == "" && len(m.Date) == 10 && m.DateEnd == "" {
			date = m.Date
		}
		for i, p := range m.Participants {
			for _, q := range m.Participants[i+1:] {
				if p.Side == q.Side || foldName(p.Name) == foldName(q.Name) {
					continue
				}
				key := [2]string{foldName(p.Name), foldName(q.Name)}
				if key[0] > key[1] {
					key[0], key[1] = key[1], key[0]
				}
				if k, ok := index[key]; ok {
					if out[k].Date == "" && date != "" {
						out[k].Date = date
					}
					continue
				}
				index[key] = len(out)
				out = append(out, GoldMet{A: p.Name, B: q.Name, Date: date, Place: m.Place})
			}
		}
	}
	return out
}

// GoldError is a problem with a gold file: a JSON error or an annotation
// that contradicts the format. Line is 0 when the problem has no single
// position (a MET pair naming nobody in people, say).
type GoldError struct {
	File string
	Line int
	Err  error
}

func (e *GoldError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

func (e *GoldError) Unwrap() error { return e.Err }

var isoCode = regexp.MustCompile(`^[A-Z]{2}$`)

// ReadGold reads one gold file. It returns the annotation even when it
// finds problems in it (a MET pair that names nobody, a malformed date), so
// that one slip of an annotator costs one item, not a cable; the problems
// come back joined in the error. A file that is not valid JSON yields a nil
// Gold.
func ReadGold(file string) (*Gold, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	return parseGold(file, data)
}

func parseGold(file string, data []byte) (*Gold, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	// A misspelt key ("title" for "titles") would otherwise silently empty
	// a field and skew the scores.
	dec.DisallowUnknownFields()
	var g Gold
	if err := dec.Decode(&g); err != nil {
		return nil, &GoldError{File: file, Line: jsonErrorLine(data, err, dec), Err: err}
	}
	g.File = file
	if len(g.Meetings) > 0 && len(g.Met) == 0 {
		g.Met = DeriveMet(g.Meetings)
	}
	return &g, g.check()
}

// jsonErrorLine finds the 1-based line of a decoding error, or 0.
func jsonErrorLine(data []byte, err error, dec *json.Decoder) int {
	var offset int64 = -1
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		offset = syntax.Offset
	case errors.As(err, &typ):
		offset = typ.Offset
	default:
		offset = dec.InputOffset()
	}
	if offset < 0 || offset > int64(len(data)) {
		return 0
	}
	return 1 + bytes.Count(data[:offset], []byte("\n"))
}

// check reports what in g contradicts GOLD-FORMAT.md. The cable ID must
// match the file name, because that is how gold meets prediction.
func (g *Gold) check() error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, &GoldError{File: g.File, Err: fmt.Errorf(format, args...)})
	}
	if base := strings.TrimSuffix(filepath.Base(g.File), ".json"); g.Cable != base {
		bad("cable %q does not match the file name %s", g.Cable, base)
	}
	for i, p := range g.People {
		if strings.TrimSpace(p.Name) == "" {
			bad("people[%d] has no name", i)
		}
		if p.Country != "" && !isoCode.MatchString(p.Country) {
			bad("people[%d] %s: country %q is not an ISO 3166-1 alpha-2 code", i, p.Name, p.Country)
		}
	}
	for i, c := range g.Countries {
		if !isoCode.MatchString(c) {
			bad("countries[%d] %q is not an ISO 3166-1 alpha-2 code", i, c)
		}
	}
	people := newGoldIndex(g)
	for i, m := range g.Meetings {
		for _, p := range m.Participants {
			if people.lookup(p.Name) < 0 {
				bad("meetings[%d] (%s) names %q, who is not (or not just one person) in people", i, m.ID, p.Name)
			}
			if p.Side == "" {
				bad("meetings[%d] (%s): %s has no side", i, m.ID, p.Name)
			}
		}
		for _, d := range []string{m.Date, m.DateEnd} {
			if _, err := time.Parse(time.DateOnly, d); d != "" && err != nil {
				bad("meetings[%d] (%s) date %q is not YYYY-MM-DD", i, m.ID, d)
			}
		}
	}
	for i, m := range g.Met {
		a, b := people.lookup(m.A), people.lookup(m.B)
		for _, end := range []struct {
			name string
			idx  int
		}{{m.A, a}, {m.B, b}} {
			if end.idx < 0 {
				bad("met[%d] names %q, who is not (or not just one person) in people", i, end.name)
			}
		}
		if a >= 0 && a == b {
			bad("met[%d] pairs %s with themself", i, g.People[a].Name)
		}
		if m.Date != "" {
			if _, err := time.Parse(time.DateOnly, m.Date); err != nil {
				bad("met[%d] date %q is not YYYY-MM-DD", i, m.Date)
			}
		}
	}
	return errors.Join(errs...)
}

// ReadGoldDir reads every *.json file of dir, keyed by cable ID. Files with
// problems are reported in the error and, when still readable, kept.
func ReadGoldDir(dir string) (map[string]*Gold, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	gold := make(map[string]*Gold, len(files))
	var errs []error
	for _, f := range files {
		g, err := ReadGold(f)
		if err != nil {
			errs = append(errs, err)
		}
		if g == nil {
			continue
		}
		if prev, dup := gold[g.Cable]; dup {
			errs = append(errs, &GoldError{File: f, Err: fmt.Errorf("cable %s is also annotated in %s", g.Cable, prev.File)})
			continue
		}
		gold[g.Cable] = g
	}
	return gold, errors.Join(errs...)
}
