package extract

// Kinship: a name that a family word introduces ("his brother Asdrubal",
// "Karzai's half-brother Ahmed Wali", "Cecilia Sarkozy, the president's
// wife") names a relative of someone, not that someone. The relative is
// a person of their own, whatever surname they share, and a later bare
// surname of the cable is not theirs but the other bearer's, the one the
// cable gives an office or names without a family word: "Sarkozy" after
// "his second wife, Cecelia Sarkozy" is the President. Only a family
// word or a married woman's honorific right before the surname ("Mme.
// Sarkozy") takes it to the relative.

// familyWords name a relative; femaleFamilyWords those that name a woman.
var (
	familyWords       = cues("family_words")
	femaleFamilyWords = cues("female_family_words")
)

// kinHonorifics are the honorifics of a married woman: "Mrs. Sarkozy"
// beside "President Sarkozy" is his wife, the woman a female family word
// introduced.
var kinHonorifics = set("mrs", "mme", "madame", "senora", "sra", "frau", "dona")

// kin is what the cable says of a name mention's family ties.
type kin uint8

const (
	kinNone   kin = iota
	kinOf         // a family word introduces the name: a relative
	kinFemale     // and the word names a woman (wife, widow, daughter)
)

// familyWordAt reports whether token k is a family word, and whether of
// a woman: "first lady" is one only with its "first".
func (d *doc) familyWordAt(k int) kin {
	t := &d.toks[k]
	if t.kind != tokWord || !familyWords.hasLower(t.lower) {
		return kinNone
	}
	if t.is("lady") && (k == 0 || !d.toks[k-1].is("first")) {
		return kinNone
	}
	if femaleFamilyWords.hasLower(t.lower) {
		return kinFemale
	}
	return kinOf
}

// kinCue reads the family word that introduces the name of tokens
// [lo,hi) of sentence si, the whole phrase with its title starting at
// plo: before it ("his brother Asdrubal", "his 23-year old son, Jean",
// "first lady Cecilia Sarkozy"), or in an apposition or a copula after
// it ("Cecilia Sarkozy, the president's highly influential wife", "Qayum
// is President Karzai's brother", "Jean, son of the President"). "The
// son of Nicolas Sarkozy" makes the name the parent, not a relative, and
// a family word that a name follows belongs to that name ("President
// Sarkozy, his wife Carla").
func (d *doc) kinCue(si, plo, lo, hi int) kin {
	s := &d.sents[si]
	k := plo - 1
	// "Ambassador and Mrs. Randt", "Committee Chairman Ike Skelton (D,
	// MO) and Mrs. Skelton": a married woman's honorific joined to a
	// title or a name is the wife of that one.
	if plo < lo && kinHonorifics.hasLower(d.toks[plo].lower) && k-1 >= s.lo && d.toks[k].is("and") &&
		(d.isTitleTok(k-1) || d.nameTok(k-1) || d.toks[k-1].text == ")") {
		return kinFemale
	}
	if k >= s.lo && d.toks[k].text == "," {
		k--
	}
	// Before the name, a few words back: "Frei's daughter and campaign
	// advisor, Magdalena Frei"; but "his wife and Magdalena Frei" are two.
	for n := 0; k >= s.lo && n < 5; k, n = k-1, n+1 {
		t := &d.toks[k]
		if w := d.familyWordAt(k); w != kinNone && d.familyHead(k) {
			return w
		}
		if n == 0 && (t.is("and") || t.is("or")) || t.kind != tokWord || t.upper && !d.isTitleTok(k) || kinStops.hasLower(t.lower) && !t.is("and") {
			break
		}
	}
	// After the name: ", [the|his] [adjectives] [X's] word" or "is ... word".
	k = hi
	if k >= s.hi {
		return kinNone
	}
	switch t := &d.toks[k]; {
	case t.text == "," || t.text == "(" || t.is("is") || t.is("was"):
		k++
	default:
		return kinNone
	}
	for end := min(s.hi, k+8); k < end; k++ {
		t := &d.toks[k]
		if w := d.familyWordAt(k); w != kinNone && d.familyHead(k) {
			// "President Sarkozy, his wife Carla": the word is Carla's.
			n := k + 1
			if n < s.hi && d.toks[n].text == "," {
				n++
			}
			if n < s.hi && d.nameTok(n) {
				return kinNone
			}
			return w
		}
		switch {
		case t.kind == tokPoss:
		case t.kind == tokPunct:
			if t.text != "-" {
				return kinNone
			}
		case d.isTitleTok(k) || d.ann[k].kind == annCont || d.ann[k].kind == annDemonym || d.ann[k].kind == annCountry:
		case t.upper:
			// Another name: only as the relative's ("Karzai's brother").
			if k+1 >= s.hi || d.toks[k+1].kind != tokPoss && !d.nameTok(k+1) {
				return kinNone
			}
		case kinStops.hasLower(t.lower):
			return kinNone
		}
	}
	return kinNone
}

