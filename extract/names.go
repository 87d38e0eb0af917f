package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cablegraph/cablegraph/extract/lexicon"
)

// pmention is one mention of a person, or of a role that may stand for a
// person ("the Ambassador", "Poloff").
type pmention struct {
	sent     int
	lo, hi   int // token range of the whole phrase: title, name, appositive
	nlo, nhi int // token range of the name; empty for a role
	name     string
	title    string
	rank     string // a rank written between the title and the name ("General")
	appTitle string // a second title in apposition after a titled name ("... Kayani (former ISI head)")
	country  string
	role     string // canonical role of the title ("ambassador"), if any
	staff    bool   // a US mission's staff title (Poloff, Pol M/C)
	strong   bool   // a title, honorific, given name or two name words say it is a person
	kin      kin    // a family word introduces the name: a relative (kin.go)
	office   bool   // the name of an office holder's term: "the Clinton Administration" (kin.go)
	person   int    // index in doc.people, -1 until resolved
	text     [2]int // byte range in the unit of the name (or role) as written
	// placePrep: a bare unknown word after a preposition of place ("to
	// Karzai"), which only evidence beyond its sentence makes a person.
	placePrep bool
	// cityWord: a town's name alone (surnameCity), a person only as the
	// surname of one the cable names in full.
	cityWord bool
}

// personVerbs follow a bare surname often enough to make it a person:
// "Dumont said", "Lavrov expressed interest".
var personVerbs = cues("person_verbs")

// sayVerbs are the personVerbs that only a person (or a government,
// which the gazetteer knows) does: "Siulys suggested", "Staff said" aside.
var sayVerbs = cues("say_verbs")

// meetObjectCue words before "with" make the name after it a person.
var meetObjectCue = cues("meet_object_cue")

// placePreps make the capitalised word after them a place, not a person.
var placePreps = cues("place_preps")

// orgHeads after a capitalised word make it part of an organisation or
// place name: "Sadr City", "Baath Party".
var orgHeads = cues("org_heads")

// nameTok reports whether token i may be part of a person's name in
// mixed-case text.
func (d *doc) nameTok(i int) bool {
	t := &d.toks[i]
	if t.kind == tokWord && d.nasabPart(i) {
		return true
	}
	if t.kind != tokWord || d.ann[i].kind != annNone {
		return false
	}
	if !t.upper {
		return isParticlePrefix(t.text)
	}
	if t.allCaps {
		// An acronym: names are not written in capitals in mixed-case
		// text. Glued initials are part of one ("M.K. Narayanan").
		return gluedInitials(t)
	}
	if t.text == "I" || hasDigit(t.text) || strings.IndexByte(t.text, '/') >= 0 {
		return false
	}
	if strings.HasPrefix(t.text, "I’") || strings.HasPrefix(t.text, "I'") {
		return false // "I’ve", "I'm": the pronoun
	}
	if h := strings.LastIndexByte(t.text, '-'); h > 0 && titleSuffixes.hasLower(t.lower[h+1:]) {
		return false // "Advisor-equivalent", "Minister-designate": a title's word
	}
	if n := len(t.text); n > 3 && t.text[n-2] == '-' && t.text[n-1] >= 'A' && t.text[n-1] <= 'Z' {
		return false // "League-N" of "Pakistan Muslim League-N": a party's faction
	}
	if camelAbbreviation(t.text) {
		return false // "PetAtt", "MoTI", "EconCouns": an office's or a post's shorthand
	}
	if d.lowerSeen(t.text) && !isGivenName(t.text) && !d.surnameAlone(i) {
		return false // the cable writes this word in lower case elsewhere: a common word
	}
	if (t.caseless || d.startsClause(i)) && isCommonWord(t.text) && !isGivenName(t.text) && !d.surnameAlone(i) {
		return false // "Take Cofferati...", "Speaker Urges Calm": any word is capitalised there
	}
	return true
}

// nasabParticles join the parts of an Arabic name ("Sultan bin Sulayem").
var nasabParticles = set("bin", "ibn", "bint")

// nasabPart reports whether token i is a part of an Arabic name that
// the other tests of nameTok would refuse: any capitalised word right
// after "bin" ("Ahmed bin Sayed al Maktoum", "Qaboos bin Said", "Bandar
// bin Sultan": an honorific, a verb, a title elsewhere), or a given name
// that the lexicon reads as a title or an honorific right before it
// ("Dubai World head Sultan bin Sulayem"; "Sultan Qaboos bin Said" keeps
// its title).
func (d *doc) nasabPart(i int) bool {
	t := &d.toks[i]
	if !t.upper || t.allCaps {
		return false
	}
	if i > 0 && nasabParticles[d.toks[i-1].lower] && d.toks[i-1].end < t.start && d.ann[i].kind != annCountry && d.ann[i].kind != annOrg {
		return true
	}
	return (d.ann[i].kind == annTitle || d.ann[i].kind == annHonorific) && i+1 < len(d.toks) && nasabParticles[d.toks[i+1].lower] && isGivenName(t.text)
}

// surnameAlone reports whether token i stands alone (no capitalised word
// right after it: not "Young Turks") and is the surname of a person the
// cable has already named in full (namedSurname).
func (d *doc) surnameAlone(i int) bool {
	if i+1 < len(d.toks) && d.toks[i+1].kind == tokWord && d.toks[i+1].upper && d.toks[i+1].start-d.toks[i].end <= 1 {
		return false
	}
	return d.namedSurname(d.toks[i].text)
}

// namedSurname reports whether word is the surname of a person the cable
// has already named in full: after "NEA DAS Gordon Gray", "Gray said" is
// the man, not the colour; after "Mayor of Bogota Samuel Moreno",
// "Moreno met with" is the mayor, not the town (surnameCity).
func (d *doc) namedSurname(word string) bool {
	for ; d.surnamesOf < len(d.ments); d.surnamesOf++ {
		m := &d.ments[d.surnamesOf]
		if m.nhi-m.nlo < 2 || m.cityWord || m.placePrep {
			continue
		}
		if d.surnames == nil {
			d.surnames = map[string]bool{}
		}
		d.surnames[d.toks[m.nhi-1].text] = true
	}
	return d.surnames[word]
}

// camelAbbreviation reports whether a word is the cables' shorthand for a
// post or an office written in camel case: a capitalised syllable joined
// to a run of capitals ("MoTI", "MoFA") or to a post's abbreviation
// ("PetAtt", "EconCouns", "RefCoord"). Surnames in camel case ("McCain",
// "DeVido", "LoGerfo", "FitzGibbon") end in lower case after a name.
func camelAbbreviation(w string) bool {
	i := 1
	for i < len(w) && w[i] >= 'a' && w[i] <= 'z' {
		i++
	}
	if i == 1 || i >= len(w) || w[i] < 'A' || w[i] > 'Z' {
		return false
	}
	rest := w[i:]
	if strings.ToUpper(rest) == rest && len(rest) >= 2 {
		return true // "MoTI", "MoFA"
	}
	return postAbbreviations.hasLower(strings.ToLower(rest))
}

// postAbbreviations end the camel-case shorthand of posts: "Att" of
// "PetAtt", "Couns" of "EconCouns".
var postAbbreviations = cues("post_abbreviations")

// startsClause reports whether token i starts a unit, a sentence, a
// quotation or a parenthesis: where any word is capitalised.
func (d *doc) startsClause(i int) bool {
	if i == 0 {
		return true
	}
	p := &d.toks[i-1]
	if p.end > d.toks[i].start {
		return true // the previous token is of another unit
	}
	if p.kind != tokPunct {
		return false
	}
	switch p.text {
	case ".", "!", "?", ":", ";", "\"", "(", "“", "‘", "--", "—", "-":
		return true
	}
	return false
}

// titleSuffixes, after a hyphen, make a capitalised word part of a title:
// "National Security Advisor-equivalent Jean-David Levitte".
var titleSuffixes = set("equivalent", "designate", "elect", "level")

// titlePrefixes, before a hyphen, make a title word of a title head:
// "then-President Aznar", "ex-Minister".
var titlePrefixes = set("then", "ex", "former")

// isParticlePrefix: al-Maliki, el-Baradei.
func isParticlePrefix(s string) bool {
	i := strings.IndexByte(s, '-')
	if i <= 0 || i+1 >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i+1:])
	return unicode.IsUpper(r) && isParticle(s[:i])
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// findNames finds the person and role mentions of sentence si of a
// mixed-case unit.
func (d *doc) findNames(si int) {
	s := &d.sents[si]
	for i := s.lo; i < s.hi; {
		if !d.nameTok(i) && !d.titledAmbiguous(si, i) && !d.titledParticle(si, i) && !d.surnameCity(si, i) {
			if d.roleAt(si, i) {
				i++
				continue
			}
			i++
			continue
		}
		j := i + 1
		for j < s.hi {
			if d.nameTok(j) && d.toks[j].start-d.toks[j-1].end <= 1 {
				j++
				continue
			}
			if d.nicknameAt(j) && j+3 < s.hi && d.nameTok(j+3) {
				j += 3 // Porfirio "Pepe" Lobo: the nickname in quotes is no part of the name
				continue
			}
			if j+5 < s.hi && d.bracketedNickname(j, s.hi) && d.nameTok(j+5) {
				j += 5 // General William E. ("Kip") Ward: the same in brackets
				continue
			}
			if isRegnal(d.toks[j].text) && d.toks[j].start-d.toks[j-1].end <= 1 {
				j++ // "King Mohammed VI", "Pope Benedict XVI"
				break
			}
			if j == i+1 && d.titleSurname(si, i, j) {
				j++ // "Officer John King", "Carol Bishop"
				break
			}
			if j+1 < s.hi && d.toks[j].kind == tokWord && isParticle(d.toks[j].text) && (d.nameTok(j+1) || d.nameCity(j+1)) {
				j += 2
				continue
			}
			if j+2 < s.hi && isParticle(d.toks[j].text) && isParticle(d.toks[j+1].text) && (d.nameTok(j+2) || d.nameCity(j+2)) {
				j += 3 // Miguel de la Madrid
				continue
			}
			// A town can be a surname inside a name: Luis Vicente Leon,
			// Everardo Moreno Cruz, Walker San Miguel.
			if d.nameCity(j) && d.toks[j].start-d.toks[j-1].end <= 1 {
				j += d.ann[j].span
				continue
			}
			break
		}
		cut := false // whether a name of the run ends at i
		for k := d.listedNameSplit(si, i, j); k > 0; k = d.listedNameSplit(si, i, j) {
			end := k
			if t := &d.toks[k-1]; k-1 > i && t.allCaps && len(t.text) <= 4 {
				end-- // "William J. Burns DAS Christopher J. McMullen": the abbreviation is no part of the first name (the second, cut from the run, reads no title)
			}
			d.personAt(si, i, end, cut)
			i, cut = k, true
		}
		d.personAt(si, i, j, cut)
		i = j
	}
}

