package extract

import (
	"slices"
	"strings"
)

// meeting is one pair of people a rule says met in person: a is on the
// side of the clause's subject (or the first side of a participant list),
// b on the other. The rules propose; the pair model (pairs.go) decides.
type meeting struct {
	a, b  int // people
	sent  int
	trig  int    // token of the trigger word
	rule  string // the rule that found it: met, call-on, hosted, discussed, noun, participants
	date  string
	place string
}

// meetVerbs, besides "met", report an encounter with their object.
var meetVerbs = cues("meet_verbs")

// findWord returns the index of word w within n tokens from k in sentence
// si, or -1; it does not look past the end of the clause.
func (d *doc) findWord(si, k, n int, w string) int {
	s := &d.sents[si]
	for j := k; j < s.hi && j-k < n; j++ {
		t := &d.toks[j]
		if t.text == ";" || t.text == "." || t.text == ":" {
			return -1
		}
		if t.is(w) {
			return j
		}
	}
	return -1
}

// meetNouns name an in-person encounter.
var meetNouns = cues("meet_nouns")

// notInPerson words anywhere in a sentence make its contacts remote.
var notInPerson = cues("not_in_person")

// notYet words just before a trigger make the meeting planned,
// hypothetical or denied.
var notYet = cues("not_yet")

// listGlue may stand between the people of a list or before one:
// "X, Y, and the Ambassador", "his Russian counterpart Lavrov".
var listGlue = cues("list_glue")

// findMeetings reads the MET relations of sentence si.
func (d *doc) findMeetings(si int) {
	s := &d.sents[si]
	if s.hi-s.lo < 3 {
		return
	}
	// Cheap test first: most sentences name no encounter.
	trig := -1
	for i := s.lo; i < s.hi; i++ {
		t := &d.toks[i]
		if t.kind != tokWord {
			continue
		}
		var buf [24]byte
		if len(t.text) > len(buf) {
			continue
		}
		w := string(lowerBytes(buf[:0], t.text))
		if notInPerson[w] {
			return
		}
		if trig < 0 && (w == "met" || meetNouns[w] || meetVerbs[w]) {
			trig = i
		}
	}
	if trig < 0 {
		return
	}
	spans := d.sentMentions(si)
	if len(spans) < 2 && !d.pronounSubject(si) {
		return
	}
	d.dates = findDates(d.toks, s.lo, s.hi, d.c.Date, d.dates[:0])
	for i := trig; i < s.hi; i++ {
		t := &d.toks[i]
		if t.kind != tokWord {
			continue
		}
		var buf [24]byte
		if len(t.text) > len(buf) {
			continue
		}
		w := string(lowerBytes(buf[:0], t.text))
		d.rule = w
		switch {
		case w == "met":
			d.metVerb(si, i, spans)
		case w == "called" || w == "call" && i > s.lo && (d.toks[i-1].is("courtesy") || d.toks[i-1].is("a")):
			// "paid a courtesy call February 6 on X": a date or place may
			// stand before "on"; "called X" alone is a telephone call.
			k := i + 1
			for k < s.hi && k-i < 6 && !d.toks[k].is("on") && (d.toks[k].kind == tokNum || d.ann[k].kind == annTime || d.ann[k].kind == annCity) {
				k++
			}
			if k < s.hi && d.toks[k].is("on") && (k == i+1 || w == "call") {
				d.pairUp(si, i, d.subjectsLeft(si, i, spans), d.objectsRight(si, k+1, spans))
			} else if k < s.hi && d.toks[k].is("with") && w == "call" && d.toks[i-1].is("courtesy") {
				// "During an Oct. 20 courtesy call with the Ambassador, X
				// highlighted": a noun phrase, as "meeting with".
				d.rule = "noun"
				d.metNoun(si, i, spans)
			}
		case w == "hosted" || w == "received" || w == "visited":
			objs := d.objectsRight(si, i+1, spans)
			if len(objs) == 0 && w == "received" {
				// "received a briefing from Y"
				if f := d.findWord(si, i+1, 8, "from"); f > 0 {
					objs = d.objectsRight(si, f+1, spans)
				}
			}
			if len(objs) == 0 || d.modalBefore(si, i) {
				break // hosted a lunch: the noun carries it
			}
			d.pairUp(si, i, d.subjectsLeft(si, i, spans), objs)
		case w == "discussed" || w == "talked" || w == "spoke" || w == "spoken" || w == "conferred":
			// "X discussed Y with Z", "X spoke with Z"
			f := d.findWord(si, i+1, 10, "with")
			if f < 0 || d.modalBefore(si, i) {
				break
			}
			d.pairUp(si, i, d.subjectsLeft(si, i, spans), d.objectsRight(si, f+1, spans))
		case w == "briefed":
			// "X briefed Y on ...", "X and Y were briefed by Z": a
			// briefing given in person. "Briefed the press" names no one.
			if d.modalBefore(si, i) {
				break
			}
			if i+1 < s.hi && d.toks[i+1].is("by") {
				d.pairUp(si, i, d.subjectsLeft(si, i, spans), d.objectsRight(si, i+2, spans))
			} else {
				d.pairUp(si, i, d.subjectsLeft(si, i, spans), d.objectsRight(si, i+1, spans))
			}
		case w == "sat" && i+2 < s.hi && d.toks[i+1].is("down") && d.toks[i+2].is("with"):
			d.pairUp(si, i, d.subjectsLeft(si, i, spans), d.objectsRight(si, i+3, spans))
		case meetNouns[w] && w != "meet" && w != "courtesy" && w != "call":
			d.rule = "noun"
			d.metNoun(si, i, spans)
		}
	}
}

