package extract

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/cablegraph/cablegraph/extract/lexicon"
)

// person is one individual of a cable: all the mentions that name (or, by
// role, stand for) the same person.
type person struct {
	name    string   // the fullest form of the name
	given   []string // folded given names and initials of name
	sur     string   // folded surname
	forms   []string // every form written, fullest first once built
	titles  []string
	country string
	ments   []int // indexes in doc.ments
	us      bool  // signed or classified the cable: a US official
	// pre holds the lower-case words written before the name in its
	// mentions: titles and honorifics ("president", "mrs"), which tell
	// namesakes apart (see identify).
	pre []string
	// kin: a family word introduced the person ("his wife, Cecelia
	// Sarkozy"), of a woman for kinFemale (see kin.go).
	kin kin
}

// splitName splits "Josiah Rosenblatt" into folded given names and
// surname. A particle stays with the surname it precedes.
func splitName(name string) (given []string, sur string) {
	f := strings.Fields(name)
	if len(f) == 0 {
		return nil, ""
	}
	// "Lincoln P. Bloomfield Jr.": the generation is no part of the
	// surname, which "A/S Bloomfield" must find.
	if len(f) > 1 && generations.hasLower(strings.ToLower(strings.TrimSuffix(f[len(f)-1], "."))) {
		f = f[:len(f)-1]
	}
	sur = foldName(f[len(f)-1])
	for _, w := range f[:len(f)-1] {
		if isParticle(w) {
			continue
		}
		given = append(given, foldName(strings.TrimSuffix(w, ".")))
	}
	return given, sur
}

// sameNames reports whether a and b hold the same names, in any order.
func sameNames(a, b []string) bool {
	x, y := slices.Clone(a), slices.Clone(b)
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(x, y)
}

