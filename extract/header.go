package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/cablegraph/cablegraph/cable"
)

// classifiedBy makes the person of the "Classified By" line: a US
// official, with the title the line gives.
func (d *doc) classifiedBy() {
	cb := d.c.ClassifiedBy
	if cb == nil || cb.Name == "" || strings.Contains(cb.Name, "XXXX") {
		return
	}
	name, title := splitClassifierName(cb.Name, classifierTitle(cb.Title))
	if name == "" {
		return
	}
	if allCapsWord(name) {
		name = titleCase(name)
	}
	if len(strings.Fields(name)) > 5 {
		return // not a name: the parser took a sentence
	}
	if full := d.uncutClassifier(cb.Text, cb.Name, name); full != "" {
		name = full
	}
	off := strings.Index(strings.ToLower(cb.Text), strings.ToLower(cb.Name))
	if off < 0 {
		off = 0
	}
	// Cite the name alone, without the title words split off it.
	nameOff, nameLen := 0, len(cb.Name)
	if f := strings.Fields(name); len(f) > 0 {
		if i := strings.LastIndex(strings.ToLower(cb.Name), strings.ToLower(f[0])); i >= 0 {
			nameOff, nameLen = i, len(cb.Name)-i
		}
	}
	off += nameOff
	u := unit{section: SectionClassifiedBy, text: cb.Text, field: cable.Field{Text: cb.Text, Pos: cb.Pos}}
	d.units = append(d.units, u)
	d.utok = append(d.utok, [2]int{len(d.toks), len(d.toks)})
	d.sents = append(d.sents, sentence{unit: len(d.units) - 1, lo: len(d.toks), hi: len(d.toks)})
	m := pmention{
		sent: len(d.sents) - 1, name: name, title: title,
		country: "US", strong: true, person: -1, text: [2]int{off, off + nameLen},
	}
	m.role = roleOf(m.title)
	d.ments = append(d.ments, m)
	if d.addPerson(len(d.ments)-1, true) {
		d.people[d.ments[len(d.ments)-1].person].us = true
	}
}

// uncutClassifier: a Classified By line the mirror cut inside the name
// ("Classified By: AMBASSADOR ROLAND ARN...") names the person the body
// names with the same given name and a surname that starts so
// ("Ambassador Roland Arnall"); it returns that full name, or "".
func (d *doc) uncutClassifier(text, raw, name string) string {
	if !strings.Contains(strings.ToLower(text), strings.ToLower(raw)+"...") {
		return ""
	}
	f := strings.Fields(name)
	if len(f) < 2 || len(f[len(f)-1]) < 3 {
		return ""
	}
	re, err := regexp.Compile(`(?i)\b` + regexp.QuoteMeta(f[0]) + `\s+(` + regexp.QuoteMeta(f[len(f)-1]) + `[\pL'-]+)`)
	if err != nil {
		return ""
	}
	sur := ""
	if m := re.FindStringSubmatch(d.c.Body.String); m != nil {
		sur = strings.TrimSuffix(m[1], "'s")
	} else {
		// The body may write the surname alone ("Ambassador Arnall"):
		// the one capitalised word that starts with the cut surname.
		words := regexp.MustCompile(`\b`+regexp.QuoteMeta(titleCase(f[len(f)-1]))+`[\pL'-]+`).FindAllString(d.c.Body.String, -1)
		for _, w := range words {
			w = strings.TrimSuffix(w, "'s")
			if sur != "" && w != sur {
				return "" // two such words: no telling which
			}
			sur = w
		}
		if sur == "" || isCommonWord(sur) || isTitleHead(sur) || isTitleModifier(sur) {
			return "" // not "John Minister" from "DCM JOHN MIN..."
		}
	}
	if allCapsWord(sur) {
		sur = titleCase(sur)
	}
	return strings.Join(append(f[:len(f)-1:len(f)-1], sur), " ")
}

