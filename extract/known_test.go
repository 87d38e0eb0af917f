package extract

import (
	"strings"
	"testing"

	"github.com/cablegraph/cablegraph/extract/lexicon"
)

// TestSurnameCountriesTable: the generated table holds folded surnames and
// real country codes (a bad line would panic at the first lookup).
func TestSurnameCountriesTable(t *testing.T) {
	m := surnameCountries()
	if len(m) < 500 {
		t.Fatalf("data/surname_countries.tsv holds %d surnames; regenerate it (see data/README.md)", len(m))
	}
	for sur, r := range m {
		if foldName(sur) != sur {
			t.Errorf("%q is not folded (%q)", sur, foldName(sur))
		}
		for _, c := range append([]string{r.country}, r.others...) {
			if !lexicon.IsCountryCode(c) {
				t.Errorf("%s: %q is no country code", sur, c)
			}
		}
	}
}

// TestPriorCountry: a person the cable gives no country takes the one the
// corpus gives the surname, the host's if some cables give that, else the
// host's; NoPriorCountry leaves it empty.
func TestPriorCountry(t *testing.T) {
	if surnameCountry("silva", "VE") != "VE" || surnameCountry("silva", "FR") != "BR" || surnameCountry("nosuchsurname", "FR") != "" {
		t.Errorf("surnameCountry: silva in VE %q, in FR %q; unknown %q", surnameCountry("silva", "VE"), surnameCountry("silva", "FR"), surnameCountry("nosuchsurname", "FR"))
	}
	c := cableOf(t, "POLITICS", "Elliott Abrams said the talks went well, and Pierre Dupuis-Lenoir agreed.")
	for _, tt := range []struct {
		x    Extractor
		want map[string]string
	}{
		{Extractor{}, map[string]string{"Abrams": "US", "Dupuis-Lenoir": "FR"}},
		{Extractor{NoPriorCountry: true}, map[string]string{"Abrams": "", "Dupuis-Lenoir": ""}},
	} {
		for _, e := range tt.x.Extract(c).Entities {
			for sur, want := range tt.want {
				if e.Type == Person && strings.HasSuffix(e.Name, sur) && e.Country != want {
					t.Errorf("NoPriorCountry %v: %s country %q, want %q", tt.x.NoPriorCountry, e.Name, e.Country, want)
				}
			}
		}
	}
}
