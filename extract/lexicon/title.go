package lexicon

import (
	"slices"
	"strconv"
	"strings"
	"sync"
)

// phraseTable maps phrases of one or more words to values, folded, and
// finds the longest phrase at the start of a run of words.
type phraseTable[V any] struct {
	m foldedMap[V]
	// prefixes holds the folded first words of every phrase ("deputy",
	// "deputy chief", "deputy chief of"), so that a search stops at the
	// first word no phrase continues with.
	prefixes      map[string]struct{}
	exactPrefixes map[string]struct{}
}

func newPhraseTable[V any]() *phraseTable[V] {
	return &phraseTable[V]{m: newFoldedMap[V](), prefixes: map[string]struct{}{}, exactPrefixes: map[string]struct{}{}}
}

func (t *phraseTable[V]) put(phrase string, v V, exact bool) {
	t.m.put(phrase, v, exact, true)
	prefixes := t.prefixes
	if exact {
		prefixes = t.exactPrefixes
	}
	words := strings.Fields(phrase)
	for n := 1; n <= len(words); n++ {
		p := strings.Join(words[:n], " ")
		if exact {
			prefixes[string(appendFold(nil, p, false))] = struct{}{}
			prefixes[upperASCII(string(appendFold(nil, p, false)))] = struct{}{}
		} else {
			prefixes[Fold(p)] = struct{}{}
		}
	}
}

// longest returns the value of the longest phrase that words starts with
// and its length in words, or 0. Each word is folded once.
func (t *phraseTable[V]) longest(words []string) (V, int) {
	v, n := t.longestIn(words, true, t.m.folded, t.prefixes)
	if len(t.m.exact) > 0 {
		if ve, ne := t.longestIn(words, false, t.m.exact, t.exactPrefixes); ne > n {
			return ve, ne
		}
	}
	return v, n
}

func (t *phraseTable[V]) longestIn(words []string, lower bool, m map[string]V, prefixes map[string]struct{}) (V, int) {
	var best V
	bestN := 0
	var buf [keyBuf]byte
	k := buf[:0]
	for n, w := range words {
		if n > 0 {
			k = append(k, ' ')
		}
		k = appendFold(k, w, lower)
		if v, ok := m[string(k)]; ok {
			best, bestN = v, n+1
		}
		if _, ok := prefixes[string(k)]; !ok {
			break
		}
	}
	return best, bestN
}

// JargonKind says what a piece of cable jargon stands for.
type JargonKind uint8

// The kinds of jargon.
const (
	// JargonTitle is a position held by a named person: DCM, FM, A/S,
	// PolCouns, "the Secretary".
	JargonTitle JargonKind = iota + 1
	// JargonStaffRole names US embassy staff left unnamed by cable
	// convention: Poloff, Econoff, Emboff, Conoff. Such a mention is an
	// actor but not a named person.
	JargonStaffRole
	// JargonModifier is an abbreviated title modifier: Dep, Asst, Acting.
	JargonModifier
	// JargonOrg is an organisation or office: MFA, MOD, NSC, POL, EUR.
	JargonOrg
	// JargonGovernment is the government of a country: USG, HMG, GOF,
	// SARG, RTG. Jargon.Country is empty when the abbreviation fits
	// several countries (GOI: India, Iraq, Israel, Indonesia, Italy...):
	// resolve it with the cable's post.
	JargonGovernment
	// JargonOther is cable vocabulary that is not an entity: Septel,
	// Reftel, SIPDIS, CODEL.
	JargonOther
)

var jargonKinds = map[string]JargonKind{
	"title": JargonTitle, "staff": JargonStaffRole, "modifier": JargonModifier,
	"org": JargonOrg, "government": JargonGovernment, "other": JargonOther,
}

func (k JargonKind) String() string {
	for s, v := range jargonKinds {
		if v == k {
			return s
		}
	}
	return "JargonKind(" + strconv.Itoa(int(k)) + ")"
}