// metVerb: "X (and Y) met (on DATE) with Z", "X and Y met", "X was met by Y".
func (d *doc) metVerb(si, i int, spans []int) {
	s := &d.sents[si]
	if d.modalBefore(si, i) {
		return
	}
	subj := d.subjectsLeft(si, i, spans)
	k := i + 1
	// Skip "on September 20", "in Moscow", "separately", "again".
	for k < s.hi && k-i < 10 && d.skippable(k) {
		k++
	}
	var objs []int
	if k < s.hi && (d.toks[k].is("with") || d.toks[k].is("by")) {
		objs = d.objectsRight(si, k+1, spans)
	} else {
		objs = d.objectsRight(si, k, spans)
	}
	if len(objs) == 0 && d.unnamedObject(si, i) {
		if d.groupObject(si, i) {
			d.pairUp(si, i, subj, d.speakersAfter(si, subj))
		}
		return
	}
	if len(objs) == 0 && len(subj) >= 2 {
		d.pairAll(si, i, subj)
		return
	}
	d.pairUp(si, i, subj, objs)
}

// unnamedObject: "met" has an object that names no one, "X and Y met the
// presidents of the high courts", "met with representatives of": X and Y
// are one side of the meeting, not two people who met each other. Only
// adverbs may stand between "met" and its object ("met for coffee", "met
// privately election night" have none).
func (d *doc) unnamedObject(si, i int) bool {
	s := &d.sents[si]
	k := i + 1
	for k < s.hi && (d.toks[k].is("separately") || d.toks[k].is("again") || d.toks[k].is("also") || d.toks[k].is("jointly") || d.toks[k].is("together")) {
		k++
	}
	if k >= s.hi {
		return false
	}
	t := &d.toks[k]
	return t.is("with") || t.is("by") || objectOpeners.has(t.text) || t.kind == tokWord && t.upper && d.ann[k].kind == annNone && !monthLike(t)
}

func monthLike(t *token) bool {
	_, m := monthOf(t)
	_, w := weekdayOf(t)
	return m || w
}

// objectOpeners open an object that names no one: "met the", "met a
// series of", "met several", "met representatives".
var objectOpeners = cues("object_openers")

// groupNouns head a side named as a group: "the presidents of the four
// high courts".
var groupNouns = cues("group_nouns")

// speakersAfter names the members of a side a meeting sentence si left
// unnamed ("met the presidents of the four high courts"): the people who
// open one of the next sentences of the paragraph by speaking of it,
// "Torres said after the meeting ...", "Ibanez called it productive".
func (d *doc) speakersAfter(si int, subj []int) []int {
	var out []int
	u := d.sents[si].unit
	for sj := si + 1; sj < len(d.sents) && sj-si <= 3 && d.sents[sj].unit == u; sj++ {
		s := &d.sents[sj]
		first := -1
		for _, mi := range d.mentionsOf(sj) {
			if m := &d.ments[mi]; m.person >= 0 && (first < 0 || m.lo < d.ments[first].lo) {
				first = mi
			}
		}
		if first < 0 {
			continue
		}
		m := &d.ments[first]
		if m.lo-s.lo > 6 || m.hi >= s.hi || !speakerVerbs.has(d.toks[m.hi].text) {
			continue
		}
		for _, mi := range subj {
			if d.ments[mi].person == m.person {
				return nil // one of the side itself speaks: the rest is its account
			}
		}
		out = append(out, first)
	}
	return out
}