// capsNames finds people in a unit written in capitals (the subject, an
// address line, a 1970s body), where case is no guide: a run of words is a
// name when its last word is the surname of a person the mixed-case text
// named, when a title stands before it ("AMBASSADOR JOHN F. TEFFT"), or
// when an address line puts it after FOR or in parentheses ("NSC FOR DAN
// FISK", "(JASON RAO)").
func (d *doc) capsNames(si int) {
	s := &d.sents[si]
	for i := s.lo; i < s.hi; i++ {
		if !d.capsNameTok(i) {
			continue
		}
		// The run of name words: given names, initials, surname.
		j := i + 1
		for j < s.hi && d.toks[j].start-d.toks[j-1].end <= 1 && (d.capsNameTok(j) || isInitial(d.toks[j].text) && j+1 < s.hi && d.capsNameTok(j+1)) {
			if u := &d.units[s.unit]; u.caps && u.section == SectionBody && isCommonWord(d.toks[j].text) || headlineVerbs.hasLower(d.toks[j].lower) {
				break // "DAOUD REGIME", "SADRI UPPED FIGURE", "FRIED MEETS": the name ends before the word
			}
			j++
		}
		if j-i > 1 && j-i <= 4 && (isGivenName(d.toks[i].text) || d.namedInFull(i, j)) && d.capsRun(si, i, j) {
			i = j - 1
			continue
		}
		// No full name: each word on its own (a surname alone, "KOUCHNER"),
		// unless a title follows the run: "BLUE LANTERN COORDINATOR" is an
		// office.
		if j < s.hi && d.isTitleTok(j) && !(i > s.lo && d.isTitleTok(i-1)) {
			i = j - 1
			continue
		}
		for k := i; k < j; k++ {
			d.capsRun(si, k, k+1)
		}
		i = j - 1
	}
}

// capsNameTok: token i may be part of a name written in capitals.
func (d *doc) capsNameTok(i int) bool {
	t := &d.toks[i]
	if t.kind != tokWord || d.ann[i].kind != annNone || isStopWord(t.text) || d.lowerSeen(t.text) {
		return false
	}
	if isInitial(t.text) || hasDigit(t.text) || strings.IndexByte(t.text, '/') >= 0 || missionPosts[t.text] || addressWords[t.text] {
		return false
	}
	// Part of an office path, "EUR/CARC", "PM/DTCC": a name in a list
	// of addressees ("ABRAMS/DORAN") is longer than a bureau's acronym.
	if (i > 0 && d.toks[i-1].text == "/" || i+1 < len(d.toks) && d.toks[i+1].text == "/") && len(t.text) < 5 {
		return false
	}
	return true
}

// capsRun makes a person of the name words [lo,hi) of sentence si if the
// context says it is one, and reports whether it did.
func (d *doc) capsRun(si, lo, hi int) bool {
	s := &d.sents[si]
	u := &d.units[s.unit]
	t := &d.toks[hi-1]
	f := foldName(t.text)
	pi := d.lastWithSur(f)
	// Capitals say nothing here, so a new person needs evidence: a title
	// head or an honorific right before ("AMBASSADOR BYROADE", "MR.
	// TARAKI"), a given name in front ("NUR MOHAMMAD TARAKI"), the cable's
	// person TAGS or the list of people often named, or an address line's
	// slot. A word that running text writes in lower case ("REQUIREMENT",
	// "BUILDING") is a surname only with a given name; a title is not
	// enough ("NEW REQUIREMENT", "PRIME MINISTRY BUILDING").
	common := isCommonWord(t.text)
	titled := len(t.text) > 2 && d.titledBefore(si, lo)
	given := hi-lo >= 2 && isGivenName(d.toks[lo].text) && !isStopWord(d.toks[lo].text) && !isCommonWord(d.toks[lo].text)
	listed := !common && (slices.Contains(d.tagged, f) || isKnownPerson(d.nameText(lo, hi)))
	address := u.section == SectionAddress && !common && (inParens(d.toks, s.lo, s.hi, hi-1) || d.addressee(s.lo, lo, hi))
	if pi < 0 && !(titled && !common) && !given && !listed && !address {
		return false
	}
	if pi < 0 && len(t.text) < 3 {
		return false
	}
	if pi < 0 && !titled && hi < s.hi && d.isTitleTok(hi) {
		return false // "BLUE LANTERN COORDINATOR": an office, not a person
	}
	if pi < 0 && titled && hi-lo == 1 && isGivenName(t.text) {
		// A given name alone ("DOE DAS DENNIS" at a line's end): the
		// person of that given name if the cable names one, else nobody.
		pi = d.lastWithGiven(f)
		if pi < 0 {
			return false
		}
		m := pmention{sent: si, lo: lo, hi: hi, nlo: lo, nhi: hi, person: -1, strong: true, text: [2]int{d.toks[lo].start, t.end}}
		d.ments = append(d.ments, m)
		d.attach(pi, len(d.ments)-1)
		return true
	}
	m := pmention{sent: si, lo: lo, hi: hi, nlo: lo, nhi: hi, person: -1, strong: true,
		text: [2]int{d.toks[lo].start, t.end}, name: d.nameText(lo, hi)}
	if hi-lo == 1 && address && !nameLike(t.text) && len(t.text) >= 5 && nameLike(t.text[1:]) {
		// An e-mail style handle, "KVIEN": initial and surname.
		m.name = t.text[:1] + ". " + titleCase(t.text[1:])
	}
	if titled {
		tl := d.titleLeft(si, lo)
		m.lo, m.title, m.country, m.role, m.staff = tl.lo, tl.title, tl.country, tl.role, tl.staff
		if m.title != "" && allCapsWord(m.title) {
			m.title = titleCase(m.title)
		}
	}
	if u.section == SectionAddress && m.country == "" {
		m.country = "US" // the people a cable is addressed to are US officials
	}
	d.ments = append(d.ments, m)
	d.addPerson(len(d.ments)-1, true)
	return true
}