// Jargon is an abbreviation or term of cable English.
type Jargon struct {
	Term      string // as listed: "Pol M/C"
	Expansion string // "Political Minister-Counselor"
	Kind      JargonKind
	// Country is the ISO code the term implies: "US" for Poloff and
	// SecState, "FR" for GOF. Empty for MFA, FM, PM: those belong to the
	// country the sentence or the cable's post says.
	Country string
	// Exact is set for terms that match only as written or in capitals
	// ("PM", not "pm"; "Charge", not "charge").
	Exact bool
}

// HonorificKind says what kind of form of address an honorific is.
type HonorificKind uint8

// The kinds of honorifics.
const (
	HonorificCourtesy   HonorificKind = iota + 1 // Mr., Mrs., Ms., Mme., Sir
	HonorificAcademic                            // Dr., Prof., Eng.
	HonorificRoyal                               // King, Crown Prince, Sheikh, Emir, HRH
	HonorificReligious                           // Ayatollah, Imam, Rabbi, Rev.
	HonorificMilitary                            // Gen., Col., Adm.
	HonorificPolitical                           // Sen., Rep., Gov., Hon.
	HonorificDiplomatic                          // H.E., His Excellency, Amb.
)

var honorificKinds = map[string]HonorificKind{
	"courtesy": HonorificCourtesy, "academic": HonorificAcademic, "royal": HonorificRoyal,
	"religious": HonorificReligious, "military": HonorificMilitary,
	"political": HonorificPolitical, "diplomatic": HonorificDiplomatic,
}

func (k HonorificKind) String() string {
	for s, v := range honorificKinds {
		if v == k {
			return s
		}
	}
	return "HonorificKind(" + strconv.Itoa(int(k)) + ")"
}

// Honorific is a form of address written before a name, to be stripped
// from it: "Mr.", "H.E.", "His Excellency", "Sheikh", "Crown Prince",
// "Gen.". Some (Gen., Sen., King, Crown Prince) are also titles: Title
// then holds the title they state.
type Honorific struct {
	Text      string // as listed
	Expansion string // "His/Her Excellency"
	Kind      HonorificKind
	Title     string // the title it states, "" for pure courtesy
}

type titleTables struct {
	heads      *phraseTable[struct{}]
	singular   foldedMap[string] // plural head -> the head as listed
	modifiers  *phraseTable[struct{}]
	links      foldedSet
	jargon     *phraseTable[Jargon]
	honorifics *phraseTable[Honorific]
}

var titleData = sync.OnceValue(buildTitles)

func buildTitles() *titleTables {
	t := &titleTables{
		heads:      newPhraseTable[struct{}](),
		singular:   newFoldedMap[string](),
		modifiers:  newPhraseTable[struct{}](),
		links:      foldedSet{},
		jargon:     newPhraseTable[Jargon](),
		honorifics: newPhraseTable[Honorific](),
	}
	for _, r := range rows("curated_titles.tsv", titlesTSV, 2) {
		switch r.field(0) {
		case "head":
			t.heads.put(r.field(1), struct{}{}, false)
			// "Foreign Ministers Kouchner and Lavrov"
			t.heads.put(pluralTitle(r.field(1)), struct{}{}, false)
			t.singular.put(pluralTitle(r.field(1)), r.field(1), false, false)
		case "modifier":
			t.modifiers.put(r.field(1), struct{}{}, false)
		case "link":
			t.links.add(r.field(1))
		default:
			panic(r.errorf("unknown title part %q", r.field(0)))
		}
	}
	for _, r := range rows("curated_jargon.tsv", jargonTSV, 3) {
		kind, ok := jargonKinds[r.field(2)]
		if !ok {
			panic(r.errorf("unknown jargon kind %q", r.field(2)))
		}
		j := Jargon{Term: r.field(0), Expansion: r.field(1), Kind: kind, Country: r.field(3), Exact: r.field(4) == "exact"}
		t.jargon.put(j.Term, j, j.Exact)
	}
	for _, r := range rows("curated_honorifics.tsv", honorificsTSV, 3) {
		kind, ok := honorificKinds[r.field(2)]
		if !ok {
			panic(r.errorf("unknown honorific kind %q", r.field(2)))
		}
		h := Honorific{Text: r.field(0), Expansion: r.field(1), Kind: kind, Title: r.field(3)}
		t.honorifics.put(h.Text, h, r.field(4) == "exact")
	}
	return t
}