// groupObject: the object of "met" at i is a group of people within a
// few words, "the presidents of the four high courts".
func (d *doc) groupObject(si, i int) bool {
	s := &d.sents[si]
	for k := s.lo; k < i; k++ {
		if reportVerbs.has(d.toks[k].text) {
			return false // "Wolcott commented that she had also met with officials"
		}
	}
	for k := i + 1; k < s.hi && k-i <= 6; k++ {
		if groupNouns.has(d.toks[k].text) {
			return true
		}
	}
	return false
}

// speakerVerbs right after a sentence's first person make that person
// speak: "Torres said", "Ibanez called it productive".
var speakerVerbs = cues("speaker_verbs")

// afterMet may follow "X and Y met" with no object: "met and agreed",
// "met to discuss", "met for two hours", "met as planned".
var afterMet = cues("after_met")

// metNoun: "the meeting between X and Y", "X's meeting with Y", "X held
// talks with Y", "In a meeting with Y, X said ...", "their meeting", "In a
// January 10 meeting, Zewail briefed PM Nazif".
func (d *doc) metNoun(si, i int, spans []int) {
	s := &d.sents[si]
	if d.modalBefore(si, i) {
		return
	}
	if d.toks[i].is("conversation") || d.toks[i].is("call") {
		// "FM Miliband called Zardari. ... In the conversation ...": the
		// conversation a paragraph has just told of was by telephone.
		for sj := si - 1; sj >= 0 && si-sj <= 3 && d.sents[sj].unit == s.unit; sj-- {
			if d.remote(sj) {
				return
			}
		}
	}
	k := i + 1
	for k < s.hi && k-i < 10 && d.skippable(k) {
		k++
	}
	meal := d.toks[i].is("lunch") || d.toks[i].is("dinner") || d.toks[i].is("luncheon") || d.toks[i].is("breakfast")
	switch {
	case k < s.hi && (d.toks[k].is("between") || d.toks[k].is("of") && d.toks[i].is("meeting")):
		d.pairAll(si, i, d.objectsRight(si, k+1, spans))
	case k < s.hi && (d.toks[k].is("with") || d.toks[k].is("for") && meal):
		objs := d.objectsRight(si, k+1, spans)
		if len(objs) == 0 {
			return
		}
		owner, _ := d.ownerLeft(si, i, spans)
		if len(owner) == 0 && d.introPhrase(si, i) {
			// "In a meeting with Y, X said": the phrase ends at its
			// comma, and X is the first person after it.
			comma := -1
			var subj int
			for c := k + 1; c < s.hi; c++ {
				if d.toks[c].text == "," && d.mentionAt(c) < 0 {
					if mi := d.titledMentionAt(si, c+1); mi >= 0 && d.ments[mi].hi < s.hi && !d.toks[d.ments[mi].hi].is("and") && d.toks[d.ments[mi].hi].text != "," {
						comma, subj = c, mi
						break
					}
				}
			}
			if comma > 0 {
				kept := objs[:0:0]
				for _, mi := range objs {
					if d.ments[mi].lo < comma {
						kept = append(kept, mi)
					}
				}
				objs = kept
				owner = []int{subj}
			} else {
				last := objs[len(objs)-1]
				for _, mi := range spans {
					if d.ments[mi].lo >= d.ments[last].hi {
						owner = []int{mi}
						break
					}
				}
			}
		}
		d.pairUp(si, i, owner, objs)
	default:
		owner, group := d.ownerLeft(si, i, spans)
		if group {
			d.pairAll(si, i, owner)
			return
		}
		if len(owner) > 0 || !d.introPhrase(si, i) {
			return
		}
		// "In a January 10 meeting, Zewail briefed PM Nazif": the subject
		// and the object of the main clause.
		var after []int
		for _, mi := range spans {
			if d.ments[mi].lo > i {
				after = append(after, mi)
			}
		}
		// Not "Hyun outlined Kim Jong-il's health": an owner is no object.
		if len(after) >= 2 && d.ments[after[1]].lo-d.ments[after[0]].hi <= 3 && !(d.ments[after[1]].hi < s.hi && d.toks[d.ments[after[1]].hi].kind == tokPoss) {
			d.meet(si, i, after[0], after[1])
		}
	}
}

