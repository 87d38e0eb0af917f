package extract

// This file reads the participant lists written inside a paragraph, one
// sentence a side: "US attendees were: CJCS ADM Mullen, Ambassador Rivkin
// ... The French attendees were: GEN Georgelin, Vice Admiral Rogel ...",
// "Brazilian participants: Antonio Patriota, ...". The memorandum form,
// a "Participants:" block with one line a side, is read by participants
// (participants.go).

import "slices"

// sideWords in the head of a sentence say that it lists one side of a
// meeting.
var sideWords = cues("side_words")

// orgGlue are the lower-case words that may stand between a side list's
// head and its first person, inside the name of an organisation.
var orgGlue = set("the", "of", "for", "and", "de", "on")

// sideList is a sentence that lists the people of one side.
type sideList struct {
	sent  int
	code  string // the side's country (ISO code), "" if the head names none
	ments []int
	also  bool // "Also attending for the GOCR were": more of a side already named
	end   int  // the token after the head
}

// sideLists pairs the people of side lists that follow one another (at
// most three sentences apart, in the same or the next paragraph): each
// person of one side met each person of the others. A list alone is left
// to the attendance reader (pairs.go), which weighs whom it joins.
func (d *doc) sideLists() {
	var group []sideList
	flush := func() {
		if len(group) >= 2 {
			d.pairSides(group)
		} else if len(group) == 1 {
			d.listJoinsMeeting(group[0])
		}
		group = group[:0]
	}
	for si := range d.sents {
		for _, l := range d.sideListsAt(si) {
			if n := len(group); n > 0 {
				last := group[n-1].sent
				pl, pn := d.units[d.sents[last].unit].paragraph, d.units[d.sents[si].unit].paragraph
				if si-last > 3 || pn-pl > 1 {
					flush()
				}
			}
			group = append(group, l)
		}
	}
	flush()
}

// sideListsAt reads sentence si as one side list or, when a semicolon
// opens a second side's head inside it, two: "Also in attendance from
// the U.S. side were Paul Jones, ...; and an Embassy notetaker; the
// Indian side also included Joint Secretary Gaitri Kumar and ...".
func (d *doc) sideListsAt(si int) []sideList {
	s := &d.sents[si]
	first, ok := d.sideListAt(si, s.lo, s.hi)
	if !ok {
		return nil
	}
	for k := first.end; k+1 < s.hi; k++ {
		if d.toks[k].text != ";" {
			continue
		}
		lo := k + 1
		if d.toks[lo].is("and") {
			lo++
		}
		if !d.sideHeadAt(lo, s.hi) {
			continue
		}
		if second, ok := d.sideListAt(si, lo, s.hi); ok {
			first.ments = slices.DeleteFunc(first.ments, func(mi int) bool { return d.ments[mi].lo > k })
			if len(first.ments) == 0 {
				return []sideList{second}
			}
			return []sideList{first, second}
		}
	}
	return []sideList{first}
}

// sideHeadAt reports whether a side's head opens at token k, before hi:
// "the Indian side", "Dutch participants", "the U.S. delegation".
func (d *doc) sideHeadAt(k, hi int) bool {
	for j := k; j < hi && j-k <= 4; j++ {
		t := &d.toks[j]
		if t.kind == tokWord && sideWords.hasLower(t.lower) {
			return true
		}
		if !(t.is("the") || t.is("also") || d.ann[j].kind == annCountry || d.ann[j].kind == annDemonym || d.ann[j].kind == annCont || t.kind == tokPunct && t.text == ".") {
			return false
		}
	}
	return false
}

