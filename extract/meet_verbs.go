package extract

// This file holds the rules of the meeting verbs: "met" (metVerb: "X met
// with Y", "X and Y met", "X was met by Y") and the sides it leaves
// unnamed ("met the presidents of the four high courts"), which the
// speakers of the next sentences may name. The other verbs ("called on",
// "hosted", "briefed") are read in findMeetings (met.go).

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// meetVerbs, besides "met", report an encounter with their object.
var meetVerbs = cues("meet_verbs")

// metVerb: "X (and Y) met (on DATE) with Z", "X and Y met", "X was met by Y".
func (d *doc) metVerb(si, i int, spans []int) {
	s := &d.sents[si]
	if d.modalBefore(si, i) {
		return
	}
	subj := d.subjectsLeft(si, i, spans)
	if len(subj) == 0 {
		subj = d.theyWere(si, i, spans)
	}
	if len(subj) == 0 {
		if two := d.theTwo(si, i, spans); len(two) == 2 {
			// "President Bush had given Saakashvili a green light when the
			// two met on July 5".
			d.pairAll(si, i, two)
			return
		}
	}
	k := i + 1
	// Skip "on September 20", "in Moscow", "separately", "again".
	for k < s.hi && k-i < 10 && d.skippable(k) {
		k++
	}
	// "A, B and C met (on October 24) at the Israeli MFA with X": a team
	// of one country met those after "with". (Of two countries, they met
	// each other, with companions or on a topic after "with": "Sarkozy
	// and Siniora met at the Elysee with their delegations".)
	team := len(subj) >= 2 && d.oneCountry(subj)
	if w := d.placeWith(si, i); team && w > k {
		k = w
	}
	// "A and B met on 8 June at the residence for a private lunch with
	// X": the team met those after the meeting noun's "with".
	if w := d.nounWith(si, k); team && w > k {
		k = w
	}
	var objs []int
	if k < s.hi && (d.toks[k].is("with") || d.toks[k].is("by")) {
		objs = d.objectsRight(si, k+1, spans)
	} else {
		objs = d.objectsRight(si, k, spans)
	}
	// "met with the two top executives of the IBP, ..., and with
	// Petrobras' director, Jorge Zelada": a second "with" adds objects.
	if k < s.hi && d.toks[k].is("with") {
		if w := d.andWith(si, k+1); w > 0 {
			objs = append(objs, d.objectsRight(si, w+1, spans)...)
		}
	}
	if len(objs) == 0 {
		// "met with Palestinian leaders based in Syria, including Hamas
		// Politburo Chief Khaled Meshaal": the group's named members.
		if inc := d.includingAfter(si, k); inc > 0 {
			objs = d.objectsRight(si, inc+1, spans)
		}
	}
	if len(objs) == 0 && (d.unnamedObject(si, i) || team && d.placeWith(si, i) > 0) {
		if d.groupObject(si, i) {
			d.pairUp(si, i, subj, d.speakersAfter(si, subj))
		}
		return
	}
	if len(objs) == 0 && len(subj) >= 2 && !d.companions(subj) && d.ments[subj[0]].sent == si {
		// (Not those "they" stands for, named in the sentence before:
		// "A and B met with C on May 3. They met again on May 10.")
		d.pairAll(si, i, subj)
		return
	}
	d.pairUp(si, i, subj, objs)
	if len(objs) > 0 && len(subj) > 0 {
		d.trailingCompanions(si, i, subj, objs, spans)
	}
}

// theyWere returns the subjects "they" stands for in ", where they were
// met by" (the verb at i): those of the first "were" of the main clause
// before it ("Ambassador Olson, DATT Rider and Colonel Sprague
// were summoned to the office of the Chief of Staff, where they were met
// by the COS, ..."); else nil.
func (d *doc) theyWere(si, i int, spans []int) []int {
	s := &d.sents[si]
	if i-3 < s.lo || !d.toks[i-1].is("were") || !d.toks[i-2].is("they") || !d.toks[i-3].is("where") && !d.toks[i-3].is("when") {
		return nil
	}
	// The main clause starts after an opening subordinate clause's comma
	// ("After Ministers A and B were briefed ..., Ambassador Olson and
	// Colonel Rider were taken to the Palace, where they were met by").
	lo := s.lo
	if clauseStops.hasLower(d.toks[s.lo].lower) {
		for k := s.lo + 1; k < i-3; k++ {
			if d.toks[k].text == "," && d.mentionAt(k) < 0 {
				lo = k + 1
				break
			}
		}
	}
	for k := lo + 1; k < i-3; k++ {
		if d.toks[k].is("were") && d.mentionAt(k-1) >= 0 {
			return d.subjectsLeft(si, k, spans)
		}
	}
	return nil
}