// listedNameSplit returns where a second name starts inside the run of
// name words [lo,hi) of a participant list whose lines the text has run
// together ("Acting Assistant Secretary Jeffrey Feltman Jake Sullivan, S
// staff", "NSC Director for Europe Toby Bradley Valerie Belon (EUR
// Notetaker)"), or 0. A second name opens at a given name after a
// surname and goes on for two words at least;
// outside such lists a given name inside a name is a middle name ("Abdul
// Rahman Ali al-Thani"), so only the list is split.
func (d *doc) listedNameSplit(si, lo, hi int) int {
	if hi-lo < 3 || !d.inParticipantList(si) {
		return 0
	}
	// The first name keeps two words at least, and ends in a surname: a
	// word that is no given name, or one the corpus gives as a surname
	// ("Toby Bradley | Valerie Belon"); not "Tabare | Ramon Vazquez",
	// "Syed Yousuf | Raza Gilani", "Mohamed bin | Abdullah al Khalifa".
	for k := lo + 2; k+2 <= hi; k++ {
		prev := d.toks[k-1].text
		if !isGivenName(d.toks[k].text) || isParticle(d.toks[k].text) || isInitial(prev) || isParticle(prev) && !d.toks[k-1].allCaps {
			continue
		}
		if isGivenName(prev) && surnameCountry(foldName(prev), "") == "" {
			continue
		}
		return k
	}
	return 0
}

// inParticipantList reports whether sentence si is a long line of a
// participant block ("Participants: U.S. The Secretary ... Lithuania
// Foreign Minister ..."), in the block's own unit or one of the unnumbered
// units after it that participants reads.
func (d *doc) inParticipantList(si int) bool {
	s := &d.sents[si]
	if s.hi-s.lo <= 12 {
		return false
	}
	for ui := s.unit; ui >= 0 && s.unit-ui <= 8; ui-- {
		u := &d.units[ui]
		if u.section != SectionBody {
			return false
		}
		if t := strings.TrimSpace(u.text); len(t) >= 12 && strings.EqualFold(t[:12], "participants") {
			return true
		}
		if u.paragraph != 0 {
			return false // a numbered paragraph that opens no list
		}
	}
	return false
}

// titledParticle: a surname's particle written in lower case opens the
// name right after a title or honorific, "Interior Minister de Maiziere",
// "Ambassador van Eenennaam", where a particle cannot open a name alone.
func (d *doc) titledParticle(si, i int) bool {
	t := &d.toks[i]
	if t.kind != tokWord || t.upper || !isParticle(t.text) || i == d.sents[si].lo || i+1 >= d.sents[si].hi || !d.nameTok(i+1) {
		return false
	}
	return d.afterTitle(i)
}

// afterTitle reports whether token i follows a title word or an
// honorific ("Minister", "Mr.", "Sheikh"): where a name starts.
func (d *doc) afterTitle(i int) bool {
	return d.isTitleTok(i-1) || d.ann[i-1].kind == annHonorific || d.toks[i-1].text == "." && i >= 2 && d.ann[i-2].kind == annHonorific
}

// ownsMeetingWith reports whether a possessive at token hi owns a meeting
// noun followed by "with": "'s very public meeting with", "'s talks with".
func (d *doc) ownsMeetingWith(si, hi int) bool {
	s := &d.sents[si]
	if hi >= s.hi || d.toks[hi].kind != tokPoss {
		return false
	}
	for k := hi + 1; k < s.hi && k-hi <= 4; k++ {
		t := &d.toks[k]
		if t.kind != tokWord || t.upper && d.ann[k].kind != annTime {
			return false
		}
		if meetNouns.hasLower(t.lower) {
			return k+1 < s.hi && d.toks[k+1].is("with")
		}
	}
	return false
}

// isRegnal reports whether s is a regnal or generational number in Roman
// numerals ("II", "VI", "XVI"), which continues the name before it. "I"
// alone is the pronoun.
func isRegnal(s string) bool {
	if len(s) < 2 || len(s) > 5 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != 'I' && c != 'V' && c != 'X' {
			return false
		}
	}
	return true
}

// titleSurname reports whether the title word at j, right after the given
// name at i, is a surname ("John King", "Carol Bishop"): a one-word title
// head that no name or title word follows.
func (d *doc) titleSurname(si, i, j int) bool {
	t := &d.toks[j]
	if d.ann[j].kind != annTitle || d.ann[j].span > 1 || !t.upper || t.allCaps || !isGivenName(d.toks[i].text) || isStopWord(d.toks[i].text) {
		return false
	}
	if i > d.sents[si].lo && d.nameTok(i-1) {
		return false
	}
	k := j + 1
	return k >= d.sents[si].hi || !(d.nameTok(k) || d.isTitleTok(k) || d.ann[k].kind == annCont || d.toks[k].is("of") || d.toks[k].is("for"))
}

// titledAmbiguous: a town's name that is also a surname, right after a
// title, is the surname: "President Bush", "A/S Valenzuela", "EU
// President Van Rompuy".
func (d *doc) titledAmbiguous(si, i int) bool {
	a := &d.ann[i]
	t := &d.toks[i]
	if a.kind != annCity || a.span != 1 || !a.amb || !t.upper || t.allCaps || i == d.sents[si].lo {
		return false
	}
	if isParticle(t.text) && i+1 < d.sents[si].hi && d.nameTok(i+1) {
		return d.isTitleTok(i - 1)
	}
	if d.afterTitle(i) {
		return true
	}
	// "Moratinos and Rodriguez met": joined to a name by "and", and the
	// subject of a person's verb.
	hi := d.sents[si].hi
	return i >= 2 && i+1 < hi && d.toks[i-1].is("and") && d.nameTok(i-2) && d.toks[i+1].kind == tokWord && personVerbs.hasLower(d.toks[i+1].lower)
}

// surnameCity: a town's name that is also a surname, alone and not after
// a preposition of place, where the gazetteer takes it for no place
// (places.go): "He described Rodriguez as ...", "Rodriguez later told
// us". It names a person only if the cable names one of that surname in
// full (see cityWord).
func (d *doc) surnameCity(si, i int) bool {
	a := &d.ann[i]
	t := &d.toks[i]
	s := &d.sents[si]
	if a.kind != annCity || a.span != 1 || !(a.amb || d.surnameAlone(i)) || !t.upper || t.allCaps || isGivenName(t.text) && !d.surnameAlone(i) {
		return false
	}
	if d.townAfterPrep(si, i) {
		return false
	}
	k := i + 1
	if k < s.hi && d.toks[k].kind == tokPoss {
		k++
	}
	if k < s.hi && (d.isTitleTok(k) || d.orgContext(k)) {
		return false // "Mendoza Governor", "Mendoza's Vice Governor": the place
	}
	return i+1 >= s.hi || !d.nameTok(i+1) || d.toks[i+1].start-t.end > 1
}

// townAfterPrep reports whether a preposition of place makes token i a
// town ("in Mendoza"); "according to Gama" is a person's word.
func (d *doc) townAfterPrep(si, i int) bool {
	s := &d.sents[si]
	if i <= s.lo || d.toks[i-1].kind != tokWord || !placePreps.hasLower(d.toks[i-1].lower) {
		return false
	}
	return !(d.toks[i-1].is("to") && i-2 >= s.lo && d.toks[i-2].is("according"))
}

