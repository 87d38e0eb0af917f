package lexicon

import (
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Country is a country or territory with an ISO 3166-1 alpha-2 code.
type Country struct {
	Code       string // ISO 3166-1 alpha-2; XK for Kosovo
	Alpha3     string // ISO 3166-1 alpha-3
	Name       string // short English name as cables use it: "Russia", "Turkey"
	Official   string // "Russian Federation"
	Population int    // GeoNames estimate, 0 when unknown
	Capital    string
	FIPS       string // FIPS 10-4 code used in cable TAGS ("RS" for Russia)
	// Historic is set for codes withdrawn from ISO 3166-1 that old cables
	// need: SU (Soviet Union), YU (Yugoslavia), CS (Serbia and Montenegro),
	// AN (Netherlands Antilles), DD (East Germany).
	Historic bool
}

// TagKind says what a geographic code in a cable's TAGS line stands for.
type TagKind uint8

// The kinds of TAGS codes.
const (
	TagCountry      TagKind = iota + 1 // a country or territory; FIPSTag.Country holds its ISO code
	TagRegion                          // a region (XF, XG, ZI...): not a country
	TagOrganization                    // an organisation used as a geographic tag (EUN, UNSC)
)

func (k TagKind) String() string {
	switch k {
	case TagCountry:
		return "country"
	case TagRegion:
		return "region"
	case TagOrganization:
		return "organization"
	}
	return "TagKind(" + strconv.Itoa(int(k)) + ")"
}

// FIPSTag is a geographic code of the TAGS line: a FIPS 10-4 country code
// (FR, RS, IZ, GM, KV) or one of the region and organisation codes that
// look like one.
type FIPSTag struct {
	Code    string // as in the TAGS line
	Kind    TagKind
	Country string // ISO 3166-1 alpha-2 when Kind is TagCountry
	Name    string
	// NonStandard is set for codes that are not FIPS 10-4 but that cables
	// use in TAGS for a country all the same ("RU" for Russia, "TC" for
	// the United Arab Emirates).
	NonStandard bool
}

type countryTables struct {
	list      []Country // sorted by code
	byCode    map[string]int
	byName    foldedMap[string]
	byDemonym foldedMap[string]
	fips      map[string]FIPSTag
}

var countryData = sync.OnceValue(buildCountries)

// name sources in increasing order of trust: a name claimed by two
// countries goes to the more trusted source, then to the more populous.
const (
	fromMledoze = iota + 1
	fromISO
	fromCurated
)

func buildCountries() *countryTables {
	t := &countryTables{
		byCode:    map[string]int{},
		byName:    newFoldedMap[string](),
		byDemonym: newFoldedMap[string](),
		fips:      map[string]FIPSTag{},
	}
	for _, r := range rows("countries.tsv", countriesTSV, 7) {
		pop, _ := strconv.Atoi(r.field(5))
		t.byCode[r.field(0)] = len(t.list)
		t.list = append(t.list, Country{Code: r.field(0), Alpha3: r.field(1), Name: r.field(3),
			Official: r.field(4), Population: pop, Capital: r.field(6)})
	}
	// code alpha3 name official historic: overrides non-empty fields,
	// adds historic codes.
	for _, r := range rows("curated_countries.tsv", curatedCountriesTSV, 3) {
		code := r.field(0)
		i, ok := t.byCode[code]
		if !ok {
			i = len(t.list)
			t.byCode[code] = i
			t.list = append(t.list, Country{Code: code})
		}
		c := &t.list[i]
		set(&c.Alpha3, r.field(1))
		set(&c.Name, r.field(2))
		set(&c.Official, r.field(3))
		c.Historic = r.field(4) == "historic"
	}
	sort.Slice(t.list, func(i, j int) bool { return t.list[i].Code < t.list[j].Code })
	for i, c := range t.list {
		t.byCode[c.Code] = i
	}

	t.buildFIPS()

	type claim struct {
		code string
		rank int
	}
	better := func(a, b claim) bool {
		if a.rank != b.rank {
			return a.rank > b.rank
		}
		return t.population(a.code) > t.population(b.code)
	}
	// Names: the country's own names first, then the sources, ranked.
	names := map[string]claim{}
	exact := map[string]claim{}
	claimName := func(table map[string]claim, key string, c claim) {
		if old, ok := table[key]; !ok || better(c, old) {
			table[key] = c
		}
	}
	for _, c := range t.list {
		claimName(names, Fold(c.Name), claim{c.Code, fromCurated})
		if c.Official != "" {
			claimName(names, Fold(c.Official), claim{c.Code, fromISO})
		}
	}
	stop := nameData().stop
	for _, r := range rows("country_names.tsv", countryNamesTSV, 3) {
		// A generated name that is a common word ("Island", Iceland's own
		// name with its accent folded) would match ordinary text.
		if stop.has(r.field(0)) {
			continue
		}
		rank := fromMledoze
		if r.field(2) == "iso" {
			rank = fromISO
		}
		claimName(names, Fold(r.field(0)), claim{r.field(1), rank})
	}
	for _, r := range rows("curated_country_names.tsv", curatedCountryNamesTSV, 2) {
		t.mustCode(r, r.field(1))
		if r.field(2) == "deny" {
			delete(names, Fold(r.field(0)))
			continue
		}
		if r.field(2) == "exact" {
			claimName(exact, r.field(0), claim{r.field(1), fromCurated})
			continue
		}
		// Hand-kept names override any generated claim.
		names[Fold(r.field(0))] = claim{r.field(1), fromCurated + 1}
	}
	for k, c := range names {
		t.byName.folded[k] = c.code
	}
	for k, c := range exact {
		t.byName.put(k, c.code, true, true)
	}

	// Demonyms: generated ones with their plurals, ranked by population;
	// hand-kept ones override.
	dem := map[string]claim{}
	for _, r := range rows("demonyms.tsv", demonymsTSV, 2) {
		d, code := r.field(0), r.field(1)
		claimName(dem, Fold(d), claim{code, fromMledoze})
		if p, ok := plural(d); ok {
			claimName(dem, Fold(p), claim{code, fromMledoze})
		}
	}
	for _, r := range rows("curated_demonyms.tsv", curatedDemonymsTSV, 2) {
		d, code := r.field(0), r.field(1)
		t.mustCode(r, code)
		dem[Fold(d)] = claim{code, fromCurated}
		if r.field(2) != "noplural" {
			if p, ok := plural(d); ok {
				if old, seen := dem[Fold(p)]; !seen || old.rank < fromCurated {
					dem[Fold(p)] = claim{code, fromCurated}
				}
			}
		}
	}
	for k, c := range dem {
		t.byDemonym.folded[k] = c.code
	}
	return t
}

func set(dst *string, v string) {
	if v != "" {
		*dst = v
	}
}

func (t *countryTables) population(code string) int {
	if i, ok := t.byCode[code]; ok {
		return t.list[i].Population
	}
	return 0
}

func (t *countryTables) mustCode(r row, code string) {
	if _, ok := t.byCode[code]; !ok {
		panic(r.errorf("unknown country code %q", code))
	}
}

func (t *countryTables) buildFIPS() {
	// A country's own FIPS code is the one GeoNames gives it; the codes
	// of its dependencies (GZ, JN, the US minor islands) map to it but do
	// not replace it.
	for _, r := range rows("fips.tsv", fipsTSV, 3) {
		tag := FIPSTag{Code: r.field(0), Kind: TagCountry, Country: r.field(1), Name: r.field(2)}
		t.fips[tag.Code] = tag
		if i, ok := t.byCode[tag.Country]; ok && t.list[i].FIPS == "" {
			t.list[i].FIPS = tag.Code
		}
	}
	// code kind iso name note: hand-kept additions (GZ, territories,
	// historic codes, codes cables use that are not FIPS) and the region
	// and organisation tags.
	for _, r := range rows("curated_fips.tsv", curatedFIPSTSV, 4) {
		tag := FIPSTag{Code: r.field(0), Country: r.field(2), Name: r.field(3),
			NonStandard: strings.HasPrefix(r.field(4), "nonstandard")}
		switch r.field(1) {
		case "country":
			tag.Kind = TagCountry
			t.mustCode(r, tag.Country)
			if i := t.byCode[tag.Country]; t.list[i].Historic && t.list[i].FIPS == "" {
				t.list[i].FIPS = tag.Code
			}
		case "region":
			tag.Kind = TagRegion
		case "org":
			tag.Kind = TagOrganization
		default:
			panic(r.errorf("unknown tag kind %q", r.field(1)))
		}
		t.fips[tag.Code] = tag
	}
}

// plural returns the plural of a demonym used as a noun ("Iraqis",
// "Russians"); those ending in -ese, -ish, -ch or -s ("Chinese",
// "British", "French", "Swiss") have none.
func plural(d string) (string, bool) {
	l := strings.ToLower(d)
	for _, suf := range []string{"ese", "ish", "ch", "s", "x", "z"} {
		if strings.HasSuffix(l, suf) {
			return "", false
		}
	}
	return d + "s", true
}

// CountryByName returns the ISO code of the country that s names: a short
// or official name ("Russian Federation"), an older or informal one
// ("Burma", "Holland", "Ivory Coast", "Britain"), or an abbreviation
// ("USA", "U.S.", "USG", "UK", "HMG", "DPRK", "ROK", "PRC", "UAE").
// A leading "the" is ignored. "US" and "UK" match only in capitals, so
// that the pronoun "us" is not the United States.
func CountryByName(s string) (code string, ok bool) {
	t := countryData()
	if code, ok = t.byName.get(s); ok {
		return code, true
	}
	if len(s) > 4 && (s[:4] == "the " || s[:4] == "The " || s[:4] == "THE ") {
		return t.byName.get(s[4:])
	}
	return "", false
}

// CountryByDemonym returns the ISO code of the country that the
// adjective or demonym s refers to: "French", "Emirati", "Iraqis",
// "Kosovar", "Kosovo Albanian", "Soviet".
func CountryByDemonym(s string) (code string, ok bool) {
	return countryData().byDemonym.get(s)
}

// LookupCountry returns the country with ISO alpha-2 code code (in
// capitals).
func LookupCountry(code string) (Country, bool) {
	t := countryData()
	if i, ok := t.byCode[code]; ok {
		return t.list[i], true
	}
	return Country{}, false
}

// CountryName returns the short English name of the country with ISO
// code code ("Russia" for RU), or "" when the code is unknown.
func CountryName(code string) string {
	c, _ := LookupCountry(code)
	return c.Name
}

// IsCountryCode reports whether code is a known ISO alpha-2 code
// (including XK and the historic codes).
func IsCountryCode(code string) bool {
	_, ok := countryData().byCode[code]
	return ok
}

// Countries returns every country, sorted by code. The slice is shared:
// do not modify it.
func Countries() []Country { return countryData().list }

// CountryByFIPS returns the ISO code for a FIPS 10-4 country code as used
// in cable TAGS ("RS" → "RU", "GM" → "DE", "KV" → "XK"). It reports false
// for unknown codes and for region and organisation tags.
func CountryByFIPS(code string) (iso string, ok bool) {
	tag, ok := countryData().fips[code]
	if !ok || tag.Kind != TagCountry {
		return "", false
	}
	return tag.Country, true
}

// LookupFIPSTag returns what a geographic TAGS code stands for, country
// or not.
func LookupFIPSTag(code string) (FIPSTag, bool) {
	tag, ok := countryData().fips[code]
	return tag, ok
}
