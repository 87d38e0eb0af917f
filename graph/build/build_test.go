package build

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cablegraph/cablegraph/cable"
	"github.com/cablegraph/cablegraph/extract"
	"github.com/cablegraph/cablegraph/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// parisCable is the header of 07PARIS3972, written out so that this test
// depends on neither the parser nor the extractor.
func parisCable() *cable.Cable {
	return &cable.Cable{
		ID:      "07PARIS3972",
		Date:    time.Date(2007, 9, 21, 16, 12, 0, 0, time.UTC),
		Station: "RUEHFR",
		From:    cable.Addressee{Name: "AMEMBASSY PARIS"},
		To:      []cable.Addressee{{Route: "RUEHC", Name: "SECSTATE WASHDC"}},
		Info: []cable.Addressee{
			{Route: "RUEHZL", Name: "EUROPEAN POLITICAL COLLECTIVE"},
			{Route: "RUEHMO", Name: "AMEMBASSY  MOSCOW"},
		},
		Classification: cable.Classification{Level: "CONFIDENTIAL", Caveats: []string{"SIPDIS", "A;B"}},
		Tags:           []cable.Tag{{Value: "PREL", Kind: cable.TagSubject}, {Value: "FR", Kind: cable.TagCountry}, {Value: "prel", Kind: cable.TagSubject}},
		Subject:        cable.Field{Text: "FRENCH READOUT ON KOUCHNER\nVISIT TO MOSCOW"},
		Refs:           []cable.Ref{{Label: "A", Text: "MOSCOW 100", ID: "07MOSCOW100"}, {Text: "self", ID: "07PARIS3972"}, {Text: "unknown"}},
	}
}

func parisResult() *extract.Result {
	sep18 := extract.Date{Year: 2007, Month: time.September, Day: 18}
	return &extract.Result{
		Cable: "07PARIS3972",
		Date:  time.Date(2007, 9, 21, 0, 0, 0, 0, time.UTC),
		Entities: []extract.Entity{
			{Type: extract.Person, Key: "person:kouchner", Name: "Bernard Kouchner", Aliases: []string{"Kouchner", "KOUCHNER"}, Given: []string{"Bernard"},
				Titles: []string{"Foreign Minister", "  foreign   minister "}, Country: "FR",
				Apart:    []extract.Apart{{Key: "person:pierre-kouchner", Name: "Pierre Kouchner", Reason: "given names differ: Bernard, Pierre"}},
				Mentions: []extract.Mention{{Section: "body", Paragraph: 2}, {Section: "body", Paragraph: 1}, {Section: "subject"}, {Section: "body", Paragraph: 1}}},
			{Type: extract.Person, Key: "person:pierre-kouchner", Name: "Pierre Kouchner", Given: []string{"Pierre"},
				Apart:    []extract.Apart{{Key: "person:kouchner", Name: "Bernard Kouchner", Reason: "given names differ: Bernard, Pierre"}},
				Mentions: []extract.Mention{{Section: "body", Paragraph: 4}}},
			{Type: extract.Person, Key: "person:lavrov", Name: "Lavrov", Titles: []string{"Foreign Minister"}, Country: "RU",
				Mentions: []extract.Mention{{Section: "body", Paragraph: 1}}},
			{Type: extract.Person, Key: "person:rosenblatt", Name: "Josiah Rosenblatt", Titles: []string{"Pol M/C", "1.4"},
				Mentions: []extract.Mention{{Section: "classified_by"}, {Section: "signature"}}},
			{Type: extract.Country, Key: "RU", Name: "Russia", Code: "RU"},
			{Type: extract.Place, Key: "place:moscow", Name: "Moscow", Country: "RU"},
			{Type: extract.Post, Key: "post:ruehfr", Name: "AMEMBASSY PARIS", Route: "RUEHFR", Country: "FR"},
			{Type: extract.Post, Key: "post:embassy-rome", Name: "Embassy Rome", Country: "IT"},
			{Type: "Weather", Key: "x", Name: "rain"},
		},
		Relations: []extract.Relation{
			{Type: extract.Met, From: "Lavrov", To: "Kouchner", FromKey: "person:lavrov", ToKey: "person:kouchner", Date: sep18, Place: "Moscow", Paragraph: 1, Evidence: "the September 18 meeting between\nKouchner and Lavrov"},
			{Type: extract.Met, FromKey: "person:kouchner", ToKey: "person:lavrov", Date: sep18, Paragraph: 1, Evidence: "the same meeting again"},
			{Type: extract.Met, FromKey: "person:kouchner", ToKey: "person:kouchner", Paragraph: 1},
			{Type: extract.Met, FromKey: "person:kouchner", ToKey: "person:nobody", Paragraph: 1},
			{Type: extract.Met, FromKey: "person:kouchner", ToKey: "person:lavrov", Date: extract.Date{Year: 12345, Month: time.September, Day: 1}, Paragraph: 3}, // no year a cable means: no date

			{Type: extract.Visited, FromKey: "person:kouchner", ToKey: "place:moscow", Date: sep18, Paragraph: 1},
		},
	}
}