// generations are the suffixes of a name that tell a father from his son.
var generations = set("jr", "sr", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")

// foldName lower-cases a name and strips accents and apostrophes, so that
// written variants compare equal.
func foldName(s string) string {
	if strings.ContainsAny(s, "'’.") {
		s = nameMarks.Replace(s)
	}
	return fold(s)
}

var nameMarks = strings.NewReplacer("’", "", "'", "", ".", "")

// compatibleGiven: the given names of two forms of one name do not
// conflict: one has none, or the first ones agree (as names or initials).
func compatibleGiven(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	if ja, jb := strings.Join(a, ""), strings.Join(b, ""); len(a) != len(b) && ja == jb || particleGlued(ja, jb) || particleGlued(jb, ja) {
		return true // "Abubakr al-Qirbi" and "Abu Bakr al-Qirbi"
	}
	x, y := a[0], b[0]
	if x == y {
		// "Khalid Bin Ahmed Al-Khalifa" is not "Khalid Bin Ali Bin
		// Abdulla Al-Khalifa": two second given names that differ, unless
		// the shorter's names are all in the longer ("Jose Garcia
		// Belaunde", "Jose Antonio Garcia Belaunde").
		if len(a) >= 2 && len(b) >= 2 && a[1] != b[1] && len(a[1]) > 1 && len(b[1]) > 1 {
			short, long := a, b
			if len(short) > len(long) {
				short, long = long, short
			}
			for _, g := range short[1:] {
				if !slices.Contains(long, g) {
					return false
				}
			}
		}
		return true
	}
	// "Boyden Gray" for "C. Boyden Gray": the shorter one's full names
	// all in the longer one, which only adds an initial before them.
	if len(a) != len(b) {
		short, long := a, b
		if len(short) > len(long) {
			short, long = long, short
		}
		if len(short[0]) > 1 && len(long[0]) == 1 && slices.Equal(short, long[len(long)-len(short):]) {
			return true
		}
	}
	if len(x) == 1 || len(y) == 1 {
		return x[0] == y[0]
	}
	// "Valls Noyes" against "Julieta Valls Noyes": the shorter one's
	// names all inside the longer one's (not "Daij bin Salman" against
	// "Salman bin Hamad", who share a father's name).
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == len(b) {
		// "Ali Asif Zardari" for "Asif Ali Zardari": the same two or
		// more given names in another order.
		return len(a) >= 2 && sameNames(a, b)
	}
	for _, g := range a {
		if !slices.Contains(b, g) {
			return false
		}
	}
	return true
}

// particleGlued reports whether given name a is b with an Arabic particle
// glued before it ("abubakr" and "bakr", of "Abu Bakr", whose "Abu"
// splitName drops as a particle).
func particleGlued(a, b string) bool {
	if len(b) < 3 || len(a) <= len(b) || !strings.HasSuffix(a, b) {
		return false
	}
	switch a[:len(a)-len(b)] {
	case "abu", "abd", "abdel", "abdul", "bin", "ibn":
		return true // Arabic only: not "Vanessa" and "Essa", "Albert" and "Bert"
	}
	return false
}

// editDistance1 reports whether a and b differ by at most one insertion,
// deletion or substitution (Polikovskaya, Politkovskaya).
func editDistance1(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if i == len(a) {
		return true
	}
	if len(a) == len(b) {
		// One substitution, or two neighbours swapped (Julliard, Juillard).
		return a[i+1:] == b[i+1:] || i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	}
	return a[i:] == b[i+1:]
}

// findPerson returns the person a name form refers to, or -1. Among
// several candidates it takes the one mentioned last.
//
// It looks people up in the indexes of nameIndex rather than scan them
// all: a long cable names people all along, and a scan per mention made
// extraction grow with the square of the cable's size.
//
// A bare surname (no given names) prefers the kind of person want says
// (kinWanted): "Sarkozy" is not the "Cecelia Sarkozy" a family word
// introduced when the cable names another Sarkozy, "Mme. Sarkozy" is.
// When no one fits that, it takes whoever bears the surname, as before
// ("Mutassim" after "his younger brother Mutassim"), unless strict: a
// honorific joined to another ("Ambassador and Mrs. Randt") makes it a
// relative whom no one else of the cable can be.
func (d *doc) findPerson(given []string, sur string, fuzzy bool, want kin, strict bool) int {
	best, any := -1, -1
	cands := d.withSur(sur)
	if d.ownSurname(cands, sur, given) {
		// A bare "Garcia" is President Alan Garcia, not the Foreign
		// Minister Garcia Belaunde filed under it too (paternalSurname).
		cands = slices.DeleteFunc(slices.Clone(cands), func(i int) bool { return surKey(d.people[i].sur) != surKey(sur) })
	}
	for _, i := range cands {
		if compatibleGiven(d.people[i].given, given) {
			any = max(any, i)
			if len(given) > 0 || d.kinFits(i, want) {
				best = max(best, i)
			}
		}
	}
	if best < 0 && !strict && !d.otherRelative(any, given, want) {
		best = any
	}
	if best >= 0 || strict {
		return best
	}
	if len(given) == 0 {
		// A family name written first: "Jiang" is the "Jiang Yu" named
		// before, as Chinese, Korean and Hungarian names are written. A
		// word that is also a given name ("Wen", "Li") is taken so only
		// when the person is of a country that writes the family name
		// first: "John" alone is not the "John Smith" named before.
		first := -1
		for _, i := range d.byGiven[sur] {
			if p := &d.people[i]; len(p.given) == 1 && p.given[0] == sur && (first < 0 || i < first) &&
				(!isGivenName(sur) || d.familyFirst(i)) {
				first = i
			}
		}
		if first >= 0 {
			return first
		}
	}
	if !fuzzy || len(sur) < 6 {
		return best
	}
	// oneDeleted's keys, each built on the stack: this runs for every
	// name that matched no one exactly, and only indexing (newPerson)
	// needs them as strings.
	var buf [64]byte
	for j := 0; j <= len(sur); j++ {
		var ids []int
		switch {
		case j == 0:
			ids = d.byDeletion[sur]
		case len(sur) <= len(buf):
			ids = d.byDeletion[string(append(append(buf[:0], sur[:j-1]...), sur[j:]...))]
		default:
			ids = d.byDeletion[sur[:j-1]+sur[j:]]
		}
		for _, i := range ids {
			if p := &d.people[i]; p.sur[0] == sur[0] && editDistance1(p.sur, sur) && compatibleGiven(p.given, given) {
				any = max(any, i)
				if len(given) > 0 || d.kinFits(i, want) {
					best = max(best, i)
				}
			}
		}
	}
	if best < 0 && !strict && !d.otherRelative(any, given, want) {
		best = any
	}
	return best
}

// otherRelative reports whether person pi, whom a bare surname that asks
// for no relative would take for want of another, is a relative named in
// full: in "Kirchner's inner circle are his wife Cristina Fernandez de
// Kirchner" the surname is the husband the family word speaks of. A
// relative named by one word keeps it ("Mutassim" after "his younger
// brother Mutassim").
func (d *doc) otherRelative(pi int, given []string, want kin) bool {
	return pi >= 0 && len(given) == 0 && want == kinNone && d.kinOnly(pi) && len(d.people[pi].given) > 0
}

// nameIndex finds people by name without scanning them all. A person's
// surname never changes, but a person is filed under every surname its
// forms bear (surKey, paternalSurname: "Rivera" for "Rodrigo Rivera
// Salazar"), so a list of bySur may hold people of another surname;
// ownSurname and secondSurname tell them apart. Its given names may
// change, as fuller forms come (attach), and each change adds it to
// byGiven again: a list there may hold people whose first given name is
// no longer its key, so readers check it.
type nameIndex struct {
	bySur   map[string][]int // folded surname -> people, in order
	byGiven map[string][]int // first given name -> people who have or had it
	// byDeletion holds the surnames of 6 letters or more for the fuzzy
	// match, under each of oneDeleted's keys: two surnames one edit apart
	// share a key.
	byDeletion map[string][]int
}

func (x *nameIndex) reset() {
	clear(x.bySur)
	clear(x.byDeletion)
	clear(x.byGiven)
}

// oneDeleted returns s and s without each of its bytes in turn. Whatever
// one substitution, insertion, deletion or swap of neighbours turns s
// into, some key of the one is a key of the other (Politkovskaya and
// Polikovskaya both give Polikovskaya).
func oneDeleted(s string) []string {
	keys := make([]string, 0, len(s)+1)
	keys = append(keys, s)
	for i := range len(s) {
		keys = append(keys, s[:i]+s[i+1:])
	}
	return keys
}

// newPerson adds a person and indexes it.
func (d *doc) newPerson(p person) int {
	if d.bySur == nil {
		d.bySur, d.byDeletion, d.byGiven = map[string][]int{}, map[string][]int{}, map[string][]int{}
	}
	pi := len(d.people)
	d.people = append(d.people, p)
	d.fileSurnames(pi, p.given, p.sur)
	if len(p.sur) >= 6 {
		for _, k := range oneDeleted(p.sur) {
			d.byDeletion[k] = append(d.byDeletion[k], pi)
		}
	}
	d.indexGiven(pi)
	return pi
}

func (d *doc) indexGiven(pi int) {
	if g := d.people[pi].given; len(g) > 0 {
		d.byGiven[g[0]] = append(d.byGiven[g[0]], pi)
	}
}

// surKey is the key under which nameIndex files a folded surname: without
// an Arabic article written onto it, since a cable writes "Walid
// al-Muallim" and then "Muallim".
func surKey(sur string) string { return stripArticle(sur) }

// withSur is the people filed under surname sur, in order.
func (d *doc) withSur(sur string) []int { return d.bySur[surKey(sur)] }

// fileSur files person pi under surname sur, once.
func (d *doc) fileSur(pi int, sur string) {
	// Kept in order, as a scan of d.people: lastWithSur and bearerPerson
	// read the lists so, and attach files an earlier person under a new
	// form. A fresh array, so that a loop over the old list reads on.
	k := surKey(sur)
	l := d.bySur[k]
	if j, ok := slices.BinarySearch(l, pi); !ok {
		d.bySur[k] = slices.Insert(slices.Clip(l), j, pi)
	}
}

// fileSurnames files person pi under the surname of a form of its name
// (given names and surname) and, for two surnames, the first of them
// (paternalSurname).
func (d *doc) fileSurnames(pi int, given []string, sur string) {
	d.fileSur(pi, sur)
	if alt := paternalSurname(given, sur); alt != "" {
		d.fileSur(pi, alt)
	}
}

// ownSurname reports whether one of the people cands, whose given names
// fit, bears sur as the last word of the name, and others filed under it
// bear another surname.
func (d *doc) ownSurname(cands []int, sur string, given []string) bool {
	mixed, own := false, false
	for _, i := range cands {
		if p := &d.people[i]; surKey(p.sur) == surKey(sur) {
			own = own || compatibleGiven(p.given, given)
		} else {
			mixed = true
		}
	}
	return mixed && own
}

// otherTitle reports whether mention m and person pi have titles of
// known roles (roleOf), and none of the same: "President" is not "Foreign
// Minister", while "FonMin", of no role the table knows, may be.
func (d *doc) otherTitle(pi int, m *pmention) bool {
	p := &d.people[pi]
	if m.title == "" || len(p.titles) == 0 || slices.Contains(p.titles, m.title) {
		return false
	}
	r := roleOf(m.title)
	return r != "" && !slices.ContainsFunc(p.titles, func(t string) bool { tr := roleOf(t); return tr == "" || tr == r })
}

// secondSurname reports whether person pi bears sur only as the first of
// two surnames (paternalSurname), not as the last word of the name.
func (d *doc) secondSurname(pi int, sur string) bool {
	p := &d.people[pi]
	return surKey(p.sur) != surKey(sur) && paternalSurname(p.given, p.sur) == surKey(sur)
}

// paternalSurname returns the first of two surnames, as Spanish and
// Portuguese names write them ("Rodrigo Rivera Salazar", whom the cable
// goes on to call "Rivera" or "Rodrigo Rivera"): the last of two or more
// given names, when it is no given name itself; or "".
//
// The last word must look like a surname: "Jose Dirceu Reflects", a
// headline, and "Ronald Spogli f", a line run on, are not named Dirceu
// and Spogli by a second surname.
func paternalSurname(given []string, sur string) string {
	if len(given) < 2 || len(sur) < 3 || isCommonWord(sur) || strings.IndexFunc(sur, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) >= 0 {
		return ""
	}
	g := given[len(given)-1]
	if len(g) < 3 || isGivenName(g) {
		return ""
	}
	return g
}

// lastWithGiven is the last person whose first given name is g, or -1.
func (d *doc) lastWithGiven(g string) int {
	last := -1
	for _, i := range d.byGiven[g] {
		if p := &d.people[i]; len(p.given) > 0 && p.given[0] == g {
			last = max(last, i)
		}
	}
	return last
}

// lastWithSur is the last person of surname sur, or -1.
func (d *doc) lastWithSur(sur string) int {
	if l := d.withSur(sur); len(l) > 0 {
		return l[len(l)-1]
	}
	return -1
}

// addPerson attaches mention mi to the person it names, creating one.
func (d *doc) addPerson(mi int, create bool) bool {
	m := &d.ments[mi]
	given, sur := splitName(m.name)
	if sur == "" {
		return false
	}
	if len(given) == 0 && d.familyPlural(mi, sur) {
		return false
	}
	want, strict := kinNone, false
	if len(given) == 0 {
		want, strict = d.kinWanted(mi)
	}
	pi := d.findPerson(given, sur, true, want, strict)
	if pi >= 0 && len(given) == 0 && m.title != "" {
		if j := d.titleHolder(sur, m.title, pi); j >= 0 {
			pi = j
		}
	}
	if alt := paternalSurname(given, sur); pi < 0 && alt != "" {
		// "Rodrigo Rivera Salazar" after "Rodrigo Rivera" or "Rivera".
		pi = d.findPerson(given[:len(given)-1], alt, false, want, strict)
		if pi >= 0 && d.otherTitle(pi, m) {
			pi = -1
		}
	}
	if pi >= 0 && len(given) == 0 && d.secondSurname(pi, sur) &&
		(d.usualBearer(m.name) || d.otherTitle(pi, m)) {
		// "President Garcia" in a cable on Peru is Alan Garcia, not
		// "Foreign Minister Jose Garcia Belaunde"; nor is a bare name
		// that, alone, names a public figure of the cable's year.
		pi = -1
	}
	other := false // a known person other than the one found
	if pi >= 0 {
		pi, other = d.sameIdentity(pi, mi, given, sur)
	}
	if pi < 0 {
		if !create && !other {
			return false
		}
		pi = d.newPerson(person{name: m.name, given: given, sur: sur})
	}
	d.attach(pi, mi)
	return true
}

// titleHolder is the person of surname sur who holds title, when the
// person pi a bare "President Arias" would otherwise be (the last of that
// surname) holds no such title: in a cable that names President Oscar
// Arias and then his brother Rodrigo, "President Arias" is still Oscar.
// Else -1.
func (d *doc) titleHolder(sur, title string, pi int) int {
	r := roleOf(title)
	holds := func(j int) bool {
		return slices.ContainsFunc(d.people[j].titles, func(t string) bool {
			return strings.EqualFold(t, title) || r != "" && roleOf(t) == r
		})
	}
	if holds(pi) {
		return -1
	}
	best := -1
	for _, j := range d.withSur(sur) {
		if j != pi && surKey(d.people[j].sur) == surKey(sur) && holds(j) {
			best = max(best, j)
		}
	}
	return best
}

func (d *doc) attach(pi, mi int) {
	p := &d.people[pi]
	m := &d.ments[mi]
	m.person = pi
	p.ments = append(p.ments, mi)
	if m.name != "" {
		given, sur := splitName(m.name)
		if len(given) > len(p.given) || allCapsWord(p.name) && !allCapsWord(m.name) {
			p.name, p.given = m.name, given
			d.indexGiven(pi)
		}
		// A form of another surname (a spelling one letter off, the
		// full form of a double surname) finds the person too.
		if len(given) > 0 {
			d.fileSurnames(pi, given, sur)
		}
		addForm(&p.forms, m.name)
	}
	if m.title != "" {
		addTitle(&p.titles, m.title)
	}
	if m.rank != "" {
		addExact(&p.titles, m.rank)
	}
	if m.appTitle != "" {
		// A second title, not another form of the first: "Foreign
		// Minister Mottaki (former Deputy Foreign Minister)" keeps both.
		addExact(&p.titles, m.appTitle)
	}
	if m.name != "" {
		for _, w := range d.preWords(m) {
			if w != "" && !slices.Contains(p.pre, w) {
				p.pre = append(p.pre, w)
			}
		}
	}
	if p.country == "" && m.country != "" {
		p.country = m.country
	}
	if m.kin > p.kin {
		p.kin = m.kin
	}
}

// sameIdentity checks the person pi that findPerson chose for mention mi
// against data/people.tsv: "Cecilia Sarkozy" is not the "President
// Sarkozy" named before her, and a bare "Sarkozy" after both is the
// President. It returns the person the mention belongs to, or -1 and
// true when it names a known person not yet in the cable.
func (d *doc) sameIdentity(pi, mi int, given []string, sur string) (int, bool) {
	m := &d.ments[mi]
	canon := canonGivens(given)
	mine := identify(canon, canonSurname(sur), d.preWords(m), d.year(), m.country, d.namesCountry)
	theirs := d.identity(pi)
	if m.office && mine != nil && theirs == nil && len(d.people[pi].titles) > 0 {
		// "The Clinton Administration" is not the Secretary Clinton of
		// 2007, whom the table does not know.
		return d.bearerPerson(mine, pi, given, sur), true
	}
	if mine == nil && theirs != nil && len(given) > 0 && !theirs.fits(canon) {
		return -1, true // "Pierre Sarkozy" is not the President
	}
	if mine != nil && theirs == nil && len(d.people[pi].given) > 0 && !mine.fits(canonGivens(d.people[pi].given)) {
		if len(given) == 0 && !mine.titled(d.preWords(m)) && !d.kinOnly(pi) {
			// A bare "Aliyev" after "Mukhu Aliyev" in the same cable is
			// him: the usual bearer of a surname is for cables that name
			// no other. So is a surname with words none of the usual
			// bearer's titles: "Former journalist Silva" after "Carlos
			// Eduardo Lins da Silva" is not President Lula da Silva.
			return pi, false
		}
		return -1, true // "Prime Minister Singh" is not Digvijay Singh
	}
	if mine == theirs || mine == nil {
		return pi, false
	}
	if j := d.bearerPerson(mine, pi, given, sur); j >= 0 {
		return j, false
	}
	if theirs != nil {
		return -1, true
	}
	return pi, false
}

// bearerPerson is the first person of the cable but pi whom given names
// and surname fit and who is the known person b, or -1.
func (d *doc) bearerPerson(b *bearer, pi int, given []string, sur string) int {
	for _, j := range d.withSur(sur) { // in order, as a scan of d.people
		if p := &d.people[j]; j != pi && compatibleGiven(p.given, given) && d.identity(j) == b {
			return j
		}
	}
	return -1
}

// preWords are the lower-case words written before the name of mention m,
// its title and honorific ("president", "mrs"), without their dots.
func (d *doc) preWords(m *pmention) []string {
	if m.office {
		return d.officeTitle(m)
	}
	var words []string
	for k := m.lo; k < m.nlo; k++ {
		words = append(words, strings.ToLower(strings.Trim(d.toks[k].text, ".")))
	}
	return words
}

// identity is the person of data/people.tsv that person pi is, or nil.
func (d *doc) identity(pi int) *bearer {
	p := &d.people[pi]
	return identify(canonGivens(p.given), canonSurname(p.sur), p.pre, d.year(), p.country, d.namesCountry)
}

// familyFirst reports whether person pi is of a country whose names put
// the family name first, by the country the cable gives or the table of
// known people.
func (d *doc) familyFirst(pi int) bool {
	if familyFirst[d.people[pi].country] {
		return true
	}
	b := d.identity(pi)
	return b != nil && familyFirst[b.country]
}

func canonGivens(given []string) []string {
	out := make([]string, len(given))
	for i, g := range given {
		out[i] = canonGiven(g)
	}
	return out
}

// namesCountry reports whether the cable is from the country of ISO code
// code or names it (as a country or by its people: "Turkish").
func (d *doc) namesCountry(code string) bool {
	if d.countriesNamed == nil {
		d.countriesNamed = map[string]bool{d.host: true}
		for i := range d.ann {
			if a := &d.ann[i]; (a.kind == annCountry || a.kind == annDemonym) && a.code != "" {
				d.countriesNamed[a.code] = true
			}
		}
	}
	return d.countriesNamed[code]
}

// year is the cable's year, or 0.
func (d *doc) year() int {
	if d.c.Date.IsZero() {
		return 0
	}
	return d.c.Date.Year()
}

func allCapsWord(s string) bool { return s != "" && strings.ToUpper(s) == s }

func addForm(forms *[]string, s string) {
	if !slices.Contains(*forms, s) {
		*forms = append(*forms, s)
	}
}

// addTitle keeps one copy of a title, the longest of those that contain
// one another ("Foreign Minister" and "FM" both stay; "Minister" inside
// "Foreign Minister" does not).
func addTitle(titles *[]string, t string) {
	lt := strings.ToLower(t)
	for i, x := range *titles {
		lx := strings.ToLower(x)
		if strings.Contains(lx, lt) && !otherPost(lx, lt) {
			return
		}
		if strings.Contains(lt, lx) && !otherPost(lt, lx) {
			(*titles)[i] = t
			return
		}
	}
	*titles = append(*titles, t)
}

// otherPost reports whether the lower-case title long, which holds the
// lower-case title short, names another post or another time: its extra
// words change the rank or the tense ("former Deputy Foreign Minister"
// beside "Foreign Minister"), where "Russian Foreign Minister" beside
// "Minister" only says more of the same post.
func otherPost(long, short string) bool {
	i := strings.Index(long, short)
	for w := range strings.FieldsSeq(long[:i] + " " + long[i+len(short):]) {
		if postChangers[strings.Trim(w, "-")] {
			return true
		}
	}
	return false
}

// postChangers are the words that, added to a title, make it another
// post or another time.
var postChangers = set("former", "deputy", "vice", "assistant", "acting", "under", "then", "ex", "interim", "associate", "designate", "elect", "outgoing", "incoming", "future", "next", "previous", "late")

// resolvePeople turns mentions into people: named mentions with a cue
// first, in text order, then bare surnames that match one of them, then
// the roles ("the Ambassador") that a named person holds.
func (d *doc) resolvePeople() {
	// A word an apposition called an organisation is one everywhere in
	// the cable, unless a title or given name makes a mention a person.
	d.checkCtx()
	for i := range d.ments {
		if m := &d.ments[i]; m.name != "" && m.title == "" && !strings.Contains(m.name, " ") && slices.Contains(d.orgNames, foldName(m.name)) {
			m.name, m.strong = "", false
		}
	}
	d.checkCtx()
	for i := range d.ments {
		if m := &d.ments[i]; m.name != "" && m.strong && m.person < 0 {
			d.addPerson(i, true)
		}
	}
	// A bare name with no cue of its own is a person when other evidence
	// says so: the cable's person TAGS, the list of people often named in
	// cables, or a list it shares with named people ("Mousavi, Karrubi
	// and Khatami", "Prime Ministers Reinfeldt and Putin").
	d.tagged = taggedSurnames(d.c, d.tagged[:0])
	d.checkCtx()
	for i, n := 0, len(d.ments); i < n; i++ {
		d.splitHyphenPair(i)
	}
	d.checkCtx()
	for i := range d.ments {
		m := &d.ments[i]
		if m.name == "" || m.strong || m.person >= 0 {
			continue
		}
		_, sur := splitName(m.name)
		if m.cityWord {
			continue
		}
		if d.knownBare(m.name, sur) {
			m.strong = true
			d.addPerson(i, true)
		}
	}
	d.checkCtx()
	for i := range d.ments {
		if d.ments[i].cityWord {
			d.placedTowns() // once, and only for a cable with such words
			break
		}
	}
	for i := range d.ments {
		if m := &d.ments[i]; m.name != "" && !m.strong && m.person < 0 && (!m.cityWord || d.fullNameOf(m.name) && !slices.Contains(d.placed, strings.ToLower(m.name))) {
			d.addPerson(i, false) // a surname of someone named in full
		}
	}
	for changed := true; changed; {
		changed = false
		d.checkCtx()
		for i := range d.ments {
			if m := &d.ments[i]; m.name != "" && !m.strong && m.person < 0 && !m.placePrep && !m.cityWord && d.coordinated(i) {
				m.strong = true
				d.addPerson(i, true)
				changed = true
			}
		}
	}
	d.checkCtx()
	for i := range d.ments {
		if m := &d.ments[i]; m.name != "" && !m.strong && m.person < 0 && !m.cityWord {
			d.addPerson(i, d.x.LooseNames && !m.placePrep)
		}
	}
}

// splitHyphenPair makes two people of a word that joins two surnames
// with a hyphen, as headings and attributive phrases write a meeting or a
// relationship: "Lavrov-Lieberman", "A friendly Zardari-Karzai
// relationship", "Erdogan-Akdag Disagreement". Both halves must be
// surnames of people: known ones (data/people.tsv, the list of people
// often named in cables, the cable's TAGS) or people the cable names with
// a cue. A double-barrelled surname of one person ("Ould-Abdallah",
// "Bandaranaike-Kumaratunga") rarely has two such halves; "Jean-Louis" is
// no surname pair, nor are initialisms ("US-EU") and short particles.
func (d *doc) splitHyphenPair(mi int) {
	m := &d.ments[mi]
	if m.name == "" || m.person >= 0 || m.title != "" || m.kin != kinNone || m.nhi != m.nlo+1 || m.cityWord {
		return
	}
	t := &d.toks[m.nlo]
	h := strings.IndexByte(t.text, '-')
	if h < 3 || len(t.text)-h-1 < 3 || strings.IndexByte(t.text[h+1:], '-') >= 0 || t.allCaps {
		return
	}
	parts := [2]string{t.text[:h], t.text[h+1:]}
	for _, p := range parts {
		if r := p[0]; r < 'A' || r > 'Z' || allCapsWord(p) || !d.surnameOfPerson(p) {
			return
		}
	}
	second := *m
	m.name, m.strong = parts[0], true
	m.text = [2]int{t.start, t.start + h}
	second.name, second.strong = parts[1], true
	second.text = [2]int{t.start + h + 1, t.end}
	d.ments = append(d.ments, second)
	d.addPerson(mi, true)
	d.addPerson(len(d.ments)-1, true)
}

// surnameOfPerson reports whether the word w is the surname of a person
// the cable names with a cue, or a bare name knownBare takes for a person.
func (d *doc) surnameOfPerson(w string) bool {
	sur := foldName(w)
	return len(d.withSur(sur)) > 0 || d.knownBare(w, sur)
}

// knownBare reports whether name, written with no cue of its own (sur its
// folded surname), names a person by other evidence: the cable's person
// TAGS, the list of people often named in cables, a spelling of a person
// of data/people.tsv, or the usual name of a public figure of the cable's
// year.
func (d *doc) knownBare(name, sur string) bool {
	return slices.Contains(d.tagged, sur) || isKnownPerson(name) || listedSpelling(name) || d.usualBearer(name)
}

// listedSpelling reports whether name, of two words or more, is one of
// the spellings data/people.tsv gives a person: "Moqtada al-Sadr", whose
// given name no list of given names has, is Muqtada al-Sadr's.
func listedSpelling(name string) bool {
	if !strings.Contains(name, " ") {
		return false
	}
	given, sur := canonName(name)
	return people().byFull[strings.Join(append(given, sur), " ")] != nil
}

// placedTowns lists the towns' names that the cable writes after a
// preposition of place ("in Mendoza", "from Toledo"): the cable speaks of
// the town, and its bare "Mendoza" elsewhere is the town too ("Mendoza
// Food Bank", "Mendoza has problems"), whoever of that surname it names.
func (d *doc) placedTowns() {
	for si := range d.sents {
		s := &d.sents[si]
		for i := s.lo + 1; i < s.hi; i++ {
			// Not "in Gama's view": a town has no views.
			if a := &d.ann[i]; a.kind == annCity && a.amb && a.span == 1 && d.townAfterPrep(si, i) && (i+1 >= s.hi || d.toks[i+1].kind != tokPoss) {
				d.placed = append(d.placed, d.toks[i].lower)
			}
		}
	}
}

// fullNameOf reports whether a person of the cable with given names
// bears the one-word name: "Rodriguez" after "Ali Rodriguez", but not
// "Delta" after a bare "Delta" that another rule took for a person.
func (d *doc) fullNameOf(name string) bool {
	_, sur := splitName(name)
	for _, pi := range d.withSur(sur) {
		if len(d.people[pi].given) > 0 {
			return true
		}
	}
	return false
}

// foldBareSurnames gives a person known only by a bare surname, with no
// title or honorific, to the one person of the cable named in full with
// that surname: "Aliyev", taken for a person of its own by the verb after
// it ("told Aliyev"), before the weaker "Dagestan's president, Mukhu
// Aliyev" was read, is Mukhu Aliyev, not the usual bearer of the name. With
// two such people the surname stays apart.
func (d *doc) foldBareSurnames() {
	for pi := range d.people {
		p := &d.people[pi]
		if len(p.given) > 0 || len(p.pre) > 0 || len(p.titles) > 0 || len(p.ments) == 0 || p.us {
			continue
		}
		full := -1
		for _, qi := range d.withSur(p.sur) {
			if q := &d.people[qi]; qi != pi && len(q.given) > 0 && len(q.ments) > 0 && !d.kinOnly(qi) && !(d.secondSurname(qi, p.sur) && d.usualBearer(p.name)) {
				if full >= 0 {
					full = -1
					break
				}
				full = qi
			}
		}
		if full < 0 {
			continue
		}
		ments := p.ments
		p.ments = nil
		for _, mi := range ments {
			d.attach(full, mi)
		}
	}
}

// titlesWithin reports whether every one of titles, and at least one, is
// among those of another person (case aside, and an abbreviation the
// same as what it stands for: "FM" is "Foreign Minister").
func titlesWithin(titles, of []string) bool {
	if len(titles) == 0 {
		return false
	}
	for _, t := range titles {
		if !slices.ContainsFunc(of, func(o string) bool {
			return strings.EqualFold(o, t) || strings.EqualFold(expandTitle(o), expandTitle(t))
		}) {
			return false
		}
	}
	return true
}

// expandTitle is what the title abbreviation t stands for ("FM":
// "Foreign Minister"), or t.
func expandTitle(t string) string {
	if j, ok := lexicon.LookupJargon(t); ok && j.Kind == lexicon.JargonTitle && j.Expansion != "" {
		return j.Expansion
	}
	return t
}

// familyFirstSurnames are East Asian family names, written first: alone,
// one of them names a family, not a given name (foldBareGivenNames).
var familyFirstSurnames = cues("family_first_surnames")

// foldBareGivenNames makes a person named by one word that is no one's
// surname but the first given name of exactly one other person of the
// cable that person: "Gamal noted that he and his NDP colleagues ..."
// after "Gamal Mubarak, head of the NDP Policies Committee", "Cristina"
// for Cristina Fernandez de Kirchner. A word with a
// title or a form of address of its own ("King Abdullah", "President
// Chen") may be another person, and stays apart; so does a relative.
func (d *doc) foldBareGivenNames() {
	// The one person of each first given name, -1 for several; built
	// once, so the pass stays linear in the people of a long cable.
	var first map[string]int
	for pi := range d.people {
		p := &d.people[pi]
		if len(p.given) > 0 || len(p.ments) == 0 || p.us || p.kin != 0 || len(d.withSur(p.sur)) != 1 || familyFirstSurnames[p.sur] {
			continue
		}
		if knownBySurname(p.sur) != "" || d.usualBearer(p.name) {
			// A word the lists know as a surname (data/known_people.txt,
			// the usual name of a person of data/people.tsv)
			// ("Medvedev" beside a headline read as "Medvedev Orders
			// Aid") is that surname's bearer, not a given name.
			continue
		}
		if first == nil {
			first = map[string]int{}
			for qi := range d.people {
				if q := &d.people[qi]; len(q.given) > 0 && len(q.ments) > 0 {
					g := canonGiven(q.given[0])
					if _, seen := first[g]; seen || d.kinOnly(qi) {
						first[g] = -1
					} else {
						first[g] = qi
					}
				}
			}
		}
		full, ok := first[canonGiven(p.sur)]
		if !ok || full < 0 {
			continue
		}
		// A title of its own must be one the full name holds too:
		// "Secretary of State Condoleezza Rise" (a typo) is Condoleezza
		// Rice, "King Abdullah" is not Sheikh Abdullah al-Ahmar.
		if (len(p.titles) > 0 || len(p.pre) > 0) && !titlesWithin(p.titles, d.people[full].titles) {
			continue
		}
		ments := p.ments
		p.ments = nil
		for _, mi := range ments {
			d.attach(full, mi)
		}
	}
}

// usualBearer reports whether a bare surname is, in this cable's year,
// the usual name of a person of data/people.tsv ("Chavez", "Karzai" in
// 2008) whose country the cable is from or names.
func (d *doc) usualBearer(name string) bool {
	if strings.Contains(name, " ") {
		return false
	}
	return identify(nil, canonSurname(foldName(name)), nil, d.year(), "", d.namesCountry) != nil
}

// coordinated reports whether name mention mi stands in a list with a
// person named with a cue: only a comma, "and", "or" or "nor" between them.
func (d *doc) coordinated(mi int) bool {
	m := &d.ments[mi]
	// Not a title's or an organisation's word ("Telecom Minister",
	// "Strategic Products"), nor the object of a preposition.
	if m.nhi < len(d.toks) && (d.isTitleTok(m.nhi) || d.orgContext(m.nhi)) {
		return false
	}
	if s := &d.sents[m.sent]; m.nlo > s.lo && nounFrame.hasLower(d.toks[m.nlo-1].lower) {
		return false
	}
	if m.nhi-m.nlo == 1 && isCommonWord(m.name) {
		return false // "Smith and Advocacy": a list of things
	}
	for j := max(0, mi-3); j < min(len(d.ments), mi+4); j++ {
		n := &d.ments[j]
		if j == mi || n.sent != m.sent || n.name == "" || !n.strong && n.person < 0 {
			continue
		}
		switch {
		case n.hi <= m.nlo:
			if d.listGap(n.hi, m.nlo, m.nhi) {
				return true
			}
		case m.nhi <= n.lo:
			if d.listGap(m.nhi, n.lo, n.hi) {
				return true
			}
		}
	}
	return false
}

// nounFrame words before a capitalised word make it a thing, not a person.
var nounFrame = cues("noun_frame")

// listGap: the tokens [lo,hi) join two items of a list, the second of
// which ends at end. A comma alone joins them only if the list goes on
// after the second ("A, B and C"): "with Armeria Rex, Martin said" is no
// list.
func (d *doc) listGap(lo, hi, end int) bool {
	if hi-lo < 1 || hi-lo > 2 {
		return false
	}
	conj := false
	for k := lo; k < hi; k++ {
		t := &d.toks[k]
		switch {
		case t.text == ",":
		case t.text == "&" || t.is("and") || t.is("or") || t.is("nor"):
			conj = true
		default:
			return false
		}
	}
	if conj {
		return true
	}
	return end < len(d.toks) && (d.toks[end].is("and") || d.toks[end].text == "," && end+1 < len(d.toks) && d.toks[end+1].upper)
}

// resolveRoles links role mentions to the one named person who holds that
// role in the cable.
func (d *doc) resolveRoles() {
	// Who holds a role is worked out once per role, not once per mention
	// of it: a long cable says "the Ambassador" all along, and names more
	// people. Attaching a role changes no one's titles or country while
	// people are resolved; the entity lists it among the person's stated
	// titles at the end (statedTitles).
	holders := map[string]holding{}
	for i := range d.ments {
		m := &d.ments[i]
		if m.name != "" || m.role == "" || m.person >= 0 {
			continue
		}
		c := m.country
		if c == "" && m.lo > d.sents[m.sent].lo && (d.ann[m.lo-1].kind == annDemonym || d.ann[m.lo-1].kind == annCountry) {
			c = d.ann[m.lo-1].code // "the Chinese Ambassador"
		}
		if c != "" && c != "US" && (foreignChief(m.role) || officeRole(m.role)) {
			// "the Chinese Ambassador" is the one Chinese ambassador the
			// cable names ("Chinese Ambassador Guan Mu"), not the US one;
			// "the Venezuelan Foreign Minister" the Venezuelan one.
			if pi := d.foreignHolder(m.role, c); pi >= 0 {
				d.attachRole(pi, i)
			}
			continue
		}
		h, ok := holders[m.role]
		if !ok {
			h = d.roleHolder(m.role)
			if m.role == "dcm" && h.n == 0 {
				// "Classified By: Rafael P. Foley, ADCM" and "Ambassador,
				// accompanied by the Deputy Chief of Mission, met": while
				// the DCM's post is filled by an acting one, the Classified
				// By line's A/DCM is the DCM of the cable.
				if a := d.roleHolder("adcm"); a.n == 1 && d.classifies(a.cand) {
					h = a
				}
			}
			holders[m.role] = h
		}
		if h.n == 1 {
			d.attachRole(h.cand, i)
		}
	}
}

// foreignHolder is the one person of country c who holds role, or -1.
func (d *doc) foreignHolder(role, c string) int {
	found := -1
	for pi := range d.people {
		p := &d.people[pi]
		if p.country != c || len(p.ments) == 0 {
			continue
		}
		if slices.ContainsFunc(p.titles, func(t string) bool { return roleOf(t) == role }) {
			if found >= 0 {
				return -1
			}
			found = pi
		}
	}
	return found
}

// holding is who holds a role in a cable: the last person named with it
// (cand) and how many are.
type holding struct{ cand, n int }

func (d *doc) roleHolder(role string) (h holding) {
	h.cand = -1
	classifier := -1
	for pi := range d.people {
		p := &d.people[pi]
		for _, t := range p.titles {
			if roleOf(t) == role {
				if foreignChief(role) && p.country != "" && p.country != "US" || role == "ambassador" && (hostDiplomat(p.titles) || p.country == "" && foreignSurname(p.sur)) || role == "pope" && !popeOn(p.name, d.c.Date) {
					// "the Ambassador" of a US cable is the US one, not
					// "Ambassador Haqqani", whom other cables give Pakistan.
					continue
				}
				h.cand = pi
				h.n++
				if d.classifies(pi) {
					classifier = pi
				}
				break
			}
		}
	}
	if role == "poloff" || role == "econoff" {
		// A post has several political and economic officers: "Poloff"
		// is one only when the Classified By line names them by that
		// role (GOLD-FORMAT.md), not any person the text calls so.
		if classifier >= 0 {
			return holding{cand: classifier, n: 1}
		}
		return holding{cand: -1}
	}
	if h.n > 1 && classifier >= 0 && foreignChief(role) {
		// The Classified By line names the holder of the post's own role
		// ("Ambassador Ryan C. Crocker"): "the Ambassador" of the cable is
		// that one, whatever other ambassadors it names (GOLD-FORMAT.md).
		h = holding{cand: classifier, n: 1}
	}
	return h
}

// foreignSurname reports whether other cables give the bearers of folded
// surname sur a country other than the United States (and never it).
func foreignSurname(sur string) bool {
	r, ok := surnameCountries()[sur]
	return ok && r.country != "US" && r.others["US"] == 0
}

// hostDiplomat reports whether titles hold, beside "Ambassador", a post of
// a government ("National Security Advisor Ambassador Mahmud Ali
// Durrani", "MFA Director for North American Affairs, Ambassador Vicente
// Espeche Gil"): the rank many ministries' senior diplomats bear, not the
// US Ambassador whom "the Ambassador" of a US cable names.
func hostDiplomat(titles []string) bool {
	for _, t := range titles {
		lt := strings.ToLower(t)
		for _, w := range []string{"mfa", "ministry", "minister", "under secretary", "undersecretary", "department", "director", "advisor", "adviser", "spokes"} {
			if strings.Contains(lt, w) {
				return true
			}
		}
	}
	return false
}

// popeReigns are the reigns of the popes of the cables' years, so that
// "the Pope" of a 2007 cable is not John Paul II, whom it recalls.
var popeReigns = []struct {
	name       string // folded, as a person's name holds it
	start, end string // ISO days
}{
	{"paul vi", "1963-06-21", "1978-08-06"},
	{"john paul ii", "1978-10-16", "2005-04-02"},
	{"john paul i", "1978-08-26", "1978-09-28"},
	{"benedict", "2005-04-19", "2013-02-28"},
}

// popeOn reports whether the pope named name reigned on the day date; a
// name the table does not know (or a cable with no date) passes.
func popeOn(name string, date time.Time) bool {
	if date.IsZero() {
		return true
	}
	n, day := strings.ToLower(name), date.Format("2006-01-02")
	for _, r := range popeReigns {
		if strings.Contains(n, r.name) {
			return r.start <= day && day <= r.end
		}
	}
	return true
}

// classifies reports whether person pi is named in the Classified By line.
func (d *doc) classifies(pi int) bool {
	for _, mi := range d.people[pi].ments {
		if d.units[d.sents[d.ments[mi].sent].unit].section == SectionClassifiedBy {
			return true
		}
	}
	return false
}

// officeRole reports whether role is a government's or a body's office
// that "the X" names only bare ("the Foreign Minister", not "the incoming
// Foreign Minister"; roleAt, bareHead) and that a country word before it
// resolves to that country's holder (resolveRoles).
func officeRole(role string) bool {
	return role == "fm" || role == "pm" || role == "secgen"
}

func foreignChief(role string) bool {
	return role == "ambassador" || role == "charge" || role == "dcm" || role == "polchief"
}

func (d *doc) attachRole(pi, mi int) {
	d.ments[mi].person = pi
	d.people[pi].ments = append(d.people[pi].ments, mi)
}