// sideListAt reads sentence si as a side list: a head of at most eight
// words (twelve before a colon or after "Among") that names a side ("US
// attendees were:", "The GOB team included", "Brazilian participants:"),
// with the leader it may name ("was led by X and included"), and the
// people listed right after it.
func (d *doc) sideListAt(si, lo, hi int) (sideList, bool) {
	s := &d.sents[si]
	if d.units[s.unit].section != SectionBody {
		return sideList{}, false
	}
	end, side, also := -1, false, false
	code := ""
	// A head is short, up to eight words, unless a colon ends it, which
	// says a list follows: "Included among invited Iranian participants
	// at the Pugwash event were: ..." (twelve).
	long := 8
	for k := lo; k < hi && k-lo <= 13; k++ {
		if d.toks[k].text == ":" {
			long = 12
			break
		}
	}
	// So may one that opens with "Among" and ends with its verb: "Among
	// those present on the U.S. side at various briefings were ...", and
	// one that opens with a side's country and a side word: "Sri Lankan
	// participants in the two-hour meeting at the President's residence
	// were ...".
	countryHead := false // may hold an owner ("at the President's residence")
	if d.toks[lo].is("among") {
		long = 12
	} else if countryHead = d.countrySideHead(lo, hi); countryHead {
		long = 14
	}
	leader := -1 // "The Mexican side was led by MG Jaime Lopez Portillo and included ..."
	for k := lo; k < hi && k-lo <= 16; k++ {
		t := &d.toks[k]
		switch {
		case side && leader < 0 && k+2 < hi && k-1 > lo && (t.is("led") || t.is("headed") || t.is("chaired")) && d.toks[k+1].is("by") && (d.toks[k-1].is("was") || d.toks[k-1].is("were")):
			// The leader is one of the side, and the head goes on past
			// their name to the verb that lists the others.
			for _, mi := range d.sentMentions(si) {
				if m := &d.ments[mi]; m.lo == k+2 && m.person >= 0 {
					leader = mi
					long = m.hi - lo + 2
					k = m.hi - 1
					break
				}
			}
		case k-lo > long && !t.is("including"):
			// A longer head only for "... also took part, including X":
			// the people who took part, of the head's country.
		case t.text == ":" || t.is("were") || t.is("are") || (t.is("included") || t.is("includes")) && k > lo || t.is("comprised"):
			// ("Included among the participants were:": the verb
			// opens the head, "were" ends it.)
			end = k + 1
		case t.is("including") && k > lo && d.toks[k-1].text == "," && d.tookPart(lo, k):
			end = k + 1
			side = true
		case t.text == "," && side && d.toks[lo].is("on") && d.toks[k-1].is("side") && d.tookPartAtEnd(si, k, hi):
			// "On the U.S. side, Rep. Niki Tsongas (D-MA), ..., and
			// Embassy POL-MIL Counselor Bob Clarke participated."
			end = k + 1
		case t.kind == tokWord && sideWords.hasLower(t.lower):
			side = true
		case d.ann[k].kind == annCountry || d.ann[k].kind == annDemonym:
			if code == "" {
				code = d.ann[k].code
			}
		case t.is("embassy") || t.is("usg") || t.is("usdel") || t.is("american"):
			if code == "" {
				code = "US"
			}
		case t.is("also"):
			also = true
		}
		if end >= 0 {
			break
		}
	}
	if end < 0 || !side {
		return sideList{}, false
	}
	// The mentions of the sentence only now, for the few sentences with
	// such a head: most have none.
	for _, mi := range d.sentMentions(si) {
		if m := &d.ments[mi]; mi != leader && m.lo >= lo && m.lo < end && (m.person >= 0 || m.role != "") && !(countryHead && m.hi < hi && d.toks[m.hi].kind == tokPoss) {
			// A person in the head: a sentence about them (not an owner
			// in a long head: "participants in the meeting at the
			// President's residence were").
			return sideList{}, false
		}
	}
	if end < hi && d.toks[end].text == ":" {
		end++ // "were:"
	}
	l := sideList{sent: si, code: code, also: also, end: end}
	if leader >= 0 {
		l.ments = append(l.ments, leader)
	}
	for _, mi := range d.spans {
		if m := &d.ments[mi]; m.lo >= end && m.hi <= hi && m.person >= 0 && !d.modifierName(m) {
			l.ments = append(l.ments, mi)
		}
	}
	// The list starts right after its head, with a person, their title
	// or the name of their organisation: "were: Ali Samareh, ...",
	// "included Representative Mel Watt", "were: Inter-American
	// Foundation (IAF) President Larry Palmer". People named after words
	// of running text are spoken of, not listed ("The Israeli side made
	// the following points: (A) it is not clear what the replacement of
	// negotiator Larijani means").
	if len(l.ments) == 0 || leader >= 0 && len(l.ments) == 1 {
		return sideList{}, false
	}
	// "USG participants were joined during part of the session by WHA
	// PDAS Craig Kelly and ...": those who joined them are listed too.
	first := d.ments[l.ments[0]].lo
	if leader >= 0 {
		first = d.ments[l.ments[1]].lo
	}
	for k := end; k < first; k++ {
		t := &d.toks[k]
		if (t.is("joined") || t.is("accompanied")) && slices.ContainsFunc(d.toks[k+1:first], func(u token) bool { return u.is("by") }) {
			break
		}
		if t.kind == tokWord && !t.upper && !orgGlue.hasLower(t.lower) && !isParticle(t.text) {
			return sideList{}, false
		}
	}
	return l, true
}