// personAt decides whether the name-like tokens [lo,hi) of sentence si
// name a person, and reads the title and country around them; cut says
// that listedNameSplit cut the name before lo off the same run.
func (d *doc) personAt(si, lo, hi int, cut bool) {
	s := &d.sents[si]
	// "Clinton Holds", "Erdogan Makes", "Hakim Succeeding Sistani": in a
	// headline every word is capitalised, and the verb is no part of the
	// name.
	for k := lo + 1; k < hi; k++ {
		if w := d.toks[k].text; headlineVerbs.hasLower(d.toks[k].lower) || strings.HasSuffix(w, "ing") && isCommonWord(w) && !isGivenName(w) {
			hi = k
			break
		}
	}
	if lo > s.lo && d.isTitleTok(lo-1) && headlineVerbs.hasLower(d.toks[lo].lower) && d.toks[lo].upper {
		if hi-lo == 1 {
			return // the verb alone: "Chief Minister Holds Talks with Narendra Modi"
		}
		// "Maharashtra Chief Minister Puts Dow Project on Hold": the
		// verb follows the headline's subject, a title, and the words
		// after it are its object, which the title does not go with (a
		// person still: "Chief Minister Meets Sharad Pawar").
		lo++
	}
	m := pmention{sent: si, lo: lo, hi: hi, nlo: lo, nhi: hi, person: -1}
	if hi-lo == 1 && d.ann[lo].kind == annCity && !d.titledAmbiguous(si, lo) {
		// A town's name alone (surnameCity): no title read around it
		// ("Chair of the Niger Delta") nor verb after it ("Washington
		// said" is a government) makes it a person, only a person of the
		// cable named in full with that surname.
		m.cityWord = true
		m.text = [2]int{d.toks[lo].start, d.toks[lo].end}
		m.name = d.nameText(lo, hi)
		d.ments = append(d.ments, m)
		return
	}
	words := 0
	for k := lo; k < hi; k++ {
		if !isInitial(d.toks[k].text) && !isParticle(d.toks[k].text) {
			words++
		}
	}
	if words == 0 {
		return
	}
	// "Minister for Reintegration Yakobashvili": the capitalised words of
	// a title's complement run into the name; the name starts at its
	// first given name, or is the last word.
	link := lo - 1
	if link-1 > s.lo && d.toks[link].is("the") {
		link-- // "Chancellor of the Exchequer Darling"
	}
	if hi-lo >= 2 && link-1 >= s.lo && (d.toks[link].is("for") || d.toks[link].is("of") || d.toks[link].is("to")) && d.isTitleTok(link-1) && !isGivenName(d.toks[lo].text) {
		k := lo + 1
		for k < hi-1 && !isGivenName(d.toks[k].text) {
			k++
		}
		lo = k
		m.lo, m.nlo = lo, lo
		words = hi - lo
	}
	if d.complementGoesOn(si, lo, hi) {
		return
	}
	if words == 1 && abstractNoun(d.toks[lo].lower) && d.inComplement(si, lo) {
		return // "Minister for Legislative Simplification": the complement's noun (not "Special Envoy Gration")
	}
	tl := d.titleLeft(si, lo)
	if cut {
		// The second name of a run ("Toby Bradley Valerie Belon"): the
		// words before it are the first's.
		tl = titlePhrase{lo: lo, hi: lo}
	}
	if w := d.toks[lo].text; tl.viaLink && hi-lo == 1 && (isCommonWord(w) || orgHeads.hasLower(d.toks[lo].lower)) && !d.surnameAlone(lo) && !d.usualBearer(w) {
		// "Chairman of the Middle East and South Asia Subcommittee of the
		// House", "Assistant Director for Customs Surveillance, has noted",
		// "Deputy Assistant Secretary for Western Hemisphere met": a common
		// word after a title's complement ends the complement, unless the
		// cable has named its bearer in full before ("Todd Stern", then
		// "Special Envoy for Climate Change Stern met").
		tl = titlePhrase{lo: lo, hi: lo}
	}
	if w := d.toks[lo].text; hi-lo == 1 && pluralHead(tl.title) && !d.listGoesOn(si, hi) && !d.surnameAlone(lo) && !d.usualBearer(w) {
		// "Italian Soldiers Die", "MST Critics Strike": a plural title
		// names no one alone (it stands before a list: "Presidents Putin
		// and Halonen"); one word after it is a headline's verb, not a
		// surname, unless the cable names its bearer.
		tl = titlePhrase{lo: lo, hi: lo}
	}
	if tl.lo < lo {
		m.lo = tl.lo
	}
	// "the Commander of Task Force Helmand": a word right after an
	// organisation's head word that ends a title's complement names the
	// organisation, not a person.
	if words == 1 && lo-1 > s.lo && (d.toks[lo-1].is("force") || orgHeads.hasLower(d.toks[lo-1].lower)) && !d.isTitleTok(lo-1) && d.ann[lo-1].kind != annCont &&
		(strings.Contains(tl.title, " of ") || strings.Contains(tl.title, " for ")) {
		return
	}
	m.title, m.country, m.staff, m.role, m.rank = tl.title, tl.country, tl.staff, tl.role, tl.rank
	if m.title == "" && lo > s.lo && (d.toks[lo-1].is("codel") || d.toks[lo-1].is("staffdel")) && !d.lowerSeen(d.toks[lo].text) && !headlineVerbs.hasLower(d.toks[lo].lower) {
		// "CODEL Leach": the congressman who leads the delegation, a US
		// official, even when his name is a common word (not a headline's
		// verb: "CODEL RESPONDS").
		m.title, m.country = d.toks[lo-1].text, "US"
	}
	if m.title == "" {
		if p := d.pluralTitled(si, lo, hi); p >= 0 {
			// "Presidents Putin and Halonen", "Representatives Brian Baird
			// (D-WA) and Jim Cooper": the list's title is each name's.
			q := &d.ments[p]
			m.title = strings.Join(singularHead(strings.Fields(q.title)), " ")
			m.staff, m.role = q.staff, roleOf(m.title)
		}
	}
	if tr := d.titleRight(si, hi); tr.title != "" {
		if m.title == "" {
			m.title, m.role, m.staff = tr.title, tr.role, tr.staff
			if m.country == "" {
				m.country = tr.country
			}
			m.hi = tr.hi
		} else if tr.role == "" && d.apposedTitle(si, hi, tr) {
			// "Chief of Army Staff General Ashfaq Kayani (former ISI
			// head)": the apposition is a title of its own. Not a role
			// word, which stands for another person: "Thomas Shannon,
			// accompanied by Ambassador,".
			m.appTitle = tr.title
		}
	}
	if m.country == "" && hi+1 < s.hi && d.toks[hi].text == "(" && d.partyStateAt(si, hi+1) {
		// "Jim Cooper (D-TN)": a member of the US Congress, though the
		// list's title stood before another name ("Representatives Brian
		// Baird (D-WA) and Jim Cooper (D-TN)").
		m.country = "US"
	}
	if m.country == "" {
		m.country = d.statedNationality(si, lo, hi, m.title)
	}
	given := isGivenName(d.toks[lo].text) && !isStopWord(d.toks[lo].text)
	// Two capitalised words are a name when the first is a given name
	// ("Isabelle Dumont"); without one they are as often an organisation
	// ("Bright Star", "Centro de Estudios"), which only a fuller mention
	// elsewhere or a title can rule out.
	m.strong = m.title != "" || tl.honorific || given && words >= 2
	if words >= 2 && d.orgContext(hi) && m.title == "" && !tl.honorific {
		return // "Sadr City", "Baath Party"
	}
	if words >= 2 && !tl.honorific && d.commonWords(lo, hi) {
		return // "Classified Web Site", "Key Elements": words, not a name
	}
	if !m.strong && words == 1 {
		// A bare capitalised word: a person only if a verb of saying or
		// meeting follows it, or the cable names the same person in full
		// elsewhere (decided in coreference).
		// After "in", "to", "from" an unknown word is as often a place
		// ("in Tskhinvali"); it is a person only on evidence of its own
		// (resolvePeople): the TAGS, the lists of known people, a full
		// name of the cable ("ties to Karzai", "According to Rousseff").
		if lo > s.lo && d.toks[lo-1].kind == tokWord && placePreps.hasLower(d.toks[lo-1].lower) {
			m.placePrep = true
		}
		if d.orgContext(hi) {
			return
		}
		// A word that running text writes in lower case ("Building",
		// "Advocacy") is not a surname alone, whatever verb follows it.
		// Unless it is the usual name of a public figure of the cable's
		// year whose country the cable names ("Morales" in 2006, Bolivia).
		// Nor one the cable has given a person as surname ("NEA DAS Gordon
		// Gray" before "Gray said").
		if isCommonWord(d.toks[lo].text) && !d.usualBearer(d.toks[lo].text) && !d.surnameAlone(lo) {
			return
		}
		// "Westinghouse, one of the U.S. firms": an organisation, here
		// and wherever else the cable names it alone.
		// Not after "to": in "According to LeMoyne, the humanitarian
		// situation ..." the comma ends the phrase, and what follows is
		// the clause, not an apposition.
		if d.orgAppositive(si, hi) {
			if !m.placePrep {
				d.orgNames = append(d.orgNames, foldName(d.toks[lo].text))
			}
			return
		}
		// At the start of a sentence any word is capitalised: "Staff said".
		// "met with Putin", "a meeting with Torrijos": whom one meets is a person.
		if w := d.withBefore(si, lo); w-1 >= s.lo && meetObjectCue.hasLower(d.toks[w-1].lower) {
			m.strong = true
		}
		// "Altun's very public meeting with President Gul": whose
		// meeting with someone it is, is a person.
		if d.ownsMeetingWith(si, hi) {
			m.strong = true
		}
		// Only words of saying make a sentence's first word a person.
		if !m.placePrep && hi < s.hi && d.toks[hi].kind == tokWord && personVerbs.hasLower(d.toks[hi].lower) && (lo > s.lo || sayVerbs.hasLower(d.toks[hi].lower)) && !(lo > s.lo && nounFrame.hasLower(d.toks[lo-1].lower)) {
			m.strong = true
		}
	}
	m.text = [2]int{d.toks[lo].start, d.toks[hi-1].end}
	m.name = d.nameText(lo, hi)
	m.kin = d.kinCue(si, m.lo, lo, hi)
	m.office = m.title == "" && words == 1 && d.officeAt(si, hi)
	d.ments = append(d.ments, m)
}

// commonWords reports whether every word of the tokens [lo,hi) is a
// common English word, and none after the first a given name: a heading
// or a phrase, not the name of a person.
func (d *doc) commonWords(lo, hi int) bool {
	first := true
	for k := lo; k < hi; k++ {
		t := d.toks[k].text
		if d.toks[k].kind != tokWord || isInitial(t) || isParticle(t) {
			continue
		}
		// The first word may also be a given name ("Web Site", "Key
		// Elements"); a later one that is one makes a name ("Frank Hope").
		if !isCommonWord(t) || !first && isGivenName(t) {
			return false
		}
		first = false
	}
	return true
}

// headlineVerbs are verbs that headlines and subject lines put right after
// a name ("Lula Gives", "Fried Meets"); none is a surname in the cables.
var headlineVerbs = cues("headline_verbs")

// orgNouns in an apposition make the name before it an organisation.
var orgNouns = cues("org_nouns")

// orgAppositive reports whether an apposition after token hi calls what
// precedes it an organisation: ", one of the U.S. firms", ", a French
// company", ", the state-owned oil giant".
func (d *doc) orgAppositive(si, hi int) bool {
	s := &d.sents[si]
	if hi+1 >= s.hi || d.toks[hi].text != "," {
		return false
	}
	k := hi + 1
	if !(d.toks[k].is("a") || d.toks[k].is("an") || d.toks[k].is("the") || d.toks[k].is("one") || d.toks[k].is("its")) {
		return false
	}
	for ; k < s.hi && k <= hi+8; k++ {
		t := &d.toks[k]
		if t.kind == tokPunct && t.text != "-" {
			return false
		}
		if t.kind == tokWord && orgNouns.hasLower(t.lower) {
			return true
		}
	}
	return false
}

func (d *doc) orgContext(hi int) bool {
	if hi >= len(d.toks) || d.toks[hi].kind != tokWord {
		return false
	}
	return orgHeads.hasLower(d.toks[hi].lower)
}

func isInitial(s string) bool {
	return len(s) == 2 && s[1] == '.' || len(s) == 1 && s[0] >= 'A' && s[0] <= 'Z' || gluedInitialsText(s)
}

// dottedAbbreviations are dotted capitals that are not initials ("P.M.",
// "D.C.").
var dottedAbbreviations = cues("dotted_abbreviations")

// gluedInitials reports whether token t is two or three initials written
// without a space ("M.K.", "A.Q."), which the tokeniser keeps whole like
// "U.S.", rather than a dotted abbreviation.
func gluedInitials(t *token) bool {
	return gluedInitialsText(t.text) && !dottedAbbreviations.hasLower(t.lower)
}

// gluedInitialsText reports whether s is written like glued initials:
// two or three capitals, each followed by a dot.
func gluedInitialsText(s string) bool {
	if len(s) != 4 && len(s) != 6 {
		return false
	}
	for i := 0; i < len(s); i += 2 {
		if s[i] < 'A' || s[i] > 'Z' || s[i+1] != '.' {
			return false
		}
	}
	return true
}

// partyStateAt reports whether a US member of Congress's party and state
// start at token k of sentence si, inside a bracket ("(D-TN)").
func (d *doc) partyStateAt(si, k int) bool {
	text := d.units[d.sents[si].unit].text
	start := d.toks[k].start
	return partyState(text[start:min(start+12, len(text))])
}

// nameText is the name as written, with runs of white space made one
// space and capitals turned to title case (KOUCHNER -> Kouchner).
func (d *doc) nameText(lo, hi int) string {
	var b strings.Builder
	for k := lo; k < hi; k++ {
		if k > lo && d.nicknameAt(k) && k+3 <= hi {
			k += 2 // Porfirio "Pepe" Lobo is Porfirio Lobo
			continue
		}
		if k > lo && d.bracketedNickname(k, hi) {
			k += 4 // William E. ("Kip") Ward is William E. Ward
			continue
		}
		if k > lo {
			b.WriteByte(' ')
		}
		t := &d.toks[k]
		if t.allCaps && !isInitial(t.text) && !isRegnal(t.text) {
			b.WriteString(titleCase(t.text))
		} else {
			b.WriteString(t.text)
		}
	}
	return b.String()
}