// titledMentionAt returns the mention that starts at token k, or after a
// title written before it that the mention does not cover ("Minister of
// Interior Sheikh Rashid ..."), or -1.
func (d *doc) titledMentionAt(si, k int) int {
	s := &d.sents[si]
	for j := k; j < s.hi && j-k < 12; j++ {
		if mi := d.mentionAt(j); mi >= 0 {
			return mi
		}
		t := &d.toks[j]
		if !d.isTitleTok(j) && d.ann[j].kind != annOrg && d.ann[j].kind != annDemonym && d.ann[j].kind != annCountry &&
			!(t.kind == tokWord && (t.upper || t.is("of") || t.is("for") || t.is("the"))) && t.kind != tokPoss {
			return -1
		}
	}
	return -1
}

// skippable tokens may stand between a trigger and its "with": dates,
// places, adverbs.
func (d *doc) skippable(k int) bool {
	t := &d.toks[k]
	if t.kind == tokNum || d.ann[k].kind == annTime || d.ann[k].kind == annCity || d.ann[k].kind == annCont {
		return true
	}
	if t.kind != tokWord {
		return false
	}
	switch strings.ToLower(t.text) {
	case "on", "in", "at", "separately", "privately", "again", "jointly", "briefly", "also", "today",
		"yesterday", "recently", "here", "there", "last", "this", "week", "month", "morning", "afternoon",
		"evening", "night", "early", "late", "mid", "both", "together", "first", "once", "twice", "alone",
		"of", "the", "a", "an", "two", "three", "several", "who", "one-on-one", "bilaterally", "informally",
		"for", "minutes", "hour", "hours", "over", "again,", "personally", "directly":
		return true
	}
	return false
}

// modalBefore: a planned or denied meeting ("will meet", "plans to meet
// with", "did not meet", "the upcoming meeting").
func (d *doc) modalBefore(si, i int) bool {
	s := &d.sents[si]
	for k := i - 1; k >= s.lo && i-k <= 4; k-- {
		t := &d.toks[k]
		if t.kind == tokPunct && t.text != "-" {
			break
		}
		var buf [24]byte
		if len(t.text) > len(buf) {
			continue
		}
		if notYet[string(lowerBytes(buf[:0], t.text))] {
			// "to" only counts right before the trigger: "to meet", not "talks to Y".
			if t.is("to") && k != i-1 {
				continue
			}
			return true
		}
		if d.mentionAt(k) >= 0 {
			break
		}
	}
	// Further back in the clause only the future itself counts: "Zewail
	// will return to Egypt on January 24 for a follow-up meeting with".
	for k := i - 5; k >= s.lo && i-k <= 20; k-- {
		t := &d.toks[k]
		if t.text == ";" || t.text == ":" || t.kind == tokWord && clauseStops.has(t.text) {
			break
		}
		if t.is("will") || t.is("would") || t.is("plans") || t.is("intends") || t.is("expects") || t.is("scheduled") || t.is("shall") {
			return true
		}
	}
	return false
}

// introPhrase: the trigger noun opens the sentence in a prepositional
// phrase ("In a September 18 meeting with ...", "During their lunch ...").
func (d *doc) introPhrase(si, i int) bool {
	s := &d.sents[si]
	for k := s.lo; k < i; k++ {
		t := &d.toks[k]
		if t.is("in") || t.is("during") || t.is("at") || t.is("over") {
			return k-s.lo <= 2
		}
	}
	return false
}

// sentMentions lists the person and role mentions of a sentence in text
// order.
func (d *doc) sentMentions(si int) []int {
	d.spans = append(d.spans[:0], d.mentionsOf(si)...)
	// Mentions are appended in text order within a sentence, except the
	// roles recorded while scanning; sort by position.
	for a := 1; a < len(d.spans); a++ {
		for b := a; b > 0 && d.ments[d.spans[b]].lo < d.ments[d.spans[b-1]].lo; b-- {
			d.spans[b], d.spans[b-1] = d.spans[b-1], d.spans[b]
		}
	}
	return d.spans
}