// titledBefore reports whether a title head, a piece of jargon or an
// honorific stands right before token lo ("AMBASSADOR", "POLOFF", "MR.").
// A modifier alone ("NEW", "PRIME", "GOVERNMENT") is no title.
func (d *doc) titledBefore(si, lo int) bool {
	s := &d.sents[si]
	j := lo - 1
	if j > s.lo && d.toks[j].text == "." {
		j--
	}
	if j < s.lo {
		return false
	}
	k := j
	for k > s.lo && d.ann[k].kind == annCont {
		k--
	}
	switch d.ann[k].kind {
	case annTitle, annJargon, annHonorific:
		return j == lo-1 || d.ann[k].kind == annHonorific
	}
	return false
}

// inParens reports whether token i is inside parentheses: "STATE FOR
// EUR/WE (JONES)".
func inParens(toks []token, lo, hi, i int) bool {
	open := false
	for k := lo; k < i; k++ {
		switch toks[k].text {
		case "(":
			open = true
		case ")":
			open = false
		}
	}
	if !open {
		return false
	}
	for k := i + 1; k < hi; k++ {
		if toks[k].text == ")" {
			return true
		}
	}
	return false
}

// signature makes the signer's person: the last line of the cable, a
// surname (PEKALA) or a full name, that of a US official.
func (d *doc) signature(si int) {
	s := &d.sents[si]
	lo, hi := s.lo, s.hi
	for lo < hi && (d.toks[lo].kind != tokWord || d.ann[lo].kind != annNone && d.ann[lo].kind != annCity) {
		lo++
	}
	for hi > lo && d.toks[hi-1].kind != tokWord {
		hi--
	}
	if hi <= lo || hi-lo > 4 {
		return
	}
	for k := lo; k < hi; k++ {
		t := &d.toks[k]
		if t.kind != tokWord || isStopWord(t.text) || d.ann[k].kind != annNone && d.ann[k].kind != annCity && !isParticle(t.text) {
			return
		}
	}
	m := pmention{sent: si, lo: lo, hi: hi, nlo: lo, nhi: hi, person: -1, strong: true,
		text: [2]int{d.toks[lo].start, d.toks[hi-1].end}, name: d.nameText(lo, hi), country: "US"}
	d.ments = append(d.ments, m)
	if d.addPerson(len(d.ments)-1, true) {
		p := &d.people[d.ments[len(d.ments)-1].person]
		p.us = true
		if p.country == "" {
			p.country = "US"
		}
	}
}

// splitClassifierName moves the title words the parser left at the start
// of a Classified By name into the title: "Pol/c Eric V. Gaudiosi" is Eric
// V. Gaudiosi, Pol/c; "Ambassador Daniel C. Kurtzer" is Daniel C. Kurtzer.
// Honorifics ("Dr.") are dropped, not kept as titles.
func splitClassifierName(name, title string) (string, string) {
	f := strings.Fields(name)
	k := 0
	var lead []string
	for k < len(f)-1 {
		w := f[k]
		if _, ok := lookupHonorific(w); ok && !isTitleHead(w) {
			k++
			continue
		}
		_, jargon := lookupJargon(w)
		if jargon || isTitleHead(w) || isTitleModifier(w) || strings.IndexByte(w, '/') > 0 {
			lead = append(lead, w)
			k++
			continue
		}
		break
	}
	if k == 0 {
		return name, title
	}
	if title == "" {
		title = strings.Join(lead, " ")
	}
	return strings.Join(f[k:], " "), title
}