// familyHead reports whether the family word at token k heads its
// phrase, naming a person: not "its sister party" or "the brother
// countries", where a noun follows it.
func (d *doc) familyHead(k int) bool {
	if k+1 >= len(d.toks) {
		return true
	}
	n := &d.toks[k+1]
	return n.kind != tokWord || n.upper || n.is("and") || n.is("of")
}

// kinStops end the phrases around a name that kinCue reads: a clause or a
// list goes on there ("Sarkozy, who said his wife", "Sarkozy and his
// wife"), or the name is the one the relative is of ("the brother of
// former Iranian President Rafsanjani").
var kinStops = set("of", "and", "or", "but", "who", "whom", "whose", "which", "that", "said", "says", "told", "met", "with", "to", "for", "in", "on", "at", "by")

// kinOnly reports whether person pi is known only as someone's relative:
// named with a family word, and with no office of their own.
func (d *doc) kinOnly(pi int) bool {
	p := &d.people[pi]
	return p.kin != kinNone && len(p.titles) == 0
}

// kinWanted is the kind of relative a bare surname mention asks for: one
// introduced by a female family word after a married woman's honorific
// ("Mme. Sarkozy"), any relative after a family word of its own, none
// otherwise.
//
// strict says that the mention is a relative whom no one else of the
// cable can be: a married woman's honorific joined to another's name or
// title ("Ambassador and Mrs. Randt"). A family word alone does not say
// so much: "Bordaberry is the son of former president Juan Maria
// Bordaberry" is the Pedro Bordaberry named before.
func (d *doc) kinWanted(mi int) (want kin, strict bool) {
	m := &d.ments[mi]
	married := false
	for _, w := range d.preWords(m) {
		married = married || kinHonorifics[w]
	}
	switch {
	case m.kin != kinNone:
		return m.kin, married && m.strong
	case married:
		return kinFemale, false
	}
	return kinNone, false
}

// kinFits reports whether person pi may take a bare surname that asks
// for want (kinWanted): a relative only when the mention asks for one,
// and a woman's when it asks for a woman.
func (d *doc) kinFits(pi int, want kin) bool {
	switch want {
	case kinNone:
		return !d.kinOnly(pi)
	case kinFemale:
		return d.people[pi].kin == kinFemale
	}
	return d.people[pi].kin != kinNone
}

// officeWords after a surname name the term of an office holder ("the
// Clinton Administration", "the Castro regime"): the surname is the
// president of the time, even a former one, not the namesake the cable
// otherwise speaks of (Secretary Clinton in 2009).
var officeWords = cues("office_words")

// officeAt reports whether the name that ends before token hi is the
// name of an office holder's term.
func (d *doc) officeAt(si, hi int) bool {
	s := &d.sents[si]
	if hi >= s.hi {
		return false
	}
	if d.toks[hi].kind == tokPoss {
		hi++ // "the Bush Administration's"
	}
	return hi < s.hi && officeWords.hasLower(d.toks[hi].lower) && d.toks[hi-1].kind != tokPoss
}

// officeTitle is what an office holder's term says of its surname, for
// identify: the president of the cable's year, else a former president
// ("the Clinton Administration" in 2009), else nothing (the surname's
// usual bearer).
func (d *doc) officeTitle(m *pmention) []string {
	_, sur := canonName(m.name)
	for _, words := range [][]string{{"president"}, {"former", "president"}} {
		if identify(nil, sur, words, d.year(), m.country, d.namesCountry) != nil {
			return words
		}
	}
	return nil
}

// familyPlural reports whether name mention mi, of folded surname sur, is
// a family or a couple: "the Kirchners" of a cable that names a Kirchner
// is both of them, neither's mention.
func (d *doc) familyPlural(mi int, sur string) bool {
	m := &d.ments[mi]
	if m.nhi-m.nlo != 1 || m.nlo == 0 || !d.toks[m.nlo-1].is("the") || len(sur) < 4 || sur[len(sur)-1] != 's' {
		return false
	}
	return len(d.withSur(sur[:len(sur)-1])) > 0
}
