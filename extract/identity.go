package extract

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

// Person identity across cables.
//
// A person's key is a function of the cable alone, never of the cables
// read before it: the same cables in any order, in one run or many, give
// the same keys, and loading again changes nothing. Two things make the key:
//
//   - People whose surname others bear too (families, namesakes, near
//     spellings) are looked up in data/people.tsv, which says who "President
//     Clinton" is in 1998 and who "Secretary Clinton" is in 2009, which Mrs.
//     Sarkozy a 2007 cable means, and that Qadhafi, Qaddafi and Gaddafi are
//     one man. A name that fits one entry gets the key of its full name.
//   - Everyone else is keyed by the name itself with given-name spellings
//     made one (Sergei and Sergey, Dmitri and Dmitry, Mohammed and
//     Muhammad). A surname alone that nothing resolves stays apart, keyed
//     with its cable, rather than joining whoever else bears it: a graph
//     with two nodes for one person can be merged by a user who knows; one
//     node for two people hides the error.

//go:embed data/people.tsv
var peopleText string

// bearer is one person of data/people.tsv.
type bearer struct {
	name    string
	key     string
	country string
	sur     string     // canonical folded surname of the full name
	given   [][]string // canonical folded given names of each spelling
	roles   []bearerRole
}

type bearerRole struct {
	word     string // lower case; "*" for the bare surname
	from, to int    // years, to 0 for open
}

type peopleIndex struct {
	bySur  map[string][]*bearer // canonical folded surname -> bearers
	byFull map[string]*bearer   // canonical folded full spelling -> bearer
}

var people = sync.OnceValue(func() peopleIndex {
	idx := peopleIndex{bySur: map[string][]*bearer{}, byFull: map[string]*bearer{}}
	for f := range tsvRows("data/people.tsv", peopleText, countrySecond) {
		b := &bearer{name: f[0], key: "person:" + slug(f[0]), country: f[1]}
		spellings := []string{f[0]}
		if len(f) > 2 {
			for _, s := range strings.Split(f[2], ";") {
				if s = strings.TrimSpace(s); s != "" {
					spellings = append(spellings, s)
				}
			}
		}
		if len(f) > 3 {
			for _, r := range strings.Split(f[3], ",") {
				if r = strings.TrimSpace(r); r != "" {
					b.roles = append(b.roles, parseRole(r, strings.Join(f, "\t")))
				}
			}
		}
		_, b.sur = canonName(f[0])
		if familyFirst[b.country] {
			b.sur = canonSurname(foldName(strings.Fields(f[0])[0]))
		}
		seen := map[string]bool{}
		for _, s := range spellings {
			given, sur := canonName(s)
			if familyFirst[b.country] && len(strings.Fields(s)) > 1 {
				// "Lee Kuan Yew": the family name comes first. Written in
				// full the name is found as it reads; a bare "Lee" is
				// the family name.
				idx.byFull[strings.Join(append(append([]string(nil), given...), sur), " ")] = b
				w := strings.Fields(s)
				sur, given = canonSurname(foldName(w[0])), nil
				for _, g := range w[1:] {
					given = append(given, canonGiven(foldName(g)))
				}
			}
			full := strings.Join(append(append([]string(nil), given...), sur), " ")
			if other := idx.byFull[full]; other != nil && other != b {
				panic("extract: data/people.tsv spells two people " + s) // a build error
			}
			idx.byFull[full] = b
			if sur == b.sur {
				b.given = append(b.given, given)
			}
			if !seen[sur] {
				seen[sur] = true
				idx.bySur[sur] = append(idx.bySur[sur], b)
			}
		}
	}
	return idx
})

// familyFirst are the countries whose names put the family name first
// (Lee Kuan Yew, Kim Jong-il).
var familyFirst = map[string]bool{"CN": true, "TW": true, "KP": true, "KR": true, "SG": true, "VN": true}

func parseRole(s, line string) bearerRole {
	word, years, ok := strings.Cut(s, ":")
	from, to, ok2 := strings.Cut(years, "-")
	r := bearerRole{word: strings.ToLower(word)}
	var err error
	if r.from, err = strconv.Atoi(from); !ok || !ok2 || err != nil {
		panic("extract: bad role " + s + " in data/people.tsv: " + line)
	}
	if to != "" {
		if r.to, err = strconv.Atoi(to); err != nil {
			panic("extract: bad role " + s + " in data/people.tsv: " + line)
		}
	}
	return r
}

