package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/cablegraph/cablegraph/extract/lexicon"
)

// annKind is what the knowledge base says a token (or the span it starts)
// is. The gazetteer pass marks every token once, so the name and title
// grammars ask a slice, not the lexicon, in their inner loops.
type annKind uint8

const (
	annNone      annKind = iota
	annCountry           // a country's name or abbreviation: France, U.S., USG
	annDemonym           // French, Russians
	annCity              // Moscow
	annOrg               // NATO, MFA, Hizballah
	annTitle             // Minister, Ambassador (a title head)
	annTitleMod          // Foreign, Deputy (a title modifier)
	annJargon            // Poloff, DCM, Pol M/C, A/S
	annHonorific         // Mr., Dr., Sheikh
	annStop              // Please, The, Summary: capitalised but never a name
	annTime              // month and weekday names
	annCont              // continuation of a multi-token span started earlier
)

// ann is the annotation of one token.
//
// There is one ann per token of a cable, so the small fields are kept
// together after the strings: 64 bytes rather than 80.
type ann struct {
	span    int    // tokens covered, on the first token of a span
	code    string // ISO code of a country, a city's or organisation's country
	name    string // canonical name of a city or organisation
	acronym string // an organisation's first acronym, which keys it
	kind    annKind
	cap     bool // a capital city
	amb     bool // a city name that is also a common word or surname
	staff   bool // jargon for a US mission's own staff (Poloff): always US
	// org marks a title modifier that is also an organisation ("NATO",
	// "EU", "UN" in "NATO Secretary General"): the title grammar reads it
	// as a modifier, the organisation pass as an organisation, whose name
	// and country are then in name and code.
	org   bool
	party bool // a political party
	gov   bool // a national government body
}

const maxSpan = 4

// annotate runs the gazetteer over the tokens of unit u.
func (d *doc) annotate(ui, lo, hi int) {
	u := &d.units[ui]
	for i := lo; i < hi; i++ {
		t := &d.toks[i]
		if t.kind != tokWord || d.ann[i].kind == annCont {
			continue
		}
		if !t.upper && !u.caps {
			d.annotateLower(i, hi)
			continue
		}
		// "May" is the month only next to a number ("May 11", "11 May"):
		// alone it is as often the modal.
		if _, ok := monthOf(t); ok && (!givenNameMonths[t.text] || d.mayIsMonth(i)) || func() bool { _, ok := weekdayOf(t); return ok }() {
			d.ann[i] = ann{kind: annTime, span: 1}
			continue
		}
		if givenNameMonths[t.text] && t.text != "May" && i+1 < hi && d.toks[i+1].upper && !d.toks[i+1].allCaps {
			continue // "Jun Yamashita", "Jan Fischer": a given name
		}
		// Longest multi-token match first: "United Arab Emirates", "Pol M/C".
		multi := d.mayStartSpan(u, i, hi)
		done := false
		for n := min(maxSpan, hi-i); n >= 1 && !done; n-- {
			last := &d.toks[i+n-1]
			if last.kind != tokWord || n > 1 && !last.upper && !u.caps {
				continue
			}
			if n > 1 && !multi && last.text != "s" && last.text != "S" {
				continue // see mayStartSpan
			}
			if n > 1 && !d.wordsOnly(i, i+n) {
				continue
			}
			s := u.text[t.start:last.end]
			var a ann
			var ok bool
			if n == 1 {
				a, ok = d.lookupWord(s, u.caps)
				if !ok && i+1 < hi && d.toks[i+1].text == "." && d.toks[i+1].start == t.end && (i == lo || !d.toks[i-1].upper || i+2 < hi && isGivenName(d.toks[i+2].text)) {
					// (Not after a capitalised word, "Pronab Sen." ends a
					// sentence, unless a given name follows: "Rep. Henry
					// Hyde Rep. Thomas Lantos".)
					a, ok = d.dottedTitle(s)
				}
			} else {
				a, ok = d.lookupSpan(s, n, u.caps)
			}
			if !ok {
				continue
			}
			if a.kind == annCountry && a.code == "CG" && i > lo && d.toks[i-1].is("democratic") {
				// "the Democratic Republic of the Congo" is five words, one
				// more than a span: the last four name the other Congo.
				a.code = "CD"
			}
			a.span = n
			d.ann[i] = a
			for k := i + 1; k < i+n; k++ {
				d.ann[k] = ann{kind: annCont}
			}
			done = true
		}
	}
	d.countrySurnames(ui, lo, hi)
}

// countrySurnames: a country's name right after a given name is a
// surname ("Minister for Security Dr. Guillermo Montenegro", "Michael
// Jordan") when no name goes on after it. Only in mixed case, with one
// space between the two words: a line of ALL-CAPS headers or a list run
// together over lines reads no name.
func (d *doc) countrySurnames(ui, lo, hi int) {
	if d.units[ui].caps {
		return
	}
	for i := lo + 1; i < hi; i++ {
		t, g := &d.toks[i], &d.toks[i-1]
		if a := &d.ann[i]; a.kind != annCountry || a.span != 1 || !t.upper || t.allCaps || t.start-g.end != 1 {
			continue
		}
		if g.kind != tokWord || !g.upper || g.allCaps || d.ann[i-1].kind != annNone || !isGivenName(g.text) {
			continue
		}
		if i+1 < hi && d.toks[i+1].kind == tokWord && d.toks[i+1].upper {
			continue // "Ali Iraq Syria": a list, or a longer name this is no end of
		}
		d.ann[i] = ann{}
	}
}