// modifierName reports whether mention m of a list qualifies another
// member rather than being one: a possessive ("Stanford's Siegfried
// Hecker") or a name after an indefinite article ("Samareh, an Ahmadinejad
// adviser").
func (d *doc) modifierName(m *pmention) bool {
	if m.hi < len(d.toks) && d.toks[m.hi].kind == tokPoss {
		return true
	}
	s := &d.sents[m.sent]
	return m.lo > s.lo && (d.toks[m.lo-1].is("a") || d.toks[m.lo-1].is("an"))
}

// tookPart reports whether the tokens [lo,hi) say people took part in a
// meeting: "took part", "participated", "attended".
func (d *doc) tookPart(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if t := &d.toks[k]; t.is("participated") || t.is("attended") || t.is("took") && k+1 < hi && d.toks[k+1].is("part") {
			return true
		}
	}
	return false
}

// tookPartAtEnd reports whether the people named after token k of
// sentence si are a list whose verb of taking part follows its last name:
// "..., and Bob Clarke participated", "... were present". Not what one of
// them said of others ("Rep. Hall noted that Mullah Omar and Haqqani were
// present in Quetta"), nor "had not participated".
func (d *doc) tookPartAtEnd(si, k, hi int) bool {
	last := -1
	for _, mi := range d.mentionsOf(si) {
		if m := &d.ments[mi]; m.lo > k && m.hi <= hi {
			last = max(last, m.hi)
		}
	}
	if last < 0 {
		return false
	}
	for j := k + 1; j < last; j++ {
		if t := &d.toks[j]; t.kind == tokWord && (t.is("that") || sayVerbs.hasLower(t.lower) || personVerbs.hasLower(t.lower)) {
			return false
		}
	}
	j := last
	for j < hi && (d.toks[j].is("also") || d.toks[j].is("all") || d.toks[j].is("both") || d.toks[j].text == "(") {
		if d.toks[j].text == "(" {
			// "Bob Clarke (notetaker) participated"
			e := d.asideEnd(j, hi)
			if e < 0 {
				return false
			}
			j = e
		}
		j++
	}
	if j >= hi {
		return false
	}
	if t := &d.toks[j]; t.is("participated") || t.is("attended") || t.is("took") && j+1 < hi && d.toks[j+1].is("part") {
		return true
	}
	return j+1 < hi && (d.toks[j].is("were") || d.toks[j].is("was")) && d.toks[j+1].is("present")
}

// tookPlace reports whether sentence si says an event took place ("The
// first consultation took place on September 10").
func (d *doc) tookPlace(si int) bool {
	s := &d.sents[si]
	for k := s.lo; k+1 < s.hi; k++ {
		if d.toks[k].is("took") && d.toks[k+1].is("place") {
			return true
		}
	}
	return false
}

// pairSides records the meetings of a group of side lists. Lists of the
// same country are one side; a group whose lists all name one country, or
// none, is not a meeting of sides.
func (d *doc) pairSides(group []sideList) {
	var sides [][]int
	var codes []string
	for _, l := range group {
		i := -1
		for j, c := range codes {
			if c != "" && c == l.code {
				i = j
			}
		}
		if i < 0 {
			codes = append(codes, l.code)
			sides = append(sides, nil)
			i = len(sides) - 1
		}
		sides[i] = append(sides[i], l.ments...)
	}
	if len(sides) < 2 {
		return
	}
	d.addMeetingSentencePeople(group[0], codes, sides)
	first := group[0].sent
	date, place := d.listWhen(first)
	d.rule = "sidelist"
	for x := range sides {
		for y := x + 1; y < len(sides); y++ {
			for _, a := range sides[x] {
				for _, b := range sides[y] {
					pa, pb := d.ments[a].person, d.ments[b].person
					if pa == pb {
						continue
					}
					d.meetings = append(d.meetings, meeting{a: pa, b: pb, sent: first, trig: d.sents[first].lo, rule: "sidelist", date: date, place: place})
				}
			}
		}
	}
}