// mentionAt returns the mention covering token k, or -1.
func (d *doc) mentionAt(k int) int {
	for _, mi := range d.spans {
		if m := &d.ments[mi]; m.lo <= k && k < m.hi {
			return mi
		}
	}
	return -1
}

// clauseStops end the clause a subject or owner is looked for in.
var clauseStops = cues("clause_stops")

// subjectsLeft collects the people of the clause before a verb at i: "Pol
// M/C Rosenblatt and Poloff met", "A and B, accompanied by Ambassador C,
// met". A pronoun with no one named before the verb is the person named
// before it in the sentence, or the last sentence's subject.
func (d *doc) subjectsLeft(si, i int, spans []int) []int {
	s := &d.sents[si]
	var out []int
	lo := max(s.lo, d.leadClauseEnd(si, i))
	for k := i - 1; k >= lo; k-- {
		if mi := d.mentionAt(k); mi >= 0 {
			// "announced by Secretary Clinton": an agent, not the subject.
			if lo := d.ments[mi].lo; lo > s.lo+1 && d.toks[lo-1].is("by") && !d.toks[lo-2].is("accompanied") && !d.toks[lo-2].is("joined") && !d.toks[lo-2].is("flanked") && !d.toks[lo-2].is("led") && !d.toks[lo-2].is("headed") {
				k = lo
				continue
			}
			out = append(out, mi)
			k = d.ments[mi].lo
			continue
		}
		t := &d.toks[k]
		if t.text == ";" || t.text == ":" || t.kind == tokWord && clauseStops.has(t.text) {
			break
		}
		if len(out) == 0 && (t.is("he") || t.is("she")) {
			if p := d.pronoun(si, k, spans); p >= 0 {
				out = append(out, p)
			}
			break
		}
	}
	return out
}

// leadClauseEnd is the token after the comma that closes an opening
// subordinate clause ("While the Task Force briefed Biden, Mangal met
// with ...", "On July 20, while ..., "), when the verb at i stands after
// it; else -1. The people
// of that clause are not the main verb's subjects.
func (d *doc) leadClauseEnd(si, i int) int {
	s := &d.sents[si]
	end, in := -1, false
	for k := s.lo; k < i; k++ {
		switch {
		case (k == s.lo || d.toks[k-1].text == ",") && leadSubordinators.has(d.toks[k].text):
			in = true // "While ...", "On July 20, while ..."
		case in && d.toks[k].text == ",":
			end, in = k+1, false
		}
	}
	return end
}

// leadSubordinators open a subordinate clause at the start of a sentence.
var leadSubordinators = cues("lead_subordinators")

// pronoun resolves "he" or "his" at token k: the person last named before
// it in the sentence, else the first person of the sentence before.
func (d *doc) pronoun(si, k int, spans []int) int {
	p := -1
	for _, mi := range spans {
		if d.ments[mi].hi <= k && d.ments[mi].person >= 0 {
			p = mi
		}
	}
	if p < 0 {
		p = d.lastSubject(si)
	}
	return p
}

// objectsRight collects the people of a list starting at k: "with X, Y
// and Z", "with the Greek Minister of Citizen Protection, Michalis
// Chrysochoidis", "with FIDESZ MP (and Committee Chair) Zsolt Nemeth". It
// reads through titles, organisation names and parentheses, and stops at
// the first plain word that is none of these ("to discuss", "on").
func (d *doc) objectsRight(si, k int, spans []int) []int {
	s := &d.sents[si]
	var out []int
	hi := s.hi
	if end := d.leadClauseEnd(si, s.hi); end > k {
		hi = end - 1 // a list in an opening clause ends at its comma
	}
	for ; k < hi; k++ {
		if mi := d.mentionAt(k); mi >= 0 {
			out = append(out, mi)
			k = d.ments[mi].hi - 1
			continue
		}
		t := &d.toks[k]
		switch {
		case t.kind == tokPoss || d.ann[k].kind != annNone && d.ann[k].kind != annTime:
			continue
		case t.kind == tokPunct:
			if t.text == "," || t.text == "(" || t.text == ")" || t.text == "&" || t.text == "-" || t.text == "/" {
				continue
			}
		case t.kind == tokWord && (t.upper || listGlue.has(t.text)):
			continue
		case (t.is("of") || t.is("for")) && k > s.lo && d.isTitleTok(k-1):
			continue
		}
		break
	}
	return out
}