// plainASCII reports whether s is ASCII without a backquote or white
// space or control: what lexicon's fold of s leaves as it is, but for
// case.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c >= utf8.RuneSelf || c == '`' || c == 0x7f {
			return false
		}
	}
	return true
}

// mayStartSpan is false when no span of several tokens from token i can
// be in the tables: the text after it starts with white space, so any
// such span folds to its folded text, a space and more, and no key of
// several words starts so (lexicon.MayStartSpan). It is true when it
// cannot tell: no space after i, or "the", which lookupSpan also drops.
// (A span whose last token is a lone "s" is looked up whatever this says:
// lookupSpan also tries it less that letter, which may leave token i
// alone.)
func (d *doc) mayStartSpan(u *unit, i, hi int) bool {
	if i+1 >= hi {
		return true
	}
	t := &d.toks[i]
	gap := u.text[t.end:d.toks[i+1].start]
	if gap == "" || t.lower == "the" {
		return true
	}
	switch gap[0] {
	case ' ', '\t', '\n', '\r': // white space to lexicon's fold
		return lexicon.MayStartSpan(t.text)
	}
	return true
}

// lowerStaffWords are the US mission's staff jargon words cables also
// write in lower case ("told poloff", 436 times in the mirror's cables).
var lowerStaffWords = map[string]bool{"poloff": true, "poloffs": true, "econoff": true, "econoffs": true, "emboff": true, "emboffs": true, "polmiloff": true, "conoff": true, "conoffs": true}

// annotateLower marks lower-case title words (foreign minister) and
// jargon that is written in lower case.
func (d *doc) annotateLower(i, hi int) {
	t := &d.toks[i]
	s := t.text
	if h := strings.IndexByte(s, '-'); h > 0 && titlePrefixes.hasLower(t.lower[:h]) && isTitleHead(s[h+1:]) {
		d.ann[i] = ann{kind: annTitle, span: 1} // "then-President Aznar"
		return
	}
	if lowerStaffWords[t.lower] && !(i+1 < hi && d.toks[i+1].kind == tokWord && d.toks[i+1].upper) {
		// "told poloff", "with econoff": the mission's staff jargon, often
		// written in lower case. Not before a capitalised word, which in
		// lower case it rarely titles: "In conversations with poloff Raul
		// de la Paz and Mary Carmen Soria, two PRD members, were critical"
		// (a comma left out).
		if a, ok := d.lookupWord(s, false); ok && a.kind == annJargon {
			a.span = 1
			d.ann[i] = a
			return
		}
	}
	// Most lower-case words are neither a title head nor a modifier. A
	// plain ASCII word folds to its lower case, whose class says so; any
	// other is asked (one probe either way instead of the two lookups).
	if plainASCII(s) {
		if t.class&classTitleWord == 0 {
			return
		}
	} else if !lexicon.MayBeTitleWord(s) {
		return
	}
	switch {
	case isTitleHead(s):
		d.ann[i] = ann{kind: annTitle, span: 1}
	case isTitleModifier(s):
		d.ann[i] = ann{kind: annTitleMod, span: 1}
	}
}

// wordsOnly reports whether toks[lo:hi] may form one name: words and the
// glue of multi-word names (and, of, d').
func (d *doc) wordsOnly(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		t := &d.toks[k]
		if t.kind != tokWord {
			return false
		}
		if k > lo && t.start-d.toks[k-1].end > 2 {
			return false
		}
	}
	return true
}

// lookupWord is lookupSpan for one word, remembered for the rest of the
// cable: the same words recur, and each lookup folds and probes several
// tables. In a unit written in capitals every word is looked up, so those
// are remembered too, apart.
func (d *doc) lookupWord(s string, caps bool) (ann, bool) {
	memo := d.words
	if caps {
		memo = d.capsWords
	}
	if a, ok := memo[s]; ok {
		return a, a.kind != annNone
	}
	a, ok := d.lookupSpan(s, 1, caps)
	memo[s] = a
	return a, ok
}

// dottedTitle reads a word whose abbreviation's full stop the tokeniser
// split off as a form of address that states a title: "Rep." is
// Representative and "Sen." Senator ("Rep. Ike Skelton", "Sen. John
// Kerry"), which the lexicon lists only with the stop, where "Sen"
// alone is a surname ("Ronen Sen").
func (d *doc) dottedTitle(s string) (ann, bool) {
	if title, ok := lookupHonorific(s + "."); ok && title != "" {
		return ann{kind: annTitle, name: title}, true
	}
	return ann{}, false
}