// nicknameAt reports whether a nickname in quotes starts at token k, right
// after a name's word: an opening quote, one capitalised word and a closing
// quote, 'Porfirio "Pepe" Lobo', 'Leonard “Chip” Yorke'.
func (d *doc) nicknameAt(k int) bool {
	if k < 1 || k+2 >= len(d.toks) || d.toks[k+1].kind != tokWord || !d.toks[k+1].upper || d.toks[k+1].allCaps {
		return false
	}
	open, close := d.toks[k].text, d.toks[k+2].text
	return (open == `"` && close == `"` || open == "“" && close == "”") && d.toks[k].start-d.toks[k-1].end <= 1 && d.toks[k+2].end == d.toks[k+1].end+len(close)
}

// bracketedNickname reports whether a nickname in brackets stands at
// token k, closed before hi: ("Kip") in "William E. ("Kip") Ward".
func (d *doc) bracketedNickname(k, hi int) bool {
	return k+4 < hi && d.toks[k].text == "(" && d.nicknameAt(k+1) && d.toks[k+4].text == ")"
}

// titleCase turns MCCAIN into Mccain and AL-MALIKI into Al-Maliki.
func titleCase(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	start := true
	for _, r := range s {
		if start {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		start = r == '-' || r == ' ' || r == '\''
	}
	return b.String()
}

// titlePhrase is a title read next to a name.
type titlePhrase struct {
	lo, hi    int // token range, country adjective and honorific included
	title     string
	country   string
	role      string
	staff     bool
	honorific bool
	rank      string // a rank between the title and the name ("General")
	viaLink   bool   // the name follows the head's complement ("Minister for Trade X")
}

// spanKind is the kind of the annotation token i belongs to: that of its
// span's first token ("Secretary" of "Under Secretary" is a title).
func (d *doc) spanKind(i int) annKind {
	for i > 0 && d.ann[i].kind == annCont {
		i--
	}
	return d.ann[i].kind
}

// isTitleTok: a title head, modifier or jargon word.
func (d *doc) isTitleTok(i int) bool {
	for i > 0 && d.ann[i].kind == annCont {
		i--
	}
	switch d.ann[i].kind {
	case annTitle, annTitleMod, annJargon:
		return true
	}
	return false
}

// titleLeft reads the title written before a name at lo: [country
// adjective] [organisation] modifier* head [for|of complement] [honorific].
// "French Foreign Minister Kouchner", "MFA Cabinet Counselor for Russia,
// Balkans, CIS Isabelle Dumont", "Pol M/C Rosenblatt", "Mr. Smith".
func (d *doc) titleLeft(si, lo int) titlePhrase {
	s := &d.sents[si]
	tp := titlePhrase{lo: lo}
	j := lo - 1
	// Honorific: "Mr." is two tokens, "Mr" and ".".
	honLo := lo
	if j >= s.lo && d.toks[j].text == "." && j-1 >= s.lo && d.ann[j-1].kind == annHonorific {
		j -= 2
		tp.honorific, honLo = true, j+1
	} else if j >= s.lo && d.ann[j].kind == annHonorific {
		j--
		tp.honorific, honLo = true, j+1
	}
	stop := -1
	if !tp.honorific && j-1 >= s.lo && d.toks[j].text == "." && (d.ann[j-1].kind == annTitle && d.ann[j-1].name != "" || d.ann[j-1].kind == annJargon) && d.toks[j].start == d.toks[j-1].end {
		// A title abbreviated as a form of address: "Col." is "Col" and
		// "." ("Col. Hefed Al-Jamrah"); so are "Amb." and "Pres." ("Amb.
		// Daalder"), whose stop the title keeps.
		j--
		stop = j + 1
	}
	// A rank between a title and the name is a title of its own: "Joint
	// Task Force Omega commander General Gilberto Rocha", "MFA
	// Undersecretary for Foreign Policy Ambassador Luis Cappagli".
	if !tp.honorific {
		if n := d.rankBefore(s.lo, j); n > 0 {
			last := j
			if stop == j+1 {
				last = stop // "Army Commander Gen. Kayani": "Gen."
			}
			tp.rank = strings.Join(strings.Fields(d.units[s.unit].text[d.toks[j-n+1].start:d.toks[last].end]), " ")
			j -= n
		}
	}
	end := j + 1 // title ends before the honorific or rank
	// A short aside between the title and the name is of the title: "MEA
	// Joint Secretary (Americas) S. Jaishankar", "Secretary (East) Rao".
	if j-2 >= s.lo && d.toks[j].text == ")" {
		if open := d.openingParen(j, s.lo); open > s.lo && j-open <= 4 && d.isTitleTok(open-1) {
			j = open - 1
		}
	}
	// Complement: "for Russia, Balkans, CIS" between the head and the name.
	complement := false
	if j >= s.lo && !d.isTitleTok(j) {
		k := j
		for k >= s.lo && j-k < 12 {
			t := &d.toks[k]
			if t.kind == tokWord && (t.upper || t.is("and") || t.is("the")) || t.text == "," || t.text == "&" || d.ann[k].kind == annCont {
				k--
				continue
			}
			break
		}
		if d.toks[j].text != "," && !d.toks[j].is("and") && k > s.lo && k < j && (d.toks[k].is("for") || d.toks[k].is("of") || d.toks[k].is("to")) && d.isTitleTok(k-1) && d.toks[k-1].upper && d.toks[k+1].text != "," {
			j = k - 1
			complement = true
			tp.viaLink = true
		} else {
			j = -1 // no complement, and no title word next to the name
		}
	}
	headAt := -1
	k := j
	for k >= s.lo && k >= 0 {
		switch {
		case d.isTitleTok(k):
			if headAt < 0 && (d.ann[k].kind == annTitle || d.ann[k].kind == annJargon) {
				headAt = k
			}
			if d.ann[k].kind == annJargon {
				tp.staff = tp.staff || d.ann[k].staff
			}
			k--
			continue
		case d.ann[k].kind == annCont:
			k--
			continue
		case headAt >= 0 && k < headAt && k-1 >= s.lo && d.toks[k].is("and") && d.spanKind(k-1) == annTitleMod && d.toks[k-1].upper && d.spanKind(k+1) == annTitleMod:
			// "National Security and Defense Council Secretary", "Economy
			// and Finance Minister": modifiers joined before the head (not
			// "President and Prime Minister Putin", two heads).
			k--
			continue
		case headAt < 0 && k < j && d.domainWord(k):
			// "Minister for Internal Security George Saitoti": a ministry's
			// domain that the lexicon does not list as a title word.
			k--
			continue
		case headAt < 0 && k < j && k-2 > s.lo && d.toks[k].is("and") && d.toks[k+1].upper && d.toks[k-1].upper && (d.isTitleTok(k-1) || d.domainWord(k-1)) && (d.isTitleTok(k+1) || d.domainWord(k+1)) &&
			d.toks[k-2].is("of") && ministerHeads[d.toks[k-3].lower]:
			// "Minister of Trade and Industry Rachid Mohamed Rachid": two
			// domains of one minister's portfolio (not "Minister of
			// Agriculture and senior ODM leader William Ruto").
			k--
			continue
		case headAt < 0 && k < j && k > s.lo && (d.toks[k].is("for") || d.toks[k].is("to")) && (d.spanKind(k-1) == annTitle || d.spanKind(k-1) == annJargon):
			// "Director for Africa Peter Tejler", "Minister for Trade John
			// Smith": what stood after the head were the words of its
			// complement that are also title modifiers, not the title.
			k--
			tp.viaLink = true
			continue
		case !complement && k < j && d.ofInTitle(s.lo, k):
			// "Minister of Foreign Affairs Moratinos", "Minister of the
			// Interior Adly": the head's complement is of the title. Not
			// after a complement read above ("Assistant Secretary of State
			// for Western Hemisphere Affairs"), whose last word is no name.
			k--
			continue
		case !complement && headAt < 0 && k < j && (d.toks[k].is("of") || d.toks[k].is("for") || d.toks[k].is("to")) && d.capitalised(k+1, j) &&
			(d.linkBefore(s.lo, k+1) == k || k-1 >= s.lo && d.spanKind(k-1) == annTitleMod && d.toks[k-1].upper):
			// "Director of International Cooperation Kamal al-Bahri": the
			// complement's words were all title modifiers, read above;
			// its link follows the head. A complement may have two links
			// ("Under Secretary of Defense for Policy Eric Edelman"); the
			// head must still be found before them. Not after a
			// complement read above, as for ofInTitle below, nor before
			// a lower-case word ("President of Congress under Alberto
			// Fujimori": "under" is a title modifier's word).
			k--
			tp.viaLink = true
			continue
		case headAt < 0 && k < j && (d.toks[k].kind == tokWord && d.toks[k].upper || d.toks[k].is("and")) && d.linkBefore(s.lo, k) > 0:
			// "Minister of External Affairs Pranab Mukherjee", "Minister
			// for Higher Education, Science and Technology Sally Kosgei":
			// the head's complement holds words the lexicon gives no
			// title mark.
			k = d.linkBefore(s.lo, k) - 1
			tp.viaLink = true
			continue
		case d.ann[k].kind == annOrg && d.toks[k].upper:
			// "MFA Cabinet Counselor", "NSC Senior Director"
			if tp.country == "" {
				tp.country = d.bodyCountry(k)
			}
			k--
			continue
		}
		break
	}
	if headAt < 0 {
		if tp.honorific {
			tp.lo = honLo
		} else if a := d.titleBeforeComma(si, lo); a.title != "" {
			return a
		}
		return tp
	}
	tlo := k + 1
	if k >= s.lo && d.ann[k].kind == annCity && d.ann[k].span > 1 && k+d.ann[k].span > tlo {
		// "Buenos Aires mayor Mauricio Macri": the loop went back over the
		// words of a city's name to its first; the title holds it whole.
		tlo = k
		k--
	}
	if tp.viaLink && k >= s.lo && d.objectOfTitle(s.lo, k) {
		// "Special Advisor to the Assistant Secretary for Western
		// Hemisphere Affairs William Perry": the title is another's, whom
		// the name's holder serves.
		return titlePhrase{lo: lo}
	}
	// Country adjective or possessive: "French", "U.S.", "Russia's".
	if k >= s.lo && (d.ann[k].kind == annDemonym || d.ann[k].kind == annCountry) && d.toks[tlo].is("desk") {
		// "NEA Iran Desk officer Sean Misko": the country the desk
		// covers, not the officer's; part of the title. The officer's is
		// the body's or the country word's before it ("Israeli MFA Iran
		// Desk officer").
		tp.lo, tlo = k, k
		j := k - 1
		if j >= s.lo && d.ann[j].kind == annOrg && d.toks[j].upper {
			tp.country = d.bodyCountry(j)
			j--
		}
		if j >= s.lo && (d.ann[j].kind == annDemonym || d.ann[j].kind == annCountry) {
			tp.country = d.ann[j].code
		}
	} else if k >= s.lo && (d.ann[k].kind == annDemonym || d.ann[k].kind == annCountry) {
		tp.country = d.ann[k].code
		tp.lo = k
	} else if k-1 >= s.lo && d.toks[k].kind == tokPoss && d.ann[k-1].kind == annCountry {
		tp.country = d.ann[k-1].code
		tp.lo = k - 1
	} else {
		tp.lo = tlo
	}
	u := &d.units[s.unit]
	if end == stop {
		end++
	}
	if t := &d.toks[end-1]; t.is("the") || t.is("of") || t.is("for") || t.is("to") {
		// "Yusuf Sawani, Executive Director of the Qadhafi Development
		// Foundation": a title that ends in its link is followed by the
		// name of a body, not of its holder.
		return titlePhrase{lo: lo}
	}
	tp.title = u.text[d.toks[tlo].start:d.toks[end-1].end]
	tp.title = strings.Join(strings.Fields(tp.title), " ")
	tp.role = roleOf(tp.title)
	if tp.staff && tp.country == "" {
		tp.country = "US"
	}
	return tp
}

// rankBefore returns how many tokens ending at j write a rank or form of
// address that states a title ("General", "Major General", "Ambassador",
// "Prince") after a title of its own, or 0. The title before it is a
// title word ("CHOD General Sanz", "commander BG Makhzumi") or ends a
// complement ("Undersecretary for Foreign Policy Ambassador Cappagli").
// A rank that ends a title head is the head's: "Secretary General Annan",
// "Attorney General Gonzales", "Crown Prince Salman".
func (d *doc) rankBefore(lo, j int) int {
	first := max(lo, j-5)
	words := make([]string, 0, 8)
	for k := first; k <= j; k++ {
		words = append(words, d.toks[k].text)
	}
	for n := min(3, j-first); n >= 1; n-- {
		start := j - n + 1
		if d.ann[start].kind != annTitle || !d.toks[start].upper || !rankWords(words[len(words)-n:]) {
			continue
		}
		// A head before the rank ("commander", "CHOD"; not "Deputy" of
		// "Deputy Ambassador"), or the end of a head's complement.
		if k := d.spanKind(start - 1); k != annTitle && k != annJargon && !d.complementEnds(lo, start-1) {
			return 0
		}
		if !splitsRank(words, n) {
			return 0
		}
		return n
	}
	return 0
}

// pluralTitled returns the mention that heads the list the name at lo
// goes on, when its title is a plural ("Presidents Putin and Halonen",
// "Senators Kerry, Lugar and Biden"), or -1. Names join the list by "and"
// or a comma, after an aside in brackets ("Representatives Brian Baird
// (D-WA) and Jim Cooper").
func (d *doc) pluralTitled(si, lo, hi int) int {
	s := &d.sents[si]
	if lo-1 > s.lo && d.toks[lo-1].text == "," {
		// After a comma the list goes on after the name, past an aside:
		// "Senators Kerry, Lugar and Biden", "Representatives Brian Baird
		// (D-WA), Jim Cooper (D-TN) and Adam Smith"; not "Senators Kerry
		// and Lugar, Smith told".
		k := d.afterAside(hi, s.hi)
		if k >= s.hi || !d.toks[k].is("and") && d.toks[k].text != "," {
			return -1
		}
	}
	comma := false // a comma joins a later name: an "and" before it closed the list
	for n := len(d.ments) - 1; n >= 0 && d.ments[n].sent == si; n-- {
		m := &d.ments[n]
		k := lo - 1
		if k < m.nhi {
			return -1
		}
		switch {
		case d.toks[k].is("and"):
			if comma {
				return -1 // "Senators Hagel and Biden, Karzai and Spanta asked"
			}
			if k-1 >= m.nhi && d.toks[k-1].text == "," {
				k-- // "Senators Kerry, Lugar, and Biden"
			}
		case d.toks[k].text == ",":
			comma = true
		default:
			return -1
		}
		k--
		if d.toks[k].text == ")" {
			if open := d.openingParen(k, m.nhi); open >= m.nhi {
				k = open - 1
			}
		}
		if k != m.nhi-1 {
			return -1
		}
		if m.title != "" && m.lo < m.nlo {
			if b := m.lo - 1; b-1 > s.lo && d.toks[b].is("of") && d.toks[b-1].upper {
				return -1 // "Speaker of the House of Representatives Pelosi and Reid": the body's plural
			}
			if words := strings.Fields(m.title); !slices.Equal(singularHead(words), words) {
				return n
			}
			return -1
		}
		// "Senators Kerry, Lugar and Biden": back along the list, past
		// names with no title before them.
		lo = m.nlo
	}
	return -1
}

// complementThenName reports whether a title's complement starts at token
// k ("to India", "for Political Affairs") and a name follows it: the
// title is that name's, not a role standing alone.
func (d *doc) complementThenName(hi, k int) bool {
	if k >= hi || !d.toks[k].is("to") && !d.toks[k].is("for") && !d.toks[k].is("of") {
		return false
	}
	for k++; k < hi; k++ {
		t := &d.toks[k]
		switch {
		case d.nameTok(k) || t.kind == tokWord && isInitial(t.text):
			return d.toks[k-1].upper
		case d.spanKind(k) == annTitle || d.spanKind(k) == annJargon:
			// "thanked the Ambassador for Secretary Rice's letter": another
			// title's head, another holder.
			return false
		case t.is("the") || t.is("and") || t.kind == tokWord && t.upper:
		default:
			return false
		}
	}
	return false
}

// statedNationality is the country the text states for the person whose
// name is tokens [lo,hi) of sentence si, in ways no title grammar reads:
// "AMCIT Claude Cassirer" (an American citizen), "Carlos Slim of Mexico",
// a title at or of a country's embassy ("Gary Nicholls, Second Secretary
// at the British Embassy", "Charge d'Affaires at the Embassy of
// Bangladesh"). Empty when it states none.
func (d *doc) statedNationality(si, lo, hi int, title string) string {
	s := &d.sents[si]
	if lo > s.lo && amcitWords.hasLower(d.toks[lo-1].lower) {
		return "US"
	}
	if hi+1 < s.hi && d.toks[hi].is("of") && usLegislator(title) && d.usStateAt(hi+1, s.hi) {
		// "Representative David Scott of Georgia": a state of the US.
		return "US"
	}
	if hi+1 < s.hi && d.toks[hi].is("of") && d.ann[hi+1].kind == annCountry && d.ann[hi+1].code != "" && !(d.ann[hi+1].code == "GE" && usLegislator(title)) {
		// The country's name ends the phrase: "Carlos Slim of Mexico.",
		// "Ahmed Kamal of Saudi Arabia and", "Ali Hassan of Egypt met";
		// not "informed Aboul Gheit of Israel's decision", "assured Kamal
		// of U.S. support".
		e := hi + 1 + max(d.ann[hi+1].span, 1)
		if e >= s.hi || d.toks[e].kind == tokPunct && d.toks[e].text != "'" || d.toks[e].is("and") || d.toks[e].kind == tokWord && personVerbs.hasLower(d.toks[e].lower) {
			return d.ann[hi+1].code
		}
	}
	if strings.Contains(title, "Embassy") {
		return embassyCountry(title)
	}
	return ""
}

// usLegislator reports whether title is a member of the US Congress's,
// whose "of Georgia" names a state ("Congressman John Lewis of Georgia").
func usLegislator(title string) bool {
	return usLegislatorTitles.hasLower(strings.ToLower(title))
}

var usLegislatorTitles = set("senator", "sen.", "sen", "congressman", "congresswoman", "representative", "rep.", "rep", "u.s. senator", "u.s. representative")

// amcitWords before a name make its bearer an American citizen.
var amcitWords = cues("amcit_words")

// usStates are the names of the states of the United States.
var usStates = cues("us_states")

// usStateAt reports whether the tokens from k (before hi) begin with
// the capitalised name of a US state, of one word or two ("Georgia",
// "New York").
func (d *doc) usStateAt(k, hi int) bool {
	if k >= hi || !d.toks[k].upper {
		return false
	}
	if usStates.hasLower(d.toks[k].lower) {
		return true
	}
	return k+1 < hi && d.toks[k+1].upper && usStates.hasLower(d.toks[k].lower+" "+d.toks[k+1].lower)
}

// embassyCountry is the country whose embassy a title names: "Second
// Secretary at the British Embassy", "Charge d'Affaires at the Embassy of
// Bangladesh in Cairo". Empty when it names none, or the embassy of a
// country's people is ambiguous ("the Embassy in Cairo").
func embassyCountry(title string) string {
	words := strings.Fields(title)
	for i, w := range words {
		if w != "Embassy" {
			continue
		}
		if i > 0 {
			if c, ok := countryByDemonym(words[i-1]); ok {
				return c
			}
		}
		if i+2 < len(words) && words[i+1] == "of" {
			if c, ok := countryByName(words[i+2]); ok {
				return c
			}
		}
	}
	return ""
}

// objectOfTitle reports whether the title that starts right after token
// k is the object of another's: "to the", "of the", "for the" before it
// ("Special Advisor to the Assistant Secretary for ..."); not a bare
// "the" ("the Minister for Trade John Smith"), a bare preposition
// ("According to Ambassador to India David Mulford") nor a possessive
// ("Iran's Ambassador to India S.Z. Yaghoubi").
func (d *doc) objectOfTitle(lo, k int) bool {
	if !d.toks[k].is("the") || k-1 < lo {
		return false // "According to Ambassador to India David Mulford"
	}
	t := &d.toks[k-1]
	return t.is("to") || t.is("of") || t.is("for")
}

// linkBefore returns the index of the "of", "for" or "to" that joins a
// title head to the complement token k ends ("Secretary of Human Rights",
// "Minister for Higher Education, Science and Technology"), or -1: the
// words between are capitalised (or "the", "and", a comma before a
// capitalised word).
func (d *doc) linkBefore(lo, k int) int {
	for i := k; i > lo && k-i < 10; i-- {
		t := &d.toks[i]
		switch {
		case t.is("of") || t.is("for") || t.is("to"):
			if i < k && d.toks[i-1].upper && (d.spanKind(i-1) == annTitle || d.spanKind(i-1) == annJargon) {
				return i
			}
			return -1
		case t.is("the") || t.is("and"):
		case t.text == ",":
			if i+1 > k || !d.toks[i+1].upper {
				return -1
			}
		case t.kind == tokWord && t.upper:
		default:
			return -1
		}
	}
	return -1
}

// pluralHead reports whether title is one word, the plural of a title
// head ("Soldiers", "Officials"), which the lexicon reads as a title so
// that it may stand before a list ("Representatives Smith and Jones").
func pluralHead(title string) bool {
	if strings.ContainsAny(title, " .") {
		return false
	}
	h, ok := lexicon.SingularTitleHead(title)
	return ok && !strings.EqualFold(h, title)
}

// listGoesOn reports whether a list of names goes on at token hi:
// "and" or "&", or a comma before a capitalised word ("Senators Baker,
// Hamilton and Kerry").
func (d *doc) listGoesOn(si, hi int) bool {
	end := d.sents[si].hi
	hi = d.afterAside(hi, end) // "Representatives Baird (D-WA) and Cooper (D-TN)"
	if hi >= end {
		return false
	}
	if t := &d.toks[hi]; t.is("and") || t.text == "&" || t.text == "/" {
		return true
	}
	return d.toks[hi].text == "," && hi+1 < end && d.toks[hi+1].kind == tokWord && d.toks[hi+1].upper
}

// afterAside returns the token after a short aside in brackets that
// opens at token hi, before end ("Brian Baird (D-WA) and"), else hi. Not
// asideEnd: names are read before the meeting stage's mentions exist.
func (d *doc) afterAside(hi, end int) int {
	if hi < end && d.toks[hi].text == "(" {
		if e := d.closingParen(hi, end); e > 0 && e-hi <= 6 {
			return e + 1
		}
	}
	return hi
}

// capitalised reports whether every word of tokens lo..hi is
// capitalised, or one of the small words a title's complement holds
// ("and", "the", "of", "for").
func (d *doc) capitalised(lo, hi int) bool {
	for i := lo; i <= hi; i++ {
		t := &d.toks[i]
		if t.kind == tokWord && !t.upper && !t.is("and") && !t.is("the") && !t.is("of") && !t.is("for") {
			return false
		}
	}
	return true
}

// rankWords reports whether words are a rank or form of address that
// states a title: a military, diplomatic or royal honorific ("General",
// "BG", "Ambassador", "Prince"; not "Senator", a post, nor "Imam" or
// "Professor", which compound with the words before them), or a title
// head that ends in a military one ("Brigadier General", "Rear Admiral").
func rankWords(words []string) bool {
	if h, k := lexicon.HonorificWords(words); k == len(words) {
		return h.Title != "" && (h.Kind == lexicon.HonorificMilitary || h.Kind == lexicon.HonorificDiplomatic || h.Kind == lexicon.HonorificRoyal)
	}
	if len(words) < 2 || lexicon.TitleHeadWords(words) != len(words) {
		return false
	}
	// A rank from end to end: not "Attorney General".
	h, k := lexicon.HonorificWords(words[len(words)-1:])
	return k == 1 && h.Kind == lexicon.HonorificMilitary && rankFirstWords.hasLower(strings.ToLower(words[0]))
}

// rankFirstWords open a title head that is a military rank from end to
// end ("Brigadier General", "Rear Admiral").
var rankFirstWords = cues("rank_first_words")

// splitsRank reports whether the last n words of a title, a rank
// (rankWords), are a title of their own beside the words before them:
// no head runs from those words into the rank ("Deputy Director
// General", "UN Deputy Secretary General"), and the word before it does
// not compound with it ("Governor General", "Colonel General", "Air Chief
// Marshal": the cue list rank_compounds).
func splitsRank(words []string, n int) bool {
	at := len(words) - n
	if at == 0 {
		return false
	}
	for i := range at {
		if lexicon.TitleHeadWords(words[i:]) > at-i {
			return false
		}
	}
	return !rankCompounds.hasLower(strings.ToLower(words[at-1] + " " + words[at]))
}

// rankCompounds are titles whose last word is also a rank ("Governor
// General", "Sergeant Major"), which the lexicon does not list as heads.
var rankCompounds = cues("rank_compounds")

// complementEnds reports whether token k ends the complement of a title
// head: "for Foreign Policy" of "Undersecretary for Foreign Policy",
// capitalised words after "for", "of" or "to" that follows a title word.
func (d *doc) complementEnds(lo, k int) bool {
	for i := k; i > lo && k-i < 6; i-- {
		t := &d.toks[i]
		if t.is("for") || t.is("of") || t.is("to") {
			return i < k && d.isTitleTok(i-1)
		}
		if t.kind != tokWord || !t.upper && !t.is("the") && !t.is("and") || d.spanKind(i) == annTitle || isInitial(t.text) || isGivenName(t.text) {
			// Neither a title's head nor a name in the complement: in
			// "Advisor to Deputy Foreign Minister Guimaraes Ambassador
			// Marcos Pinta Gama" and "Assistant Secretary for WHA Thomas P.
			// Shannon Ambassador William B. Wood" the words before the rank
			// end another's name.
			return false
		}
	}
	return false
}

// titleBeforeComma reads a title in apposition before the name at lo:
// "The Minister of Health, Maria Luisa Avila, developed ...", "Iceland's
// Foreign Minister, Ossur Skarphedinsson, presented ...". The name must
// close the apposition (a comma, a full stop or the sentence's end after
// it) and be written in full (two words or more), and the title gives
// the person only its words, not the mention's start: the title stays a
// mention of its own.
func (d *doc) titleBeforeComma(si, lo int) titlePhrase {
	s := &d.sents[si]
	if lo-2 < s.lo || d.toks[lo-1].text != "," || !d.isTitleTok(lo-2) {
		return titlePhrase{}
	}
	hi := lo
	for hi < s.hi && (d.nameTok(hi) || d.toks[hi].kind == tokWord && isParticle(d.toks[hi].lower)) {
		hi++
	}
	if hi-lo < 2 {
		// "Minister of Housing, Utilities, and Urban Development", "UAE
		// Chief of Staff, Lt. General Hamad": a full name only.
		return titlePhrase{}
	}
	if hi < s.hi && d.toks[hi].text != "," && d.toks[hi].text != "." {
		return titlePhrase{}
	}
	tp := d.titleLeft(si, lo-1)
	if tp.title == "" {
		return titlePhrase{}
	}
	// In an opening phrase ("After meeting with the President, Ali
	// Nazari, who leads the opposition, told", "In a call on the Economic
	// Counselor, Omar Zaki, ... complained"), the name after the comma is
	// the sentence's subject when a verb follows it and its aside, not an
	// apposition of the phrase's object ("In a meeting with the Minister of
	// Health, Maria Avila, the Ambassador raised").
	b := tp.lo - 1
	if b > s.lo && (d.toks[b].is("the") || d.toks[b].is("a") || d.toks[b].is("an")) {
		b--
	}
	if phraseOpeners.hasLower(d.toks[s.lo].lower) && !d.commaIn(s.lo, tp.lo) && b > s.lo && titleGovernors.hasLower(d.toks[b].lower) {
		k := hi
		if k < s.hi && d.toks[k].text == "," {
			k++
			if k < s.hi && (d.toks[k].is("who") || d.toks[k].is("which")) {
				for k < s.hi && d.toks[k].text != "," {
					k++
				}
				k++
			}
		}
		// A verb there, not a subject: "told the press", not "the
		// Ambassador", "we", "visiting Senator Ann Cole".
		if k+1 < s.hi && d.toks[k].kind == tokWord && !d.toks[k].upper && !determiners.hasLower(d.toks[k].lower) && !subjectPronouns.hasLower(d.toks[k].lower) &&
			!d.toks[k+1].upper && !d.isTitleTok(k+1) {
			return titlePhrase{}
		}
	}
	if tp.honorific || tp.staff || foreignChief(tp.role) || tp.role == "cg" {
		// "In a farewell call on the Consul General, Mustafa Gunay, ...
		// confirmed": the bare title of a US post's officer is the one
		// the cable's own people hold, and the name after it another's.
		return titlePhrase{}
	}
	if d.titleRight(si, hi).title != "" {
		return titlePhrase{} // "..., Mustafa Gunay, Secretary General of ...": a title of their own
	}
	for k := max(s.lo, tp.lo-4); k < tp.lo; k++ {
		if d.familyWordAt(k) != kinNone {
			return titlePhrase{} // "Frei's daughter and campaign advisor, Magdalena Frei": kinship, read by kinCue
		}
	}
	tp.lo = lo
	return tp
}

// titleGovernors before a title in an opening phrase make it their
// object ("After meeting with the President, ...", "In a call on the
// Economic Counselor, ..."); not "At the outset the Interior Minister, X,".
var titleGovernors = set("with", "on", "to", "for", "by", "from", "of", "meeting", "visiting", "calling")

// subjectPronouns may open a main clause after an opening phrase.
var subjectPronouns = set("i", "we", "he", "she", "they", "it")

// commaIn reports whether a comma stands among tokens [lo,hi).
func (d *doc) commaIn(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if d.toks[k].text == "," {
			return true
		}
	}
	return false
}