// classifierTitle keeps the title of a Classified By line and drops the
// office after it: "Charge d'Affaires, U.S. Embassy Tripoli, Department of
// State" is a Charge d'Affaires.
func classifierTitle(t string) string {
	if i := strings.IndexAny(t, ",;"); i >= 0 {
		t = t[:i]
	}
	return strings.Join(strings.Fields(t), " ")
}

// addressee: in "NSC FOR ABRAMS/DORAN" or "STATE FOR EUR/WE - JONES" the
// words [lo,hi) after FOR that are no office acronym are a person. A
// single word must be long enough not to be an office ("GUHA" is, "PM" is
// not); a given name and a surname ("DAN FISK") need no such test.
func (d *doc) addressee(slo, lo, hi int) bool {
	t := &d.toks[hi-1]
	short := 4
	if hi-lo > 1 {
		short = 3
	}
	if len(t.text) == 4 && hi-lo == 1 && vowels(t.text) < 2 {
		return false // OSTP, DTCC: an office
	}
	if !nameLike(t.text) && !(hi-lo == 1 && len(t.text) >= 5 && nameLike(t.text[1:])) || addressOffices[t.text] {
		return false
	}
	if len(t.text) < short || missionPosts[t.text] || isAcronym(t.text) || d.ann[hi-1].kind != annNone || isStopWord(t.text) {
		return false
	}
	for k := slo; k < lo; k++ {
		if d.toks[k].is("for") || d.toks[k].is("to") {
			return true
		}
	}
	return false
}

func vowels(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] | 0x20 {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			n++
		}
	}
	return n
}

// addressOffices are offices of address lines that read like surnames.
var addressOffices = set("DEPSECDEF", "SECDEF", "DEPSEC", "NESCA", "OUSDP", "PDUSD", "USDP", "OSTP", "SECDHS", "SECARMY", "SECNAV", "SECAF", "JCS", "USFOR", "AFRICOM", "CENTCOM", "EUCOM", "SOUTHCOM", "PACOM", "NORTHCOM", "SOCOM")

// nameLike reports whether an all-capitals word can be a surname rather
// than an office or an e-mail style handle (INR-B, PDUSD, DWILDER): it
// starts as an English or transliterated word can, and a hyphenated part
// is longer than a letter or two.
func nameLike(w string) bool {
	for _, part := range strings.Split(w, "-") {
		if len(part) < 3 {
			return false
		}
	}
	lw := strings.ToLower(w)
	lw = strings.TrimPrefix(lw, "mc") // McKibben
	n := 0
	for n < len(lw) && !strings.ContainsRune("aeiouy", rune(lw[n])) {
		n++
	}
	switch {
	case n <= 1:
		return true
	case n == 2:
		return onsets2[lw[:2]]
	case n == 3:
		return lw[:3] == "sch" || lw[:3] == "str" || lw[:3] == "spr" || lw[:3] == "chr" || lw[:3] == "shr" || lw[:3] == "thr" || lw[:3] == "scr"
	}
	return false
}

var onsets2 = set("bl", "br", "ch", "cl", "cr", "dr", "dj", "dh", "fl", "fr", "gh", "gl", "gr", "kh", "kl", "kr", "pl", "pr", "ph",
	"sc", "sh", "sk", "sl", "sm", "sn", "sp", "st", "sw", "th", "tr", "tw", "wh", "wr", "zh", "ts", "tz", "zw", "sz", "bh", "jh", "mc", "vl", "kw", "qu")

// namedInFull reports whether the words [lo,hi) in capitals are the
// given names and surname of someone the cable names in mixed case:
// "QAYUM KARZAI" of a subject line is the "Abdul Qayum Karzai" of the
// text, not a bare "KARZAI" (the President), even though the lexicon
// knows no given name Qayum.
func (d *doc) namedInFull(lo, hi int) bool {
	given, sur := splitName(d.nameText(lo, hi))
	if len(given) == 0 {
		return false
	}
	for _, pi := range d.withSur(sur) {
		if p := &d.people[pi]; len(p.ments) > 0 && slices.Contains(p.given, given[0]) && compatibleGiven(p.given, given) {
			return true
		}
	}
	return false
}