// ownerLeft finds who had the meeting a noun at i names: "Kouchner's
// September meeting", "X held talks", "Kuchma opened his introductory
// meeting", "he was heading into a meeting". "Their meeting" is had by
// all the people named before it in the clause (group reports true).
func (d *doc) ownerLeft(si, i int, spans []int) (owners []int, group bool) {
	s := &d.sents[si]
	for k := i - 1; k >= s.lo && i-k <= 12; k-- {
		if mi := d.mentionAt(k); mi >= 0 {
			return []int{mi}, false
		}
		t := &d.toks[k]
		if t.text == ";" || t.text == ":" || t.text == "," && k < i-1 || t.kind == tokWord && (clauseStops.has(t.text) || t.is("with") || t.is("between")) {
			break
		}
		switch {
		case t.is("his") || t.is("her") || t.is("he") || t.is("she"):
			if p := d.pronoun(si, k, spans); p >= 0 {
				return []int{p}, false
			}
			return nil, false
		case t.is("their"):
			for _, mi := range spans {
				if d.ments[mi].hi <= k {
					owners = append(owners, mi)
				}
			}
			return owners, true
		}
	}
	return nil, false
}

// lastSubject is the person first named in an earlier sentence of the same
// unit, for "He met with ...".
func (d *doc) lastSubject(si int) int {
	u := d.sents[si].unit
	for sj := si - 1; sj >= 0 && d.sents[sj].unit == u; sj-- {
		best := -1
		for _, mi := range d.mentionsOf(sj) {
			m := &d.ments[mi]
			if m.person >= 0 && (best < 0 || m.lo < d.ments[best].lo) {
				best = mi
			}
		}
		if best >= 0 {
			return best
		}
	}
	return -1
}

func (d *doc) pronounSubject(si int) bool {
	s := &d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		if d.toks[k].is("he") || d.toks[k].is("she") {
			return true
		}
	}
	return false
}

// pairUp records a meeting between every subject and every object.
func (d *doc) pairUp(si, trig int, subj, objs []int) {
	for _, a := range subj {
		for _, b := range objs {
			d.meet(si, trig, a, b)
		}
	}
}

// pairAll records a meeting between every two people of a group.
func (d *doc) pairAll(si, trig int, group []int) {
	for x := 0; x < len(group); x++ {
		for y := x + 1; y < len(group); y++ {
			d.meet(si, trig, group[x], group[y])
		}
	}
}

// meet records that the people of mentions ma and mb met, with the date
// nearest to the trigger and the place the sentence names.
func (d *doc) meet(si, trig, ma, mb int) {
	a, b := d.ments[ma].person, d.ments[mb].person
	if a < 0 || b < 0 || a == b {
		return
	}
	date := nearestDay(d.dates, trig)
	if len(d.dates) == 0 {
		// The sentence gives no time at all: an earlier sentence about the
		// same meeting may ("On August 15, the Ambassador called on FM N.
		// ... During the meeting, ...").
		date = d.contextDate(si, trig, a, b)
	}
	if date != "" && date > d.c.Date.Format("2006-01-02") {
		return // a meeting after the cable was sent is a plan
	}
	d.meetings = append(d.meetings, meeting{a: a, b: b, sent: si, trig: trig, rule: d.rule, date: date, place: d.placeIn(si)})
}

// placeIn is the city a sentence places its event in: "in Moscow".
func (d *doc) placeIn(si int) string {
	s := &d.sents[si]
	for k := s.lo + 1; k < s.hi; k++ {
		if d.ann[k].kind == annCity && (d.toks[k-1].is("in") || d.toks[k-1].is("at")) {
			return d.ann[k].name
		}
	}
	return ""
}

// visitWords, followed by "to"/"in" and a place, say a person went there.
var visitWords = cues("visit_words")

