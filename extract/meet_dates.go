package extract

// This file dates a meeting its sentence does not date: from an earlier
// sentence of the paragraph, or the subject line, that speaks of the same
// encounter (contextDate), unless the sentence speaks of another time or
// reports someone's account of it.

import (
	"slices"
	"time"
)

// contextDate is the day of the meeting of people a and b told in
// sentence si (trigger at token trig), when si gives none but an earlier
// sentence of its paragraph, or the subject line, is about the same
// meeting: it names a meeting and both people, or one of them when si
// refers back to it ("During the meeting", "at the lunch"). A paragraph's
// date alone is not enough: a paragraph often dates one event and tells
// of another ("He also met ...", "Kalam told the Ambassador that he had
// met Advani"), so a sentence that speaks of another time or reports
// someone's account gets no date from its context.
func (d *doc) contextDate(si, trig, a, b int) string {
	s := &d.sents[si]
	also := false
	for k := s.lo; k < s.hi; k++ {
		t := &d.toks[k]
		if t.kind == tokWord && (t.is("also") || t.is("separately")) {
			also = true // weighed below, against the paragraph's dated sentence
			continue
		}
		if t.kind == tokWord && (otherTime.hasLower(t.lower) || k < trig && reportVerbs.hasLower(t.lower)) {
			// Another time, or someone's account: only a retelling of
			// the same two people's meeting with its day dates it.
			return d.restatedDate(si, a, b)
		}
	}
	// "Governor Mangal also discussed security with Biden and Graham",
	// after "Biden and Graham visited Camp Bastion January 11": "also"
	// adds a meeting to the occasion the paragraph dated, when that
	// sentence names one of the two.
	back := d.refersBack(si) || also
	about := func(sj int) (same, stop bool) {
		if !d.meetWordIn(sj) {
			return false, false
		}
		na, nb := d.names(sj, a), d.names(sj, b)
		if !na && !nb {
			return false, false
		}
		return na && nb || back, true
	}
	var scratch [4]dateRef
	u := s.unit
	for sj := si - 1; sj >= 0 && si-sj <= 6 && d.sents[sj].unit == u; sj-- {
		same, stop := about(sj)
		if !stop {
			continue
		}
		if !same {
			return ""
		}
		e := &d.sents[sj]
		refs := findDates(d.toks, e.lo, e.hi, d.c.Date, scratch[:0])
		if len(refs) == 0 && d.refersBack(sj) {
			continue // "During the meeting, ...": the meeting is further back
		}
		return soleDay(refs)
	}
	for _, sj := range d.subjectSentences() {
		if same, _ := about(sj); same && sj != si {
			if day := d.sentDay(sj); day != "" {
				return day
			}
		}
	}
	if day := d.summaryDay(si, a, b); day != "" {
		return day
	}
	return d.restatedDate(si, a, b)
}

// toldMet reports whether sentence si tells in the past that people met:
// "met", "held", "hosted", "had", "discussed", "visited", "received" (not
// "Zardari is unavailable for meetings today").
func (d *doc) toldMet(si int) bool {
	s := &d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		if t := &d.toks[k]; t.kind == tokWord && (t.is("met") || t.is("held") || t.is("hosted") || t.is("had") || t.is("discussed") || t.is("visited") || t.is("received")) {
			return true
		}
	}
	return false
}

// summaryDay: "Special Envoy Williamson held June 30 discussions with UK
// officials" in the first paragraph, and "Williamson met with Forsyth,
// Lyall Grant, ..." in a later one: a dated sentence of the first
// paragraph that tells a meeting of one of the two, naming no one else,
// dates the meeting its later paragraph spells out. The day of the only
// such sentence, or "".
func (d *doc) summaryDay(si, a, b int) string {
	day := ""
	for sj := 0; sj < si; sj++ {
		u := &d.units[d.sents[sj].unit]
		if u.section != SectionBody || u.paragraph != 1 || d.sents[sj].unit == d.sents[si].unit || !d.meetWordIn(sj) {
			continue
		}
		na, nb := d.names(sj, a), d.names(sj, b)
		if na == nb || !d.toldMet(sj) {
			continue
		}
		named := 0
		for _, mi := range d.mentionsOf(sj) {
			if p := d.ments[mi].person; p >= 0 && p != a && p != b {
				named++
			}
		}
		if named > 0 {
			continue
		}
		if sd := d.sentDay(sj); sd != "" {
			if day != "" && day != sd {
				return ""
			}
			day = sd
		}
	}
	return day
}