func (r bearerRole) during(year int, former bool) bool {
	if year == 0 {
		return true
	}
	if former {
		return year >= r.from
	}
	return year >= r.from && (r.to == 0 || year <= r.to)
}

// canonName splits a name into canonical folded given names and surname:
// folded, particles dropped, transliteration variants made one.
func canonName(name string) (given []string, sur string) {
	given, sur = splitName(name)
	return canonGivens(given), canonSurname(sur)
}

// canonGiven maps a folded given name to one spelling of its
// transliterations and written variants.
func canonGiven(g string) string {
	if c, ok := givenVariants[g]; ok {
		return c
	}
	return g
}

// canonSurname drops an Arabic article ("al-Assad" is "Assad") and maps
// spelling variants of a surname to one.
func canonSurname(s string) string {
	s = stripArticle(s)
	if c, ok := surnameVariants[s]; ok {
		return c
	}
	return s
}

// stripArticle returns a folded surname without the Arabic article
// written onto it with a hyphen ("al-maliki" is "maliki").
func stripArticle(s string) string {
	for _, p := range []string{"al-", "el-", "ad-", "as-", "ash-"} {
		if len(s) > len(p)+2 && strings.HasPrefix(s, p) {
			return s[len(p):]
		}
	}
	return s
}

var givenVariants = variants(
	"sergey sergei serguei sergej",
	"dmitry dmitri dmitriy dimitry dmitrii dimitri",
	"alexander aleksandr alexandr aleksander",
	"nikolay nikolai",
	"andrey andrei",
	"alexey alexei aleksey aleksei",
	"yuri yury yuriy iouri",
	"yevgeny evgeny yevgeniy evgeniy evgueni",
	"anatoly anatoliy",
	"georgy georgiy",
	"grigory grigoriy",
	"valery valeriy",
	"vitaly vitaliy",
	"arkady arkadiy",
	"gennady gennadiy",
	"muhammad mohammed mohammad muhammed mohamed mohamad muhammet",
	"ahmed ahmad",
	"hussein husain hussain husayn",
	"osama usama",
	"muammar moammar muamar moamar",
	"yusuf yousef youssef yusef yousuf",
	"khalid khaled",
	"mahmoud mahmud mahmood",
	"mustafa mustapha",
	"hassan hasan",
	"rafik rafiq",
	"zulfikar zulfiqar",
	"masoud massoud masud",
	"shahbaz shehbaz",
)

var surnameVariants = variants(
	"qadhafi qaddafi gaddafi gadhafi kadhafi qadafi gadaffi",
	"assad asad",
	"jumblatt junblatt jumblat",
	"mubarak mobarak",
	"aliyev aliyeva",
)

// variants maps every word of each group to the group's first word.
func variants(groups ...string) map[string]string {
	m := map[string]string{}
	for _, g := range groups {
		f := strings.Fields(g)
		for _, w := range f {
			m[w] = f[0]
		}
	}
	return m
}

// identify returns the person of data/people.tsv that a name denotes, or
// nil: given names and surname as canonName gives them, the words written
// before the name (titles, honorifics: "president", "mrs") and the year of
// the cable (0 when unknown), the country the cable gives the person
// ("" when none), and whether the cable is from or names a country (nil:
// no matter). A bare surname means its usual bearer only in a cable that
// names the bearer's country (or a US bearer, whom US cables name
// everywhere).
func identify(given []string, sur string, words []string, year int, country string, named func(code string) bool) *bearer {
	idx := people()
	if b := idx.byFull[strings.Join(append(append([]string(nil), given...), sur), " ")]; b != nil {
		return b
	}
	cands := idx.bySur[sur]
	if country != "" {
		// "Dagestani President Aliyev" is not the Azerbaijani one.
		var same []*bearer
		for _, b := range cands {
			if b.country == country {
				same = append(same, b)
			}
		}
		cands = same
	}
	if len(cands) == 0 {
		return nil
	}
	if len(given) > 0 {
		var fit []*bearer
		for _, b := range cands {
			for _, g := range b.given {
				if givenFits(g, given) {
					fit = append(fit, b)
					break
				}
			}
		}
		if len(fit) == 1 {
			return fit[0]
		}
		if len(fit) == 0 {
			return nil
		}
		cands = fit
	}
	former := false
	var titled bool
	for _, w := range words {
		if w == "former" || w == "ex" {
			former = true
		}
	}
	// The title said decides first: the person whose roles at that date
	// match most of the words ("Minister Mentor Lee" is Lee Kuan Yew, not
	// Prime Minister Lee Hsien Loong).
	var byRole *bearer
	n, most := 0, 0
	for _, b := range cands {
		score, last := 0, ""
		for _, r := range b.roles {
			if r.word != "*" && hasWord(words, r.word) {
				titled = true
				if r.during(year, former) && r.word != last {
					score++
					last = r.word
				}
			}
		}
		switch {
		case score > most:
			byRole, n, most = b, 1, score
		case score == most && score > 0:
			n++
		}
	}
	if n == 1 {
		return byRole
	}
	// "Ambassador Rice" in 2005: a title one of them held, but not then.
	// A title none of them ever held ("leaders Erdogan") says nothing.
	if n > 1 || titled || len(given) > 0 && len(cands) > 1 {
		return nil
	}
	var def *bearer
	for _, b := range cands {
		if b.country != "US" && named != nil && !named(b.country) && !unmistakableSurname(sur, b.country) {
			// "Gul" in a cable that names no Turkey is not Abdullah Gul;
			// but "Putin" is Putin wherever he is named.
			continue
		}
		for _, r := range b.roles {
			if r.word == "*" && r.during(year, false) {
				if def != nil && def != b {
					return nil
				}
				def = b
			}
		}
	}
	return def
}

