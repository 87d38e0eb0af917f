package lexicon

import (
	"strings"
	"testing"
)

// The data files agree with each other: every code a table gives out is
// a country the package knows.
func TestDataConsistency(t *testing.T) {
	ct := countryData()
	valid := func(where, key, code string) {
		t.Helper()
		if _, ok := ct.byCode[code]; !ok {
			t.Errorf("%s %q → %q: not a known country code", where, key, code)
		}
	}
	if len(ct.list) < 250 {
		t.Errorf("%d countries, want at least 250", len(ct.list))
	}
	for code, tag := range ct.fips {
		switch tag.Kind {
		case TagCountry:
			valid("FIPS", code, tag.Country)
		case TagRegion, TagOrganization:
			if tag.Country != "" {
				t.Errorf("FIPS %q is a %v but names country %q", code, tag.Kind, tag.Country)
			}
		default:
			t.Errorf("FIPS %q has kind %v", code, tag.Kind)
		}
		if tag.Name == "" {
			t.Errorf("FIPS %q has no name", code)
		}
	}
	for k, code := range ct.byName.folded {
		valid("name", k, code)
	}
	for k, code := range ct.byName.exact {
		valid("exact name", k, code)
	}
	for k, code := range ct.byDemonym.folded {
		valid("demonym", k, code)
	}
	// Every current country has a FIPS code and a name that leads back
	// to it, except the few FIPS 10-4 never coded separately.
	noFIPS := map[string]bool{"AX": true, "BQ": true, "UM": true, "XK": false}
	for _, c := range ct.list {
		if c.Name == "" {
			t.Errorf("%s has no name", c.Code)
		}
		if c.FIPS == "" && !c.Historic && !noFIPS[c.Code] {
			t.Errorf("%s (%s) has no FIPS code", c.Code, c.Name)
		}
		if code, ok := CountryByName(c.Name); !ok || code != c.Code {
			t.Errorf("CountryByName(%q) = %q, %v; want %s", c.Name, code, ok, c.Code)
		}
	}
	for k, cs := range cityData().byName {
		for _, c := range cs {
			valid("city", k, c.Country)
		}
	}
	for k, j := range titleData().jargon.m.folded {
		if j.Country != "" {
			valid("jargon", k, j.Country)
		}
	}
	for k, o := range orgData().folded {
		if o.Country != "" {
			valid("organisation", k, o.Country)
		}
	}
}

// Every current country with a capital in the data has the capital among
// the cities, so "Moscow said" can become RU.
func TestEveryCapitalIsACity(t *testing.T) {
	for _, c := range Countries() {
		if c.Historic || c.Capital == "" {
			continue
		}
		city, ok := CapitalOf(c.Code)
		if !ok {
			// Ngerulmud, Palau's capital, is a village of 300.
			if c.Code != "PW" {
				t.Errorf("%s (%s): capital %q not among the cities", c.Code, c.Name, c.Capital)
			}
			continue
		}
		if city.Country != c.Code || !city.Capital {
			t.Errorf("CapitalOf(%s) = %+v", c.Code, city)
		}
	}
}

// The hand-kept files have no duplicate keys that silently override each
// other within one file.
func TestCuratedFilesHaveNoDuplicates(t *testing.T) {
	files := []struct {
		name, data string
		key        func(row) string
	}{
		{"curated_country_names.tsv", curatedCountryNamesTSV, func(r row) string { return Fold(r.field(0)) + "/" + r.field(2) }},
		{"curated_demonyms.tsv", curatedDemonymsTSV, func(r row) string { return Fold(r.field(0)) }},
		{"curated_fips.tsv", curatedFIPSTSV, func(r row) string { return r.field(0) }},
		{"curated_jargon.tsv", jargonTSV, func(r row) string { return Fold(r.field(0)) }},
		{"curated_honorifics.tsv", honorificsTSV, func(r row) string { return Fold(r.field(0)) + "/" + r.field(4) }},
		{"curated_titles.tsv", titlesTSV, func(r row) string { return r.field(0) + "/" + Fold(r.field(1)) }},
		{"curated_orgs.tsv", orgsTSV, func(r row) string { return Fold(r.field(0)) }},
	}
	for _, f := range files {
		seen := map[string]int{}
		for _, r := range rows(f.name, f.data, 1) {
			k := f.key(r)
			if line, dup := seen[k]; dup {
				t.Errorf("%s:%d: %q repeats line %d", f.name, r.line, r.field(0), line)
			}
			seen[k] = r.line
		}
	}
}

// Title words, jargon and honorifics are not stop words or the reverse
// by accident: a head like "Minister" must not be thrown away as a stop
// word before the title grammar sees it.
func TestTitleHeadsAreNotStopWords(t *testing.T) {
	for k := range titleData().heads.m.folded {
		if strings.Contains(k, " ") {
			continue
		}
		if IsStopWord(k) {
			t.Errorf("title head %q is also a stop word", k)
		}
	}
}