// listJoinsMeeting reads a side list that stands alone as the side of a
// meeting told just before it whose other side the cable names: "Jurema
// Batista ... and Giovanni Harvey ... sat down with members of the Hyde
// CODEL on December 1 ... American participants included Representative
// Mel Watt, Tom Lantos (D-Cal), ...". The list's people met the people of
// the meeting sentence who are not of the list's country (those of no
// known country included: a person of the list's side would have been
// listed). The list must name its country (a list of no country could be
// either side), and the meeting sentence is at most four sentences back,
// in the list's paragraph or the one before.
func (d *doc) listJoinsMeeting(l sideList) {
	if l.code == "" {
		d.listMeetsOne(l)
		return
	}
	if sj := d.meetingSentenceBefore(l.sent, true); sj >= 0 {
		e := &d.sents[sj]
		var others []int
		for _, mi := range d.personMentions(sj, nil) {
			p := d.ments[mi].person
			// A list of "also" attending adds to a side the sentence
			// named: only people of another known country are surely
			// across from it.
			if c := d.personCountry(p); c != l.code && !d.listNames(l, p) && (c != "" || !l.also) {
				others = append(others, p)
			}
		}
		if len(others) == 0 {
			return
		}
		date, place := d.sentDay(sj), d.placeIn(sj)
		d.rule = "sidelist"
		for _, mi := range l.ments {
			a := d.ments[mi].person
			if c := d.personCountry(a); c != "" && c != l.code {
				continue // "as well as Brazilian Ambassador X": not of the list's side
			}
			for _, b := range others {
				d.meetings = append(d.meetings, meeting{a: a, b: b, sent: sj, trig: e.lo, rule: "sidelist", date: date, place: place})
			}
		}
	}
}

// meetingSentenceBefore returns the meeting sentence told last before
// sentence si that a side list there joins: at most four sentences back,
// in the body, in si's paragraph or the one before; a sentence with a
// meeting word (or "sat down with", when satDown), not one that denies
// its meeting. Else -1.
func (d *doc) meetingSentenceBefore(si int, satDown bool) int {
	pl := d.units[d.sents[si].unit].paragraph
	for sj := si - 1; sj >= 0 && si-sj <= 4; sj-- {
		u := &d.units[d.sents[sj].unit]
		if u.section != SectionBody || pl-u.paragraph > 1 {
			return -1
		}
		if (d.meetWordIn(sj) || satDown && d.satDownIn(sj)) && !d.deniedMeeting(sj) {
			return sj
		}
	}
	return -1
}

// listNames: person p is one of list l's people.
func (d *doc) listNames(l sideList, p int) bool {
	for _, mi := range l.ments {
		if d.ments[mi].person == p {
			return true
		}
	}
	return false
}

// satDownIn: sentence si says that people "sat down with" others.
func (d *doc) satDownIn(si int) bool {
	s := &d.sents[si]
	for k := s.lo; k+1 < s.hi; k++ {
		if d.toks[k].is("sat") && d.toks[k+1].is("down") {
			return true
		}
	}
	return false
}