// nounWith returns the "with" that follows a meeting noun within eight
// tokens of token k ("at the residence for a private lunch with"), with
// only nounWithWords and capitalised words before the noun; else -1 (not
// "met ahead of the talks with", "in preparation for talks with").
func (d *doc) nounWith(si, k int) int {
	s := &d.sents[si]
	for j := k; j+1 < s.hi && j-k <= 8; j++ {
		t := &d.toks[j]
		if meetNouns.hasLower(t.lower) && d.toks[j+1].is("with") {
			return j + 1
		}
		if t.kind != tokWord || !t.upper && !nounWithWords[t.lower] {
			return -1
		}
	}
	return -1
}

// nounWithWords may stand between "met" and the meal or meeting it was
// ("at the residence for a private lunch with").
var nounWithWords = set("a", "an", "the", "at", "in", "for", "over", "his", "her", "their", "its", "our",
	"residence", "office", "home", "palace", "ministry", "embassy", "private", "working", "official", "informal",
	"brief", "long", "lengthy", "separate", "joint", "small", "one-on-one", "bilateral", "courtesy", "farewell", "introductory")

// trailingCompanions reads an "accompanied by" phrase after the objects
// of a meeting verb: "CODEL McCain met with President Karzai ... on
// January 6, accompanied by Ambassador Eikenberry, Deputy Ambassador
// Ricciardone, and COMISAF McChrystal". The companions came with the
// subject, as the phrase ends the sentence; one whose country the text
// gives as the objects' and not the subjects' came with the objects, and
// so do those of ", who was flanked by" after an object.
func (d *doc) trailingCompanions(si, trig int, subj, objs, spans []int) {
	s := &d.sents[si]
	k := d.ments[objs[len(objs)-1]].hi
	for ; k+2 < s.hi; k++ {
		t := &d.toks[k]
		if t.text == ";" || d.clauseWord(k) {
			return
		}
		if t.is("and") && d.anotherActivity(k+1, s.hi) {
			return // "... and then toured the hospital, accompanied by": another verb's companions
		}
		if t.text == "," && companionWord(&d.toks[k+1]) && d.toks[k+2].is("by") {
			break
		}
		if t.text == "," && k+4 < s.hi && d.toks[k+1].is("who") && (d.toks[k+2].is("was") || d.toks[k+2].is("were")) && companionWord(&d.toks[k+3]) && d.toks[k+4].is("by") {
			// "met with the Pontiff, who was flanked by Cardinal
			// Bertone": the companions of the one named last, an object.
			d.pairUp(si, trig, subj, d.objectsRight(si, k+5, spans))
			return
		}
	}
	if k+2 >= s.hi {
		return
	}
	comps := d.objectsRight(si, k+3, spans)
	sc, oc := d.evidenceCountries(subj), d.evidenceCountries(objs)
	var withSubj, withObjs []int
	for _, mi := range comps {
		p := d.ments[mi].person
		if p < 0 {
			continue
		}
		if c := d.evidenceCountry(p); c != "" && oc[c] && !sc[c] {
			withObjs = append(withObjs, mi)
		} else {
			withSubj = append(withSubj, mi)
		}
	}
	d.pairUp(si, trig, withSubj, objs)
	d.pairUp(si, trig, subj, withObjs)
}

// theTwo returns the two people "the two" before the verb at i stands
// for: the last two people named before it in the sentence, when they
// are two, leaving out owners and the one who says it. Else nil.
func (d *doc) theTwo(si, i int, spans []int) []int {
	s := &d.sents[si]
	if i-2 < s.lo || !d.toks[i-2].is("the") || !d.toks[i-1].is("two") {
		return nil
	}
	var out []int
	for n := len(spans) - 1; n >= 0; n-- {
		m := &d.ments[spans[n]]
		if m.hi > i-2 || m.person < 0 {
			continue
		}
		if h := m.hi; d.toks[h].kind == tokPoss || d.toks[h].kind == tokWord && sayVerbs.hasLower(d.toks[h].lower) {
			// Not an owner ("Alan Hart's envoy"), nor the one who says
			// it ("Rasko said the two met"). (One in an "of" phrase may
			// be either: "a public embrace of Lula by Rainha when the two
			// met", "the envoy of Prime Minister Hart".)
			continue
		}
		if len(out) == 1 && d.ments[out[0]].person == m.person {
			continue
		}
		out = append(out, spans[n])
		if len(out) == 2 {
			return out
		}
	}
	return nil
}

