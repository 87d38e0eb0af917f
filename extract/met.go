package extract

// This file holds the sentence rules of who met whom: findMeetings finds a
// sentence's trigger word ("met", a meeting verb or noun) and hands it to
// its rule, in this file or in meet_verbs.go and meet_nouns.go; the rules
// take the people on each side from the clause (clauses.go) and propose
// every pair across the sides (pairUp, meet), dated and placed by the
// sentence. A planned, remote or denied encounter proposes nothing.

import (
	"regexp"
	"slices"
	"strings"
)

// meeting is one pair of people a rule says met in person: a is on the
// side of the clause's subject (or the first side of a participant list),
// b on the other. The rules propose; decide (model.go) accepts: every rule's
// pair, and those the pair model scores above its threshold.
type meeting struct {
	a, b  int // people
	sent  int
	trig  int    // token of the trigger word
	rule  string // the rule that found it: met, call-on, hosted, discussed, noun, participants
	date  string
	place string
}

// summonedTo reports whether the words from token k are "to" and a
// place the one called came to: "to the Foreign Ministry", "to his
// office", "to the Palace", "to the MFA"; not "to discuss", "to say".
func (d *doc) summonedTo(si, k int) bool {
	s := &d.sents[si]
	if k+1 >= s.hi || !d.toks[k].is("to") {
		return false
	}
	j := k + 1
	if determiner(&d.toks[j]) {
		j++
	}
	if j >= s.hi {
		return false
	}
	// An organisation or city the lexicon knows, or a place word within
	// three words ("the Foreign Ministry", "his office"); not "to
	// Ramallah's defense", "to Congratulate him".
	for k := j; k < s.hi && k-j < 3 && d.toks[k].kind == tokWord; k++ {
		if k+1 < s.hi && d.toks[k+1].kind == tokPoss {
			return false
		}
		if d.ann[k].kind == annOrg || d.ann[k].kind == annCity && k == j || placeWords[d.toks[k].lower] {
			return true
		}
	}
	return false
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

// meetingJustTold reports whether a meeting was told in one of the three
// sentences before si in its paragraph, with no day between them that
// would tell another event: one person "also present" joins that one
// ("Feltman called on Sultan Qaboos February 17. In a meeting lasting
// almost two hours ... Also present on the Omani side was ..."), not
// "The Ambassador met Kouchner on June 3. On June 10, Kouchner addressed
// the Assembly. Also present was Fillon."
func (d *doc) meetingJustTold(si int) bool {
	for sj := si - 1; sj >= 0 && si-sj <= 3 && d.sents[sj].unit == d.sents[si].unit; sj-- {
		if slices.ContainsFunc(d.meetings, func(m meeting) bool { return m.sent == sj }) {
			return true
		}
		if len(d.sentDates(sj)) > 0 {
			return false
		}
	}
	return false
}

// demandVerbs before "for" ask for what follows: "called for a meeting",
// "pressed for talks".
var demandVerbs = set("called", "calls", "call", "calling", "asked", "asks", "asking", "pressed", "pushed", "pushing", "appealed", "lobbied")

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
	// One person may join the meeting just told: "X also participated",
	// "Also present was Ambassador Kennard".
	alsoPresent := trig == s.lo+1 && d.toks[s.lo].is("also") && d.toks[trig].is("present") && d.meetingJustTold(si)
	if len(spans) < 2 && !d.pronounSubject(si) && !(len(spans) == 1 && (d.alsoJoins(si, trig) || alsoPresent || d.toks[trig].is("accompanied") || d.toks[trig].is("joined") || d.separateBefore(si, trig))) {
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
		also := 0 // "Also in the meeting ... were": the token after "were"
		if meetNouns[w] {
			also = d.alsoInMeeting(si, i)
		}
		joined := -1 // the object of "joined" whom a meeting just told names (joinedAt)
		if w == "joined" && i > s.lo && i+1 < s.hi && !d.toks[i-1].is("was") && !d.toks[i-1].is("were") {
			joined = d.joinedAt(si, i)
		}
		// The people "joined" took for a meeting ("joined X and Y for a
		// dinner"), read once for the case below.
		var joinedObjs []int
		if w == "joined" && joined < 0 && !d.passiveBefore(si, i) && !d.modalBefore(si, i) {
			joinedObjs = d.joinedFor(si, i, spans)
		}
		switch {
		case w == "met":
			d.metVerb(si, i, spans)
		case w == "called" || w == "call" && i > s.lo && (callKinds.hasLower(d.toks[i-1].lower) || d.toks[i-1].is("a") || d.paidBefore(si, i)):
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
				subj := d.subjectsLeft(si, i, spans)
				if len(subj) == 0 && w == "call" && callKinds.hasLower(d.toks[i-1].lower) && d.introPhrase(si, i) {
					// "During her September 3 introductory call on Interior
					// Minister Sanchez, the Ambassador raised": a noun phrase,
					// as "meeting with".
					d.rule = "noun"
					d.metNoun(si, i, spans)
					break
				}
				d.pairUp(si, i, subj, d.objectsRight(si, k+1, spans))
			} else if w == "called" && !d.modalBefore(si, i) {
				// "called Charge Linehan to the Foreign Ministry on
				// November 28", "called in the Ambassador": a summons,
				// answered in person (not "called X to discuss", a
				// telephone call).
				if in := i + 1; in < s.hi && d.toks[in].is("in") {
					d.pairUp(si, i, d.subjectsLeft(si, i, spans), d.objectsRight(si, in+1, spans))
				} else if objs := d.objectsRight(si, i+1, spans); len(objs) > 0 && d.summonedTo(si, d.ments[objs[len(objs)-1]].hi) {
					d.pairUp(si, i, d.subjectsLeft(si, i, spans), objs)
				}
			} else if k < s.hi && d.toks[k].is("with") && w == "call" && callKinds.hasLower(d.toks[i-1].lower) {
				// "During an Oct. 20 courtesy call with the Ambassador, X
				// highlighted": a noun phrase, as "meeting with".
				d.rule = "noun"
				d.metNoun(si, i, spans)
			}
		case w == "calls" && i+1 < s.hi && d.toks[i+1].is("on") && !d.callToAct(si, i+2):
			// "His meetings included calls on President Bashir, Foreign
			// Secretary Deng Alor, ...": calls paid, by their owner.
			owner, _ := d.ownerLeft(si, i, spans)
			if len(owner) == 0 {
				owner = d.subjectsLeft(si, i, spans)
			}
			d.pairUp(si, i, owner, d.objectsRight(si, i+2, spans))
		case w == "invited" && !d.modalBefore(si, i) && nearestDay(d.dates, i) != "":
			// "The Ambassador invited Vice Foreign Minister Forsyth over
			// for a one-on-one breakfast April 7": a dated meal the
			// cable reports is one that took place (meet drops a date
			// after the cable's).
			objs := d.objectsRight(si, i+1, spans)
			if len(objs) == 0 {
				break
			}
			if m := d.findMealAfter(si, d.ments[objs[len(objs)-1]].hi); m > 0 {
				d.pairUp(si, m, d.subjectsLeft(si, i, spans), objs)
			}
		case (w == "accompanying" || w == "joining") && (i == s.lo || i == s.lo+1 && d.toks[s.lo].is("also")) && d.anchorAfter(si, i+1) >= 0:
			// "Accompanying Special Envoy Reiss were Ambassador Kenny, S/P
			// Green, and Emboff", "Joining MbR were Mohammad al-Gergawi,
			// ...": the companions of the one named join that person's
			// side of the meeting just told.
			anchor := d.anchorAfter(si, i+1)
			v := d.findWord(si, d.ments[anchor].hi, 6, "were")
			if v < 0 {
				v = d.findWord(si, d.ments[anchor].hi, 6, "was")
			}
			if w == "joining" && v > 0 && !d.onlyCompanionGap(d.ments[anchor].hi, v) {
				v = -1 // "Joining Khalid in criticizing the plan were": no meeting
			}
			if v > 0 {
				d.alsoAttended(si, i, d.objectsRight(si, v+1, spans), anchor)
			}
		case w == "accompanied" && i > s.lo && i+1 < s.hi && (d.toks[i+1].is("him") || d.toks[i+1].is("her") || d.toks[i+1].is("them")):
			// "The Congressman's Legislative Director, Sophia King, and
			// Ambassador Struble accompanied him."
			d.alsoAttended(si, i, d.subjectsLeft(si, i, spans), -1)
		case w == "accompanied" && i > s.lo && i+1 < s.hi && d.mentionAt(i+1) >= 0:
			// "Director Gilda Motta Santos Neves, ... and Chief of Staff
			// Alexandre Ghisleni accompanied Machado", "..., and Magzhan
			// Ilyassov of the presidential administration accompanied
			// President Nazarbayev."
			d.alsoAttended(si, i, d.subjectsLeft(si, i, spans), d.mentionAt(i+1))
		case w == "joined" && joined >= 0:
			// "MEA Joint Secretary (Americas) Gaitri Kumar joined the
			// Foreign Secretary.": a companion of one in the meeting just
			// told.
			d.alsoAttended(si, i, d.subjectsLeft(si, i, spans), joined)
		case joinedObjs != nil:
			// "Treasury Secretary Geithner joined Crown Prince Mohammed
			// bin Zayed and Foreign Minister Abdullah bin Zayed for a
			// dinner": those joined for a meeting were met. The
			// subject right before the verb only: not the last name of
			// an apposition ("Li Keqiang, ... successor to President Hu
			// Jintao, joined the Ambassador"), nor a relative clause's
			// antecedent ("Ambassador Sobel, who joined D'Agostino at the
			// meeting", one of his own side).
			if subj := d.subjectsLeft(si, i, spans); len(subj) > 0 && d.rightBefore(si, subj[len(subj)-1], i) {
				d.pairUp(si, i, subj, joinedObjs)
			}
		case (w == "joined" || w == "accompanied") && i > s.lo+1 && d.toks[i-1].text == "," && d.mentionAt(i-2) >= 0 && i+1 < s.hi && d.toks[i+1].is("by"):
			// "Azwai, joined by Tajuri al-Shiradi of the MFA, ...": in a
			// sentence after the meeting's, X's companions join X's side.
			objs := d.objectsRight(si, i+2, spans)
			d.alsoAttended(si, i, objs, d.mentionAt(i-2))
		case (w == "joined" || w == "accompanied") && d.passiveBefore(si, i) && d.companionBy(si, i) > 0:
			// "The President was joined by his Minister of Foreign Trade,
			// Alfredo Ferrero, and by First Lady Eliane Karp." "He was
			// accompanied by DEA Attache T.K. Solis." "Holbrooke was
			// accompanied in the meeting by Ambassador Roemer."
			by := d.companionBy(si, i)
			objs := d.objectsRight(si, by+1, spans)
			if w := d.andWith(si, by+1); w > 0 {
				objs = append(objs, d.objectsRight(si, w+1, spans)...)
			}
			anchor := -1
			if i-3 > s.lo && d.toks[i-2].is("who") && d.toks[i-3].text == "," && d.mentionAt(i-4) >= 0 {
				anchor = d.mentionAt(i - 4) // "President Morales, who was accompanied by"
			} else if subj := d.subjectsLeft(si, i-1, spans); len(subj) == 1 && d.ments[subj[0]].person >= 0 {
				anchor = subj[0]
			} else if len(subj) <= 1 {
				// "The President was joined by": a title the cable does
				// not tie to a name here, the titled person of the
				// meeting just told.
				anchor = d.titleAnchor(si, i-1)
			}
			d.alsoAttended(si, i, objs, anchor)
		case w == "present" && i == s.lo+1 && d.toks[s.lo].is("also"):
			// "Also present were Minister of Defense Ali and Deputy
			// Prime Minister al-Alimi."
			j := d.findWord(si, i+1, 8, "were")
			if j < 0 {
				j = d.findWord(si, i+1, 8, "was")
			}
			if j > 0 {
				d.alsoAttended(si, i, d.objectsRight(si, j+1, spans), d.hostSideAnchor(si, i, j))
			}
			return
		case d.alsoJoins(si, i):
			// "The Ambassador met with President Correa on March 3.
			// Foreign Minister Salvador also participated.": the
			// newcomers join the side of the meeting just told whose
			// country is theirs.
			// "The MFA Director ..., Ambassador Vicente Espeche Gil also
			// sat in": a ministry named in the clause puts them on the
			// host's side.
			d.alsoAttended(si, i, d.subjectsLeft(si, i, spans), d.hostSideAnchor(si, s.lo-1, i))
		case w == "hosting" && i > s.lo+1 && d.toks[i-1].text == ",":
			// "Privy Councilor Siddhi, hosting Ambassador at his home
			// January 11, was more critical": the apposition's host and
			// guest met.
			if mi := d.mentionAt(i - 2); mi >= 0 {
				d.pairUp(si, i, []int{mi}, d.objectsRight(si, i+1, spans))
			}
		case (w == "summoned" || w == "convoked") && i+1 < s.hi && (!d.toks[i+1].is("to") || i > s.lo && (d.toks[i-1].is("was") || d.toks[i-1].is("were"))) && !d.modalBefore(si, i):
			// "FM Medelci summoned the Ambassador to the MFA January 11":
			// a summons answered in person.
			// Only a person right before the verb summons: "the MFA
			// convoked" names no one.
			if mi := d.mentionAt(i - 1); mi >= 0 {
				d.pairUp(si, i, []int{mi}, d.objectsRight(si, i+1, spans))
			} else if i > s.lo && (d.toks[i-1].is("was") || d.toks[i-1].is("were")) {
				// "Ambassador Arnall was summoned to the Ministry of Foreign
				// Affairs to receive a message from Foreign Minister
				// Verhagen", "... was summoned by FM Y".
				by := d.findWord(si, i+1, 12, "by")
				if by < 0 {
					by = d.findWord(si, i+1, 20, "from")
				}
				if by > 0 {
					d.pairUp(si, i, d.subjectsLeft(si, i-1, spans), d.objectsRight(si, by+1, spans))
				}
			}
		case w == "hosted" || w == "received" || w == "visited":
			objs := d.objectsRight(si, i+1, spans)
			if len(objs) == 0 && w == "received" {
				// "received a briefing from Y"; not "the mandate he has
				// received from Foreign Minister Calmy-Rey", "received a
				// letter from".
				if f := d.findWord(si, i+1, 8, "from"); f > 0 && d.inPersonBetween(i+1, f) {
					objs = d.objectsRight(si, f+1, spans)
				}
			}
			if len(objs) == 0 && w != "visited" {
				// "received in his office at Casa Rosada presidential
				// palace Rep. Gregory Meeks": the guests after the place.
				if k := d.placeThenGuest(si, i+1); k > 0 {
					objs = d.objectsRight(si, k, spans)
				}
			}
			if len(objs) == 0 && w == "visited" {
				// "Lukashenka visited Rome April 27 to meet with Pope
				// Benedict XVI", "visited New Delhi September 9 to hold
				// talks with": the purpose of a visit made is a meeting
				// held.
				if o := d.visitPurpose(si, i); o > 0 {
					objs = d.objectsRight(si, o, spans)
				}
			}
			if len(objs) == 0 || d.modalBefore(si, i) {
				break // hosted a lunch: the noun carries it
			}
			d.pairUp(si, i, d.subjectsLeft(si, i, spans), objs)
		case w == "spent":
			// "Ambassador Aguirre spent the afternoon and evening of
			// September 9 with Foreign Minister Moratinos"
			if f := d.timeThenWith(si, i); f > 0 {
				d.pairUp(si, i, d.subjectsLeft(si, i, spans), d.objectsRight(si, f+1, spans))
			}
		case w == "discussed" || w == "talked" || w == "spoke" || w == "spoken" || w == "conferred" ||
			w == "reviewed" || w == "consulted" || w == "dined" || w == "lunched" || w == "chatted" || w == "conversed":
			// "X discussed Y with Z", "X spoke with Z at the reception"
			f := d.findWord(si, i+1, 10, "with")
			if f < 0 || d.modalBefore(si, i) {
				break
			}
			if (w == "spoke" || w == "spoken") && !d.inPersonOccasion(si, i) {
				// "Huepe had spoken with Bachelet": how is not said, and a
				// call is as likely as a meeting (GOLD-FORMAT.md, as a
				// bare "told"). On the train split such pairs were 2
				// right and 11 wrong.
				break
			}
			if date, _ := d.dateNear(si, i); w == "discussed" && date == "" && d.saidBetween(s.lo, i) && !d.inPersonOccasion(si, i) && d.findWord(si, i+1, 24, "met") < 0 {
				// "Saraki said he discussed this with Yar'Adua": a
				// discussion someone reports, undated, is no more in
				// person than a call (not "had discussed X with Edelman
				// when she met with him", nor one "on January 20"). On
				// the train split such pairs were 5 right of 15
				// (2026-12-08).
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
				objs := d.objectsRight(si, i+2, spans)
				if w := d.andWith(si, i+2); w > 0 {
					objs = append(objs, d.objectsRight(si, w+1, spans)...) // "..., and by Secretary Rice"
				}
				d.pairUp(si, i, d.subjectsLeft(si, i, spans), objs)
			} else {
				d.pairUp(si, i, d.subjectsLeft(si, i, spans), d.objectsRight(si, i+1, spans))
			}
		case w == "sat" && i+2 < s.hi && d.toks[i+1].is("down") && d.toks[i+2].is("with"):
			d.pairUp(si, i, d.subjectsLeft(si, i, spans), d.objectsRight(si, i+3, spans))
		case also > 0:
			// "Also in the meeting for the Foreign Ministry were Under
			// Secretary for Bilateral Affairs Jorge Orbe and officer
			// Cristina Camacho": they joined the meeting told before, on
			// the side the sentence names (a ministry: the host's) or of
			// their country; they did not meet each other, and the rest
			// of the sentence is their list.
			d.alsoAttended(si, i, d.objectsRight(si, also, spans), d.hostSideAnchor(si, i, also))
			return
		case meetNouns[w] && w != "meet" && w != "courtesy" && w != "call":
			d.rule = "noun"
			d.metNoun(si, i, spans)
		}
	}
}

