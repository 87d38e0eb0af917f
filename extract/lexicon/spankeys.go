package lexicon

import (
	"strings"
	"sync"
)

// MayNameSpan reports whether s, folded, is a key of any of the tables that
// say what a span of text names: countries by name or demonym, cities,
// organisations, title heads and modifiers, jargon, honorifics and stop
// words. When it is false, each of [LookupJargon], [CountryByName],
// [CountryByDemonym], [LookupCity], [LookupOrg], [IsTitleHead],
// [IsTitleModifier], [LookupHonorific] and [IsStopWord] misses on s (the
// rules some of them add, such as CountryByName's leading "the ", are the
// caller's to try on the shortened text).
//
// Most capitalised spans a cable is scanned for are in none of the tables,
// so one fold and one probe here spare the nine of asking each.
func MayNameSpan(s string) bool {
	return SpanTablesOf(s) != 0
}

// SpanTables is a set of the tables MayNameSpan stands for.
type SpanTables uint16

const (
	SpanCountryName   SpanTables = 1 << iota // [CountryByName]
	SpanDemonym                              // [CountryByDemonym]
	SpanTitleHead                            // [IsTitleHead]
	SpanTitleModifier                        // [IsTitleModifier]
	SpanJargon                               // [LookupJargon]
	SpanHonorific                            // [LookupHonorific]
	SpanOrg                                  // [LookupOrg]
	SpanCity                                 // [LookupCity]
	SpanStopWord                             // [IsStopWord]
)

// SpanTablesOf returns the tables that have s, folded, as a key: a lookup
// in a table not among them misses on s. (MayNameSpan is SpanTablesOf
// not empty; the same caveat on the rules some lookups add holds.) One
// fold and one probe tell a caller which of the nine lookups to make.
func SpanTablesOf(s string) SpanTables {
	var buf [keyBuf]byte
	return spanKeys()[string(appendFold(buf[:0], s, true))]
}

// spanKeys is the union of the folded keys of the tables MayNameSpan
// stands for, each with the tables that have it. An exact key (one that
// matches only as written) is in it folded, as foldedMap.get's first probe
// would find it.
var spanKeys = sync.OnceValue(func() map[string]SpanTables {
	keys := map[string]SpanTables{}
	addMap := func(m foldedMapKeys, t SpanTables) {
		for _, k := range m.keys() {
			keys[k] |= t
		}
	}
	ct := countryData()
	addMap(ct.byName, SpanCountryName)
	addMap(ct.byDemonym, SpanDemonym)
	tt := titleData()
	addMap(tt.heads.m, SpanTitleHead)
	addMap(tt.modifiers.m, SpanTitleModifier)
	addMap(tt.jargon.m, SpanJargon)
	addMap(tt.honorifics.m, SpanHonorific)
	addMap(orgData(), SpanOrg)
	for k := range cityData().byName {
		keys[k] |= SpanCity
	}
	for k := range nameData().stop {
		keys[k] |= SpanStopWord
	}
	return keys
})

// foldedMapKeys is any foldedMap, whatever its values.
type foldedMapKeys interface{ keys() []string }

// keys returns the folded keys under which get can find a value.
func (m foldedMap[V]) keys() []string {
	ks := make([]string, 0, len(m.folded)+len(m.exactLower))
	for k := range m.folded {
		ks = append(ks, k)
	}
	for k := range m.exactLower {
		ks = append(ks, k)
	}
	return ks
}

// MayBeTitleWord reports whether s, folded, is a key of the title heads or
// the title modifiers. When it is false, [IsTitleHead] and
// [IsTitleModifier] both miss on s.
//
// The grammar asks it of every lower-case word of a cable ("foreign
// minister"), nearly all of which are neither: one fold and one probe
// spare it two folds and two to four probes.
func MayBeTitleWord(s string) bool {
	var buf [keyBuf]byte
	_, ok := titleWordKeys()[string(appendFold(buf[:0], s, true))]
	return ok
}

// TitleWordKeys returns the keys [MayBeTitleWord] looks its folded
// argument up in, for a caller that indexes words once: a lower-case
// ASCII word without a backquote folds to itself.
func TitleWordKeys() []string {
	keys := make([]string, 0, len(titleWordKeys()))
	for k := range titleWordKeys() {
		keys = append(keys, k)
	}
	return keys
}

// titleWordKeys is the union of the folded keys of the title heads and
// modifiers, built as spanKeys is.
var titleWordKeys = sync.OnceValue(func() map[string]struct{} {
	keys := map[string]struct{}{}
	tt := titleData()
	for _, m := range []foldedMapKeys{tt.heads.m, tt.modifiers.m} {
		for _, k := range m.keys() {
			keys[k] = struct{}{}
		}
	}
	return keys
})

// MayStartSpan reports whether s, folded, is the first word of a key of
// several words in the tables MayNameSpan stands for. When it is false, no
// span that is s, white space and more words is a key: MayNameSpan is
// false on it, and on it less a final letter (the plural MayNameSpan's
// callers also try) unless that leaves s alone.
//
// The gazetteer tries every capitalised word (every word, in a cable
// written in capitals) as the start of spans of two to four words; most
// start none.
func MayStartSpan(s string) bool {
	var buf [keyBuf]byte
	_, ok := spanFirstWords()[string(appendFold(buf[:0], s, true))]
	return ok
}

// spanFirstWords holds the first word of each key of spanKeys that has
// several.
var spanFirstWords = sync.OnceValue(func() map[string]struct{} {
	first := map[string]struct{}{}
	for k := range spanKeys() {
		if i := strings.IndexByte(k, ' '); i > 0 {
			first[k[:i]] = struct{}{}
		}
	}
	return first
})
