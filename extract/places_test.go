package extract

import (
	"slices"
	"testing"
)

// TestCountryOfTheDay: the countries a cable refers to are those of its
// day. In 2007 Juba was Sudan's; the Soviet Union and Yugoslavia were
// history; "English", the language, names no country, nor do the US
// states "New Jersey" and "New Mexico".
func TestCountryOfTheDay(t *testing.T) {
	c := cableOf(t, "COUNTRIES", "Officials in Juba said the Soviet Union and Yugoslavia were gone. The minister spoke English with Brazilian officials.",
		"She was held in New Jersey and then in New Mexico.")
	var codes []string
	for _, e := range (&Extractor{}).Extract(c).Entities {
		if e.Type == Country {
			codes = append(codes, e.Code)
		}
	}
	for _, want := range []string{"SD", "BR"} {
		if !slices.Contains(codes, want) {
			t.Errorf("countries %q: want %s among them", codes, want)
		}
	}
	for _, no := range []string{"SS", "SU", "YU", "GB", "JE", "MX"} {
		if slices.Contains(codes, no) {
			t.Errorf("countries %q: %s is not a country this cable refers to", codes, no)
		}
	}
}

// TestCapitalsAsGovernments: a capital stands for its government before
// a verb of one ("Moscow said") or "and" joining another ("Moscow and
// Tokyo agreed"), not as a venue the "and" goes on from ("an ECOFIN
// meeting in Brussels and the Central Bank met", "at Copenhagen and not
// seek").
func TestCapitalsAsGovernments(t *testing.T) {
	c := cableOf(t, "CAPITALS", "Moscow said it would wait. Lenihan faced questions at an ECOFIN meeting in Brussels and the Central Bank met. Germany will work with us at Copenhagen and not seek to isolate. Tokyo and Seoul agreed.",
		"Treiki said the governments in N'Djamena and Khartoum are not ready.")
	var codes []string
	for _, e := range (&Extractor{}).Extract(c).Entities {
		if e.Type == Country {
			codes = append(codes, e.Code)
		}
	}
	for _, want := range []string{"RU", "JP", "DE", "TD"} {
		if !slices.Contains(codes, want) {
			t.Errorf("countries %q: want %s among them", codes, want)
		}
	}
	for _, no := range []string{"BE", "DK"} {
		if slices.Contains(codes, no) {
			t.Errorf("countries %q: %s is only a venue", codes, no)
		}
	}
}

// TestCongo: "Congo" alone is the Democratic Republic of the Congo, as
// the cables of 2001-2010 write it; the Republic of the Congo is named in
// full or by its capital.
func TestCongo(t *testing.T) {
	for text, want := range map[string]string{
		"Fighting in eastern Congo went on.":        "CD",
		"Sarkozy visited the Republic of Congo.":    "CG",
		"He flew on to Congo-Brazzaville.":          "CG",
		"The Democratic Republic of the Congo won.": "CD",
	} {
		var codes []string
		for _, e := range (&Extractor{}).Extract(cableOf(t, "AFRICA", text)).Entities {
			if e.Type == Country && (e.Code == "CD" || e.Code == "CG") {
				codes = append(codes, e.Code)
			}
		}
		if !slices.Equal(codes, []string{want}) {
			t.Errorf("%s: countries %q, want [%s]", text, codes, want)
		}
	}
}

// TestAmericas: "Latin America", "South America" and "Central American"
// are regions, not the United States; "America" alone and "American" are.
func TestAmericas(t *testing.T) {
	for text, want := range map[string]bool{
		"Brazil leads Latin America in piracy.":                    false,
		"He attended the South America Energy Integration Summit.": false,
		"Central American leaders met in Managua.":                 false,
		"North America needs a common market.":                     false,
		"Latin Americans protested.":                               false,
		"America wants a deal.":                                    true,
		"An American investor spoke.":                              true,
	} {
		us := false
		for _, e := range (&Extractor{}).Extract(cableOf(t, "REGIONS", text)).Entities {
			us = us || e.Type == Country && e.Code == "US"
		}
		if us != want {
			t.Errorf("%s: the United States %v, want %v", text, us, want)
		}
	}
}

// TestLanguages: a demonym that names a language is no country ("in
// Spanish", "a Portuguese language paper", "both Spanish and English");
// one that names a people or state stays ("Spanish Foreign Minister", "the
// Spanish press", "in Spanish waters").
func TestLanguages(t *testing.T) {
	for text, want := range map[string]bool{
		"The report is available on-line in Spanish at the site.":      false,
		"He provided a Portuguese language paper to the Minister.":     false,
		"The phrases were quoted in both Spanish and English.":         false,
		"Its services are in Portuguese or Spanish and cater to many.": false,
		"It needs Portuguese- speaking workers.":                       false,
		"The Spanish Foreign Minister spoke.":                          true,
		"Spanish Speaker Jose Bono met the Ambassador.":                true,
		"The Spanish version of events differs.":                       true,
		"There was a sharp rise in Spanish and Portuguese investment.": true,
		"He has faith in Spaniards and Portuguese alike.":              true,
		"The Spanish press was critical.":                              true,
		"The boat was in Spanish waters.":                              true,
	} {
		found := false
		for _, e := range (&Extractor{}).Extract(cableOf(t, "LANGUAGES", text)).Entities {
			found = found || e.Type == Country && (e.Code == "ES" || e.Code == "PT")
		}
		if found != want {
			t.Errorf("%s: Spain or Portugal %v, want %v", text, found, want)
		}
	}
}

// TestPluralDemonyms: a demonym in the plural names people, never a
// language ("confidence in Iraqis.").
func TestPluralDemonyms(t *testing.T) {
	found := false
	for _, e := range (&Extractor{}).Extract(cableOf(t, "PEOPLES", "The Minister expressed confidence in Iraqis.")).Entities {
		found = found || e.Type == Country && e.Code == "IQ"
	}
	if !found {
		t.Error("no Iraq: Iraqis are a people")
	}
}