// joinedFor returns the people "joined" at token i takes as its object
// when a meeting noun follows them: "joined X and Y for a dinner", "for
// talks", "at the lunch", with only nounWithWords between; else nil.
func (d *doc) joinedFor(si, i int, spans []int) []int {
	s := &d.sents[si]
	objs := d.objectsRight(si, i+1, spans)
	if len(objs) == 0 || d.ments[objs[0]].lo > i+3 {
		return nil
	}
	k := d.ments[objs[len(objs)-1]].hi
	if k >= s.hi || !d.toks[k].is("for") && !d.toks[k].is("at") && !d.toks[k].is("in") {
		return nil
	}
	for j := k + 1; j < s.hi && j-k <= 4; j++ {
		t := &d.toks[j]
		if meetNouns.hasLower(t.lower) {
			return objs
		}
		if t.kind != tokWord || !t.upper && !nounWithWords[t.lower] {
			return nil // "joined Secretary Rice in calling for talks": a verb, not a meeting
		}
	}
	return nil
}

// placeWords are the nouns in lower case of a place where guests are
// received: "in his office", "at the presidential palace".
var placeWords = set("office", "offices", "residence", "palace", "home", "house", "ministry", "headquarters", "presidential", "official", "private")

// placeThenGuest returns the first token of the person named right after
// a place phrase that starts at token k ("in his office at Casa Rosada
// presidential palace Rep. Meeks", "in Lima Senator Kerry"): "in" or
// "at", then only articles, possessive pronouns, capitalised words,
// placeWords and "of", "at", "in"; else -1.
func (d *doc) placeThenGuest(si, k int) int {
	s := &d.sents[si]
	if k >= s.hi || !d.toks[k].is("in") && !d.toks[k].is("at") {
		return -1
	}
	for j := k + 1; j < s.hi && j-k <= 10; j++ {
		if mi := d.mentionAt(j); mi >= 0 && d.ments[mi].person >= 0 {
			if h := d.ments[mi].hi; h < s.hi && d.toks[h].kind == tokWord && (d.toks[h].upper || placeWords[d.toks[h].lower]) {
				j = h - 1 // "at the King Fahd Palace": a name in a place's
				continue
			}
			return j
		}
		t := &d.toks[j]
		if t.kind != tokWord || !t.upper && !placeWords[t.lower] && !determiner(t) && !t.is("of") && !t.is("at") && !t.is("in") {
			return -1
		}
	}
	return -1
}