// listWhen is the day and place of the meeting a side list belongs to:
// those of the sentence before it in its paragraph (at most six back) that
// names a meeting (or of one before it that dates the same occasion, when
// the meeting's sentence gives no date), else of a subject line that does.
func (d *doc) listWhen(si int) (date, place string) {
	u := d.sents[si].unit
	found := false
	this := -1 // a sentence of "this meeting"
	for sj := si; sj >= 0 && si-sj <= 6 && d.sents[sj].unit == u; sj-- {
		w := d.meetWordAt(sj)
		if this < 0 && w > d.sents[sj].lo && d.toks[w-1].is("this") {
			this = sj
		}
		if sj == si {
			continue
		}
		if w >= 0 || d.tookPlace(sj) {
			// The meeting sentence, or one before it that dates the same
			// occasion ("The consultation took place on September 10.
			// U.S. representatives met with ... Among them were: ...").
			day, dated := d.listDay(sj)
			if day != "" {
				if place == "" {
					place = d.placeIn(sj)
				}
				return day, place
			}
			if !found {
				found, place = true, d.placeIn(sj)
				if dated {
					// The meeting's sentence dates it, but not to one day
					// ("their September 17-18 talks"): no earlier meeting's day.
					return "", place
				}
			}
		}
	}
	if this >= 0 {
		// "Participants: Minister Atmar was accompanied to this meeting
		// by ...", with no dated meeting just before in its paragraph: the
		// meeting the cable reports.
		if date := d.reportDate(this); date != "" {
			if place == "" {
				place = d.placeIn(this)
			}
			return date, place
		}
	}
	if found {
		return "", place
	}
	for _, sj := range d.subjectSentences() {
		if d.meetWordIn(sj) {
			return d.sentDay(sj), ""
		}
	}
	return "", ""
}

// reportDate is the day of the meeting the cable reports (reportMeeting)
// before sentence si, as the first meeting its sentence tells gives it;
// "" if none.
func (d *doc) reportDate(si int) string {
	first := d.reportMeeting(si)
	if first < 0 {
		return ""
	}
	for _, m := range d.meetings {
		if m.sent == first && m.date != "" {
			return m.date
		}
	}
	return ""
}

// deniedMeeting reports whether sentence si denies or defers the meeting
// it speaks of: a negation, "will" or "unable" in the clause of its first
// meeting word, before it ("also will participate in the trip, but were
// not able to attend the lunch"). Its people did not take part, so no
// side list joins them. Not a negation of another clause ("Although the
// budget was not approved, the Ambassador met", "the Ambassador, who
// will leave post next month, met").
func (d *doc) deniedMeeting(si int) bool {
	s := &d.sents[si]
	w := -1
	for k := s.lo; k < s.hi && w < 0; k++ {
		if t := &d.toks[k]; t.kind == tokWord && (t.is("met") || meetNouns.hasLower(t.lower)) {
			w = k
		}
	}
	for k := w - 1; k >= s.lo; k-- {
		t := &d.toks[k]
		if t.text == "," || t.text == ";" || t.kind == tokWord && clauseStops.hasLower(t.lower) && !negations.hasLower(t.lower) {
			return false
		}
		if t.kind == tokWord && (negations.hasLower(t.lower) || t.is("will") || t.is("unable")) {
			return true
		}
	}
	return false
}

// addMeetingSentencePeople adds to the sides of a group of side lists the
// people of the meeting sentence told just before the first list, each to
// the side of their country: "Ambassador Arnall met August 14 for lunch
// with members of the Defense Committee. In attendance for the Dutch were
// ... U.S. attendees included ...": the Ambassador is of the US side. The
// sentence is at most four sentences back, in the list's paragraph or the
// one before; a person of no known country, or of none of the sides',
// is left out, and so is one the lists name, an owner ("Balkenende's
// decision") and one named in the meeting's topic ("to discuss ...").
func (d *doc) addMeetingSentencePeople(l sideList, codes []string, sides [][]int) {
	sj := d.meetingSentenceBefore(l.sent, false)
	if sj < 0 {
		return
	}
next:
	for _, mi := range d.personMentions(sj, nil) {
		p := d.ments[mi].person
		c := d.personCountry(p)
		if c == "" || d.topicOrOwner(sj, mi) {
			continue
		}
		for _, side := range sides {
			for _, m := range side {
				if d.ments[m].person == p {
					continue next
				}
			}
		}
		for i, code := range codes {
			if code == c {
				sides[i] = append(sides[i], mi)
				break
			}
		}
	}
}

