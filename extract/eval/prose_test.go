package eval

import (
	"strings"
	"testing"

	"github.com/cablegraph/cablegraph/cable"
	"github.com/cablegraph/cablegraph/extract"
	"github.com/cablegraph/cablegraph/extract/lexicon"
)

func TestProseBaseline(t *testing.T) {
	cables, _ := readCables(t, "../../testdata/gold/cables")
	for _, c := range cables {
		if c.ID != "07PARIS3972" && c.ID != "06BEIRUT517" {
			continue
		}
		r, err := ProseBaseline{}.Extract(c)
		if err != nil {
			t.Fatalf("%s: %v", c.ID, err)
		}
		people := map[string]bool{}
		for _, e := range r.Entities {
			switch e.Type {
			case extract.Person:
				if people[e.Name] {
					t.Errorf("%s: person %q twice", c.ID, e.Name)
				}
				people[e.Name] = true
				if len(e.Titles) > 0 || e.Country != "" {
					t.Errorf("%s: prose cannot know titles or countries: %+v", c.ID, e)
				}
			case extract.Country:
				if !lexicon.IsCountryCode(e.Code) {
					t.Errorf("%s: country %q has code %q", c.ID, e.Name, e.Code)
				}
			default:
				t.Errorf("%s: unexpected entity %+v", c.ID, e)
			}
		}
		if len(people) == 0 {
			t.Errorf("%s: prose found no person", c.ID)
		}
		for _, rel := range r.Relations {
			if rel.Type != extract.Met || !people[rel.From] || !people[rel.To] || rel.From == rel.To {
				t.Errorf("%s: bad relation %+v", c.ID, rel)
			}
			if !saysMet.MatchString(rel.Evidence) || !strings.Contains(rel.Evidence, rel.From) || !strings.Contains(rel.Evidence, rel.To) {
				t.Errorf("%s: evidence %q does not support %s MET %s", c.ID, rel.Evidence, rel.From, rel.To)
			}
		}
		t.Logf("%s: %d entities, %d MET", c.ID, len(r.Entities), len(r.Relations))
	}
}

func TestProseText(t *testing.T) {
	tests := []struct {
		c    cable.Cable
		want string
	}{
		0: {cable.Cable{Subject: cable.Field{Text: "FRENCH READOUT"}, Body: cable.Text{String: "SUBJECT: FRENCH\nREADOUT\n\n1. Text."}},
			"SUBJECT: FRENCH\nREADOUT\n\n1. Text."},
		1: {cable.Cable{Subject: cable.Field{Text: "FRENCH READOUT"}, Body: cable.Text{String: "1. Text."}},
			"SUBJECT: FRENCH READOUT\n\n1. Text."},
		2: {cable.Cable{Paragraphs: []cable.Paragraph{{Text: "One."}, {Text: "Two."}}, Signature: cable.Field{Text: "STAPLETON"}},
			"One.\n\nTwo.\n\nSTAPLETON"},
	}
	for i, tt := range tests {
		if got := ProseText(&tt.c); got != tt.want {
			t.Errorf("%d. ProseText = %q, want %q", i, got, tt.want)
		}
	}
}