// findVisits reads "KOUCHNER VISIT TO MOSCOW", "X's trip to Y", "X
// visited Y" (Y a city).
func (d *doc) findVisits(si int) {
	s := &d.sents[si]
	for i := s.lo; i < s.hi; i++ {
		if d.toks[i].kind != tokWord || !visitWords.has(d.toks[i].text) {
			continue
		}
		k := i + 1
		if k < s.hi && (d.toks[k].is("to") || d.toks[k].is("in")) {
			k++
		}
		if k >= s.hi || d.ann[k].kind != annCity && d.ann[k].kind != annCountry {
			continue
		}
		d.sentMentions(si) // modalBefore reads them
		if d.modalBefore(si, i) {
			continue // "plans to visit", "will travel to", "the upcoming visit"
		}
		// The visitor: the nearest person to the left, within a few words,
		// unless a possessive pronoun stands for the subject: "Shannon
		// called on Miceli during his visit to Buenos Aires".
		for j := i - 1; j >= s.lo && i-j <= 4; j-- {
			if t := &d.toks[j]; t.is("his") || t.is("her") || t.is("their") {
				if mi := d.subjectMention(si, j); mi >= 0 {
					if date, ok := d.visitDate(si, i); ok {
						d.visits = append(d.visits, visit{person: d.ments[mi].person, tok: k, sent: si, date: date})
					}
				}
				break
			}
			mi := d.mentionAtSent(si, j)
			if mi >= 0 && d.ments[mi].person >= 0 {
				date, ok := d.visitDate(si, i)
				if !ok {
					break // a visit after the cable was sent is a plan
				}
				d.visits = append(d.visits, visit{person: d.ments[mi].person, tok: k, sent: si, date: date})
				break
			}
		}
	}
}

// subjectMention is the person a possessive pronoun at token pron
// stands for: the nearest person before it who does something ("Feltman
// had presented ... during his visit"), else the sentence's first; -1 if
// none.
func (d *doc) subjectMention(si, pron int) int {
	first, best := -1, -1
	for _, mi := range d.mentionsOf(si) {
		m := &d.ments[mi]
		if m.person < 0 || m.hi > pron {
			continue
		}
		if first < 0 || m.lo < d.ments[first].lo {
			first = mi
		}
		if n := &d.toks[m.hi]; n.kind == tokWord && !n.upper && !pronounSkip[strings.ToLower(n.text)] && (best < 0 || m.lo > d.ments[best].lo) {
			best = mi
		}
	}
	if best >= 0 {
		return best
	}
	return first
}

// pronounSkip after a name say it is not the one acting: "Calvin and her
// husband", "accompanied Preval on his trip".
var pronounSkip = cues("pronoun_skip")

// visitDate is the day the sentence gives for the visit its trigger at
// token trig names: the nearest date to it, within a few words ("visited
// Baghdad on March 3"; not the day the visit was spoken of), "" when the sentence pins none to a day ("Kouchner's September
// visit"). ok is false for a date after the cable's, a plan.
func (d *doc) visitDate(si, trig int) (date string, ok bool) {
	s := &d.sents[si]
	d.dates = findDates(d.toks, s.lo, s.hi, d.c.Date, d.dates[:0])
	best := 1 << 30
	for _, r := range d.dates {
		dist := r.lo - trig
		if dist < 0 {
			dist = trig - r.hi + 1
		}
		if dist < best && dist <= 8 {
			best, date = dist, r.iso()
		}
	}
	if date != "" && date > d.c.Date.Format("2006-01-02") {
		return "", false
	}
	return date, true
}

// visit is a person's stay in a place.
type visit struct {
	person, tok, sent int
	date              string // ISO day, "" when the text gives none
}

func (d *doc) mentionAtSent(si, k int) int {
	for _, mi := range d.mentionsOf(si) {
		if m := &d.ments[mi]; m.lo <= k && k < m.hi {
			return mi
		}
	}
	return -1
}

