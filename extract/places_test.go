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