// countrySideHead reports whether sentence si opens with a country or
// its adjective and then a side word ("Sri Lankan participants", "The
// Israeli delegation").
func (d *doc) countrySideHead(lo, hi int) bool {
	k := lo
	if k < hi && d.toks[k].is("the") {
		k++
	}
	if k >= hi || d.ann[k].kind != annDemonym && d.ann[k].kind != annCountry {
		return false
	}
	for k < hi && (d.ann[k].kind == annDemonym || d.ann[k].kind == annCountry || d.ann[k].kind == annCont) {
		k++
	}
	return k < hi && d.toks[k].kind == tokWord && sideWords.hasLower(d.toks[k].lower)
}

// listMeetsOne reads a side list that names no country after a meeting
// sentence that names one person and a group across from them:
// "Itagiba briefed members of the Hyde CODEL on November 30 at the
// Marriott Hotel. Participants included Representatives Henry Hyde,
// Tom Lantos, ...": the list is the group, and each of it met that
// person. The sentence is the one right before the list; the text must
// give a member a country, and none that person's.
func (d *doc) listMeetsOne(l sideList) {
	sj := l.sent - 1
	if sj < 0 || d.sents[sj].unit != d.sents[l.sent].unit && d.units[d.sents[sj].unit].paragraph != d.units[d.sents[l.sent].unit].paragraph {
		return
	}
	if !d.meetWordIn(sj) && !d.meetVerbIn(sj) || d.deniedMeeting(sj) {
		return
	}
	one := -1
	for _, mi := range d.personMentions(sj, nil) {
		p := d.ments[mi].person
		if one >= 0 && one != p {
			return // two people: which side the list is, is unclear
		}
		one = p
	}
	if one < 0 || d.listNames(l, one) || !d.groupIn(sj) {
		return
	}
	// A member of that person's country makes the list that person's own
	// side ("Senator Grassley ... Other members of the delegation
	// included Senators Crapo and Allard"): no pair.
	c, other := d.personCountry(one), false
	for _, mi := range l.ments {
		switch mc := d.personCountry(d.ments[mi].person); {
		case mc != "" && mc == c:
			return
		case mc != "":
			other = true
		}
	}
	if !other {
		return // no member the text gives a country: either side
	}
	date, place := d.sentDay(sj), d.placeIn(sj)
	d.rule = "sidelist"
	for _, mi := range l.ments {
		d.meetings = append(d.meetings, meeting{a: d.ments[mi].person, b: one, sent: sj, trig: d.sents[sj].lo, rule: "sidelist", date: date, place: place})
	}
}

// meetVerbIn reports whether sentence si holds a verb of meeting that
// meetWordIn does not read ("briefed").
func (d *doc) meetVerbIn(si int) bool {
	s := &d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		if d.toks[k].is("briefed") {
			return true
		}
	}
	return false
}

// groupIn reports whether sentence si names a group in lower case
// ("members of the Hyde CODEL", "senior GSL officials").
func (d *doc) groupIn(si int) bool {
	s := &d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		if t := &d.toks[k]; t.kind == tokWord && !t.upper && (groupNouns.hasLower(t.lower) || memberGroups.hasLower(t.lower)) {
			return true
		}
	}
	return false
}

// topicOrOwner reports whether mention mi of sentence si is an owner
// ("Prime Minister Balkenende's decision") or stands after a word that
// opens the topic of the meeting ("to discuss", "about", "regarding").
func (d *doc) topicOrOwner(si, mi int) bool {
	m := &d.ments[mi]
	if m.hi < d.sents[si].hi && d.toks[m.hi].kind == tokPoss {
		return true
	}
	// Back to the nearest comma, clause word or meeting word: a topic word
	// on the way opens the phrase the person is in ("met ... for lunch
	// with members of the Committee to discuss Prime Minister X's
	// decision"), not one of an opening phrase before the subject
	// ("During a lunch to discuss Afghanistan, Ambassador Stapleton and
	// Defense Minister Bos met").
	for k := m.lo - 1; k >= d.sents[si].lo; k-- {
		t := &d.toks[k]
		if t.is("discuss") || t.is("discussed") || t.kind == tokWord && topicPreps.hasLower(t.lower) {
			return true
		}
		if t.text == "," || t.text == ";" || t.kind == tokWord && (clauseStops.hasLower(t.lower) || t.is("met") || meetNouns.hasLower(t.lower)) {
			return false
		}
	}
	return false
}