// phraseOpeners open a phrase before a sentence's subject ("After
// meeting with ...,", "In a call on ...,").
var phraseOpeners = set("after", "before", "following", "during", "in", "at", "on", "upon", "when", "while", "since", "as")

// ministerHeads are the heads of the titles ofInTitle reads through "of":
// a minister's or secretary's portfolio follows them ("Minister of
// Defense"). Other heads take the name of a body ("Director of the
// National Agrarian Institute", "President of the Parliamentary
// Investigative Commission"), whose last word would be read as a name.
var ministerHeads = set("minister", "ministers", "secretary", "undersecretary", "vice-minister")

// ofInTitle reports whether token k, in a title read leftwards from a
// name, is the "of" (or the "the" of "of the") that joins a title's head
// to the words of its office that follow ("Minister of Defense",
// "Secretary of the Treasury"): a title word before, one of the
// continuation after. Not "for": "Assistant Secretary for International
// Organizations" ends in a word no title table holds, which would be
// read as the name.
func (d *doc) ofInTitle(lo, k int) bool {
	t := &d.toks[k]
	next := k + 1
	if t.is("the") {
		if k-1 < lo || !d.toks[k-1].is("of") {
			return false
		}
		return next < len(d.toks) && d.isTitleTok(next)
	}
	if !t.is("of") || k-1 < lo || !d.isTitleTok(k-1) || !ministerHeads[d.toks[k-1].lower] {
		return false
	}
	if next < len(d.toks) && d.toks[next].is("the") {
		next++
	}
	return next < len(d.toks) && (d.isTitleTok(next) || d.domainWord(next))
}

