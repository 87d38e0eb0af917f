package lexicon

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// City is a city or town: every capital, and every other city of at least
// 100,000 people in GeoNames.
type City struct {
	Name       string // as GeoNames writes it: "São Paulo"
	ASCIIName  string // "Sao Paulo"
	Country    string // ISO 3166-1 alpha-2
	Population int
	Capital    bool
	// Alternate is set when the lookup matched an older or foreign name
	// ("Bombay", "Rangoon", "Kiev") rather than the city's own.
	Alternate bool
	// Ambiguous is set when the name looked up is also a common English
	// word, given name or surname ("Reading", "Nice", "Mobile", "Victoria",
	// "Lincoln"): accept it as a place only with context ("in Nice",
	// "Embassy Victoria").
	Ambiguous bool
}

type cityTables struct {
	byName  map[string][]City // folded name → cities, best first
	capital map[string]City
}

var cityData = sync.OnceValue(buildCities)

func buildCities() *cityTables {
	t := &cityTables{byName: map[string][]City{}, capital: map[string]City{}}
	ambiguous, placeFirst, notPlace := foldedSet{}, foldedSet{}, foldedSet{}
	for w := range words(ambiguousPlacesTXT) {
		if rest, ok := strings.CutPrefix(w, "!"); ok {
			placeFirst[rest] = struct{}{}
		} else if rest, ok := strings.CutPrefix(w, "-"); ok {
			notPlace[rest] = struct{}{}
		} else {
			ambiguous[w] = struct{}{}
		}
	}
	names := nameData()
	personal := map[string]bool{} // GeoNames names also personal names
	isAmbiguous := func(name string, capital bool) bool {
		if placeFirst.has(name) {
			return false
		}
		if ambiguous.has(name) || names.stop.has(name) || personal[name] {
			return true
		}
		// English given names that are also towns (Florence, Lincoln,
		// Victoria) need context; capitals (Sofia, Lima) rarely do.
		return !capital && names.givenEn.has(name)
	}
	type entry struct {
		city      City
		alternate bool
	}
	byName := map[string][]entry{}
	add := func(c City, alts []string) {
		if c.Capital {
			if old, ok := t.capital[c.Country]; !ok || c.Population > old.Population {
				t.capital[c.Country] = c
			}
		}
		seen := map[string]bool{}
		for i, n := range append([]string{c.Name, c.ASCIIName}, alts...) {
			k := Fold(n)
			if k == "" || seen[k] || (i >= 2 && notPlace.has(k)) {
				continue
			}
			seen[k] = true
			if slices.ContainsFunc(byName[k], func(e entry) bool {
				return e.city.Name == c.Name && e.city.Country == c.Country && e.city.Population == c.Population
			}) {
				continue
			}
			e := entry{city: c, alternate: i >= 2}
			e.city.Alternate = e.alternate
			e.city.Ambiguous = isAmbiguous(n, c.Capital)
			byName[k] = append(byName[k], e)
		}
	}
	for _, r := range rows("cities.tsv", citiesTSV, 5) {
		pop, _ := strconv.Atoi(r.field(3))
		c := City{Name: r.field(0), ASCIIName: r.field(1), Country: r.field(2), Population: pop, Capital: r.field(4) == "1"}
		var alts []string
		if a := r.field(5); a != "" {
			alts = strings.Split(a, "|")
		}
		if r.field(6) == "1" {
			// The generator found the name among personal names or
			// country words ("Rodriguez", "Armenia"): every name of the
			// place needs context then.
			personal[c.Name] = true
		}
		add(c, alts)
	}
	// name country population capital alternates
	for _, r := range rows("curated_cities.tsv", curatedCitiesTSV, 4) {
		pop, err := strconv.Atoi(r.field(2))
		if err != nil {
			panic(r.errorf("population %q: %v", r.field(2), err))
		}
		c := City{Name: r.field(0), ASCIIName: string(appendFold(nil, r.field(0), false)),
			Country: r.field(1), Population: pop, Capital: r.field(3) == "1"}
		var alts []string
		if a := r.field(4); a != "" {
			alts = strings.Split(a, "|")
		}
		// A place GeoNames has under this name keeps its GeoNames entry;
		// the row then only adds spellings.
		if es, ok := byName[Fold(c.Name)]; ok {
			if i := slices.IndexFunc(es, func(e entry) bool { return e.city.Country == c.Country && !e.alternate }); i >= 0 {
				c = es[i].city
				c.Alternate, c.Ambiguous = false, false
				add(c, alts)
				continue
			}
		}
		add(c, alts)
	}
	// Best first: own names before alternates; then capitals, which win
	// over a city up to ten times larger (San Jose is Costa Rica's
	// capital before it is California's city); then population.
	score := func(c City) int {
		if c.Capital {
			return c.Population * 10
		}
		return c.Population
	}
	for k, es := range byName {
		sort.SliceStable(es, func(i, j int) bool {
			if es[i].alternate != es[j].alternate {
				return !es[i].alternate
			}
			return score(es[i].city) > score(es[j].city)
		})
		cs := make([]City, len(es))
		for i, e := range es {
			cs[i] = e.city
		}
		t.byName[k] = cs
	}
	return t
}

// LookupCity returns the best city named s: a city's own name before an
// alternate one, a capital before a larger namesake up to ten times its
// size, then the most populous. Use [CitiesNamed] to choose by country.
func LookupCity(s string) (City, bool) {
	cs := CitiesNamed(s)
	if len(cs) == 0 {
		return City{}, false
	}
	return cs[0], true
}

// CitiesNamed returns every city named s, best first (see [LookupCity]).
// The slice is shared: do not modify it.
func CitiesNamed(s string) []City {
	var buf [keyBuf]byte
	return cityData().byName[string(appendFold(buf[:0], s, true))]
}

// CapitalOf returns the capital of the country with ISO code code.
func CapitalOf(code string) (City, bool) {
	c, ok := cityData().capital[code]
	return c, ok
}
