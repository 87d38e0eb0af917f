package eval

import (
	"regexp"
	"strings"

	"github.com/jdkato/prose/v3"

	"github.com/cablegraph/cablegraph/cable"
	"github.com/cablegraph/cablegraph/extract"
	"github.com/cablegraph/cablegraph/extract/lexicon"
)

// ProseBaseline is stock prose v3, all defaults, read the way issue 3 asks
// so that the same scorer can score it:
//
//   - PERSON is a person named by the entity text, with no titles, aliases
//     or country. Identical texts merge into one person (stock prose has
//     no coreference, so "Kouchner" and "Bernard Kouchner" stay two).
//   - GPE is a country when its text is a country name or demonym in
//     extract/lexicon. Other GPE texts (cities, regions, and prose's
//     misreadings such as "Russian Foreign Minister Lavrov") are dropped
//     rather than scored as wrong countries: a city is a fair GPE, and
//     dropping them can only flatter the baseline.
//   - MET links every two distinct persons of one sentence whose text says
//     met, meet(s) or meeting(s), once per pair, with no date or place.
//
// It reads the cable's repaired body text, with the subject in front when
// the body does not hold it, so that prose sees what the gold annotator saw.
type ProseBaseline struct{}

var saysMet = regexp.MustCompile(`(?i)\b(met|meets?|meetings?)\b`)

// Extract runs prose over one cable.
func (ProseBaseline) Extract(c *cable.Cable) (*extract.Result, error) {
	doc, err := prose.NewDocument(ProseText(c))
	if err != nil {
		return nil, err
	}
	r := &extract.Result{Cable: c.ID, Date: c.Date, Entities: []extract.Entity{}, Relations: []extract.Relation{}}
	people := map[string]bool{}
	countries := map[string]bool{}
	for _, e := range doc.Entities() {
		switch e.Label {
		case "PERSON":
			if !people[e.Text] {
				people[e.Text] = true
				r.Entities = append(r.Entities, extract.Entity{Type: extract.Person, Name: e.Text})
			}
		case "GPE":
			code, ok := lexicon.CountryByName(e.Text)
			if !ok {
				code, ok = lexicon.CountryByDemonym(e.Text)
			}
			if ok && !countries[code] {
				countries[code] = true
				r.Entities = append(r.Entities, extract.Entity{Type: extract.Country, Name: e.Text, Code: code})
			}
		}
	}

	ents := doc.Entities()
	seen := map[[2]string]bool{}
	for _, s := range doc.Sentences() {
		if !saysMet.MatchString(s.Text) {
			continue
		}
		var names []string
		for _, e := range ents {
			if e.Label == "PERSON" && e.Start >= s.Start && e.End() <= s.End() {
				names = append(names, e.Text)
			}
		}
		for i, a := range names {
			for _, b := range names[i+1:] {
				if a == b {
					continue
				}
				key := [2]string{min(a, b), max(a, b)}
				if seen[key] {
					continue
				}
				seen[key] = true
				r.Relations = append(r.Relations, extract.Relation{Type: extract.Met, From: a, To: b, Evidence: s.Text})
			}
		}
	}
	return r, nil
}

// ProseText is the text the baseline reads: the repaired body, or, when the
// parser left it empty, the subject, paragraphs and signature.
func ProseText(c *cable.Cable) string {
	body := c.Body.String
	if strings.TrimSpace(body) == "" {
		var parts []string
		for _, p := range c.Paragraphs {
			parts = append(parts, p.Text)
		}
		if c.Signature.Text != "" {
			parts = append(parts, c.Signature.Text)
		}
		body = strings.Join(parts, "\n\n")
	}
	// The body usually holds the subject line, wrapped; compare the words.
	if subj := strings.TrimSpace(c.Subject.Text); subj != "" &&
		!strings.Contains(strings.Join(strings.Fields(body), " "), strings.Join(strings.Fields(subj), " ")) {
		body = "SUBJECT: " + subj + "\n\n" + body
	}
	return body
}