// lookupSpan asks the knowledge base what the n-token text s is.
func (d *doc) lookupSpan(s string, n int, caps bool) (ann, bool) {
	if n == 1 && caps && (s == "US" || s == "PM" || s == "AM") {
		// In capitals these are the English words as often as not.
		return ann{}, false
	}
	if n == 1 && suffixedTitle(s) {
		return ann{kind: annTitle}, true
	}
	// Most spans are in none of the tables below, and the rest in one or
	// two: a lookup is made only in a table that has s, or a form of s it
	// also tries, as a key (spanTables).
	tabs := spanTables(s)
	if tabs == 0 {
		return ann{}, false
	}
	if tabs&lexicon.SpanJargon != 0 {
		if j, ok := lookupJargon(s); ok {
			a := ann{kind: j.kind, staff: j.staff, code: j.country}
			if j.host && (j.kind == annCountry || j.kind == annOrg) {
				a.code = d.host
			}
			if j.kind == annOrg {
				a.name = s
			}
			if a.kind != annCountry || a.code != "" {
				return a, true
			}
		}
	}
	if tabs&lexicon.SpanCountryName != 0 {
		if code, ok := countryByName(s); ok {
			return ann{kind: annCountry, code: code}, true
		}
	}
	if tabs&lexicon.SpanDemonym != 0 {
		if code, ok := countryByDemonym(s); ok {
			return ann{kind: annDemonym, code: code}, true
		}
	}
	if tabs&lexicon.SpanTitleHead != 0 && (isTitleHead(s) || n == 1 && len(s) > 4 && s[len(s)-1] == 's' && isTitleHead(s[:len(s)-1])) {
		return ann{kind: annTitle}, true // "Representatives Smith and Jones"
	}
	if tabs&lexicon.SpanHonorific != 0 {
		if title, ok := lookupHonorific(s); ok {
			// "Gen.", "King", "Lt.": forms of address that state a title are
			// titles; "Mr.", "Sheikh" are not.
			if title != "" {
				return ann{kind: annTitle, name: title}, true
			}
			return ann{kind: annHonorific}, true
		}
	}
	if n == 1 && tabs&lexicon.SpanTitleModifier != 0 && isTitleModifier(s) {
		a := ann{kind: annTitleMod}
		if tabs&lexicon.SpanOrg != 0 {
			if o, ok := lookupOrg(s); ok {
				a.org, a.name, a.code, a.acronym, a.gov = true, o.Name, o.Country, o.Acronym, o.Gov
			}
		}
		return a, true
	}
	if tabs&lexicon.SpanCity != 0 {
		if c, ok := lookupCity(s); ok {
			return ann{kind: annCity, code: c.Country, name: c.Name, cap: c.Capital, amb: c.Ambiguous}, true
		}
	}
	if tabs&lexicon.SpanOrg != 0 {
		if o, ok := lookupOrg(s); ok {
			return ann{kind: annOrg, code: o.Country, name: o.Name, acronym: o.Acronym, party: o.Party, gov: o.Gov}, true
		}
	}
	if n == 1 && tabs&lexicon.SpanStopWord != 0 && isStopWord(s) {
		return ann{kind: annStop}, true
	}
	return ann{}, false
}

// suffixedTitle reports whether the word s is a title head with a suffix
// of titleSuffixes ("Advisor-equivalent", "Minister-designate"), or title
// words joined by hyphens ("Attorney-Adviser").
func suffixedTitle(s string) bool {
	h := strings.LastIndexByte(s, '-')
	if h > 0 && titleSuffixes.hasLower(strings.ToLower(s[h+1:])) && isTitleHead(s[:h]) {
		return true
	}
	// "Vice-Minister", "Attorney-Adviser", "General-Major": title words
	// joined by a hyphen, the first a modifier or a head that compounds so,
	// the last a head, are a title, not a name (not "Prince-Bishop",
	// "Dean-King", "Sultan-Amir", which are names).
	if h <= 0 || !isTitleHead(s[h+1:]) {
		return false
	}
	for i, part := range strings.Split(s[:h], "-") {
		if i == 0 && !isTitleModifier(part) && !compoundingHeads.hasLower(strings.ToLower(part)) || !isTitleHead(part) && !isTitleModifier(part) {
			return false
		}
	}
	return true
}

// compoundingHeads are the title heads that open a hyphened title.
var compoundingHeads = set("attorney", "general", "minister", "counselor", "counsellor", "secretary")

// givenNameMonths are the month names that are as often a modal or a
// given name ("May", "Jun Yamashita", "Jan Fischer"): a month only next
// to a number.
var givenNameMonths = map[string]bool{"May": true, "Jun": true, "Jan": true}

// mayIsMonth reports whether the word "May" at token k is the month: a
// number stands next to it ("May 11", "11 May", "May 2008").
func (d *doc) mayIsMonth(k int) bool {
	return k+1 < len(d.toks) && d.toks[k+1].kind == tokNum || k > 0 && d.toks[k-1].kind == tokNum
}
