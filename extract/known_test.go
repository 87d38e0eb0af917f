package extract

import (
	"strings"
	"testing"

	"github.com/cablegraph/cablegraph/cable"
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
		if !lexicon.IsCountryCode(r.country) {
			t.Errorf("%s: %q is no country code", sur, r.country)
		}
		for c, n := range r.others {
			if !lexicon.IsCountryCode(c) || c == r.country || n < 1 {
				t.Errorf("%s: %q (%d cables) is no other country code", sur, c, n)
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
	c := cableOf(t, "POLITICS", "Gene Cretz said the talks went well, and Pierre Dupuis-Lenoir agreed.")
	for _, tt := range []struct {
		x    Extractor
		want map[string]string
	}{
		{Extractor{}, map[string]string{"Cretz": "US", "Dupuis-Lenoir": "FR"}},
		{Extractor{NoPriorCountry: true}, map[string]string{"Cretz": "", "Dupuis-Lenoir": ""}},
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

// TestGivenNamePrior: a person the text gives no country, whose first
// given name the corpus gives Americans (data/given_countries.tsv), is
// American rather than the host's, except in a country whose own people
// bear English names and for names of a foreign form.
func TestGivenNamePrior(t *testing.T) {
	for g, c := range givenCountries() {
		if foldName(g) != g || !lexicon.IsCountryCode(c) {
			t.Errorf("data/given_countries.tsv: %q %q: not a folded name and a country code", g, c)
		}
	}
	if !givenNameAmerican([]string{"jerry"}) || givenNameAmerican([]string{"pierre"}) || givenNameAmerican(nil) {
		t.Fatalf("givenNameAmerican: jerry %v, pierre %v", givenNameAmerican([]string{"jerry"}), givenNameAmerican([]string{"pierre"}))
	}
	para := "Jerry Guilbert, a consultant, and Zhanar Dauletova of the local bar said the law was unclear. Richard von Weizsacker and John Casimir IV were quoted."
	for _, tt := range []struct {
		post, tag string
		want      map[string]string
	}{
		// A Kazakh cable: the American by his given name, the Kazakh by
		// the host's prior, the German and a king (a regnal number; the
		// Pope is in data/leaders.tsv) not by their given
		// names.
		{"ASTANA", "KZ", map[string]string{"Jerry Guilbert": "US", "Zhanar Dauletova": "KZ", "Richard von Weizsacker": "KZ", "John Casimir IV": "KZ"}},
		// A Kenyan cable: English given names are the host's own.
		{"NAIROBI", "KE", map[string]string{"Jerry Guilbert": "KE"}},
	} {
		text := "VZCZCXRO4577\nOO RUEHDBU\nDE RUEHTA #0054 2641612\nZNY CCCCC ZZH\nO 211612Z SEP 07\n" +
			"FM AMEMBASSY " + tt.post + "\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 0346\n\nCONFIDENTIAL " + tt.post + " 000054\n\n" +
			"E.O. 12958: DECL: 07/26/2017\nTAGS: PREL PGOV " + tt.tag + "\nSUBJECT: LAW\n\n" +
			"Classified By: Ambassador John Ordway for reasons 1.4 b and d.\n\n1. (C) " + para + "\n\nORDWAY\n"
		r := cable.NewReader(strings.NewReader(text), "test.txt")
		if !r.Next() {
			t.Fatalf("no cable: %v", r.Err())
		}
		got := map[string]string{}
		for _, e := range (&Extractor{}).Extract(r.Cable()).Entities {
			if e.Type == Person {
				got[e.Name] = e.Country
			}
		}
		for name, want := range tt.want {
			if c, ok := got[name]; !ok || c != want {
				t.Errorf("%s: %s country %q (found %v), want %q; people %v", tt.post, name, c, ok, want, got)
			}
		}
	}
}

// TestIntlOfficial: a person whose title is a post of an intergovernmental
// body, and whom the text gives no country, gets none rather than the
// host's; a national official dealing with the body keeps the host's.
func TestIntlOfficial(t *testing.T) {
	c := cableOf(t, "NATO", "NATO Secretary General Jaap de Hoop Scheffer met the Minister. UN Special Coordinator Michael Williams and MFA UN Desk Officer Claire Dubois-Martin attended.")
	got := map[string]string{}
	for _, e := range (&Extractor{}).Extract(c).Entities {
		if e.Type == Person {
			got[e.Name] = e.Country
		}
	}
	for name, want := range map[string]string{"Jaap de Hoop Scheffer": "", "Michael Williams": "", "Claire Dubois-Martin": "FR"} {
		if c, ok := got[name]; !ok || c != want {
			t.Errorf("%s: country %q (found %v), want %q; people %v", name, c, ok, want, got)
		}
	}
	for title, want := range map[string]bool{"NATO Secretary General": true, "UN Permanent Representative": false, "MFA UN Desk Officer": false, "Arab League Secretary General": true, "Foreign Minister": false} {
		if got := intlOfficial([]string{title}); got != want {
			t.Errorf("intlOfficial(%q) = %v", title, got)
		}
	}
}

// TestPopeCountry: a pope is the Holy See's, wherever the cable is from.
func TestPopeCountry(t *testing.T) {
	c := cableOf(t, "VISIT", "Pope Benedict XVI said the visit went well. Pope John Paul II had visited Cuba in 1998.")
	got := map[string]string{}
	for _, e := range (&Extractor{}).Extract(c).Entities {
		if e.Type == Person {
			got[e.Name] = e.Country
		}
	}
	for _, name := range []string{"Benedict XVI", "John Paul II"} {
		if got[name] != "VA" {
			t.Errorf("%s: country %q, want VA; people %v", name, got[name], got)
		}
	}
}

// TestMinisterNotUS: "Deputy Secretary" alone names a US official, but
// not one the cable also calls a minister; a US mission's
// Minister-Counselor stays American.
func TestMinisterNotUS(t *testing.T) {
	c := cableOf(t, "TALKS", "Deputy Foreign Minister Jorge Taiana met A/S Noriega. Later Deputy Secretary Taiana said the talks went well.")
	for _, e := range (&Extractor{}).Extract(c).Entities {
		if e.Type == Person && strings.HasSuffix(e.Name, "Taiana") && e.Country == "US" {
			t.Errorf("%s (titles %v) is American", e.Name, e.Titles)
		}
	}
	if ministerTitled([]string{"Political Minister-Counselor"}) || !ministerTitled([]string{"Deputy Foreign Minister"}) {
		t.Errorf("ministerTitled: Minister-Counselor %v, Deputy Foreign Minister %v", ministerTitled([]string{"Political Minister-Counselor"}), ministerTitled([]string{"Deputy Foreign Minister"}))
	}
}