// domainWord reports whether token k is a capitalised word that begins
// the name of a ministry's domain ("Internal" of "Minister for Internal
// Security"), which may stand in a title though the lexicon gives it no
// title mark.
func (d *doc) domainWord(k int) bool {
	t := &d.toks[k]
	return t.kind == tokWord && t.upper && ministryDomain.hasLower(t.lower) && d.ann[k].kind != annCountry && d.ann[k].kind != annDemonym
}

// titleRight reads an appositive title after a name: "Isabelle Dumont,
// MFA Cabinet Counselor for Russia," or "Smith (Deputy Director)".
func (d *doc) titleRight(si, hi int) titlePhrase {
	s := &d.sents[si]
	tp := titlePhrase{}
	if hi+1 >= s.hi || d.toks[hi].text != "," && d.toks[hi].text != "(" {
		return tp
	}
	k := hi + 1
	if d.toks[k].is("the") || d.toks[k].is("a") || d.toks[k].is("an") || d.toks[k].is("his") || d.toks[k].is("her") {
		k++
	}
	if k >= s.hi {
		return tp // "..., the" ends the sentence
	}
	if n := max(d.ann[k].span, 1); k+n < s.hi && d.ann[k].kind == annCountry && d.toks[k+n].kind == tokPoss {
		// "Nestor Kirchner, Argentina's President-elect", "Adel
		// al-Jubeir, Saudi Arabia's Ambassador to Washington"
		tp.country = d.ann[k].code
		k += n + 1
	} else if d.ann[k].kind == annDemonym || d.ann[k].kind == annCountry {
		tp.country = d.ann[k].code
		k += max(d.ann[k].span, 1)
	} else if k+1 < s.hi && d.ann[k].kind == annOrg && d.ann[k].span == 1 && d.toks[k].upper && d.toks[k+1].kind == tokPoss {
		// "Virginia Toniatti, the MFA's General Coordinator", "Ahmed
		// Rizk, IKC's Executive Director": the body's post.
		tp.country = d.bodyCountry(k)
		k += 2
	}
	start := k
	head, unknown := false, false
	for k < s.hi {
		switch {
		case d.isTitleTok(k):
			head = head || d.ann[k].kind == annTitle || d.ann[k].kind == annJargon
			tp.staff = tp.staff || d.ann[k].staff
		case d.ann[k].kind == annCont:
		case d.ann[k].kind == annOrg && d.toks[k].upper:
			if tp.country == "" {
				tp.country = d.bodyCountry(k)
			}
		case d.lowerBeforeHead(si, k):
			// "a former industry minister", "key advisor": a word in lower
			// case that a title's head follows is part of the title.
		case !head && d.capsBeforeHead(s.hi, k):
			// "Sandra Melendez, TSA International Industry Representative,
			// said": capitalised words the lexicon does not know, before
			// the head.
			unknown = true
		default:
			goto done
		}
		k++
	}
done:
	if !head || k == start {
		return tp
	}
	if k < s.hi && d.toks[k].kind == tokPoss {
		return titlePhrase{} // "Cecilia Sarkozy, the president's wife": another's title
	}
	// Complement: "of the Foreign Ministry", "for Russia".
	if k+1 < s.hi && (d.toks[k].is("of") || d.toks[k].is("for") || d.toks[k].is("at") || d.toks[k].is("to")) {
		c := k + 1
		if d.toks[c].is("the") {
			c++
		}
		e, second, owned := c, -1, false
		for e < s.hi && (d.toks[e].kind == tokWord && (d.toks[e].upper || d.ann[e].kind == annCont || d.complementJoins(c, e, s.hi)) || d.possessiveJoins(c, e, s.hi)) {
			if second < 0 && e > c && d.toks[e].kind == tokWord && !d.toks[e].is("and") && !d.toks[e].upper && d.ann[e].kind != annCont {
				second = e
			}
			if (d.ann[e].kind == annNone || d.ann[e].kind == annCity) && isGivenName(d.toks[e].text) && e+1 < s.hi && d.nameTok(e+1) {
				break // the next person of a list: "X, Minister of Y Jimmy Z" ("George" is a town too)
			}
			if d.toks[e].text == "U" && e+2 < s.hi && d.nameTok(e+1) && d.nameTok(e+2) {
				break // the same in Burma, whose honorific "U" opens a name: "U Thaung, Minister of Science and Technology U Nyan Win"
			}
			if e+1 < s.hi && d.toks[e+1].text == ":" {
				break // the header of a list's next side: "Assistant to Under Secretary Burns Brazil: Minister ..."
			}
			if d.toks[e].kind == tokPoss {
				owned = true
			}
			if tp.country == "" && !owned && (d.ann[e].kind == annCountry || d.ann[e].kind == annOrg) {
				// (Not from the body a possessive owns: "Director of the
				// IAEA's Iraq Action Team" serves the IAEA.)
				tp.country = d.bodyCountry(e)
			}
			e++
		}
		if second > 0 && e-second >= 3 && d.unknownCaps(e-1) && d.unknownCaps(e-2) {
			e = second // "... and National Defense Olmedo Alfaro": the next name
		}
		if e > c {
			k = e
		}
	}
	headEnd := k == start || d.isTitleTok(k-1) // no complement read
	if k < s.hi && (d.nameTok(k) || isGivenName(d.toks[k].text) && k+1 < s.hi && d.nameTok(k+1)) {
		return titlePhrase{} // a list of titled names, not an apposition
	}
	if headEnd && k < s.hi && d.toks[k].kind == tokWord && !d.toks[k].upper && !appositionGlue.hasLower(d.toks[k].lower) {
		// "In a meeting with Al-Attiyah, Ambassador raised ...": a verb
		// after the title makes it the subject of the next clause.
		return titlePhrase{}
	}
	if unknown && k < s.hi && d.toks[k].text != "," && d.toks[k].text != ")" && d.toks[k].text != "." {
		// Words the lexicon does not know read as a title only where the
		// apposition closes: not "Michael Hall, Biotechnology Advisor for
		// USAID's Regional ... Office in Nairobi, met".
		return titlePhrase{}
	}
	u := &d.units[s.unit]
	tp.title = strings.Join(strings.Fields(u.text[d.toks[start].start:d.toks[k-1].end]), " ")
	tp.role = roleOf(tp.title)
	tp.hi = k
	if k < s.hi && d.toks[k].text == ")" {
		tp.hi = k + 1
	}
	if tp.staff && tp.country == "" {
		tp.country = "US"
	}
	return tp
}