// restatedDate dates a meeting from another paragraph that tells it with
// its day: "SUMMARY: During a private dinner, Idenov named ..." and then
// "On January 21, Idenov and the Ambassador had a one-on-one dinner", or
// "Idenov insisted the Ambassador order a bottle of wine for their dinner"
// eight paragraphs after it. The sentences of the cable's body that name a
// meeting and both people are read; when those that give a day all give
// the same one, that is the meeting's day. Two people are seldom told
// meeting twice in one cable, and when they are the days differ and none
// is taken.
func (d *doc) restatedDate(si, a, b int) string {
	day, last := "", -1
	ments := d.people[a].ments
	if len(ments) > maxRestated {
		return "" // someone the whole cable is about: too many meetings to tell apart
	}
	for _, mi := range ments {
		sj := d.ments[mi].sent
		if sj == si || sj == last || d.units[d.sents[sj].unit].section != SectionBody || !d.names(sj, b) || !d.meetWordIn(sj) {
			continue
		}
		last = sj
		switch dj := d.sentDay(sj); {
		case dj == "":
		case day == "":
			day = dj
		case dj != day:
			return ""
		}
	}
	return day
}

// maxRestated bounds the mentions of a person restatedDate reads, so that
// dating the meetings of a long cable stays linear in its size.
const maxRestated = 64

// subjectSentences lists the sentences of the subject line, in order.
// Meetings are dated from it; finding them by a scan of every sentence of
// the cable for each meeting was quadratic in the cable's size. The list
// is remade if sentences were added since (the Classified By line's).
func (d *doc) subjectSentences() []int {
	if d.subjectOf != len(d.sents) {
		d.subjects = d.subjects[:0]
		for sj := range d.sents {
			if d.units[d.sents[sj].unit].section == SectionSubject {
				d.subjects = append(d.subjects, sj)
			}
		}
		d.subjectOf = len(d.sents)
	}
	return d.subjects
}

// otherTime words in a meeting sentence say it may be another meeting
// than the one its paragraph dates: "He also met", "a month ago", "met
// twice", "in a separate meeting", "the previous week".
var otherTime = cues("other_time")

// reportVerbs before a meeting trigger put it in someone's account:
// "Kalam told the Ambassador that he had met Advani".
var reportVerbs = cues("report_verbs")

// soleDay is the one day a list of date references names, "" when it
// names none or several (which of them would be a guess).
func soleDay(refs []dateRef) string {
	day := ""
	for _, r := range refs {
		iso := r.iso()
		if iso == "" || r.days || day != "" && iso != day {
			return ""
		}
		day = iso
	}
	return day
}

// sentDay is the one day sentence si names (soleDay of its dates), "" for
// none or several.
// relativeDay resolves "the previous day" (rel -1), "the next day" (+1)
// in sentence si against the day the sentences before it last gave, or
// "" when none did.
func (d *doc) relativeDay(si, rel int) string {
	for sj := si - 1; sj >= 0 && si-sj <= 6; sj-- {
		if day := d.sentDay(sj); day != "" {
			t, err := time.Parse("2006-01-02", day)
			if err != nil {
				return ""
			}
			return t.AddDate(0, 0, rel).Format("2006-01-02")
		}
	}
	return ""
}

// nearestRel is the shift of the relative day ("the previous day")
// nearest to the trigger at trig, if the nearest date reference is one,
// else 0.
func nearestRel(refs []dateRef, trig int) int {
	rel, best := 0, 1<<30
	for _, r := range refs {
		dist := r.lo - trig
		if dist < 0 {
			dist = trig - r.hi + 1
		}
		if dist < best {
			best, rel = dist, r.rel
		}
	}
	return rel
}