// receivedInPerson are what one receives from someone face to face: "received a
// briefing from", "received a visit from".
var receivedInPerson = map[string]bool{"briefing": true, "briefings": true, "visit": true, "visits": true, "delegation": true, "delegations": true}

// inPersonBetween reports whether the words [lo,hi) between "received"
// and "from" name something received face to face: "a briefing on the
// banking reform", "a courtesy call" (a call of a kind paid in person).
func (d *doc) inPersonBetween(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		t := &d.toks[k]
		if receivedInPerson[t.lower] || (t.is("call") || t.is("calls")) && k > lo && callKinds.hasLower(d.toks[k-1].lower) {
			return true
		}
	}
	return false
}

// skippable tokens may stand between a trigger and its "with": dates,
// places, adverbs.
func (d *doc) skippable(k int) bool {
	t := &d.toks[k]
	if t.kind == tokNum || d.ann[k].kind == annTime || d.ann[k].kind == annCity || d.ann[k].kind == annCont || d.ann[k].kind == annOrg && t.allCaps {
		return true
	}
	if t.kind != tokWord {
		// The brackets of "met (separately) with"; the dot of "a.m.",
		// which the tokenizer leaves apart.
		switch {
		case t.text == "(" && k+2 < len(d.toks) && d.toks[k+2].text == ")":
			return d.toks[k+1].kind == tokWord && d.skippable(k+1)
		case t.text == ")" && k >= 2 && d.toks[k-2].text == "(":
			return d.toks[k-1].kind == tokWord && d.skippable(k-1)
		}
		return t.text == "." && k > 0 && (d.toks[k-1].is("a.m") || d.toks[k-1].is("p.m"))
	}
	if t.lower == "one" {
		// "met for one hour on May 17 with", "met one on one with", not
		// "met one of the advisors of".
		return k+1 < len(d.toks) && timeSpans.hasLower(d.toks[k+1].lower) ||
			k+2 < len(d.toks) && d.toks[k+1].is("on") && d.toks[k+2].is("one") ||
			k >= 2 && d.toks[k-1].is("on") && d.toks[k-2].is("one")
	}
	switch t.lower {
	case "on", "in", "at", "during", "separately", "privately", "again", "jointly", "briefly", "also", "today",
		"yesterday", "recently", "here", "there", "last", "this", "week", "month", "morning", "afternoon",
		"evening", "night", "early", "late", "mid", "both", "together", "first", "once", "twice", "alone",
		"of", "the", "a", "an", "two", "three", "several", "who", "one-on-one", "bilaterally", "informally",
		"for", "minutes", "hour", "hours", "over", "again,", "personally", "directly", "length",
		"a.m.", "p.m.", "a.m", "p.m", "noon", "midnight", "earlier", "later", "same", "day", "previous", "prior", "year":
		return true // "length": "met at length with"; "met at 5 a.m. on July 23 with"; "their meeting earlier the same day in Lahore with"
	case "and":
		// "met separately May 26 and 27 with": between two days.
		return k > 0 && k+1 < len(d.toks) && d.toks[k-1].kind == tokNum && d.toks[k+1].kind == tokNum
	}
	return false
}

// modalBefore: a planned or denied meeting ("will meet", "plans to meet
// with", "did not meet", "the upcoming meeting").
func (d *doc) modalBefore(si, i int) bool {
	s := &d.sents[si]
	if d.units[s.unit].section == SectionSubject && d.sceneSetter {
		// "SCENESETTER FOR SECRETARY RUMSFELD'S MEETING WITH DEFENSE
		// MINISTER BONO": the cable prepares the meeting.
		return true
	}
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
		if t.is("no") && k+1 < s.hi && (d.toks[k+1].is("fewer") || d.toks[k+1].is("less") || d.toks[k+1].is("more")) {
			continue // "had no fewer than three meetings with"
		}
		if t.is("for") && k > s.lo && demandVerbs[d.toks[k-1].lower] {
			return true // "called for a meeting between Obama and Correa": a demand
		}
		if notYet[t.lower] {
			// "to" only counts right before the trigger: "to meet", not "talks to Y",
			// nor "In addition to meeting with" (but "looking forward to
			// meeting with" does).
			if t.is("to") && (k != i-1 || k > s.lo && d.toks[k-1].is("addition") && strings.HasSuffix(d.toks[i].lower, "ing")) {
				continue
			}
			// "we suggest that they meet with", but not "he suggested
			// that he had met with" nor "Wetangula suggested in the
			// meeting with": a proposal makes hypothetical only a meeting
			// it governs that is still to come.
			if proposalWord(t.lower) && (d.pastTrigger(i) || d.prepBetween(k, i)) {
				continue
			}
			return true
		}
		if d.mentionAt(k) >= 0 {
			break
		}
	}
	// After the trigger, a time still to come: "the SYG's meeting with
	// Deputy PM Ivanov next week at the Munich Security Conference".
	// Not the topic of a purpose or of a preposition ("met with X to
	// discuss next week's visit", "about the summit next month").
	for k := i + 1; k+1 < s.hi && k-i <= 12; k++ {
		t := &d.toks[k]
		if t.text == ";" || t.kind == tokWord && (clauseStops.hasLower(t.lower) || topicWords.hasLower(t.lower) && !(t.is("to") && d.toks[k+1].is("meet"))) {
			break
		}
		if t.is("next") && comingTimes.hasLower(d.toks[k+1].lower) && !(k+2 < s.hi && d.toks[k+2].kind == tokPoss) {
			return true
		}
		if (t.is("would") || t.is("could") || t.is("might") || t.is("should")) && !d.commaIn(i, k) && !d.clauseWordBetween(i, k) && !d.clauseAndBetween(i, k) {
			// "a visit by Foreign Minister Foxley to meet with Secretary
			// Clinton would be easier to arrange": a meeting its own
			// clause makes hypothetical (not one of a clause after it:
			// ", who would", "that it would", "to say he would", "met
			// privately and negotiations should begin").
			return true
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
		// "Lukashenka suggested he and Grybauskaite hold a trilateral
		// meeting with Yushchenko": a proposal of a meeting that its
		// clause does not say took place. A verb, not a noun ("At
		// Mubarak's suggestion, the meeting between Abbas and Olmert
		// went ahead").
		if (t.is("suggested") || t.is("suggests") || t.is("suggest") || t.is("proposed") || t.is("recommended")) && !d.pastTrigger(i) && !d.prepBetween(k, i) {
			return true
		}
	}
	return false
}