// complementJoins reports whether the word at e, inside a title's
// complement that starts at c, joins more capitalised words to it: "and"
// ("Minister of Trade and Industry"), or the link of a second complement,
// "of" ("Professor at the University of Panama") or "for" after a title
// word ("Chief of Staff to the Secretary of State for Rural Affairs"; not
// "Director of Assistance Programs for FUNAI (...) and ...", nor "Director
// of International Relations for Brazil", who serves Brazil).
func (d *doc) complementJoins(c, e, hi int) bool {
	if e+1 >= hi || !d.toks[e+1].upper {
		return false
	}
	t := &d.toks[e]
	return t.is("and") || e > c && (t.is("of") || t.is("for") && d.isTitleTok(e-1) && d.ann[e+1].kind != annCountry)
}

// bodyCountry is the country of the organisation or country word at
// token k of a title: the lexicon's, or the host's for a ministry the
// cable writes without one ("MFA", "the Foreign Ministry").
func (d *doc) bodyCountry(k int) string {
	if c := d.ann[k].code; c != "" {
		return c
	}
	if isHostMinistry(d.toks[k].text) {
		return d.host
	}
	return ""
}

// possessiveJoins reports whether token e, inside a title's complement
// that starts at c, is a possessive that joins the body it owns to the
// complement: "Head of the FCO's Counterproliferation Department",
// "Director of the MFA's Iran Desk" (the body the holder heads is the
// capitalised words after it).
func (d *doc) possessiveJoins(c, e, hi int) bool {
	// Not a post the owner has, whose holder's name follows: "advisor to
	// the Prime Minister's Chief of Staff Tom Smith".
	return e > c && d.toks[e].kind == tokPoss && e+1 < hi && d.toks[e+1].kind == tokWord && d.toks[e+1].upper &&
		d.ann[e+1].kind != annTitle && d.ann[e+1].kind != annJargon
}

// unknownCaps reports whether token k is a capitalised word the lexicon
// does not know: in a row of two, more likely a name than a body's.
func (d *doc) unknownCaps(k int) bool {
	return d.toks[k].kind == tokWord && d.toks[k].upper && d.ann[k].kind == annNone
}

// inComplement reports whether token k follows, within three words, the
// "for", "of" or "to" that opens a title's complement.
func (d *doc) inComplement(si, k int) bool {
	s := &d.sents[si]
	for j := k - 1; j > s.lo && k-j <= 3; j-- {
		if t := &d.toks[j]; (t.is("for") || t.is("of") || t.is("to")) && d.isTitleTok(j-1) {
			return true
		}
	}
	return false
}

