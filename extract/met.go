package extract

// This file holds the sentence rules of who met whom: findMeetings finds a
// sentence's trigger word ("met", a meeting verb or noun) and hands it to
// its rule, in this file or in meet_verbs.go and meet_nouns.go; the rules
// take the people on each side from the clause (clauses.go) and propose
// every pair across the sides (pairUp, meet), dated and placed by the
// sentence. A planned, remote or denied encounter proposes nothing.

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
		if len(t.text) > 24 {
			continue // longer than any of the words below
		}
		if t.class&classNotInPerson != 0 {
			return
		}
		if trig < 0 && t.class&classMeetTrigger != 0 { // "met", meetNouns, meetVerbs
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
		if len(t.text) > 24 {
			continue
		}
		w := t.lower
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
				if d.callToAct(si, k+1) {
					break // "called on Lugovoy to return to London": a demand, not a visit
				}
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

// skippable tokens may stand between a trigger and its "with": dates,
// places, adverbs.
func (d *doc) skippable(k int) bool {
	t := &d.toks[k]
	if t.kind == tokNum || d.ann[k].kind == annTime || d.ann[k].kind == annCity || d.ann[k].kind == annCont || d.ann[k].kind == annOrg && t.allCaps {
		return true
	}
	if t.kind != tokWord {
		return false
	}
	switch t.lower {
	case "on", "in", "at", "during", "separately", "privately", "again", "jointly", "briefly", "also", "today",
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
		if len(t.text) > 24 {
			continue
		}
		if d.ann[k].kind == annTime {
			continue // "Blair's May 11 meeting": the month, not the modal
		}
		if notYet[t.lower] {
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
		if t.text == ";" || t.text == ":" || t.kind == tokWord && clauseStops.hasLower(t.lower) {
			break
		}
		if t.is("will") || t.is("would") || t.is("plans") || t.is("intends") || t.is("expects") || t.is("scheduled") || t.is("shall") {
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

// remote reports whether sentence si speaks of a contact at a distance: a
// telephone word, or "called X" (not "called on X").
func (d *doc) remote(si int) bool {
	s := &d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		t := &d.toks[k]
		if t.kind != tokWord {
			continue
		}
		if notInPerson.hasLower(t.lower) || (t.is("called") || t.is("phoned")) && k+1 < s.hi && !d.toks[k+1].is("on") && !d.toks[k+1].is("for") {
			return true
		}
	}
	return false
}

// callPurpose verbs after "called on X to" say why the call was paid.
var callPurpose = cues("call_purpose")

// callToAct reports whether the object of "called on" that starts at
// token k is followed by "to" and a verb ("called on Lugovoy to return",
// "called on the government to release"): a demand made, often in public,
// not a call paid. A verb of callPurpose ("called on the Minister to
// discuss") makes it a call paid after all. The object may be a name with its title, or a few
// words; "to" must come within eight tokens, before any punctuation.
func (d *doc) callToAct(si, k int) bool {
	s := &d.sents[si]
	for j := k; j < s.hi && j-k <= 8; j++ {
		t := &d.toks[j]
		if t.kind == tokPunct && t.text != "-" && t.text != "." {
			return false
		}
		if t.is("to") {
			v := j + 1
			return v < s.hi && d.toks[v].kind == tokWord && !d.toks[v].upper && !d.toks[v].is("the") && !callPurpose.hasLower(d.toks[v].lower)
		}
	}
	return false
}
