package extract

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cablegraph/cablegraph/cable"
)

// sentenceCable makes a one-paragraph cable sent from post, so that a
// stage can be tested on a sentence of a real cable.
func sentenceCable(post, text string) *cable.Cable {
	return &cable.Cable{
		ID:         "TEST",
		Date:       time.Date(2009, 7, 24, 12, 0, 0, 0, time.UTC),
		From:       cable.Addressee{Name: post},
		Body:       cable.Text{String: text},
		Paragraphs: []cable.Paragraph{{Number: 1, Text: text}},
	}
}

// TestOrganizations reads organisations in sentences of real cables (the
// cable each comes from is named).
func TestOrganizations(t *testing.T) {
	tests := []struct {
		post, text string
		want       []string // "key name" of every Organization, in order of first mention
	}{
		// 07PARIS3972: the acronyms that are also title modifiers.
		0: {"AMEMBASSY PARIS", "Lavrov expressed interest in maintaining close communication on the issues of NATO and Russia/EU bilateral relations, particularly in light of the upcoming French EU presidency.",
			[]string{"org:nato North Atlantic Treaty Organization", "org:eu European Union"}},
		1: {"AMEMBASSY PARIS", "An MFA interlocutor related that the meeting was honest.",
			[]string{"org:fr:ministry-of-foreign-affairs Ministry of Foreign Affairs"}},
		// 09MOSCOW2529: ministries, of the host or of the adjective's country.
		2: {"AMEMBASSY MOSCOW", "The Russian Ministry of Defense and the Foreign Ministry agreed; the MFA said so.",
			[]string{"org:ru:ministry-of-defense Ministry of Defense", "org:ru:ministry-of-foreign-affairs Ministry of Foreign Affairs"}},
		3: {"AMEMBASSY REYKJAVIK", "Officials of the Ministry of Foreign Affairs stressed that a seat on the UN Security Council remained the goal.",
			[]string{"org:is:ministry-of-foreign-affairs Ministry of Foreign Affairs", "org:unsc UN Security Council"}},
		4: {"AMEMBASSY KABUL", "Russia is ready to help the Afghan National Police (ANP) and the Ministry of the Interior.",
			[]string{"org:af:afghan-national-police Afghan National Police", "org:af:ministry-of-interior Ministry of Interior"}},
		// A State cable: no US ministry, so a ministry without a
		// country adjective is left out.
		5: {"SECSTATE WASHDC", "The Ministry of Defense and the UK MOD will complete destruction.",
			[]string{"org:gb:ministry-of-defense Ministry of Defense"}},
		// 08PARIS988, 09BRASILIA1447: armed groups, the IAEA.
		6: {"AMEMBASSY PARIS", "Hizballah and Hamas were discussed, as was the IAEA report.",
			[]string{"org:lb:hizballah Hizballah", "org:ps:hamas Hamas", "org:iaea International Atomic Energy Agency"}},
		// Parties: the lexicon's, parties it does not know, a generic name
		// of the host's, and talks that are not a party.
		7: {"AMEMBASSY STOCKHOLM", "The Pirate Party won a seat; the Center Party and the Left Party lost.",
			[]string{"org:se:pirate-party Pirate Party", "org:se:center-party Center Party", "org:se:left-party Left Party"}},
		8: {"AMEMBASSY OTTAWA", "Martin was able to loosely win over the New Democratic Party, while the Conservative Party waited.",
			[]string{"org:ca:new-democratic-party New Democratic Party", "org:ca:conservative-party Conservative Party"}},
		11: {"AMEMBASSY THE HAGUE", "The opposition Labor Party (PvdA) continues to raise questions. Labor Party officials said little.",
			[]string{"org:nl:labor-party Labor Party"}},
		9: {"AMEMBASSY ULAANBAATAR", "Mongolia supports the Six Party Talks and the OSCE.",
			[]string{"org:osce Organization for Security and Co-operation in Europe"}},
		10: {"AMEMBASSY BRASILIA", "Some members of the Brazilian Congress expressed concern; Boeing did not.",
			[]string{"org:br:congress Congress", "org:us:boeing Boeing"}},
	}
	var x Extractor
	for i, tt := range tests {
		r := x.Extract(sentenceCable(tt.post, tt.text))
		var got []string
		for _, e := range r.Entities {
			if e.Type == Organization {
				got = append(got, e.Key+" "+e.Name)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%d. %s\n got: %s\nwant: %s", i, tt.text, strings.Join(got, "; "), strings.Join(tt.want, "; "))
		}
	}
}

// TestVisits reads who went where and when, and what is only a plan.
func TestVisits(t *testing.T) {
	tests := []struct {
		post, text string
		want       []string // "person > place date"
	}{
		0: {"AMEMBASSY PARIS", "Foreign Minister Kouchner's September visit to Moscow was cordial.", []string{"Bernard Kouchner > Moscow "}},
		1: {"AMEMBASSY TRIPOLI", "Qatari Emir Hamad visited Tripoli on March 5.", []string{"Hamad > Tripoli 2009-03-05"}},
		2: {"AMEMBASSY ISLAMABAD", "Musharraf described Prime Minister Shaukat Aziz's January 4 visit to Kabul as a bad meeting.", []string{"Shaukat Aziz > Kabul 2009-01-04"}},
		// The possessive stands for the one who called.
		3: {"AMEMBASSY BUENOSAIRES", "Assistant Secretary Tom Shannon called on Minister of Economy Felisa Miceli during his visit to Buenos Aires on January 12.", []string{"Tom Shannon > Buenos Aires 2009-01-12"}},
		// Plans are no visits.
		4: {"AMEMBASSY TEGUCIGALPA", "This is despite the fact that President Zelaya plans to visit Taiwan soon.", nil},
		5: {"AMEMBASSY MADRID", "Jimenez said she might travel to Cuba in May 2009.", nil},
		// A range of days: the stay began on the first.
		6: {"AMEMBASSY MADRID", "He noted the importance of U/S Burns' visit to Spain January 14-15 for consultations.", []string{"William J. Burns > Spain 2009-01-14"}},
	}
	var x Extractor
	for i, tt := range tests {
		r := x.Extract(sentenceCable(tt.post, tt.text))
		var got []string
		for _, rel := range r.Relations {
			if rel.Type == Visited {
				got = append(got, rel.From+" > "+rel.To+" "+rel.Date.String())
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%d. %s\n got: %q\nwant: %q", i, tt.text, got, tt.want)
		}
	}
}