// participants reads the participant lists of a memorandum of
// conversation: "Participants:" followed by one block per side ("U.S." /
// "The Secretary" / "Ambassador Jeffrey Feltman", "Lebanon" / "Parliament
// Speaker Nabih Berri"). Everyone of the first side met everyone of the
// others, on the date and at the place the lines above the list give.
func (d *doc) participants() {
	for ui := range d.units {
		u := &d.units[ui]
		t := strings.TrimSpace(u.text)
		if u.section != SectionBody || len(t) < 12 || !strings.EqualFold(t[:12], "participants") {
			continue
		}
		var sides [][]int
		first := -1
		// Sentences are in unit order: start at the list's own and stop
		// past the units it can span, rather than scan the whole cable for
		// each list.
		lo, _ := slices.BinarySearchFunc(d.sents, ui, func(s sentence, ui int) int { return s.unit - ui })
		for si := lo; si < len(d.sents) && d.sents[si].unit <= ui+8; si++ {
			s := &d.sents[si]
			if s.unit > ui && d.units[s.unit].paragraph != 0 {
				continue
			}
			if first < 0 {
				first = si
			}
			if d.sideHeader(si) {
				sides = append(sides, nil)
			}
			for _, mi := range d.sentMentions(si) {
				if d.ments[mi].person < 0 {
					continue
				}
				if len(sides) == 0 {
					sides = append(sides, nil)
				}
				sides[len(sides)-1] = append(sides[len(sides)-1], mi)
			}
		}
		if len(sides) < 2 || first < 0 {
			continue
		}
		date, place := d.memconWhen(ui)
		for _, a := range sides[0] {
			for _, side := range sides[1:] {
				for _, b := range side {
					pa, pb := d.ments[a].person, d.ments[b].person
					if pa == pb {
						continue
					}
					d.meetings = append(d.meetings, meeting{a: pa, b: pb, sent: first, trig: d.sents[first].lo, rule: "participants", date: date, place: place})
				}
			}
		}
	}
}

// sideHeader: a line that names a side of a meeting, "U.S.", "Lebanon:",
// "Lebanese Side", "GOF".
func (d *doc) sideHeader(si int) bool {
	s := &d.sents[si]
	if s.hi-s.lo > 4 {
		return false
	}
	for k := s.lo; k < s.hi; k++ {
		if a := d.ann[k].kind; a == annCountry || a == annDemonym {
			return true
		}
	}
	return false
}

// memconWhen finds the date and place of a memorandum of conversation in
// the lines before its participant list, or in the subject.
func (d *doc) memconWhen(ui int) (date, place string) {
	var scratch [4]dateRef
	for si := range d.sents {
		s := &d.sents[si]
		sec := d.units[s.unit].section
		if !(sec == SectionSubject || s.unit < ui && s.unit >= ui-3) {
			continue
		}
		for _, r := range findDates(d.toks, s.lo, s.hi, d.c.Date, scratch[:0]) {
			if iso := r.iso(); iso != "" && date == "" {
				date = iso
			}
		}
		for k := s.lo; k < s.hi; k++ {
			if d.ann[k].kind == annCity && place == "" && sec != SectionSubject {
				place = d.ann[k].name
			}
		}
	}
	return date, place
}

// remote reports whether sentence si speaks of a contact at a distance: a
// telephone word, or "called X" (not "called on X").
func (d *doc) remote(si int) bool {
	s := &d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		t := &d.toks[k]
		if t.kind != tokWord {
			continue
		}
		if notInPerson.has(t.text) || (t.is("called") || t.is("phoned")) && k+1 < s.hi && !d.toks[k+1].is("on") && !d.toks[k+1].is("for") {
			return true
		}
	}
	return false
}

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
	for k := s.lo; k < s.hi; k++ {
		if t := &d.toks[k]; t.kind == tokWord && (otherTime.has(t.text) || k < trig && reportVerbs.has(t.text)) {
			return ""
		}
	}
	back := d.refersBack(si)
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
		if same, _ := about(sj); same {
			e := &d.sents[sj]
			return soleDay(findDates(d.toks, e.lo, e.hi, d.c.Date, scratch[:0]))
		}
	}
	return ""
}

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
func (d *doc) meetWordIn(si int) bool {
	s := &d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		t := &d.toks[k]
		if t.kind != tokWord {
			continue
		}
		var buf [24]byte
		if len(t.text) > len(buf) {
			continue
		}
		w := string(lowerBytes(buf[:0], t.text))
		switch {
		case w == "met" || w == "visited" || w == "hosted" || w == "received":
			return true
		case w == "called" || w == "call":
			if k+1 < s.hi && d.toks[k+1].is("on") {
				return true
			}
		case meetNouns[w] && w != "courtesy" && w != "meet":
			return true
		}
	}
	return false
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
		if t.kind != tokWord || !meetNouns.has(t.text) || t.is("meet") || t.is("courtesy") {
			continue
		}
		if !backRefs.has(d.toks[k-1].text) {
			continue
		}
		if k+1 < s.hi && (d.toks[k+1].is("with") || d.toks[k+1].is("between") || d.toks[k+1].is("of")) {
			continue
		}
		return true
	}
	return false
}