// sentDay is the one day sentence si gives, or "".
func (d *doc) sentDay(si int) string {
	var scratch [4]dateRef
	e := &d.sents[si]
	return soleDay(findDates(d.toks, e.lo, e.hi, d.c.Date, scratch[:0]))
}

// listDay is the day of the meeting sentence si that a side list
// belongs to: its one day (sentDay), once a range that dates a telling is
// left out ("PA security commanders told PolOff August 11-12 that they
// had a positive meeting ... August 11"); else, of several days and no
// range, the last before its meeting word ("On September 18, the
// Ambassador met ... to discuss the October 5 vote") or, with none
// before it, one right after it ("met on September 18"). "" when it
// gives none, or a range of its own ("their September 17-18 talks").
// dated reports whether the sentence names a day or a range of days at
// all (not a month alone: "will be evaluated in November").
func (d *doc) listDay(si int) (day string, dated bool) {
	var scratch [4]dateRef
	e := &d.sents[si]
	refs := findDates(d.toks, e.lo, e.hi, d.c.Date, scratch[:0])
	dated = slices.ContainsFunc(refs, func(r dateRef) bool { return r.iso() != "" })
	kept := refs[:0:0]
	for _, r := range refs {
		if r.days && r.hi+1 < e.hi && (d.toks[r.hi].is("that") || d.toks[r.hi+1].is("that")) {
			continue // the days of "told X August 11-12 that"
		}
		kept = append(kept, r)
	}
	if day = soleDay(kept); day != "" || slices.ContainsFunc(kept, func(r dateRef) bool { return r.days }) {
		return day, dated
	}
	k := d.meetWordAt(si)
	for _, r := range kept {
		if r.hi <= k {
			day = r.iso()
		} else if day == "" && r.lo > k && r.lo-k <= 3 {
			return r.iso(), dated // "met September 18 for lunch ... Jan Balkenende's decision" ("Jan" read as a month)
		}
	}
	return day, dated
}

// names reports whether sentence si mentions person p.
func (d *doc) names(si, p int) bool {
	for _, mi := range d.mentionsOf(si) {
		if d.ments[mi].person == p {
			return true
		}
	}
	return false
}

// meetWordIn reports whether sentence si speaks of an encounter: "met",
// a meeting noun, "called on", "visited".
func (d *doc) meetWordIn(si int) bool { return d.meetWordAt(si) >= 0 }

// meetWordAt is the token of the first word of meetWordIn, or -1.
func (d *doc) meetWordAt(si int) int {
	s := &d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		t := &d.toks[k]
		if t.kind != tokWord {
			continue
		}
		if len(t.text) > 24 {
			continue
		}
		w := t.lower
		switch {
		case w == "met" || w == "visited" || w == "hosted" || w == "received":
			return k
		case w == "called" || w == "call":
			if k+1 < s.hi && d.toks[k+1].is("on") {
				return k
			}
		case meetNouns[w] && w != "courtesy" && w != "meet":
			return k
		}
	}
	return -1
}

// backRefs before a meeting noun say it is one already told of: "during
// the meeting", "at their lunch", "after that conversation".
var backRefs = cues("back_refs")

// refersBack reports whether sentence si speaks of a meeting already told
// of: a meeting noun after "the", "this", "their" with no "between" or
// "with" after it (which would introduce a meeting of its own).
func (d *doc) refersBack(si int) bool {
	s := &d.sents[si]
	for k := s.lo + 1; k < s.hi; k++ {
		t := &d.toks[k]
		if t.kind != tokWord || !meetNouns.hasLower(t.lower) || t.is("meet") || t.is("courtesy") {
			continue
		}
		if !backRefs.hasLower(d.toks[k-1].lower) {
			continue
		}
		if k+1 < s.hi && (d.toks[k+1].is("with") || d.toks[k+1].is("between") || d.toks[k+1].is("of")) {
			continue
		}
		return true
	}
	return false
}