// titled reports whether words (as preWords gives them) hold a title
// or honorific of one of b's roles, in any year: "Secretary Clinton",
// "Mrs. Sarkozy", but not "Former journalist Silva".
func (b *bearer) titled(words []string) bool {
	for _, r := range b.roles {
		if r.word != "*" && hasWord(words, r.word) {
			return true
		}
	}
	return false
}

// fits reports whether the given names written fit one of b's spellings.
func (b *bearer) fits(given []string) bool {
	for _, g := range b.given {
		if givenFits(g, given) {
			return true
		}
	}
	return false
}

// givenFits: the given names written (b) fit a spelling's given names (a):
// the first ones agree (as names or initials), or one of them is among the
// other's ("Ali Zulfikar" and "Zulfikar Ali").
func givenFits(a, b []string) bool {
	if len(a) == 0 {
		return false
	}
	if compatibleGiven(a, b) {
		return true
	}
	for _, x := range b {
		if len(x) > 1 {
			for _, y := range a {
				if x == y {
					return true
				}
			}
		}
	}
	return false
}

// hasWord reports whether words hold w, or its plural ("Presidents
// Mubarak and Sadat").
func hasWord(words []string, w string) bool {
	for _, x := range words {
		if x == w || x == w+"s" {
			return true
		}
	}
	return false
}

// personKey is the key of person pi, who is the known person b (nil for
// none; see identity): the lexicon's for a known person; the
// name's, with given names and surname in their canonical spelling, for
// anyone named with a given name; for a bare surname, the one person of
// data/known_people.txt who bears it, or else the surname scoped to this
// cable, so that two people who share a surname never share a node.
func (d *doc) personKey(pi int, b *bearer) string {
	if b != nil {
		return b.key
	}
	p := &d.people[pi]
	if len(p.given) == 0 {
		// A relative named by surname alone ("Mrs. Skelton") is not the
		// person the lists know by it: the key stays with the cable.
		if full := knownBySurname(p.sur); full != "" && !d.kinOnly(pi) {
			return "person:" + canonSlug(full)
		}
		// The one leader of data/leaders.tsv who bears the surname, if
		// the cable names the leader's country ("Gilani" in a Pakistan
		// cable; any cable for a US leader).
		if ls := leaders()[p.sur]; len(ls) == 1 && !ls[0].full && (ls[0].country == "US" || d.namesCountry(ls[0].country)) &&
			(p.country == "" || p.country == ls[0].country) && !d.kinOnly(pi) {
			return "person:" + canonSlug(ls[0].name)
		}
		if d.c.ID != "" {
			return "person:" + canonSlug(p.name) + "~" + strings.ToLower(d.c.ID)
		}
	}
	return "person:" + canonSlug(p.name)
}

// canonSlug is the slug of a name with its words in their canonical
// spelling: "Sergei Ivanov" and "Sergey Ivanov" give sergey-ivanov.
func canonSlug(name string) string {
	f := strings.Fields(name)
	for i, w := range f {
		folded := foldName(w)
		if i == len(f)-1 {
			f[i] = canonSurname(folded)
		} else if !isParticle(w) {
			f[i] = canonGiven(folded)
		}
	}
	return slug(strings.Join(f, " "))
}
