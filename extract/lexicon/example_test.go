package lexicon_test

import (
	"fmt"
	"strings"

	"github.com/cablegraph/cablegraph/extract/lexicon"
)

func ExampleCountryByName() {
	for _, s := range []string{"Ivory Coast", "USG", "U.S.", "us", "Burma", "the Netherlands"} {
		code, ok := lexicon.CountryByName(s)
		fmt.Printf("%q → %q %v\n", s, code, ok)
	}
	// Output:
	// "Ivory Coast" → "CI" true
	// "USG" → "US" true
	// "U.S." → "US" true
	// "us" → "" false
	// "Burma" → "MM" true
	// "the Netherlands" → "NL" true
}

func ExampleCountryByDemonym() {
	for _, s := range []string{"Russian", "Emirati", "Kosovar", "Iraqis"} {
		code, _ := lexicon.CountryByDemonym(s)
		fmt.Println(s, code, lexicon.CountryName(code))
	}
	// Output:
	// Russian RU Russia
	// Emirati AE United Arab Emirates
	// Kosovar XK Kosovo
	// Iraqis IQ Iraq
}

func ExampleCountryByFIPS() {
	// TAGS: PREL, PGOV, FR, RS, IZ, XF
	for _, tag := range []string{"FR", "RS", "IZ", "XF"} {
		if iso, ok := lexicon.CountryByFIPS(tag); ok {
			fmt.Println(tag, "→", iso)
			continue
		}
		t, _ := lexicon.LookupFIPSTag(tag)
		fmt.Println(tag, "is a", t.Kind, "tag:", t.Name)
	}
	// Output:
	// FR → FR
	// RS → RU
	// IZ → IQ
	// XF is a region tag: Middle East
}

func ExampleLookupCity() {
	for _, s := range []string{"Moscow", "Rangoon", "Nice"} {
		c, _ := lexicon.LookupCity(s)
		fmt.Printf("%s: %s, %s capital=%v alternate=%v ambiguous=%v\n",
			s, c.Name, c.Country, c.Capital, c.Alternate, c.Ambiguous)
	}
	// Output:
	// Moscow: Moscow, RU capital=true alternate=false ambiguous=false
	// Rangoon: Yangon, MM capital=false alternate=true ambiguous=false
	// Nice: Nice, FR capital=false alternate=false ambiguous=true
}

// A sketch of the title grammar: [demonym] [modifier]* head, then a name.
func ExampleTitleHeadWords() {
	words := strings.Fields("Russian Foreign Minister Lavrov")
	country, _ := lexicon.CountryByDemonym(words[0])
	i := 1
	for i < len(words) && lexicon.IsTitleModifier(words[i]) {
		i++
	}
	n := lexicon.TitleHeadWords(words[i:])
	fmt.Printf("country=%s title=%q name=%q\n", country,
		strings.Join(words[1:i+n], " "), strings.Join(words[i+n:], " "))
	// Output:
	// country=RU title="Foreign Minister" name="Lavrov"
}

func ExampleLookupJargon() {
	for _, s := range []string{"Poloff", "Pol M/C", "GOF", "GOI"} {
		j, _ := lexicon.LookupJargon(s)
		fmt.Printf("%s: %s (%v) country=%q\n", s, j.Expansion, j.Kind, j.Country)
	}
	// Output:
	// Poloff: political officer (staff) country="US"
	// Pol M/C: Political Minister-Counselor (title) country="US"
	// GOF: Government of France (government) country="FR"
	// GOI: Government of India, Iraq, Israel, Indonesia, Italy or Iran (government) country=""
}

func ExampleHonorificWords() {
	words := strings.Fields("His Royal Highness Crown Prince Salman")
	h, n := lexicon.HonorificWords(words)
	fmt.Println(h.Expansion, "+", strings.Join(words[n:], " "))
	h, m := lexicon.HonorificWords(words[n:])
	fmt.Println(h.Title, "+", strings.Join(words[n+m:], " "))
	// Output:
	// His Royal Highness + Crown Prince Salman
	// Crown Prince + Salman
}

func ExampleLookupOrg() {
	for _, s := range []string{"Hezbollah", "PSOE", "IAEA"} {
		o, _ := lexicon.LookupOrg(s)
		fmt.Printf("%s: %s %q %v\n", s, o.Name, o.Country, o.Kind)
	}
	// Output:
	// Hezbollah: Hizballah "LB" armed
	// PSOE: Spanish Socialist Workers' Party "ES" party
	// IAEA: International Atomic Energy Agency "" intergovernmental
}

func ExampleIsGivenName() {
	for _, s := range []string{"Isabelle", "Dumont", "Please", "May"} {
		fmt.Println(s, lexicon.IsGivenName(s), lexicon.IsStopWord(s))
	}
	// Output:
	// Isabelle true false
	// Dumont false false
	// Please false true
	// May true true
}