// undated is a cable without a date, such as a fragment whose header was
// lost: its HOLDS edges carry no date (not 0001-01-01).
func undated(c *cable.Cable) *cable.Cable {
	c.Date = time.Time{}
	return c
}

func undatedResult(r *extract.Result) *extract.Result {
	r.Date = time.Time{}
	return r
}

// dump renders a record one row per line, properties in name order.

func dump(r *graph.Record) string {
	var b strings.Builder
	fmt.Fprintf(&b, "record %s\n", r.Cable)
	for _, n := range r.Nodes {
		fmt.Fprintf(&b, "node %s %q %s\n", n.Label, n.Key, props2s(n.Props))
	}
	for _, e := range r.Edges {
		fmt.Fprintf(&b, "edge %s %s %q -> %s %q", e.Type, e.From.Label, e.From.Key, e.To.Label, e.To.Key)
		if e.Props != nil {
			fmt.Fprintf(&b, " %s", props2s(e.Props))
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func props2s(p graph.Props) string {
	if p == nil {
		return "(stub)"
	}
	keys := make([]string, 0, len(p))
	for k := range p {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		v := p[k]
		if d, ok := v.(graph.Date); ok {
			v = time.Time(d).Format(time.DateOnly)
		}
		parts[i] = fmt.Sprintf("%s=%q", k, fmt.Sprint(v))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func TestRecordGolden(t *testing.T) {
	tests := []struct {
		name string
		rec  *graph.Record
	}{
		{"paris", Record(parisCable(), parisResult())},
		{"header-only", Record(parisCable(), nil)},
		{"undated", Record(undated(parisCable()), undatedResult(parisResult()))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.rec.Validate(); err != nil {
				t.Fatal(err)
			}
			got := dump(tt.rec)
			golden := filepath.Join("testdata", tt.name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("record differs from %s (go test -update to accept):\n%s", golden, got)
			}
		})
	}
}

// TestRecordDeterministic: the same input gives the same record, so that a
// reload changes nothing.
func TestRecordDeterministic(t *testing.T) {
	a := dump(Record(parisCable(), parisResult()))
	for i := 0; i < 20; i++ {
		if b := dump(Record(parisCable(), parisResult())); b != a {
			t.Fatalf("run %d differs:\n%s\nvs\n%s", i, b, a)
		}
	}
}

// TestRealCable runs the real parser and extractor on 07PARIS3972 and
// checks that the record carries the meeting of Kouchner and Lavrov.
func TestRealCable(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "07PARIS3972.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := cable.NewReader(f, "07PARIS3972.txt")
	if !r.Next() {
		t.Fatalf("no cable: %v", r.Err())
	}
	c := r.Cable()
	var x extract.Extractor
	rec := Record(c, x.Extract(c))
	if err := rec.Validate(); err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, n := range rec.Nodes {
		if n.Label == graph.Person && n.Full() {
			names[n.Key] = n.Props["name"].(string)
		}
	}
	found := false
	for _, e := range rec.Edges {
		if e.Type != graph.Met {
			continue
		}
		pair := names[e.From.Key] + "+" + names[e.To.Key]
		d, _ := e.Props["date"].(graph.Date)
		if strings.Contains(pair, "Kouchner") && strings.Contains(pair, "Lavrov") && time.Time(d).Format(time.DateOnly) == "2007-09-18" {
			found = true
		}
	}
	if !found {
		t.Errorf("no MET Kouchner-Lavrov on 2007-09-18 in\n%s", dump(rec))
	}

	// The meeting as an event: a Meeting node reported in the cable, which
	// both attended on different sides, and the MET edge pointing at it.
	meetingOf := map[string]string{} // person -> side at the meeting the MET names
	var metMeeting string
	for _, e := range rec.Edges {
		if e.Type == graph.Met && strings.Contains(names[e.From.Key]+names[e.To.Key], "Lavrov") {
			metMeeting, _ = e.Props["meeting"].(string)
		}
	}
	reported := false
	for _, e := range rec.Edges {
		switch {
		case e.Type == graph.Attended && e.To.Key == metMeeting:
			meetingOf[names[e.From.Key]], _ = e.Props["side"].(string)
		case e.Type == graph.ReportedIn && e.From.Key == metMeeting && e.To.Key == c.ID:
			reported = true
		}
	}
	if metMeeting == "" || !reported || len(meetingOf) != 2 || meetingOf["Bernard Kouchner"] == meetingOf["Sergey Lavrov"] || meetingOf["Bernard Kouchner"] == "" {
		t.Errorf("meeting %q (reported in the cable: %v), attended by %v: want Kouchner and Lavrov on two sides\n%s", metMeeting, reported, meetingOf, dump(rec))
	}
}