// abstractNoun reports whether a word in lower case is an abstract noun
// ("simplification", "cooperation", "readiness", "partnership",
// "tourism", "security", "agriculture"): it has such a noun's ending and
// running cable text writes it in lower case. Surnames with the same
// endings are not ("Gration", "Holness", "Harkness").
func abstractNoun(w string) bool {
	if len(w) < 7 || lowerCount(w) < 3 {
		return false
	}
	for _, suf := range []string{"tion", "sion", "ness", "ship", "ism", "ity", "ture"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// apposedTitle reports whether the title tp read in apposition after the
// name ending before token hi, a name that has a title before it, is a
// second title of the name's. Appositions after a titled name are as
// often the next item of a list of people, so it must close where a
// clause goes on: in brackets ("Ashfaq Kayani (former ISI head)"), at
// the sentence's end, or at a comma before a word in lower case ("...,
// a former Health Minister, said"). Not opened by "his" or "her", which
// name another person ("Prime Minister Fillon, his Chief of Staff, and
// ..."), nor by a participle ("accompanied by Spokesman"); not a rank
// repeated ("Thiab Mustafa Ali, MG"); and its last word is one the
// lexicon knows, not the next name that a complement ran into
// ("Kalonzo Musyoka, Minister of Security Saitoti").
func (d *doc) apposedTitle(si, hi int, tp titlePhrase) bool {
	if rankWords(strings.Fields(tp.title)) || strings.Contains(tp.title, " by ") {
		return false
	}
	end := d.sents[si].hi
	if hi+1 < end && (d.toks[hi+1].is("his") || d.toks[hi+1].is("her") || d.toks[hi+1].is("their")) {
		return false
	}
	last := tp.hi - 1
	for last > hi && d.toks[last].kind != tokWord {
		last-- // ")"
	}
	if d.ann[last].kind == annNone || d.ann[last].kind == annStop {
		return false
	}
	next := last + 1
	switch {
	case next >= end || next == end-1 && d.toks[next].kind == tokPunct:
		return true // the sentence ends
	case d.toks[next].text == ")":
		return d.toks[hi].text == "("
	case d.toks[next].text == "," && next+1 < end:
		u := &d.toks[next+1]
		return u.kind == tokWord && !u.upper && !u.is("and") && !u.is("the") && !u.is("a") && !u.is("an") && !u.is("or")
	}
	return false
}

// capsBeforeHead reports whether token k opens a run of capitalised
// words, none a given name, that a title's head ends within five words.
func (d *doc) capsBeforeHead(hi, k int) bool {
	for j := k; j < hi && j-k < 5; j++ {
		t := &d.toks[j]
		if t.kind != tokWord || !t.upper || isGivenName(t.text) {
			return false
		}
		if a := d.spanKind(j); a == annTitle || a == annJargon {
			return j > k
		}
	}
	return false
}

// appositionGlue may follow a title in apposition ("X, Ambassador to
// Y", "X, Minister of Y, who ..."); any other word in lower case after it
// is a verb whose subject the title is.
var appositionGlue = cues("apposition_glue")

// hostMinistries are the acronyms by which a cable names the ministries of
// the country it is sent from.
var hostMinistries = cues("host_ministries")

func isHostMinistry(s string) bool { return hostMinistries.hasAnyCase(s) }

// roleOf maps a title to the role that "the X" refers back to.
func roleOf(title string) string {
	// "AMB.", "Pol. Couns.": the stop of an abbreviation changes no role.
	t := strings.TrimSuffix(strings.TrimPrefix(strings.ToLower(title), "the "), ".")
	t = strings.ReplaceAll(t, "minister counselor", "minister-counselor") // written both ways
	if _, plural := lexicon.SingularTitleHead(t[strings.LastIndexByte(t, ' ')+1:]); plural {
		return "" // "EU Ambassadors": many, none of them the one "the Ambassador" names
	}
	switch {
	case t == "a/dcm" || t == "adcm" || t == "acting dcm" || strings.Contains(t, "acting deputy chief of mission"):
		return "adcm"
	case strings.Contains(t, "deputy chief of mission") || t == "dcm":
		return "dcm"
	case strings.Contains(t, "charge") || t == "cda":
		return "charge"
	case strings.Contains(t, "deputy") || strings.Contains(t, "vice") || strings.Contains(t, "former"):
		return ""
	case t == "com" || strings.Contains(t, "chief of mission"):
		// The head of a mission that has no ambassador (USINT Havana's
		// "COM Jonathan Farrar"): "the COM".
		return "com"
	case t == "secgen" || t == "syg" || strings.HasSuffix(t, "secretary general") || strings.HasSuffix(t, "secretary-general"):
		if strings.Contains(t, "under") || strings.Contains(t, "assistant") {
			return ""
		}
		// "the SecGen": the one secretary general the cable names (NATO's,
		// the UN's, a ministry's).
		return "secgen"
	case strings.Contains(t, "ambassador") || t == "amb":
		return "ambassador"
	case t == "fm" || strings.Contains(t, "foreign minister") || strings.Contains(t, "minister of foreign affairs"):
		return "fm"
	case t == "pm" || strings.Contains(t, "prime minister"):
		return "pm"
	case t == "secretary" || strings.Contains(t, "secretary of state"):
		return "secretary"
	case t == "president":
		return "president"
	case t == "pope" || t == "pontiff" || t == "holy father":
		// "the Pontiff", "the Holy Father": the Pope the cable names.
		return "pope"
	case t == "pol m/c" || t == "pol m-c" || t == "polmc" || t == "pol-mc" || t == "pol/mc" || t == "pol mincouns" || t == "polmincouns" || t == "pol/c" ||
		t == "polcouns" || t == "polmincons" || t == "pol mincons" || t == "pol chief" || t == "polchief" || t == "pol/econ chief" || t == "polecon chief" ||
		t == "polecon counselor" || t == "pol/econ counselor" || t == "pol-econ counselor" || t == "pol-econ chief" || t == "p/e chief" || t == "p/e counselor" ||
		strings.Contains(t, "political minister-counselor") || strings.Contains(t, "political counselor") ||
		strings.Contains(t, "political chief") || strings.Contains(t, "political/economic chief") || strings.Contains(t, "political section chief"):
		return "polchief"
	case t == "poloff" || t == "pol off" || t == "political officer":
		// One political officer among several; the Classified By line
		// names the one who drafted ("Classified By: Political Officer
		// Chris Zimmer"), and "met with RSO and Poloff" is that one.
		return "poloff"
	case t == "econoff" || t == "econ off" || t == "economic officer":
		return "econoff"
	case t == "econcouns" || t == "econ/c" || t == "econ chief" || t == "emin" || strings.Contains(t, "economic counselor") || strings.Contains(t, "economic minister-counselor"):
		return "econchief"
	case strings.Contains(t, "consul general") || t == "cg" || t == "congen" || t == "principal officer":
		// A consulate's principal officer heads it: its ConGen ("CLASSIFIED
		// BY: Henry V. Jardine, Principal Officer, U.S. Consulate General
		// Calcutta").
		return "cg"
	}
	// A US mission's abbreviation the lexicon spells out ("PolCounselor",
	// "PMIN", "Econ M/C"): the role of what it stands for.
	if j, ok := lexicon.LookupJargon(title); ok && j.Kind == lexicon.JargonTitle && j.Country == "US" && !strings.EqualFold(j.Expansion, title) {
		return roleOf(j.Expansion)
	}
	return ""
}

// bareHead reports whether the title at [lo,end) stands for a holder the
// cable names and no name follows: "the Foreign Minister", "the SecGen",
// "the Venezuelan Foreign Minister" (resolveRoles takes the country),
// "their Foreign Minister", not "EU Foreign Ministers", "the incoming
// Foreign Minister", "the Foreign Minister of Uganda", "the UN Secretary
// General", nor "Foreign Minister Dr. Prince Torki" (a name after the
// honorific).
func (d *doc) bareHead(si, lo, end int) bool {
	s := &d.sents[si]
	if strings.HasSuffix(d.toks[end-1].lower, "s") {
		return false
	}
	if end < s.hi && (d.ann[end].kind == annHonorific || d.toks[end].is("of") || d.toks[end].is("for")) {
		return false
	}
	k := lo - 1
	if k >= s.lo && (d.ann[k].kind == annDemonym || d.ann[k].kind == annCountry) {
		k--
	}
	if k < s.lo {
		return true
	}
	t := &d.toks[k]
	return t.kind == tokPunct || determiner(t)
}

// determiner reports whether t is "the" or a possessive pronoun of the
// third person ("the Foreign Minister", "his office").
func determiner(t *token) bool {
	return t.is("the") || t.is("his") || t.is("her") || t.is("their") || t.is("its")
}

// roleAt records a role mention at token i ("the Ambassador", "Poloff",
// "the FM") when no name follows it; it reports whether it did.
func (d *doc) roleAt(si, i int) bool {
	a := d.ann[i]
	if a.kind != annTitle && a.kind != annJargon || !d.toks[i].upper && !(a.staff && lowerStaffWords[d.toks[i].lower]) {
		return false // ("told poloff": the staff jargon also in lower case)
	}
	s := &d.sents[si]
	// Multi-token jargon: Pol M/C.
	end := i + max(a.span, 1)
	// The head must end the title: "Ambassador" but not "Ambassador's
	// residence"; a name right after is handled by titleLeft.
	for end < s.hi && (d.isTitleTok(end) || d.ann[end].kind == annCont) {
		end++
	}
	if end < s.hi && d.nameTok(end) {
		return false
	}
	if end+1 < s.hi && d.toks[end].text == "." && d.toks[end].start == d.toks[end-1].end && d.nameTok(end+1) {
		return false // "Amb. Daalder": the abbreviated title of the name after it
	}
	if d.complementThenName(s.hi, end) {
		return false // "Ambassador to India S.Z. Yaghoubi"
	}
	text := strings.Join(strings.Fields(d.units[s.unit].text[d.toks[i].start:d.toks[end-1].end]), " ")
	role := roleOf(text)
	lo := i
	if role == "" {
		// "Political Minister Counselor": the modifier before the head
		// makes the role ("Minister Counselor" alone is none).
		for lo > s.lo && d.ann[lo-1].kind == annTitleMod && d.toks[lo-1].upper && i-lo < 3 {
			lo--
		}
		if lo < i {
			wider := strings.Join(strings.Fields(d.units[s.unit].text[d.toks[lo].start:d.toks[end-1].end]), " ")
			// The mission's own posts, and "the Foreign Minister", "the
			// Prime Minister": the one the cable names so (resolveRoles).
			if r := roleOf(wider); r == "polchief" || r == "econchief" || r == "fm" || r == "pm" {
				text, role = wider, r
			} else {
				lo = i
			}
		}
	}
	if role == "" && !a.staff {
		return false
	}
	if officeRole(role) && !d.bareHead(si, lo, end) {
		return false // a qualified title is some other holder's
	}
	d.ments = append(d.ments, pmention{
		sent: si, lo: lo, hi: end, nlo: end, nhi: end, title: text, role: role, staff: a.staff,
		person: -1, text: [2]int{d.toks[lo].start, d.toks[end-1].end},
	})
	return true
}

// nameCity: a city name (of one or two words) written like a name, which
// may continue a person's name started before it.
func (d *doc) nameCity(j int) bool {
	t := &d.toks[j]
	return d.ann[j].kind == annCity && d.ann[j].span <= 2 && t.upper && !t.allCaps
}

// complementGoesOn reports whether the one capitalised word [lo,hi) stands
// inside a title's complement that goes on after it: "Special Envoy for
// War Crimes Issues Ambassador Stephen Rapp", where "Crimes" follows "for
// War" and "Issues" follows it. A name after a complement is followed by
// no more capitalised words ("Minister for Reintegration Yakobashvili
// said"), or by the next title of a list ("Secretary of Homeland Security
// Napolitano Secretary Clinton").
func (d *doc) complementGoesOn(si, lo, hi int) bool {
	s := &d.sents[si]
	if hi-lo != 1 || hi >= s.hi || d.toks[hi].kind != tokWord || d.isTitleTok(hi) || isGivenName(d.toks[lo].text) {
		return false
	}
	// The complement goes on with a capitalised word ("Crimes Issues") or
	// with "of" and one ("the Confederation of British Industries").
	if !d.toks[hi].upper && !((d.toks[hi].is("of") || d.toks[hi].is("for")) && hi+1 < s.hi && d.toks[hi+1].upper) {
		return false
	}
	for k := lo - 1; k > s.lo && lo-k <= 4; k-- {
		t := &d.toks[k]
		if t.is("for") || t.is("of") {
			return d.isTitleTok(k - 1)
		}
		if t.kind != tokWord || !t.upper && !t.is("the") {
			return false
		}
	}
	return false
}

// withBefore returns the token of the "with" before a name at lo, past the
// title and organisation words between them ("a meeting with MFA PolDir
// Skoog"), or -1.
func (d *doc) withBefore(si, lo int) int {
	s := &d.sents[si]
	for k := lo - 1; k >= s.lo && lo-k <= 5; k-- {
		switch {
		case d.toks[k].is("with"):
			return k
		case d.isTitleTok(k) || d.ann[k].kind == annOrg || d.ann[k].kind == annDemonym || d.ann[k].kind == annCountry:
		default:
			return -1
		}
	}
	return -1
}

// lowerBeforeHead reports whether token k is a word in lower case, no
// glue of an apposition, that a title's head follows within two words:
// "industry" in "a former industry minister".
func (d *doc) lowerBeforeHead(si, k int) bool {
	s := &d.sents[si]
	t := &d.toks[k]
	if t.kind != tokWord || t.upper || appositionGlue.hasLower(t.lower) || strings.HasSuffix(t.text, "ing") {
		return false // "Siddhi, hosting Ambassador John": a verb
	}
	for j := k + 1; j < s.hi && j-k <= 2; j++ {
		if d.ann[j].kind == annTitle {
			return true
		}
		if d.toks[j].kind != tokWord || d.toks[j].upper || d.toks[j].is("the") && (d.verbAt(k) || t.is("both") || t.is("all") || t.is("either")) {
			// Not "X, told the Ambassador on ...": a verb and its
			// object; not "X, both the Minister of Environment and
			// ...": other people ("now the Ambassador to Spain" is a
			// title).
			return false
		}
	}
	return false
}
