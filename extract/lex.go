package extract

// This file is the extractor's only door to its knowledge base,
// extract/lexicon. Every lookup the stages make goes through these
// functions, so the grammar does not depend on how the tables are kept.

import (
	"strings"

	"github.com/cablegraph/cablegraph/extract/lexicon"
)

type cityInfo struct {
	Name      string
	Country   string
	Capital   bool
	Ambiguous bool
}

type orgInfo struct {
	Name    string
	Acronym string // the first acronym, which keys the organisation ("NATO")
	Country string
	Party   bool
	Gov     bool // a national government body: "Congress", "Senate", "Interior Ministry"
	Intl    bool // an intergovernmental body: "NATO", "UN", "Arab League"
}

func fold(s string) string { return lexicon.Fold(s) }

func countryByName(s string) (string, bool) { return lexicon.CountryByName(s) }

// countryByDemonym also reads plurals: "the Russians", "Iraqis".
func countryByDemonym(s string) (string, bool) {
	if c, ok := lexicon.CountryByDemonym(s); ok {
		return c, true
	}
	if n := len(s); n > 4 && (s[n-1] == 's' || s[n-1] == 'S') {
		return lexicon.CountryByDemonym(s[:n-1])
	}
	return "", false
}

// spanTables is the tables that have as a key s or one of the forms of s
// its lookups also try, s less a plural "s" (countryByDemonym, the plural
// of a title head) and s less a leading "the " (countryByName): those of
// lookupSpan's lookups that can find s. Empty, none of them can.
func spanTables(s string) lexicon.SpanTables {
	t := lexicon.SpanTablesOf(s)
	n := len(s)
	if n > 4 && (s[n-1] == 's' || s[n-1] == 'S') {
		t |= lexicon.SpanTablesOf(s[:n-1])
	}
	if n > 4 && (s[:4] == "the " || s[:4] == "The " || s[:4] == "THE ") {
		t |= lexicon.SpanTablesOf(s[4:])
	}
	return t
}

func countryName(code string) string { return lexicon.CountryName(code) }

func lookupCity(s string) (cityInfo, bool) {
	c, ok := lexicon.LookupCity(s)
	if !ok {
		return cityInfo{}, false
	}
	name := c.ASCIIName
	if name == "" {
		name = c.Name
	}
	return cityInfo{Name: name, Country: c.Country, Capital: c.Capital, Ambiguous: c.Ambiguous}, true
}

func isTitleHead(s string) bool     { return lexicon.IsTitleHead(s) }
func isTitleModifier(s string) bool { return lexicon.IsTitleModifier(s) }

// jargon is what a piece of cable jargon means to the grammar.
type jargon struct {
	kind    annKind
	staff   bool
	country string
	host    bool // the country is the cable's post's (MFA, GOI)
}

func lookupJargon(s string) (jargon, bool) {
	j, ok := lexicon.LookupJargon(s)
	if !ok {
		return jargon{}, false
	}
	switch j.Kind {
	case lexicon.JargonTitle:
		return jargon{kind: annJargon, country: j.Country}, true
	case lexicon.JargonStaffRole:
		return jargon{kind: annJargon, staff: true, country: "US"}, true
	case lexicon.JargonModifier:
		return jargon{kind: annTitleMod}, true
	case lexicon.JargonOrg:
		return jargon{kind: annOrg, country: j.Country, host: j.Country == ""}, true
	case lexicon.JargonGovernment:
		return jargon{kind: annCountry, country: j.Country, host: j.Country == ""}, true
	}
	return jargon{kind: annStop}, true
}

// lookupHonorific returns the title an honorific states (Gen., King), if any.
func lookupHonorific(s string) (title string, ok bool) {
	h, ok := lexicon.LookupHonorific(s)
	return h.Title, ok
}

func lookupOrg(s string) (orgInfo, bool) {
	o, ok := lexicon.LookupOrg(s)
	if !ok {
		return orgInfo{}, false
	}
	oi := orgInfo{Name: o.Name, Country: o.Country, Party: o.Kind == lexicon.OrgParty, Gov: o.Kind == lexicon.OrgGovernment, Intl: o.Kind == lexicon.OrgIntergovernmental}
	if len(o.Acronyms) > 0 {
		oi.Acronym = o.Acronyms[0]
	}
	return oi, true
}

// ministryOf returns the ministry a jargon acronym stands for ("MFA":
// "Ministry of Foreign Affairs"), so that "MFA", "the Foreign Ministry"
// and "the Ministry of Foreign Affairs" of one cable are one entity.
// Acronyms the lexicon reads two ways ("MOE": Economy or Education) give
// nothing.
func ministryOf(acronym string) (string, bool) {
	j, ok := lexicon.LookupJargon(acronym)
	if !ok || j.Kind != lexicon.JargonOrg || !strings.HasPrefix(j.Expansion, "Ministry of ") || strings.ContainsAny(j.Expansion, "(/") {
		return "", false
	}
	return j.Expansion, true
}

// cues is the wordSet of the lexicon's cue list name
// (lexicon/data/cues/name.txt). The grammar's word lists are data, built
// once when the package starts; usedCues records which ones it asks for,
// so that a test can find a list nothing uses.
func cues(name string) wordSet {
	usedCues[name] = true
	return set(lexicon.Cues(name)...)
}

var usedCues = map[string]bool{}

func isGivenName(s string) bool { return lexicon.IsGivenName(s) }
func isStopWord(s string) bool  { return lexicon.IsStopWord(s) }
func isParticle(s string) bool  { return lexicon.IsSurnameParticle(s) }
func isAcronym(s string) bool   { return lexicon.IsAcronym(s) }