// clauseWordBetween reports whether a word that opens another clause
// stands in (i,k): "that", "who", "which", or "to" before any verb but
// "meet" ("a visit by Foxley to meet with Rice would be" is one clause).
func (d *doc) clauseWordBetween(i, k int) bool {
	for j := i + 1; j < k; j++ {
		if t := &d.toks[j]; t.is("that") || t.is("who") || t.is("which") || t.is("to") && !(j+1 < k && d.toks[j+1].is("meet")) {
			return true
		}
	}
	return false
}

// clauseAndBetween reports whether an "and" in (i,k) opens a clause of
// its own: no person's mention right after it ("met privately and
// negotiations should begin"; not "a meeting between A/S Shannon and
// Stagno would be welcome", a list).
func (d *doc) clauseAndBetween(i, k int) bool {
	for j := i + 1; j+1 < k; j++ {
		if d.toks[j].is("and") && d.mentionAt(j+1) < 0 && !(d.toks[j+1].is("the") && d.mentionAt(j+2) >= 0) {
			return true
		}
	}
	return false
}

// callKinds are the words before "call" that make it a visit paid in
// person ("an introductory call on", "a farewell call on", "an office
// call with"), not a telephone call.
var callKinds = set("courtesy", "introductory", "farewell", "office", "official", "protocol", "initial")