// anotherActivity reports whether the words from token k, after "and",
// tell another thing the subject did: an adverb of sequence ("and then",
// "and later toured"), or a verb in the past with an object that is no
// talk ("and toured the hospital"; not "and discussed the elections", the
// meeting's own talk, nor "and invited guests", an adjective).
func (d *doc) anotherActivity(k, hi int) bool {
	if k >= hi {
		return false
	}
	t := &d.toks[k]
	if t.is("then") || t.is("later") || t.is("subsequently") || t.is("afterwards") || t.is("afterward") {
		return true
	}
	if t.kind != tokWord || t.upper || !strings.HasSuffix(t.lower, "ed") || sayVerbs.hasLower(t.lower) || personVerbs.hasLower(t.lower) || t.is("discussed") || t.is("reviewed") || t.is("raised") {
		return false
	}
	return k+1 < hi && (d.toks[k+1].is("the") || d.toks[k+1].is("a") || d.toks[k+1].is("an"))
}

// companions reports whether the subjects subj of a verb are one party:
// "accompanied", "joined" or "flanked" stands among them ("Shannon,
// accompanied by McGlynn and the Ambassador, met ..."), so "A and B met"
// does not pair them.
func (d *doc) companions(subj []int) bool {
	lo, hi := d.ments[subj[0]].lo, d.ments[subj[0]].hi
	for _, mi := range subj[1:] {
		lo, hi = min(lo, d.ments[mi].lo), max(hi, d.ments[mi].hi)
	}
	return d.companionBetween(lo, hi)
}

// includingAfter finds the "including" of ", including X" that names
// members of a group object starting at k, within its clause (no verb or
// clause word before it), or -1.
func (d *doc) includingAfter(si, k int) int {
	return d.inClause(si, k, 20, func(j int) bool {
		return (d.toks[j].is("including") || d.toks[j].is("among")) && j > k && d.toks[j-1].text == ","
	})
}

// inClause returns the first token j of sentence si, from k on and fewer
// than n tokens past it, for which match holds, or -1 if a semicolon, a
// colon, a clause word, a person's verb or "to" comes first: the objects
// of one verb end there.
func (d *doc) inClause(si, k, n int, match func(j int) bool) int {
	s := &d.sents[si]
	for j := k; j < s.hi && j-k < n; j++ {
		t := &d.toks[j]
		if t.text == ";" || t.text == ":" || t.kind == tokWord && (clauseStops.hasLower(t.lower) || personVerbs.hasLower(t.lower) || t.is("to")) {
			return -1
		}
		if match(j) {
			return j
		}
	}
	return -1
}

// andWith finds the "with" of "and with" (or "as well as with") that
// coordinates a second object with the object of "met with" that starts
// at k, within the same clause: no semicolon, colon or new clause word
// between, nor a relative clause ("who is on good terms with A as well as
// with B" is not the meeting's).
func (d *doc) andWith(si, k int) int {
	w := d.inClause(si, k+1, 39, func(j int) bool {
		return (d.toks[j].is("with") || d.toks[j].is("by")) && (d.toks[j-1].is("and") ||
			j-3 > k && d.toks[j-1].is("as") && d.toks[j-2].is("well") && d.toks[j-3].is("as")) // "as well as with"
	})
	for j := k; j < w; j++ {
		if t := &d.toks[j]; t.is("who") || t.is("whose") || t.is("which") {
			return -1 // "Fillon, who is on good terms with Sarkozy as well as with Chancellor Merkel": the relative clause's
		}
	}
	return w
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
	return t.is("with") || t.is("by") || objectOpeners.hasLower(t.lower) || t.kind == tokWord && t.upper && d.ann[k].kind == annNone && !monthLike(t)
}

// placeWith returns the "with" of a meeting verb at i after the day and
// place it skips ("met (on October 24) at the Israeli MFA with"), or -1.
func (d *doc) placeWith(si, i int) int {
	s := &d.sents[si]
	for j := i + 1; j < s.hi && j-i < 10; j++ {
		if w := d.placeThenWith(si, j); w > 0 {
			return w
		}
		if !d.skippable(j) {
			break
		}
	}
	return -1
}

