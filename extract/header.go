package extract

import (
	"strings"
)

// classifiedBy makes the person of the "Classified By" line: a US
// official, with the title the line gives.
func (d *doc) classifiedBy() {
	cb := d.c.ClassifiedBy
	if cb == nil || cb.Name == "" || strings.Contains(cb.Name, "XXXX") {
		return
	}
	name := cb.Name
	if allCapsWord(name) {
		name = titleCase(name)
	}
	if len(strings.Fields(name)) > 5 {
		return // not a name: the parser took a sentence
	}
	off := strings.Index(strings.ToLower(cb.Text), strings.ToLower(cb.Name))
	if off < 0 {
		off = 0
	}
	u := unit{section: SectionClassifiedBy, text: cb.Text, pos: cb.Pos}
	d.units = append(d.units, u)
	d.utok = append(d.utok, [2]int{len(d.toks), len(d.toks)})
	d.sents = append(d.sents, sentence{unit: len(d.units) - 1, lo: len(d.toks), hi: len(d.toks)})
	m := pmention{
		sent: len(d.sents) - 1, name: name, title: classifierTitle(cb.Title),
		country: "US", strong: true, person: -1, text: [2]int{off, off + len(cb.Name)},
	}
	m.role = roleOf(m.title)
	d.ments = append(d.ments, m)
	if d.addPerson(len(d.ments)-1, true) {
		d.people[d.ments[len(d.ments)-1].person].us = true
	}
}

// capsNames finds people in a unit written in capitals (the subject, an
// address line, a 1970s body), where case is no guide: a word is a name
// when it is the surname of a person the mixed-case text named, or when a
// title stands before it ("AMBASSADOR STAPLETON").
func (d *doc) capsNames(si int) {
	s := &d.sents[si]
	u := &d.units[s.unit]
	for i := s.lo; i < s.hi; i++ {
		t := &d.toks[i]
		if t.kind != tokWord || d.ann[i].kind != annNone || isStopWord(t.text) || d.lowerSeen(t.text) {
			continue
		}
		f := foldName(t.text)
		pi := -1
		for k := range d.people {
			if d.people[k].sur == f {
				pi = k
			}
		}
		lo := i
		// A given name before it: ISABELLE DUMONT.
		if lo > s.lo && d.toks[lo-1].kind == tokWord && isGivenName(d.toks[lo-1].text) && d.ann[lo-1].kind == annNone {
			lo--
		}
		titled := lo > s.lo && d.isTitleTok(lo-1) && len(t.text) > 2
		if pi < 0 && !titled && !(u.section == SectionAddress && (inParens(d.toks, s.lo, s.hi, i) || d.addressee(s.lo, i))) {
			continue
		}
		if pi < 0 && len(t.text) < 3 {
			continue
		}
		m := pmention{sent: si, lo: lo, hi: i + 1, nlo: lo, nhi: i + 1, person: -1, strong: true,
			text: [2]int{d.toks[lo].start, t.end}, name: d.nameText(lo, i+1)}
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
	}
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

// classifierTitle keeps the title of a Classified By line and drops the
// office after it: "Charge d'Affaires, U.S. Embassy Tripoli, Department of
// State" is a Charge d'Affaires.
func classifierTitle(t string) string {
	if i := strings.IndexAny(t, ",;"); i >= 0 {
		t = t[:i]
	}
	return strings.Join(strings.Fields(t), " ")
}

// addressee: in "NSC FOR ABRAMS/DORAN" or "STATE FOR EUR/WE - JONES" a
// word after FOR that is no office acronym is a person.
func (d *doc) addressee(lo, i int) bool {
	t := &d.toks[i]
	if len(t.text) < 5 || missionPosts[t.text] || isAcronym(t.text) || d.ann[i].kind != annNone || isStopWord(t.text) {
		return false
	}
	for k := lo; k < i; k++ {
		if d.toks[k].is("for") || d.toks[k].is("to") {
			return true
		}
	}
	return false
}