// pluralTitle returns the plural of a title head: its noun is the word
// before "of" ("Chiefs of Staff") or else the last word ("Prime
// Ministers", "Deputies", "Spokesmen").
func pluralTitle(head string) string {
	words := strings.Fields(head)
	i := len(words) - 1
	if j := slices.Index(words, "of"); j > 0 {
		i = j - 1
	}
	w := words[i]
	switch l := strings.ToLower(w); {
	case strings.HasSuffix(l, "man"):
		w = w[:len(w)-3] + "men"
	case strings.HasSuffix(l, "y") && len(l) > 1 && !strings.ContainsRune("aeiou", rune(l[len(l)-2])):
		w = w[:len(w)-1] + "ies"
	case strings.HasSuffix(l, "s") || strings.HasSuffix(l, "sh") || strings.HasSuffix(l, "ch") || strings.HasSuffix(l, "x"):
		w += "es"
	default:
		w += "s"
	}
	words[i] = w
	return strings.Join(words, " ")
}

// IsTitleHead reports whether s is the head of a title: the word or
// phrase a title ends in before its "of/for X" complement ("Minister",
// "Prime Minister", "Ambassador", "Deputy Chief of Mission", "Chargé
// d'Affaires", "Minister-Counselor", "Spokesman"), or the plural of one
// ("Ministers", "Chiefs of Staff").
func IsTitleHead(s string) bool {
	_, ok := titleData().heads.m.get(s)
	return ok
}

// SingularTitleHead returns the head of which s is the plural, as the
// lexicon lists it: "Minister" for "Ministers", "Chief of Staff" for
// "Chiefs of Staff". A title written before a list of names ("Presidents
// Putin and Halonen") is each holder's in the singular.
func SingularTitleHead(s string) (string, bool) { return titleData().singular.get(s) }

// IsTitleModifier reports whether s modifies a title head: "Foreign",
// "Defense", "Deputy", "Vice", "Acting", "Assistant", "Senior",
// "Political", "Economic", "Cabinet".
func IsTitleModifier(s string) bool {
	_, ok := titleData().modifiers.m.get(s)
	return ok
}

// IsTitleLink reports whether s joins a title head to its complement:
// "of", "for", "to", "at", "on" ("Minister of Interior", "Counselor for
// Russia", "Ambassador to France").
func IsTitleLink(s string) bool { return titleData().links.has(s) }

// TitleHeadWords returns the number of words of the longest title head
// that words starts with, or 0: for ["Deputy", "Chief", "of", "Mission",
// "Smith"] it is 4, for ["Prime", "Minister", "Fillon"] 2. Heads are at
// most a few words long; only those are read.
func TitleHeadWords(words []string) int {
	_, n := titleData().heads.longest(words)
	return n
}

// TitleModifierWords returns the number of words of the longest title
// modifier that words starts with ("Foreign", "Chief of Staff to the"),
// or 0.
func TitleModifierWords(words []string) int {
	_, n := titleData().modifiers.longest(words)
	return n
}

// LookupJargon returns the cable jargon s: "Poloff", "DCM", "Pol M/C",
// "A/S", "FM", "MFA", "USG", "GOF", "the Secretary".
func LookupJargon(s string) (Jargon, bool) { return titleData().jargon.m.get(s) }

// JargonWords returns the longest jargon term that words starts with
// ("Pol", "M/C", ...) and its length in words, or 0.
func JargonWords(words []string) (Jargon, int) { return titleData().jargon.longest(words) }

// LookupHonorific returns the honorific s: "Mr.", "Dr", "H.E.", "His
// Excellency", "Sheikh", "Crown Prince", "Gen.".
func LookupHonorific(s string) (Honorific, bool) { return titleData().honorifics.m.get(s) }

// HonorificWords returns the longest honorific that words starts with
// and its length in words, or 0: ["His", "Royal", "Highness", "Prince",
// "Saud"] gives "His Royal Highness" and 3.
func HonorificWords(words []string) (Honorific, int) {
	return titleData().honorifics.longest(words)
}