// comingTimes follow "next" in a time still to come ("next week").
var comingTimes = set("week", "month", "year", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// proposalWord reports whether a word of notYet proposes ("suggest",
// "recommended") rather than plans or denies.
func proposalWord(w string) bool {
	return strings.HasPrefix(w, "suggest") || strings.HasPrefix(w, "recommend")
}

// pastTrigger reports whether the trigger at i is a verb in the past
// ("met", "discussed"), which a proposal before it does not make
// hypothetical; not a participle after "be" or "to" ("suggest that the
// Ambassador be briefed by").
func (d *doc) pastTrigger(i int) bool {
	w := d.toks[i].lower
	if i > 0 && (d.toks[i-1].is("be") || d.toks[i-1].is("to")) {
		return false
	}
	return w == "met" || w == "held" || w == "saw" || strings.HasSuffix(w, "ed")
}

// prepBetween reports whether a preposition of place or time stands
// between tokens k and i ("suggested in the meeting with").
func (d *doc) prepBetween(k, i int) bool {
	for j := k + 1; j < i; j++ {
		if t := &d.toks[j]; t.is("in") || t.is("during") || t.is("at") || t.is("over") || t.is("after") {
			return true
		}
	}
	return false
}

// topicWords open the purpose or topic of an encounter, whose own times
// are not the encounter's ("to discuss next week's visit").
var topicWords = set("to", "for", "about", "on", "regarding", "concerning")

// sceneSetter finds a subject line that announces a scene-setter, the
// cable that prepares a visit or meeting still to come.
var sceneSetter = regexp.MustCompile(`(?i)\bscene[- ]?setter`)

// pairUp records a meeting between every subject and every object.
func (d *doc) pairUp(si, trig int, subj, objs []int) {
	for _, a := range subj {
		for _, b := range objs {
			if d.compatriotAmongForeigners(a, b, objs) {
				continue
			}
			d.meet(si, trig, a, b)
		}
	}
}

// compatriotAmongForeigners: in "In a meeting with Admiral Mullen,
// Ambassador Eikenberry, Defense Minister Wardak ..., President Karzai
// said", the objects mix two countries; those of the subject's own
// country (by the evidence of the text, not the host prior) were on the
// subject's side, not across from it.
func (d *doc) compatriotAmongForeigners(a, b int, objs []int) bool {
	pa, pb := d.ments[a].person, d.ments[b].person
	if pa < 0 || pb < 0 {
		return false
	}
	ca := d.evidenceCountry(pa)
	if ca == "" || d.evidenceCountry(pb) != ca {
		return false
	}
	for _, o := range objs {
		if po := d.ments[o].person; po >= 0 {
			if c := d.evidenceCountry(po); c != "" && c != ca {
				return true
			}
		}
	}
	return false
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
	date := nearestDay(d.outsideAsides(si, trig, d.outsideLead(si, trig)), trig)
	if rel := nearestRel(d.dates, trig); rel != 0 {
		date = d.relativeDay(si, rel)
	}
	// "met State Secretary Fukuyama January 25 and Deputy Director
	// General Yamashita January 26": a day right after one of the people
	// is the day of their meeting.
	for _, r := range d.dates {
		if r.lo == d.ments[mb].hi && r.rel == 0 && !r.days && r.iso() != "" {
			date = r.iso()
		}
	}
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

// outsideLead returns the sentence's dates (d.dates) less those of an
// opening clause that ends before the trigger at trig ("After meeting
// with the Ambassador on September 17, Hart met with A, B and C on
// September 18": the 18th), when a date stays; else all of them.
func (d *doc) outsideLead(si, trig int) []dateRef {
	end := d.leadClauseEnd(si, trig)
	if end < 0 {
		return d.dates
	}
	var out []dateRef
	for _, r := range d.dates {
		if r.lo >= end {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		return d.dates
	}
	return out
}

// outsideAsides returns refs less the vague times ("recently") inside a
// parenthetical aside the trigger at trig is not in ("called on Education
// Minister (recently named as the Peace Jirga coordinator) Farouk Wardak
// on September 3": the 3rd), when a time stays; else refs. A day in an
// aside stays: "The next day (December 10), Ambassador ... met".
func (d *doc) outsideAsides(si, trig int, refs []dateRef) []dateRef {
	if d.inParens(si, trig) {
		return refs
	}
	var out []dateRef
	for _, r := range refs {
		if r.iso() != "" || r.rel != 0 || !d.inParens(si, r.lo) || !d.asideBeforeName(si, r.lo) {
			out = append(out, r)
		}
	}
	if len(out) == 0 || len(out) == len(refs) {
		return refs
	}
	return out
}

// asideBeforeName reports whether the parenthetical aside that holds
// token k stands between a title and its name: a person's mention starts
// right after its ")" ("Education Minister (recently named ...) Farouk
// Wardak"), unlike an aside after the object ("met Spanta (last week)").
func (d *doc) asideBeforeName(si, k int) bool {
	s := &d.sents[si]
	for j := k; j < s.hi; j++ {
		if d.toks[j].text == ")" {
			return j+1 < s.hi && d.mentionAt(j+1) >= 0
		}
	}
	return false
}

// alsoInMeeting: a sentence that opens "Also in (or at) the meeting ...
// were" with the meeting noun at token i; it returns the token after
// "were" (or "was"), 0 when the sentence is no such one.
func (d *doc) alsoInMeeting(si, i int) int {
	s := &d.sents[si]
	k := s.lo
	if i-k != 3 || !d.toks[k].is("also") || !(d.toks[k+1].is("in") || d.toks[k+1].is("at")) || !(d.toks[k+2].is("the") || d.toks[k+2].is("this")) {
		return 0
	}
	// "for the Foreign Ministry", "on the U.S. side" may come between.
	for j := i + 1; j < s.hi && j-i <= 8; j++ {
		if d.toks[j].is("were") || d.toks[j].is("was") {
			return j + 1
		}
		if d.toks[j].kind == tokPunct && d.toks[j].text != "," && d.toks[j].text != "." {
			return 0
		}
	}
	return 0
}

// hostSideAnchor: when the words between tokens i and k name a ministry
// or government ("for the Foreign Ministry", "for the GOE"), a mention of
// a person of the meetings told just before whose country the text gives
// as the host's, for alsoAttended to put the newcomers on that side; else
// -1.
func (d *doc) hostSideAnchor(si, i, k int) int {
	official := false
	for j := i + 1; j < k; j++ {
		if t := &d.toks[j]; t.is("ministry") || t.is("government") || t.is("mfa") || strings.HasPrefix(t.text, "GO") && t.allCaps && len(t.text) <= 4 {
			official = true
		}
	}
	if !official || d.host == "" {
		return -1
	}
	// The host's official first; else one of a government that is not
	// the US (the Foreign Minister of a visiting delegation's host, where
	// the cable is sent from elsewhere).
	other := -1
	for _, m := range d.meetings {
		if m.sent >= si || si-m.sent > 3 {
			continue
		}
		for _, p := range []int{m.a, m.b} {
			if len(d.people[p].ments) == 0 {
				continue
			}
			switch c := d.evidenceCountry(p); {
			case c == d.host:
				return d.people[p].ments[0]
			case c != "" && c != "US" && other < 0:
				other = d.people[p].ments[0]
			}
		}
	}
	return other
}

// titleAnchor: "The Minister was accompanied by ...", with the verb's
// "was" at token k: a mention of the one person of the meetings told in
// the three sentences before whose title holds the title word before
// "was", for alsoAttended to put the companions on that person's side;
// else -1.
func (d *doc) titleAnchor(si, k int) int {
	s := &d.sents[si]
	w := k - 1
	if w <= s.lo || !d.isTitleTok(w) || !d.toks[w-1].is("the") {
		return -1
	}
	found := -1
	for _, m := range d.meetings {
		if m.sent >= si || si-m.sent > 3 {
			continue
		}
		for _, p := range []int{m.a, m.b} {
			if found == p || len(d.people[p].ments) == 0 {
				continue
			}
			if slices.ContainsFunc(d.people[p].titles, func(t string) bool { return slices.Contains(strings.Fields(strings.ToLower(t)), d.toks[w].lower) }) {
				if found >= 0 {
					return -1 // two ministers: which one is unclear
				}
				found = p
			}
		}
	}
	if found < 0 {
		return -1
	}
	return d.people[found].ments[0]
}

// alsoJoins reports whether token i is the verb of "X also attended",
// "Y also participated.", "Z also sat in on the meeting", "W was also
// present" that ends its clause.
func (d *doc) alsoJoins(si, i int) bool {
	s := &d.sents[si]
	t := &d.toks[i]
	sat := t.is("sat") && i+1 < s.hi && d.toks[i+1].is("in")
	if !(t.is("participated") || t.is("attended") || t.is("joined") || t.is("present") || sat) || i == s.lo || !d.toks[i-1].is("also") {
		return false
	}
	// "... also attended." or "... also attended the meeting.", "...
	// also sat in on the meeting", "... were also present at the meeting".
	k := i + 1
	if sat {
		k++
	}
	if k < s.hi && (sat && d.toks[k].is("on") || t.is("present") && (d.toks[k].is("at") || d.toks[k].is("in") || d.toks[k].is("for"))) {
		k++
	}
	if k+1 < s.hi && (d.toks[k].is("the") || d.toks[k].is("this")) && meetNouns.hasLower(d.toks[k+1].lower) {
		k += 2
	}
	return k >= s.hi || d.toks[k].kind == tokPunct
}

// alsoAttended pairs the people who joined a meeting told just before
// ("Foreign Minister Salvador also participated", "Ambassador Struble
// accompanied him", "The President was joined by ... Alfredo Ferrero")
// with its other side: each joins the side whose people share their
// country (the host's officials the host's side, embassy staff the
// Ambassador's), and stays out when no side or both do. The meeting is
// the pairs the paragraph's last three sentences proposed; its sides are
// their two colours.
func (d *doc) alsoAttended(si, trig int, who []int, anchor int) {
	if len(who) == 0 {
		return
	}
	// The sentence itself first: "Shannon met Morales, who was
	// accompanied by FM Choquehuanca": its meeting is told by then.
	from, to := -1, si+1
	for sj := si; sj >= 0 && si-sj <= 3 && d.sents[sj].unit == d.sents[si].unit; sj-- {
		if d.toldMeeting(sj) {
			from = sj // the earliest: the meeting sentence, before its "accompanied him"
		}
	}
	if from < 0 && anchor >= 0 {
		// "President Uribe emphasized to the Ambassador and DCM on
		// September 21 that ... Uribe was accompanied by Defense Minister
		// Gabriel Silva, ...": companions make the telling an encounter
		// in person (GOLD-FORMAT.md's frame of a "told").
		if sj := d.toldInPerson(si, anchor); sj >= 0 {
			from, to = sj, sj+1
		}
	}
	if from < 0 {
		// No meeting told just before in the paragraph: the cable's own,
		// which its subject or first paragraphs tell ("GENERAL PETRAEUS'
		// MEETING WITH SALEH" ... "Also present were ..."), and only that
		// sentence's pairs.
		if from = d.reportMeeting(si); from < 0 || !d.companionOf(si, trig, who, from) {
			return
		}
		to = from + 1
	}
	// Two-colour the pairs: every pair is across sides; a pair that puts
	// two people of one side together means this is no two-sided meeting.
	side := map[int]int{} // person -> 1 or 2
	date, place := "", ""
	fromTrig := -1 // the trigger of the meeting's sentence, where the newcomers' pairs are told
	for changed := true; changed; {
		changed = false
		for _, m := range d.meetings {
			if m.sent < from || m.sent >= to {
				continue
			}
			if m.sent == from && fromTrig < 0 {
				fromTrig = m.trig
			}
			switch sa, sb := side[m.a], side[m.b]; {
			case sa == 0 && sb == 0 && len(side) == 0:
				side[m.a], side[m.b] = 1, 2
				changed = true
			case sa != 0 && sb == 0:
				side[m.b] = 3 - sa
				changed = true
			case sa == 0 && sb != 0:
				side[m.a] = 3 - sb
				changed = true
			case sa != 0 && sa == sb:
				return
			}
			if date == "" {
				date = m.date
			}
			if place == "" {
				place = m.place
			}
		}
	}
	// The newcomers came together: the side of the first of them whose
	// country evidence (not the host's prior) matches one side only, or
	// the side of the one they joined ("The President was joined by").
	join := 0
	if anchor >= 0 && d.ments[anchor].person >= 0 {
		join = side[d.ments[anchor].person]
	}
	for _, mi := range who {
		if join != 0 {
			break
		}
		p := d.ments[mi].person
		if p < 0 || side[p] != 0 {
			continue
		}
		c := d.evidenceCountry(p)
		if c == "" {
			continue
		}
		in1, in2, out1, out2 := false, false, false, false
		for q, sd := range side {
			switch qc := d.evidenceCountry(q); {
			case qc == c:
				in1, in2 = in1 || sd == 1, in2 || sd == 2
			case qc != "":
				out1, out2 = out1 || sd == 1, out2 || sd == 2
			}
		}
		switch {
		case in1 && !in2:
			join = 1
		case in2 && !in1:
			join = 2
		case !in1 && !in2 && out2 && !out1:
			// No one of their country on either side, someone foreign
			// to them on the second and no one the text gives a country
			// on the first (the Ambassador, of the US, on the second;
			// President Saleh, of none, on the first): the first side.
			join = 1
		case !in1 && !in2 && out1 && !out2:
			join = 2
		}
	}
	if join == 0 {
		join = d.visitorsSide(side, who)
	}
	if join == 0 {
		return
	}
	for _, mi := range who {
		p := d.ments[mi].person
		if p < 0 || side[p] != 0 {
			continue
		}
		j := join
		if o := d.ownerOf(mi); o >= 0 && side[o] != 0 {
			j = side[o] // "Larijani's aide Sayaad Monfarad and ... accompanied him": the owner's side
		}
		for _, q := range d.sidePeople(side, 3-j) {
			// Told in the meeting's sentence, not this one: the newcomers
			// are people of that meeting, which may gain more of them
			// later ("The U.S. side included ...", sideLists); the
			// meeting's event gives them all its other side.
			d.meetings = append(d.meetings, meeting{a: q, b: p, sent: from, trig: fromTrig, rule: d.rule, date: date, place: place})
		}
	}
}

// toldInPerson finds, in the two sentences before si in its paragraph,
// one in which the person of mention anchor, whom the text does not make
// an American, tells Americans something to their face ("Uribe
// emphasized to the Ambassador and DCM on September 21 that ..."), and
// records the encounter as meetings of that sentence: sentence si, which
// must be only "Uribe was accompanied by A, B" (no place, no other verb:
// not "In Moscow, Rasko was accompanied by", not "Rasko, accompanied by
// X, then addressed a rally"), says they met in person. The telling must
// not be remote ("by phone", "in a letter"), and the Americans its
// addressees: after "to", or right after a verb of address ("told the
// Ambassador"), not spoken of ("said the Ambassador's remarks"). It
// returns the sentence, or -1.
func (d *doc) toldInPerson(si, anchor int) int {
	teller := d.ments[anchor].person
	if teller < 0 || d.evidenceCountry(teller) == "US" || !d.onlyCompanions(si, anchor) {
		return -1
	}
	for sj := si - 1; sj >= 0 && si-sj <= 2 && d.sents[sj].unit == d.sents[si].unit; sj-- {
		s := &d.sents[sj]
		if d.remote(sj) {
			continue
		}
		for _, mi := range d.mentionsOf(sj) { // not sentMentions: its buffer is the caller's spans
			if d.ments[mi].person != teller || d.ments[mi].hi >= s.hi {
				continue
			}
			vi := d.afterApposition(sj, mi)
			if v := &d.toks[vi]; v.kind != tokWord || !sayVerbs.hasLower(v.lower) || d.modalBefore(sj, vi) {
				continue
			}
			if that := d.findWord(sj, vi, 20, "that"); d.wordIn(sj, vi, that, "letter", "message", "statement", "interview") {
				continue // "said to the Ambassador in a letter that", not "told the Ambassador that he would send a letter"
			}
			var heard []int
			to := addressVerbs.hasLower(d.toks[vi].lower) // "told the Ambassador": the one told comes next
			for k := vi + 1; k < s.hi && k-vi <= 8; k++ {
				t := &d.toks[k]
				if mj := d.mentionAtSent(sj, k); mj >= 0 {
					m := &d.ments[mj]
					if p := m.person; to && p >= 0 && p != teller && d.evidenceCountry(p) == "US" && (m.hi >= s.hi || d.toks[m.hi].kind != tokPoss) {
						heard = append(heard, p)
					}
					k = m.hi - 1
					continue
				}
				switch {
				case t.is("to"):
					to = true
				case t.is("and") || t.is("the") || t.text == ",":
				default:
					k = s.hi
				}
			}
			if len(heard) == 0 {
				continue
			}
			date, _ := d.dateNear(sj, vi)
			for _, p := range heard {
				d.meetings = append(d.meetings, meeting{a: teller, b: p, sent: sj, trig: vi, rule: d.rule, date: date, place: d.placeIn(sj)})
			}
			return sj
		}
	}
	return -1
}

// onlyCompanions reports whether sentence si is only "X was accompanied
// (joined) by A, B and C", X the mention anchor opening it: no place, day
// or other verb after "by".
func (d *doc) onlyCompanions(si, anchor int) bool {
	s := &d.sents[si]
	m := &d.ments[anchor]
	if m.lo != s.lo || m.hi+2 >= s.hi || !(d.toks[m.hi].is("was") || d.toks[m.hi].is("were")) || !(d.toks[m.hi+1].is("accompanied") || d.toks[m.hi+1].is("joined")) || !d.toks[m.hi+2].is("by") {
		return false
	}
	for k := m.hi + 3; k < s.hi; k++ {
		t := &d.toks[k]
		if mj := d.mentionAtSent(si, k); mj >= 0 {
			k = d.ments[mj].hi - 1 // a name ("Adriana Maldonado") is no place
			continue
		}
		// A place the companions went to ("to Moscow"; not "the Mayor of
		// Lyon"), a day of another occasion ("during his September 10
		// visit"), a verb of another act ("then addressed", "in
		// rejecting"; not "newly appointed Police Chief").
		place := (d.ann[k].kind == annCity || d.ann[k].kind == annCountry) && (d.toks[k-1].is("in") || d.toks[k-1].is("to"))
		verb := t.kind == tokWord && !t.upper && (strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "ing")) && !d.isTitleTok(k) &&
			!(k+1 < s.hi && (d.toks[k+1].upper || d.isTitleTok(k+1)))
		if place || verb || d.ann[k].kind == annTime {
			return false
		}
	}
	return true
}

// wordIn reports whether tokens [lo,hi) of sentence si (its end for
// hi < 0) hold one of the lower-case words.
func (d *doc) wordIn(si, lo, hi int, words ...string) bool {
	s := &d.sents[si]
	if hi < 0 {
		hi = s.hi
	}
	for k := lo; k < hi; k++ {
		if d.toks[k].kind == tokWord && slices.Contains(words, d.toks[k].lower) {
			return true
		}
	}
	return false
}

// visitorsSide is the side that newcomers whom the text gives no country
// join when one side of the meeting is the Americans' and the other has
// none ("MbZ hosted CENTCOM Commander General John Abizaid for dinner.
// ... Also present were UAE Chief of Staff, Lt. General Hamad ..."): the
// other side, the host's, when none of the newcomers is one a US cable
// would take for an American (a US title, the signer, an American given
// name). 0 when the sides or the newcomers do not say.
func (d *doc) visitorsSide(side map[int]int, who []int) int {
	us := [3]int{}  // per side, people the text makes American
	all := [3]int{} // per side, people
	for q, sd := range side {
		all[sd]++
		if d.evidenceCountry(q) == "US" {
			us[sd]++
		}
	}
	var join int
	switch {
	case us[1] == all[1] && us[2] == 0:
		join = 2
	case us[2] == all[2] && us[1] == 0:
		join = 1
	default:
		return 0
	}
	for _, mi := range who {
		p := d.ments[mi].person
		if p < 0 || side[p] != 0 {
			continue
		}
		q := &d.people[p]
		m := &d.ments[mi]
		if o := d.ownerOf(mi); o >= 0 {
			if side[o] == 0 {
				return 0 // the aide of someone of no side
			}
			continue // the aide of someone of a side joins it ("Khalid's aide Omar Zaki", "General Reed's aide, Major Rafael Ortiz")
		}
		before := ""
		if lo := d.sents[m.sent].lo; m.lo > lo {
			before = d.units[d.sents[m.sent].unit].text[d.toks[max(lo, m.lo-3)].start:d.toks[m.lo-1].end]
		}
		ofUS := m.hi+1 < len(d.toks) && d.toks[m.hi].is("of") && (d.ann[m.hi+1].kind == annOrg || d.ann[m.hi+1].kind == annCountry) && d.ann[m.hi+1].code == "US"
		if d.evidenceCountry(p) != "" || d.defaultCountry(q) == "US" || givenNameAmerican(q.given) || surnameCountry(q.sur, d.host) == "US" ||
			slices.ContainsFunc(q.titles, staffTitle) || staffTitle(before) || ofUS {
			// An embassy's officer, one of a US body ("Colonel Ortiz of
			// CENTCOM") or a name that may be American: either side.
			return 0
		}
	}
	return join
}

// ownerOf is the person whose title newcomer mention mi holds: titleOwner,
// or a possessive in the four tokens before it ("General Reed's aide,
// Major Rafael Ortiz"); -1 if none.
func (d *doc) ownerOf(mi int) int {
	m := &d.ments[mi]
	if o := d.titleOwner(m.sent, mi); o >= 0 {
		return o
	}
	lo := d.sents[m.sent].lo
	for k := m.lo - 1; k > lo && k >= m.lo-4; k-- {
		if d.toks[k].kind == tokPoss {
			if mj := d.mentionAtSent(m.sent, k-1); mj >= 0 && d.ments[mj].person >= 0 && d.ments[mj].person != m.person {
				return d.ments[mj].person
			}
			return -1
		}
	}
	return -1
}

// staffTitle reports whether title t is one of an embassy's staff, who
// come with a visitor as often as they are the host's: "Embassy
// notetaker", "Political Counselor", "Defense Attache". (An aide, an
// advisor or a counselor of a government is more often the host's own:
// "Siniora was accompanied by his senior advisor Rola Noureddine",
// "Presidential Counselor Omar Zaki".)
func staffTitle(t string) bool {
	lt := strings.ToLower(t)
	for _, w := range []string{"embassy", "notetaker", "note-taker", "political counselor", "economic counselor", "attache", "poloff", "econoff", "emboff", "consul"} {
		if strings.Contains(lt, w) {
			return true
		}
	}
	return false
}

// joinedAt reads "joined" at token i whose object is a person of a
// meeting told in the three sentences before, in its paragraph: "MEA
// Joint Secretary (Americas) Gaitri Kumar joined the Foreign Secretary."
// (a title the cable does not tie to a name here: the one person of
// those meetings whose title holds its words). The clause must end after
// the object or go on only to the meeting ("joined Machado for the
// meeting"), not to another activity ("joined Rasko in calling for
// talks"). It returns the object's mention, or -1.
func (d *doc) joinedAt(si, i int) int {
	s := &d.sents[si]
	// The object: right after the verb, or after "the" and title words
	// that the mention of a bare title may leave out ("the Foreign
	// Secretary" is a mention of "Secretary").
	mi, lo := -1, i+1
	for k := i + 1; k < s.hi && k-i <= 4 && mi < 0; k++ {
		if mi = d.mentionAt(k); mi < 0 && !(k == i+1 && d.toks[k].is("the") || d.isTitleTok(k)) {
			return -1
		}
	}
	if mi < 0 {
		return -1
	}
	m := &d.ments[mi]
	if e := m.hi; e < s.hi && !(d.toks[e].text == "." && e+1 == s.hi) && d.toks[e].text != ";" && d.toks[e].text != "(" &&
		!(d.toks[e].text == "," && e+1 < s.hi && d.toks[e+1].is("as")) {
		// Not "joined Ruel, then mayor of Lyon, in 2005": the clause
		// must end here ("joined Ruel.", "; he said little", "(ref A)",
		// ", as did X") or go on to the meeting only.
		if !(d.toks[e].is("for") || d.toks[e].is("at") || d.toks[e].is("in")) || e+2 >= s.hi || !(d.toks[e+1].is("the") && meetNouns.hasLower(d.toks[e+2].lower)) {
			return -1
		}
	}
	var words []string
	if m.person < 0 {
		for k := min(lo, m.lo); k < m.hi; k++ {
			if d.toks[k].kind == tokWord && !d.toks[k].is("the") {
				words = append(words, d.toks[k].lower)
			}
		}
		if len(words) == 0 {
			return -1
		}
	}
	found := -1
	for _, mt := range d.meetings {
		if mt.sent >= si || si-mt.sent > 3 || d.sents[mt.sent].unit != s.unit {
			continue
		}
		for _, p := range []int{mt.a, mt.b} {
			switch {
			case m.person >= 0:
				if p == m.person {
					return mi
				}
			case found != p && len(d.people[p].ments) > 0 && slices.ContainsFunc(d.people[p].titles, func(t string) bool {
				tw := strings.Fields(strings.ToLower(t))
				return !slices.ContainsFunc(words, func(w string) bool { return !slices.Contains(tw, w) })
			}):
				if found >= 0 {
					return -1 // two of that title: which one is unclear
				}
				found = p
			}
		}
	}
	if found < 0 {
		return -1
	}
	return d.people[found].ments[0]
}

// toldMeeting reports whether a rule found a meeting in sentence sj.
func (d *doc) toldMeeting(sj int) bool {
	return slices.ContainsFunc(d.meetings, func(m meeting) bool { return m.sent == sj })
}

// separateMeeting: "During a separate meeting, Chief of Staff Sami Enan
// shared his views", after a meeting of a US visitor told in the three
// sentences before (or the cable's own, reportMeeting): the visitor's
// side, its people of the United States, met the subjects subj of the
// sentence, who are not American.
func (d *doc) separateMeeting(si, trig int, subj []int) {
	from := -1
	for sj := si - 1; sj >= 0 && si-sj <= 3 && d.sents[sj].unit == d.sents[si].unit && from < 0; sj-- {
		if d.toldMeeting(sj) {
			from = sj // the nearest
		}
	}
	if from < 0 {
		if from = d.reportMeeting(si); from < 0 {
			return
		}
	}
	var us []int
	date := ""
	for _, m := range d.meetings {
		if m.sent != from {
			continue
		}
		ua, ub := d.evidenceCountry(m.a) == "US", d.evidenceCountry(m.b) == "US"
		if ua == ub {
			return // no US side, or Americans on both: not a visitor's meeting
		}
		p := m.a
		if ub {
			p = m.b
		}
		if !slices.Contains(us, p) {
			us = append(us, p)
		}
		if date == "" {
			date = m.date
		}
	}
	for _, mi := range subj {
		p := d.ments[mi].person
		if p < 0 || d.evidenceCountry(p) == "US" {
			continue
		}
		for _, q := range us {
			d.meetings = append(d.meetings, meeting{a: q, b: p, sent: si, trig: trig, rule: d.rule, date: date, place: d.placeIn(si)})
		}
	}
}

// companionOf reports whether "X accompanied him" at token trig, with X
// among who, accompanied a person of the meetings of sentence from: "him"
// is the last person named before X in the sentence, or the first of the
// sentence before. Any other sentence passes: it names its meeting.
func (d *doc) companionOf(si, trig int, who []int, from int) bool {
	if trig+1 >= d.sents[si].hi || !d.toks[trig].is("accompanied") || !(d.toks[trig+1].is("him") || d.toks[trig+1].is("her")) {
		return true
	}
	first := trig
	for _, mi := range who {
		first = min(first, d.ments[mi].lo)
	}
	him := -1
	for _, mi := range d.sentMentions(si) {
		if m := &d.ments[mi]; m.hi <= first && m.person >= 0 {
			him = m.person // "when Brown's visit continued, Wen accompanied him"
		}
	}
	if him < 0 {
		if mi := d.lastSubject(si); mi >= 0 {
			him = d.ments[mi].person
		}
	}
	for _, m := range d.meetings {
		if m.sent == from && him >= 0 && (m.a == him || m.b == him) {
			return true
		}
	}
	return false
}

// reportMeeting is the sentence of the meeting a cable reports, for a
// sentence si that adds to it: the first sentence with a meeting, when it
// is in the subject line or the first two paragraphs (the summary's and
// the first of the body), before si. Else -1.
func (d *doc) reportMeeting(si int) int {
	first := -1
	for _, m := range d.meetings {
		if m.sent < si && (first < 0 || m.sent < first) {
			first = m.sent
		}
	}
	if first < 0 {
		return -1
	}
	if u := &d.units[d.sents[first].unit]; u.section == SectionSubject || u.section == SectionBody && u.paragraph <= 2 {
		return first
	}
	return -1
}

// evidenceCountry is personCountry (the country the text gives person p,
// or that a US official's title or a leader's name gives), else the
// host's for an office of its government: not the host's prior, which
// would put every unmarked visitor on the host's side.
func (d *doc) evidenceCountry(p int) string {
	if c := d.personCountry(p); c != "" {
		return c
	}
	// A minister, governor or mayor the text gives no country is one of
	// the host's government (GOLD-FORMAT.md: a ministry is evidence).
	for _, t := range d.people[p].titles {
		if lt := strings.ToLower(t); strings.Contains(lt, "minister") || strings.Contains(lt, "ministry") || strings.Contains(lt, "governor") || strings.Contains(lt, "mayor") || strings.Contains(lt, "parliament") {
			return d.host
		}
	}
	return ""
}

// sidePeople lists the people of side n, in the order of d.people (not
// of the map, so that the meetings come out the same every run).
func (d *doc) sidePeople(side map[int]int, n int) []int {
	var out []int
	for p := range d.people {
		if side[p] == n {
			out = append(out, p)
		}
	}
	return out
}

// venueWords name occasions at which people are together in person.
var venueWords = cues("venue_words")

// topicPreps open the topic of a meeting or a talk ("about the talks").
var topicPreps = cues("topic_preps")

// inPersonOccasion reports whether the clause of the verb at i places
// it at an occasion met in person: "at", "during", "over", "on (the
// margins of)", "after" or "following" before a meeting noun or an
// occasion that heads its phrase ("spoke with X at the reception",
// "On the margins of the meeting with Amorim PolCouns spoke with",
// "spoke briefly with CFK ... after a ceremony", "Following the 45
// minute meeting ..., Musharraf spoke privately ... with"), or a visit
// or meeting told before the verb in its clause ("visited Eritrea on
// September 30 and spoke with President Afworki"). A topic is no
// occasion ("spoken with X about the talks", "on the conference
// agenda"), nor is one of another clause ("After the summit collapsed,
// Rasko said he had spoken with").
func (d *doc) inPersonOccasion(si, i int) bool {
	s := &d.sents[si]
	lo := s.lo // the verb's clause starts after the last clause word or verb of saying before it
	for k := i - 1; k > s.lo; k-- {
		if t := &d.toks[k]; t.text == ";" || t.kind == tokWord && clauseStops.hasLower(t.lower) && !t.is("after") && !t.is("following") {
			lo = k + 1
			break
		}
	}
	for k := lo; k < i; k++ {
		if t := &d.toks[k]; t.is("visited") || t.is("met") {
			return true
		}
	}
	// An occasion that opens the sentence is the main clause's, unless a
	// verb of saying stands between it and the verb ("After the summit
	// ..., Rasko said he had spoken with"): "Following the 45 minute
	// meeting with the full American delegation reported here, President
	// Musharraf spoke privately ... with Boucher".
	if t := &d.toks[s.lo]; (t.is("following") || t.is("after") || t.is("during") || t.is("at") || t.is("on")) && d.occasionHead(s.lo+1, i) &&
		!slices.ContainsFunc(d.toks[s.lo:i], func(u token) bool { return u.kind == tokWord && sayVerbs.hasLower(u.lower) }) {
		return true
	}
	for k := lo; k < s.hi; k++ {
		t := &d.toks[k]
		if t.is("at") || t.is("during") || t.is("over") || t.is("on") || t.is("after") || t.is("following") {
			if d.occasionHead(k+1, s.hi) {
				return true
			}
		}
		if t.kind == tokWord && k > i && (topicPreps.hasLower(t.lower) || t.is("to") || clauseStops.hasLower(t.lower)) {
			return false // the topic or another clause from here on
		}
	}
	return false
}

// occasionFollowers may follow the noun that heads an occasion's phrase
// ("the meeting with", "a ceremony commemorating").
var occasionFollowers = set("of", "with", "and", "for", "hosted", "held", "commemorating", "between", "that", "where")

// occasionHead reports whether a meeting noun or an occasion heads the
// phrase from token k: within five words, before any topic word, and
// not followed by a noun it qualifies ("the conference agenda").
func (d *doc) occasionHead(k, hi int) bool {
	for j := k; j < hi && j-k < 5; j++ {
		u := &d.toks[j]
		if u.kind == tokNum || d.ann[j].kind == annTime {
			continue // "at a September 18 lunch"
		}
		if u.kind != tokWord || topicPreps.hasLower(u.lower) {
			return false
		}
		if meetNouns.hasLower(u.lower) || venueWords.hasLower(u.lower) {
			n := &d.toks[min(j+1, hi-1)]
			return j+1 >= hi || n.kind != tokWord || n.upper || placePreps.hasLower(n.lower) || occasionFollowers.hasLower(n.lower)
		}
	}
	return false
}

// visitPurpose returns the token where the people met begin after
// "visited" at i, when a place (and a date) it visited is followed by a
// meeting as the visit's purpose: "to meet (with)", "to hold talks
// with", "to call on" ("for talks with" the meeting noun reads). Else -1.
func (d *doc) visitPurpose(si, i int) int {
	s := &d.sents[si]
	k := i + 1
	for k < s.hi && k-i <= 8 && (d.ann[k].kind == annCity || d.ann[k].kind == annCountry || d.ann[k].kind == annCont || d.ann[k].kind == annTime || d.toks[k].kind == tokNum || d.toks[k].text == "," || d.toks[k].is("on") || d.toks[k].is("in")) {
		k++
	}
	if k == i+1 || k+2 >= s.hi {
		return -1 // no place visited: "visited the Minister" has its object
	}
	t, n := &d.toks[k], &d.toks[k+1]
	switch {
	case t.is("to") && n.is("meet"):
		if d.toks[k+2].is("with") {
			return k + 3
		}
		return k + 2
	case t.is("to") && n.is("call") && d.toks[k+2].is("on"):
		return k + 3
	case t.is("to") && n.is("hold") && k+3 < s.hi && meetNouns.hasLower(d.toks[k+2].lower) && d.toks[k+3].is("with"):
		return k + 4
	}
	return -1
}

// passiveBefore reports whether "was" or "were" stands right before the
// verb at i, or before an "also" right before it ("Khalid was also
// joined in the meeting by").
func (d *doc) passiveBefore(si, i int) bool {
	k := i - 1
	if k > d.sents[si].lo && d.toks[k].is("also") {
		k--
	}
	return k >= d.sents[si].lo && (d.toks[k].is("was") || d.toks[k].is("were"))
}

// anchorAfter returns the mention right after "Accompanying" or
// "Joining" at the start of sentence si: titled ("Accompanying Special
// Envoy Reiss were"), or a person the cable named before ("Joining MbR
// were"). Else -1.
func (d *doc) anchorAfter(si, k int) int {
	mi := d.titledMentionAt(si, k)
	if mi < 0 {
		if mi = d.mentionAt(k); mi < 0 || d.ments[mi].lo != k || d.ments[mi].person < 0 || d.people[d.ments[mi].person].ments[0] == mi {
			return -1
		}
	}
	if h := d.ments[mi].hi; h < d.sents[si].hi && d.toks[h].kind == tokPoss {
		return -1 // "Joining Khalid's cabinet were": an owner
	}
	return mi
}

// onlyCompanionGap reports whether the tokens [lo,hi) are none, or place
// people in the meeting: a preposition ("in", "at", "during"),
// meeting nouns, dates and modifiers ("at the September 18 meeting", "in
// the two-hour meeting"); not an activity ("in criticizing the plan").
func (d *doc) onlyCompanionGap(lo, hi int) bool {
	prep := false
	for k := lo; k < hi; k++ {
		t := &d.toks[k]
		switch {
		case t.is("in") || t.is("at") || t.is("during"):
			prep = true
		case t.kind == tokNum || d.ann[k].kind == annTime || t.text == "-" || meetNouns.hasLower(t.lower) || companionGap.hasLower(t.lower):
		case t.kind == tokWord && !strings.HasSuffix(t.lower, "ing"):
		default:
			return false
		}
	}
	return prep || lo == hi
}

// companionBy returns the "by" of "was accompanied by" or "were joined
// by" after the verb at i, or -1. Only words that place the companions
// in the meeting may stand between: "was accompanied in the meeting by",
// "was accompanied for part of the meeting by", "were joined at the
// lunch by".
func (d *doc) companionBy(si, i int) int {
	s := &d.sents[si]
	for k := i + 1; k < s.hi && k-i <= 7; k++ {
		t := &d.toks[k]
		switch {
		case t.is("by"):
			return k
		case t.kind != tokWord || !companionGap.hasLower(t.lower) && !meetNouns.hasLower(t.lower):
			return -1
		}
	}
	return -1
}

var companionGap = cues("companion_gap")

// timeThenWith returns the "with" of "spent <a time> with" after the verb
// at i ("spent the afternoon and evening of September 9 with", "spent an
// hour with"), or -1: "spent $10 million with" is no meeting.
func (d *doc) timeThenWith(si, i int) int {
	w := d.findWord(si, i+1, 10, "with")
	if w < 0 {
		return -1
	}
	for k := i + 1; k < w; k++ {
		if timeSpans.hasLower(d.toks[k].lower) {
			return w
		}
	}
	return -1
}

// timeSpans are the stretches of time one spends with someone.
var timeSpans = set("morning", "afternoon", "evening", "day", "days", "hour", "hours", "minutes", "night", "weekend", "time")

// paidBefore reports whether "paid" governs the "call" at i: "paid a
// July 7 farewell call on", only an article, a date and words in lower
// case between them.
func (d *doc) paidBefore(si, i int) bool {
	s := &d.sents[si]
	for k := i - 1; k >= s.lo && i-k <= 6; k-- {
		t := &d.toks[k]
		if t.is("paid") {
			return true
		}
		if t.kind == tokPunct || t.kind == tokWord && t.upper && d.ann[k].kind != annTime {
			return false
		}
	}
	return false
}

// findMealAfter returns the meal noun of "(over) for/to (a) [adjectives]
// breakfast|lunch|dinner" after token k, in the rest of its clause, or -1.
func (d *doc) findMealAfter(si, k int) int {
	s := &d.sents[si]
	for j := k; j < s.hi && j-k <= 16; j++ {
		t := &d.toks[j]
		if t.is("breakfast") || t.is("lunch") || t.is("luncheon") || t.is("dinner") {
			return j
		}
		// "invited the Charge d'Affaires and Executive Office Staff
		// Assistant (note taker) to his residence for lunch": the rest of
		// the clause, up to its end or another verb of the subject's.
		if t.text == ";" || t.text == ":" || t.text == "." || t.kind == tokWord && (personVerbs.hasLower(t.lower) || t.is("but") || t.is("which") || t.is("who")) {
			return -1
		}
	}
	return -1
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