// placeThenWith returns the "with" right after a place phrase that
// starts at token k ("at the Israeli MFA with", "in the Foreign Ministry's
// conference room with"), within eight tokens; else -1. The phrase holds
// only articles, capitalised words, possessives and words of a venue: not
// a purpose or a link ("in Paris to discuss relations with", "at an NGO
// associated with", "in connection with", "along with").
func (d *doc) placeThenWith(si, k int) int {
	s := &d.sents[si]
	if k >= s.hi || !d.toks[k].is("at") && !d.toks[k].is("in") {
		return -1
	}
	for j := k + 1; j < s.hi && j-k <= 8; j++ {
		t := &d.toks[j]
		if t.is("with") {
			if j == k+1 {
				return -1
			}
			return j
		}
		switch {
		case t.kind == tokPoss, t.kind == tokPunct && t.text == "-":
		case t.kind == tokWord && (t.upper || placePhraseWords.hasLower(t.lower)) && (d.mentionAt(j) < 0 || d.ments[d.mentionAt(j)].person < 0):
		default:
			return -1
		}
	}
	return -1
}

// placePhraseWords may stand in lower case in the place phrase of a
// meeting: articles and the nouns of a venue.
var placePhraseWords = set("the", "a", "an", "of", "conference", "room", "office", "offices", "residence", "headquarters", "building", "ministry", "embassy", "palace", "hotel", "house", "official")

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
		if m.lo-s.lo > 6 || m.hi >= s.hi || !speakerVerbs.hasLower(d.toks[m.hi].lower) {
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
		if reportVerbs.hasLower(d.toks[k].lower) {
			return false // "Wolcott commented that she had also met with officials"
		}
	}
	for k := i + 1; k < s.hi && k-i <= 6; k++ {
		if groupNouns.hasLower(d.toks[k].lower) {
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

// subjectReport reads the cable as the report of the conversations of the
// one person its subject line names before a verb ("SPECIAL ENVOY C.
// BOYDEN GRAY DISCUSSES ...", "AL MAHDI DISCUSSES ...", "U/S LEVEY
// PROMOTES ..."), or of the visitors whose visit the summary tells
// ("During the October 24 visit of Treasury Acting DAS Eric Meyer and desk
// officer Larry Norton, ..."): in the body, "X told Y", "X explained to
// Y", with one of those people as X or Y, is one of those conversations
// (GOLD-FORMAT.md's meeting report frame), unless the sentence says it was
// at a distance or may not happen.
func (d *doc) subjectReport() {
	who := -1
	for _, sj := range d.subjectSentences() {
		s := &d.sents[sj]
		for _, mi := range d.sentMentions(sj) {
			m := &d.ments[mi]
			if m.person < 0 || m.hi >= s.hi || !headlineVerbs.hasLower(d.toks[m.hi].lower) {
				continue
			}
			if who >= 0 && who != m.person {
				who = -2 // two people in the headline: whose report is unclear
			}
			if who != -2 {
				who = m.person
			}
		}
	}
	reporters := d.summaryVisitors()
	if who >= 0 && !slices.Contains(reporters, who) {
		reporters = append(reporters, who)
	}
	if len(reporters) == 0 {
		return
	}
	d.rule = "report"
	for si := range d.sents {
		s := &d.sents[si]
		if d.units[s.unit].section != SectionBody {
			continue
		}
		for _, mi := range d.sentMentions(si) {
			m := &d.ments[mi]
			j := m.hi
			if j < s.hi && d.toks[j].text == "," && j > m.nhi {
				j++ // "Sergio Garribba, Energy Advisor to Minister Scajola, told"
			}
			if m.person < 0 || j+1 >= s.hi {
				continue
			}
			v, k := &d.toks[j], j+1
			switch {
			case v.is("told") || v.is("informed") || v.is("assured") || v.is("briefed"):
			case v.kind == tokWord && (sayVerbs.hasLower(v.lower) || v.is("reiterated") || v.is("confided") || v.is("conveyed")) && d.toks[k].is("to"):
				k++
			default:
				continue
			}
			partners := []int{d.titledMentionAt(si, k)}
			if partners[0] < 0 {
				continue
			}
			// "told Meyer and Norton": the others joined by "and".
			for n := d.ments[partners[0]].hi; n+1 < s.hi && d.toks[n].is("and"); {
				next := d.titledMentionAt(si, n+1)
				if next < 0 {
					break
				}
				partners = append(partners, next)
				n = d.ments[next].hi
			}
			if d.remote(si) || d.modalBefore(si, j) {
				continue
			}
			d.dates = findDates(d.toks, s.lo, s.hi, d.c.Date, d.dates[:0])
			for _, partner := range partners {
				if d.ments[partner].person < 0 || d.ments[partner].person == m.person {
					continue
				}
				if !slices.Contains(reporters, m.person) && !slices.Contains(reporters, d.ments[partner].person) {
					continue
				}
				d.meet(si, j, mi, partner)
			}
		}
	}
}

// plannedWords say a sentence tells of what has not happened yet.
var plannedWords = set("planned", "upcoming", "scheduled", "proposed", "will", "would", "forthcoming", "expected")

// plannedIn reports whether a word of plannedWords stands in sentence si.
func (d *doc) plannedIn(si int) bool {
	s := &d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		if t := &d.toks[k]; t.kind == tokWord && plannedWords[t.lower] {
			return true
		}
	}
	return false
}

// summaryVisitors are the people whose recent visit the summary tells
// (the first numbered paragraph, or an unnumbered one that opens
// "Summary"): "the visit of A and B", "During A's visit to Reykjavik".
// Not a visit of months or years before ("Since the March 2006 visit of
// X"), nor one of the mission's own ("the Ambassador's visit to
// Akureyri": a role, not a visitor).
func (d *doc) summaryVisitors() []int {
	var out []int
	for si := range d.sents {
		s := &d.sents[si]
		if u := &d.units[s.unit]; u.section != SectionBody || !(u.paragraph == 1 || u.paragraph == 0 && strings.HasPrefix(strings.ToLower(strings.TrimSpace(u.text)), "summary")) {
			continue
		}
		visits := 0
		for i := s.lo; i+1 < s.hi; i++ {
			if d.toks[i].is("visit") {
				visits++
			}
		}
		// A sentence of many visits tells no one visit; and reading
		// each would read the sentence's dates once a visit.
		if visits == 0 || visits > maxSummaryVisits || d.plannedIn(si) {
			continue // "the upcoming visit", "The visit of X is planned for"
		}
		spans := d.sentMentions(si)
		for i := s.lo; i+1 < s.hi; i++ {
			if !d.toks[i].is("visit") || d.modalBefore(si, i) || !d.recentVisit(si, i) {
				continue
			}
			var visitors []int
			if d.toks[i+1].is("of") {
				visitors = d.objectsRight(si, i+2, spans)
			} else if i > s.lo && d.toks[i-1].kind == tokPoss {
				if mi := d.mentionAt(i - 2); mi >= 0 {
					visitors = []int{mi}
				}
			}
			for _, mi := range visitors {
				if p := d.ments[mi].person; p >= 0 && d.ments[mi].name != "" && !slices.Contains(out, p) {
					out = append(out, p)
				}
			}
		}
	}
	return out
}

// maxSummaryVisits is how many visits a summary sentence may name for
// summaryVisitors to read it.
const maxSummaryVisits = 4

// recentVisitDays is how long before the cable a visit the summary tells
// may have been for the cable to report its conversations.
const recentVisitDays = 45

// recentVisit reports whether the visit at token i of sentence si took
// place before the cable and not long before: its day, if the sentence
// gives one, at most recentVisitDays before the cable's, and no other
// year than the cable's written just before it ("the March 2006 visit").
func (d *doc) recentVisit(si, i int) bool {
	date, ok := d.visitDate(si, i)
	if !ok {
		return false // a visit after the cable was sent is a plan
	}
	if date != "" {
		t, err := time.Parse("2006-01-02", date)
		if err != nil || d.c.Date.Sub(t) > recentVisitDays*24*time.Hour {
			return false
		}
	}
	year := strconv.Itoa(d.c.Date.Year())
	for k := max(d.sents[si].lo, i-4); k < i; k++ {
		if t := &d.toks[k]; t.kind == tokNum && len(t.text) == 4 && (strings.HasPrefix(t.text, "19") || strings.HasPrefix(t.text, "20")) && t.text != year {
			return false
		}
	}
	return true
}
