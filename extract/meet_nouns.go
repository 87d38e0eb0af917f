package extract

// This file holds the rule of the meeting nouns (metNoun): "the meeting
// between X and Y", "X's meeting with Y", "X held talks with Y", "In a
// meeting with Y, X said ...".

import (
	"slices"
	"strings"
)

// meetNouns name an in-person encounter.
var meetNouns = cues("meet_nouns")

// withTopicVerbs take a topic as object and the one spoken to after
// "with".
var withTopicVerbs = cues("with_topic_verbs")

// nounPhraseStops end a noun phrase read leftwards: prepositions,
// conjunctions, relative words.
var nounPhraseStops = set("in", "at", "during", "on", "over", "after", "before", "following", "of", "for", "about", "from", "to", "through", "with", "by", "and", "or", "that", "which", "who", "again")

// topicOfWithVerb reports whether the meeting noun at i is the object of
// a verb of withTopicVerbs ("discussed the Lukashenka visit with Charge",
// "reviewed the upcoming talks with the DCM"), with only an article, a
// name, a date or words in lower case between: the "with" after it is the
// verb's, and the verb's rule reads who spoke with whom ("discussed his
// meeting with Lavrov" is read there too). Not a noun in a phrase of its
// own ("raised again in a meeting between A and B").
func (d *doc) topicOfWithVerb(si, i int) bool {
	s := &d.sents[si]
	for k := i - 1; k >= s.lo && i-k <= 6; k-- {
		t := &d.toks[k]
		switch {
		case t.kind == tokWord && withTopicVerbs.hasLower(t.lower):
			return true
		case t.kind == tokPunct && t.text != "-":
			return false
		case t.kind == tokWord && !t.upper && nounPhraseStops.hasLower(t.lower):
			// "raised again in a meeting between A and B": the noun is in
			// a phrase of its own, the verb's object is elsewhere.
			return false
		}
	}
	return false
}

// metNoun: "the meeting between X and Y", "X's meeting with Y", "X held
// talks with Y", "In a meeting with Y, X said ...", "their meeting", "In a
// January 10 meeting, Zewail briefed PM Nazif".
func (d *doc) metNoun(si, i int, spans []int) {
	s := &d.sents[si]
	if d.modalBefore(si, i) || i+1 < s.hi && d.toks[i+1].is("with") && d.topicOfWithVerb(si, i) {
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
	if d.toks[i].is("meeting") && i+2 < s.hi && d.toks[i+1].is("of") && d.titledMentionAt(si, i+2) >= 0 && !d.ofListThenWith(si, i+2, spans) {
		// "the September 4 quad meeting of Sarkozy, al-Asad, Turkish PM
		// Erdogan, and Qatari Emir al-Thani": "of" lists who met (which
		// skippable would pass over when it reads as a name's "of"); not
		// "the meeting of Sarkozy and Merkel with Putin", read as before.
		k = i + 1
	}
	// "a farewell call on President Uribe": the one called on, as "with".
	callOn := d.toks[i].is("call") && i+1 < s.hi && d.toks[i+1].is("on") && i > s.lo && callKinds.hasLower(d.toks[i-1].lower)
	if callOn {
		k = i + 1
	}
	if k < s.hi && !callOn && !d.toks[k].is("with") && i+1 < s.hi && (d.toks[i+1].is("on") || d.toks[i+1].is("about") || d.toks[i+1].is("regarding") || d.toks[i+1].is("over") || d.toks[i+1].is("throughout")) {
		if w := d.topicThenWith(si, i+1); w > 0 {
			// "held an in-depth discussion on the current U.S. approach
			// toward the Western Sahara dispute with MFA DG Alvaro
			// Iranzo", "held several meetings over the course of the
			// weekend with"
			k = w
		}
	}
	meal := d.toks[i].is("lunch") || d.toks[i].is("dinner") || d.toks[i].is("luncheon") || d.toks[i].is("breakfast")
	if meal && i+2 < s.hi && d.toks[i+1].is("for") && d.toks[i+2].kind == tokWord &&
		(!d.skippable(i+2) || d.toks[i+2].is("the") && i+3 < s.hi && d.titledMentionAt(si, i+3) >= 0) {
		k = i + 1 // "a lunch for Ambassador Wolcott", "for the Ambassador", not "for two hours"
	}
	// A meeting phrase after the verb ("during a July 16 meeting",
	// "in a meeting December 4") and the sentence's subject, read once
	// for the cases below.
	adjunct, adjSubj := d.adjunctPrep(si, i), -1
	if adjunct >= 0 && !d.introPhrase(si, i) {
		adjSubj = d.sentenceSubject(si, adjunct)
		if adjSubj < 0 && s.lo+2 < adjunct && d.toks[s.lo].is("summary") && d.toks[s.lo+1].text == ":" {
			// "SUMMARY: Lima Mayor Luis Castaneda, in a 1/10 meeting
			// with ...": the subject after the summary's label.
			adjSubj = d.sentenceSubjectFrom(si, s.lo+2, adjunct)
		}
		if adjSubj >= 0 && d.pronounClauseBetween(d.ments[adjSubj].hi, adjunct) {
			// "Ambassador asked Rousseff about an idea she had discussed
			// in a meeting with A/S Shannon": the phrase is of the clause
			// "she" opens, not of the sentence's subject.
			adjSubj = -1
		}
	} else {
		adjunct = -1
	}
	switch {
	case k < s.hi && (d.toks[k].is("between") || d.toks[k].is("of") && d.toks[i].is("meeting")):
		objs := d.objectsRight(si, k+1, spans)
		if first := slices.IndexFunc(objs, func(mi int) bool { return d.ments[mi].person >= 0 }); d.toks[k].is("between") && first >= 0 &&
			slices.ContainsFunc(d.toks[k+1:d.ments[objs[first]].lo], func(t token) bool { return t.is("and") }) {
			// "a discussion between Poloffs and Melle Leemstra, ..., and
			// Wouter Plomp": the first party is not named, and the
			// people named are the other one.
			return
		}
		// "conversations between Ambassador Sobel and U/S Patriota, and
		// between the Political Counselor and Marcel Biato": two
		// meetings, each of its own two.
		if b2 := d.findWord(si, k+1, 30, "between"); b2 > 0 && d.toks[k].is("between") && d.toks[b2-1].is("and") {
			var first []int
			for _, mi := range objs {
				if d.ments[mi].lo < b2 {
					first = append(first, mi)
				}
			}
			// (Not "the June 5 meeting between A and B and the July 4
			// meeting between C and D", whose second noun tells its own,
			// nor "a meeting between A and B ... the rivalry between C and
			// D": only ", and between".)
			d.pairAll(si, i, first)
			d.pairAll(si, i, d.objectsRight(si, b2+1, spans))
			return
		}
		// "a meeting between FonMin Stagno, the MFA's Alarcon and
		// Guillermet; Ambassador Cianchette, A/S Hook and SA McLinn": a
		// semicolon parts the two sides.
		for x := 1; x < len(objs); x++ {
			for j := d.ments[objs[x-1]].hi; j < d.ments[objs[x]].lo; j++ {
				if d.toks[j].text == ";" {
					d.pairUp(si, i, objs[:x], objs[x:])
					return
				}
			}
		}
		if len(objs) > 0 {
			depth := 0
			for j := d.ments[objs[len(objs)-1]].hi; j < s.hi; j++ {
				t := &d.toks[j]
				if t.text == "(" {
					depth++
				} else if t.text == ")" {
					depth--
				} else if t.text == ";" && depth == 0 {
					if other := d.objectsRight(si, j+1, spans); len(other) > 0 {
						d.pairUp(si, i, objs, other)
						return
					}
					break
				} else if depth == 0 {
					break
				}
			}
		}
		d.pairAll(si, i, objs)
		if len(objs) == 2 {
			if a := d.attendedBefore(si, i); a > 0 {
				// "VP Carlos Lage, FM Perez Roque, and Minister Lomas also
				// attended the meeting between Amorim and Raul Castro":
				// they join the side of their country; together when the
				// text gives them one country at most, else each alone.
				who := d.subjectsLeft(si, a, spans)
				if d.oneCountry(who) {
					d.alsoAttended(si, a, who, -1)
				} else {
					for _, mi := range who {
						d.alsoAttended(si, a, []int{mi}, -1)
					}
				}
			}
		}
	case k < s.hi && (d.toks[k].is("with") || callOn || d.toks[k].is("for") && meal || d.hostedBy(si, k)):
		if d.toks[k].is("hosted") {
			k++ // "During a February 17 lunch hosted by Ambassador Stephens, X said"
		}
		objs := d.objectsRight(si, k+1, spans)
		if len(objs) == 0 {
			return
		}
		owner, _ := d.ownerLeft(si, i, spans)
		owner = d.coordinatedSubject(si, i, owner)
		if meal && d.toks[k].is("for") {
			// "Charge hosted a lunch for DAS McMullen August 25 with seven
			// senior Itamaraty officials: ...": the guest of honour sat
			// with the host; the others are the other side.
			w := d.findWord(si, d.ments[objs[len(objs)-1]].hi, 6, "with")
			if a := d.findWord(si, d.ments[objs[len(objs)-1]].hi, 6, "attended"); w < 0 && a > 0 && a+1 < s.hi && d.toks[a+1].is("by") {
				w = a + 1 // "a subsequent lunch for Ambassador Siv attended by ... Antonio Patriota"
			}
			if w > 0 {
				if others := d.objectsRight(si, w+1, spans); len(others) > 0 {
					if len(owner) == 0 {
						if h := d.hostedBefore(si, i); h >= 0 {
							owner = d.subjectsLeft(si, h, spans)
						}
					}
					d.pairUp(si, i, append(slices.Clone(owner), objs...), others)
					return
				}
			}
		}
		if adjunct >= 0 {
			// "Vashadze raised his concerns twice, during a November 16
			// meeting with Kaidanow and in a November 13 dinner with the
			// Ambassador": a phrase after the verb is the meeting of the
			// sentence's subject, not of the person named just before.
			owner = nil
			if adjSubj >= 0 {
				// (With those who came along: "Ambassador Daalder,
				// accompanied by German Ambassador Ulrich Brandenburg,
				// delivered reftel points in ... meetings with the SecGen".)
				owner = append([]int{adjSubj}, d.companionsAfter(si, adjSubj)...)
				if inner := d.reportedSubject(si, d.ments[adjSubj].hi, adjunct); inner >= 0 {
					// "FM Verhagen noted PM Balkenende had made clear in
					// his morning meeting with President Obama": the
					// reported clause's subject had the meeting.
					owner = []int{inner}
				}
			}
			if a := d.passiveAgentBefore(si, adjunct); a >= 0 {
				// "the request, which was also raised by UAE Foreign
				// Minister Abdullah bin Zayed in a February 23 meeting with
				// Secretary Clinton": the one who raised it had the
				// meeting, not the sentence's subject.
				owner = []int{a}
			}
		}
		if len(owner) == 0 && adjunct < 0 {
			if h := d.hostedBefore(si, i); h >= 0 {
				// "Arias and Chinchilla hosted a lunch for the AUSTR",
				// "Tantawi held talks with Petraeus": whoever gave it met
				// its guests.
				if subj := d.subjectsLeft(si, h, spans); len(subj) > 0 && d.rightBefore(si, subj[0], h) {
					owner = subj
				} else if len(subj) > 1 && d.rightBefore(si, subj[len(subj)-1], h) {
					// "Fred Hof, Special Advisor ... in the office of
					// Special Envoy Mitchell, held": the first, whose title
					// in apposition names the other.
					owner = subj[len(subj)-1:]
				}
			}
		}
		if len(owner) == 0 && d.introPhrase(si, i) {
			// "In a meeting with Y, X said": the phrase ends at its
			// comma, and X is the first person after it.
			comma := -1
			var subj []int
			for c := k + 1; c < s.hi; c++ {
				if d.toks[c].text == "," && d.mentionAt(c) < 0 {
					at := c + 1
					if at+1 < s.hi && d.toks[at].is("both") {
						at++ // "In meetings with ..., both Prime Minister Haarde and Foreign Minister Gisladottir expressed"
					}
					if at < s.hi && d.toks[at].is("on") {
						// "On the margins of a meeting with Secretary Chu, on
						// Feb 24 Minister of State Gargash made": a day
						// before the subject.
						e := at + 1
						for e < s.hi && e-at <= 4 && (d.ann[e].kind == annTime || d.toks[e].kind == tokNum) {
							e++
						}
						if e > at+1 {
							at = e
						}
					}
					mi := d.describedMentionAt(si, at)
					if mi < 0 || d.ments[mi].hi >= s.hi {
						continue
					}
					if h := d.ments[mi].hi; d.toks[h].kind == tokPoss && h+1 < s.hi {
						// "the Prime Minister's Director for Policy Planning
						// Ron Dermer confirmed": the one the owner's post
						// names, not the owner.
						if mj := d.titledMentionAt(si, h+1); mj >= 0 && mj != mi && d.ments[mj].hi < s.hi {
							mi = mj
						}
					}
					next := d.ments[mi].hi
					if e := d.asideEnd(next, s.hi); d.toks[next].text == "(" && e > 0 && e+1 < s.hi && d.toks[e+1].is("and") {
						// "..., Admiral Roberto Gomez Caranza (Deputy Chief of
						// Operations) and others, Walters pressed": the
						// list goes on after the aside (not "Brigadier
						// Juniti Saito (protect), pulled": the subject).
						next = e + 1
					}
					if d.toks[next].text == "," {
						// "In a separate meeting with the Political Minister
						// Counselor, Karen Pierce, Director, South Asia and
						// Afghanistan, at the FCO, offered": past the
						// apposition, the verb. Not the next item of a list
						// (", and Poloff,"), nor a place and the subject after
						// it (", in Najaf, the delegation received").
						if next+1 < s.hi && !listGlue.hasLower(d.toks[next+1].lower) && d.mentionAt(next+1) < 0 {
							if d.verbAt(next + 1) {
								next++ // the mention holds the apposition: "Regis Arslanian, Director of FTAA Negotiations, said"
							} else if v := d.verbAfterAppositions(si, next); v > 0 {
								next = v
							}
						}
					}
					if t := &d.toks[next]; !t.is("and") && t.text != "," {
						comma, subj = c, []int{mi}
						break
					}
					// "In a separate meeting with StaffDel Meacham,
					// Senators Pichetto and Jenefes voiced support", "In a
					// meeting with Iran Watcher (poloff) August 11, Will
					// Gelling, Tom Burn and Rachel Martinek of the FCO's
					// Iran office shared": the subjects and their verb.
					if list := d.subjectList(si, mi); len(list) > 1 {
						comma, subj = c, list
						break
					}
					// "During a January 11 meeting with Field Marshal
					// Tantawi, Ambassador and OMC Chief stressed": the
					// second subject a post the cable does not name.
					if v := d.unnamedPostThenVerb(si, d.ments[mi].hi); v > 0 {
						comma, subj = c, []int{mi}
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
				if d.samePeople(subj, kept) {
					// "In a November 19 discussion with Dorine Wytema and
					// David Zeverijn, ..., Zeverijn indicated": the subject
					// is one of those met, and who met them the sentence
					// does not name, unless a US official is among them
					// ("meetings with Qatar Petroleum's Brigadier Al-Ansari
					// and Poloff Zebley, Al-Ansari indicated").
					var us []int
					for _, mi := range kept {
						if p := d.ments[mi].person; p >= 0 && d.personCountry(p) == "US" {
							us = append(us, mi)
						}
					}
					if len(subj) == 1 && d.personCountry(d.ments[subj[0]].person) != "US" {
						d.pairUp(si, i, subj, us)
					}
					return
				}
				objs = kept
				owner = subj
				if len(subj) == 1 {
					// "At a dinner with FM Alejandro Foxley, Tribunal
					// President Jose Luis Cea told the Ambassador": the one
					// told was at the dinner too.
					// (Not "Cea separately told the Ambassador": the verb
					// right after the subject.)
					if h := d.ments[subj[0]].hi; h < s.hi && addressVerbs.hasLower(d.toks[h].lower) {
						if to := d.addressedBy(si, h); to >= 0 && !slices.ContainsFunc(objs, func(mi int) bool { return d.ments[mi].person == d.ments[to].person }) {
							d.pairUp(si, i, append(slices.Clone(subj), objs...), []int{to})
						}
					}
				}
			} else {
				// The first person after the phrase, if the phrase ends
				// right before them: "In a meeting with Y, A and B said",
				// not "During a meeting with the Ambassador on [date],
				// accused Prime Minister T of ...", where the subject is
				// gone and T is the object.
				last := objs[len(objs)-1]
				for _, mi := range spans {
					if m := &d.ments[mi]; m.lo >= d.ments[last].hi {
						if d.afterComma(si, m.lo) {
							owner = []int{mi}
						}
						break
					}
				}
			}
		}
		d.pairUp(si, i, owner, objs)
	case adjSubj >= 0 && (k >= s.hi || !d.toks[k].is("with") && !d.toks[k].is("of") && !d.toks[k].is("between")):
		// "Ambassador pressed Development Minister Koenders to retain
		// ... in a meeting December 4", "congratulated President Saleh
		// on ... during a January 2 meeting": the sentence's subject
		// and the object of its verb met.
		if obj := d.verbObject(si, d.ments[adjSubj].hi, adjunct); obj >= 0 {
			// With the others of the object's list before the phrase:
			// "told ISN Director Philip Foley and ISN 1540 Coordinator
			// Thomas Wuchte during a November 10 meeting".
			objs := []int{obj}
			prev := d.ments[obj].hi
			for _, mi := range d.objectsRight(si, d.ments[obj].hi, spans) {
				m := &d.ments[mi]
				// Joined by "and" or a comma, and no verb after it ("told
				// Foley Foreign Secretary Miliband had agreed": the
				// subject of the clause told).
				glued := slices.ContainsFunc(d.toks[prev:m.lo], func(t token) bool { return t.is("and") || t.text == "," })
				if m.hi > adjunct || !glued || d.verbAt(m.hi) || d.toks[m.hi].is("had") || d.toks[m.hi].is("has") || d.toks[m.hi].is("was") || d.toks[m.hi].is("would") {
					break
				}
				objs = append(objs, mi)
				prev = m.hi
			}
			d.pairUp(si, i, []int{adjSubj}, objs)
		}
	case meal && d.overMeal(si, i) >= 0:
		// "Prem shared his assessments ... with Ambassador over lunch
		// January 13", "Varela told the Ambassador over lunch that ...":
		// the sentence's subject and the person right before "over" met
		// at the meal.
		over := d.overMeal(si, i)
		partner, subj := -1, -1
		for _, mi := range spans {
			m := &d.ments[mi]
			if m.person < 0 {
				continue
			}
			if m.hi <= over && over-m.hi <= 1 {
				partner = mi
			}
			if subj < 0 && m.lo-s.lo <= 8 {
				subj = mi
			}
		}
		if partner >= 0 && subj >= 0 && subj != partner {
			d.meet(si, i, subj, partner)
		}
	default:
		owner, group := d.ownerLeft(si, i, spans)
		if group && len(owner) > 0 {
			// "X and Y held their meeting": they met. Not "Prosper joined
			// by Stephens ... opened their visit by meeting with Del
			// Ponte": a visit is no meeting of its own people.
			if !visitWords.hasLower(d.toks[i].lower) {
				d.pairAll(si, i, owner)
			}
			return
		}
		if h := d.hadBefore(si, i); h >= 0 {
			// "Idenov and the Ambassador had a one-on-one dinner", "Rice
			// and Morales, who held a 30-minute meeting": the people who
			// had it met one another.
			if subj := d.subjectsLeft(si, h, spans); len(subj) >= 2 {
				d.pairAll(si, i, subj)
				return
			}
		}
		// "In a January 10 meeting, Zewail briefed PM Nazif": the subject
		// and the object of the main clause.
		var after []int
		for _, mi := range spans {
			if d.ments[mi].lo > i {
				after = append(after, mi)
			}
		}
		if len(owner) == 1 && len(after) > 0 && owner[0] == after[0] {
			// "During his visit to Damascus, President Sarkozy told
			// Assad": the owner "his" names is that subject.
			owner = nil
		}
		if len(owner) > 0 || !d.introPhrase(si, i) {
			return
		}
		// "At their November 25 meeting in Cardiff, First Minister Rhodri
		// Morgan, who ..., provided a read-out to the Ambassador": "their"
		// says the meeting was of the two the sentence names.
		if group {
			// (ownerLeft found "their" with no one named before it.)
			if d.separateBefore(si, i) || d.toks[i-1].is("respective") {
				return // "In their respective meetings, A and B agreed"
			}
			if a, b, ok := d.twoPeople(si, after); ok {
				d.meet(si, i, a, b)
				return
			}
		}
		// "In a series of meetings on September 28 at the ICTY, President
		// Meron, Chief Prosecutor Del Ponte, and Registrar Holthuis struck
		// consistent themes with Ambassador Prosper and DAS Stephens": the
		// list after the phrase met the people after its verb's "with".
		if subj, objs := d.listThenWith(si, after, spans); len(objs) > 0 {
			d.pairUp(si, i, subj, objs)
			return
		}
		// Not "Hyun outlined Kim Jong-il's health": an owner is no object.
		// Nor "During a visit ..., the GOB requested a meeting with
		// President Napolitano and PM Berlusconi": two people joined by
		// "and" after "with" are one side of another meeting, where "In a
		// meeting, A and B discussed" makes them the two who met.
		if len(after) >= 2 && d.ments[after[1]].lo-d.ments[after[0]].hi <= 3 && !(d.ments[after[1]].hi < s.hi && d.toks[d.ments[after[1]].hi].kind == tokPoss) && !d.inParens(si, d.ments[after[1]].lo) &&
			!(d.listBetween(d.ments[after[0]].hi, d.ments[after[1]].lo) && d.afterWith(si, d.ments[after[0]].lo)) &&
			!(d.listBetween(d.ments[after[0]].hi, d.ments[after[1]].lo) && d.findWord(si, d.ments[after[1]].hi, 3, "met") >= 0) &&
			!d.companionBetween(d.ments[after[0]].hi, d.ments[after[1]].lo) && !d.saidBetween(d.ments[after[0]].hi, d.ments[after[1]].lo) &&
			!(d.toks[d.ments[after[0]].lo-1].is("of") && d.onlyGlue(d.ments[after[0]].hi, d.ments[after[1]].lo) && d.toks[d.ments[after[1]].lo-1].is("and")) {
			// (Nor "During the September visit of Generals Jones and
			// Smith, TGS rejected": the visitors came together.)
			// (Nor "In the March 12 meeting, Foreign Minister Morales
			// Troncoso was accompanied by Deputy FM Manuel Trullols": the
			// two came together.)
			// (Nor "In a conversation on August 30, Gertie Mulder, head of
			// the MFA's South America Division, said Chavez was shocked":
			// the second name opens what the first said.)
			// (Not "Meeting May 26 in Islamabad, Representatives Schiff
			// and Schwartz met with Zardari": the two are the subject of
			// "met", which pairs them with its objects.)
			d.meet(si, i, after[0], after[1])
			return
		}
		// "In an April 22 meeting, Lebedev -- unconvincingly -- told the
		// Ambassador": the subject after the phrase and the one it spoke
		// to, with words between them.
		if len(after) >= 2 && d.afterComma(si, d.ments[after[0]].lo) {
			if obj := d.addressedBy(si, d.ments[after[0]].hi); obj == after[1] {
				d.meet(si, i, after[0], obj)
				return
			}
		}
		// "In separate meetings, U/S Levey also reiterated to A and B the
		// risks": the subject and those it spoke to.
		if len(after) >= 2 {
			if to := d.spokeTo(si, d.ments[after[0]].hi); to > 0 {
				d.pairUp(si, i, after[:1], d.objectsRight(si, to+1, spans))
				return
			}
		}
		if d.separateBefore(si, i) && len(after) > 0 && d.afterComma(si, d.ments[after[0]].lo) {
			// "During a separate meeting, Chief of Staff Sami Enan
			// shared his views", no one else named: the visitor of the
			// meeting just told (or the cable's) met the subject too.
			subj := after[:1]
			if len(after) >= 2 && d.listBetween(d.ments[after[0]].hi, d.ments[after[1]].lo) {
				subj = after[:2] // "In separate meetings, Maliki and Hashimi lamented"
			}
			d.separateMeeting(si, i, subj)
		}
	}
}

// twoPeople returns the first mentions of the two people the mentions ms
// of sentence si name outside parentheses, when they name exactly two
// ("Muatassim al-Qadhafi (son of Muammar al-Qadhafi) and the Ambassador").
func (d *doc) twoPeople(si int, ms []int) (a, b int, ok bool) {
	a, b = -1, -1
	for _, mi := range ms {
		p := d.ments[mi].person
		switch {
		case p < 0 && d.ments[mi].role != "":
			// "the Ambassador asked Saif ... when he accompanied Megrahi":
			// a third, unnamed, took part.
			return -1, -1, false
		case p < 0 || d.inParens(si, d.ments[mi].lo):
		case a >= 0 && d.subordinateBetween(d.ments[a].hi, d.ments[mi].lo):
			// "Arbatov told Holdren that his party sent a letter to
			// President Medvedev": one named in what was said.
			return -1, -1, false
		case a < 0:
			a = mi
		case p == d.ments[a].person:
		case b < 0:
			b = mi
		case p != d.ments[b].person:
			return -1, -1, false
		}
	}
	return a, b, b >= 0
}

// oneCountry reports whether the text gives the people of mentions ms
// at most one country among them.
func (d *doc) oneCountry(ms []int) bool { return len(d.evidenceCountries(ms)) <= 1 }

// evidenceCountries is the set of countries the text gives the people of
// mentions ms (evidenceCountry).
func (d *doc) evidenceCountries(ms []int) map[string]bool {
	out := map[string]bool{}
	for _, mi := range ms {
		if p := d.ments[mi].person; p >= 0 {
			if c := d.evidenceCountry(p); c != "" {
				out[c] = true
			}
		}
	}
	return out
}

// attendedBefore returns the "attended" of "also attended the [date]
// meeting" right before the meeting noun at i, or -1.
func (d *doc) attendedBefore(si, i int) int {
	s := &d.sents[si]
	for k := i - 1; k > s.lo+1 && i-k <= 6; k-- {
		if d.toks[k].is("attended") && d.toks[k-1].is("also") {
			return k
		}
		if t := &d.toks[k]; !t.is("the") && !t.is("a") && t.kind != tokNum && d.ann[k].kind != annTime && !(t.kind == tokWord && !t.upper) {
			return -1
		}
	}
	return -1
}

// samePeople reports whether a person of mentions a is also one of
// mentions b.
func (d *doc) samePeople(a, b []int) bool {
	for _, x := range a {
		for _, y := range b {
			if p := d.ments[x].person; p >= 0 && p == d.ments[y].person {
				return true
			}
		}
	}
	return false
}

// subordinateBetween reports whether a subordinate clause opens between
// tokens lo and hi ("that", "when", "whether", "because", "which", "if").
func (d *doc) subordinateBetween(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if t := &d.toks[k]; t.kind == tokWord && subordinators.hasLower(t.lower) {
			return true
		}
	}
	return false
}

var subordinators = cues("subordinators")

// listThenWith reads, after a meeting phrase, the list of people that is
// its clause's subject and the people after a "with" that follows its
// verb within eight words, with no one, no clause and no speech between
// ("..., A, B, and C struck consistent themes with D and E"). It gives
// no objects when the clause is otherwise.
func (d *doc) listThenWith(si int, after, spans []int) (subj, objs []int) {
	first := -1
	for _, mi := range after {
		if d.ments[mi].person >= 0 {
			first = mi
			break
		}
	}
	if first < 0 || !d.afterComma(si, d.ments[first].lo) {
		return nil, nil
	}
	s := &d.sents[si]
	k := d.ments[first].lo
	for k < s.hi {
		if mi := d.mentionAt(k); mi >= 0 && d.ments[mi].person >= 0 {
			subj = append(subj, mi)
			k = d.ments[mi].hi
			continue
		}
		if t := &d.toks[k]; t.text == "," || t.is("and") {
			k++
			continue
		}
		break
	}
	for verb := k; k < s.hi && k-verb < 8; k++ {
		t := &d.toks[k]
		switch {
		case t.is("with"):
			return subj, d.objectsRight(si, k+1, spans)
		case d.mentionAt(k) >= 0, t.kind == tokPunct, t.kind == tokWord && (clauseStops.hasLower(t.lower) || t.is("and")):
			return nil, nil
		}
	}
	return nil, nil
}

// topicThenWith returns the "with" after the topic a meeting noun names
// from token k ("a discussion on the current U.S. approach toward the
// Western Sahara dispute with ..."): at most twelve words, with no
// person, clause or punctuation but a hyphen, dot or slash among them;
// else -1.
func (d *doc) topicThenWith(si, k int) int {
	s := &d.sents[si]
	for j := k + 1; j < s.hi && j-k <= 12; j++ {
		t := &d.toks[j]
		switch {
		case t.is("with"):
			return j
		case d.mentionAt(j) >= 0, t.kind == tokPunct && t.text != "-" && t.text != "." && t.text != "/", t.kind == tokWord && clauseStops.hasLower(t.lower):
			return -1
		}
	}
	return -1
}

// unnamedPostThenVerb returns the verb after "and" and a post of
// capitalised words that names no one ("and OMC Chief stressed"), the
// rest of a subject that starts at a person ending at token k; else -1.
func (d *doc) unnamedPostThenVerb(si, k int) int {
	s := &d.sents[si]
	if k >= s.hi || !d.toks[k].is("and") {
		return -1
	}
	j := k + 1
	for j < s.hi && j-k <= 4 && d.toks[j].kind == tokWord && d.toks[j].upper && d.mentionAt(j) < 0 {
		j++
	}
	if j == k+1 || j >= s.hi {
		return -1
	}
	if t := &d.toks[j]; t.kind == tokWord && !t.upper && (strings.HasSuffix(t.lower, "ed") || sayVerbs.hasLower(t.lower)) {
		return j
	}
	return -1
}

// personIn reports whether a person's mention starts within tokens
// [lo,hi).
func (d *doc) personIn(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if mi := d.mentionAt(k); mi >= 0 && d.ments[mi].person >= 0 {
			return true
		}
	}
	return false
}

// inParens reports whether token k of sentence si is inside parentheses.
func (d *doc) inParens(si, k int) bool {
	depth := 0
	for j := d.sents[si].lo; j < k; j++ {
		switch d.toks[j].text {
		case "(":
			depth++
		case ")":
			depth = max(depth-1, 0)
		}
	}
	return depth > 0
}

// separateBefore reports whether "separate" qualifies the meeting noun at
// i ("in a separate meeting", "during separate meetings").
func (d *doc) separateBefore(si, i int) bool {
	for k := i - 1; k >= d.sents[si].lo && i-k <= 3; k-- {
		if d.toks[k].is("separate") {
			return true
		}
	}
	return false
}

// ofListThenWith reports whether the list of people that starts at
// token k is followed by "with": "the meeting of Sarkozy and Merkel with
// Putin".
func (d *doc) ofListThenWith(si, k int, spans []int) bool {
	objs := d.objectsRight(si, k, spans)
	if len(objs) == 0 {
		return false
	}
	e := d.ments[objs[len(objs)-1]].hi
	return e < d.sents[si].hi && d.toks[e].is("with")
}

// pronounClauseBetween reports whether a clause with a pronoun for its
// subject opens in [lo,hi) after a noun: "he", "she" or "they" and a verb
// in the past or "had"/"has" ("an idea she had discussed"). Not after a
// verb of saying or "that", where the pronoun is most often the one who
// says it ("Naraikin said he had participated", "noted he had raised").
func (d *doc) pronounClauseBetween(lo, hi int) bool {
	for k := lo; k+1 < hi; k++ {
		if t := &d.toks[k]; (t.is("he") || t.is("she") || t.is("they")) && k > lo {
			if p := &d.toks[k-1]; p.kind != tokWord || p.upper || p.is("that") || sayVerbs.hasLower(p.lower) || reportVerbs.hasLower(p.lower) || addressVerbs.hasLower(p.lower) {
				continue
			}
			if v := &d.toks[k+1]; v.is("had") || v.is("has") || v.kind == tokWord && !v.upper && strings.HasSuffix(v.lower, "ed") {
				return true
			}
		}
	}
	return false
}

// saidBetween reports whether a verb of saying that takes no listener
// as its object ("said", "noted"; not "told"), or one of reporting before
// "that" ("reported that"), stands in [lo,hi): the name after it opens
// the clause said.
func (d *doc) saidBetween(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if t := &d.toks[k]; t.kind == tokWord && sayVerbs.hasLower(t.lower) && !addressVerbs.hasLower(t.lower) {
			return true
		}
		if t := &d.toks[k]; t.kind == tokWord && reportVerbs.hasLower(t.lower) && k+1 < hi && d.toks[k+1].is("that") {
			return true // "Chapuis reported that Dai told Chirac"
		}
	}
	return false
}

// listBetween reports whether the tokens [lo,hi) between two names join
// them into a list: "and", "or", "&" or a comma.
func (d *doc) listBetween(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if t := &d.toks[k]; t.is("and") || t.is("or") || t.text == "&" || t.text == "," {
			return true
		}
	}
	return false
}

// afterWith reports whether the name that starts at token lo is the
// object of "with" (its title and country adjective may come between).
func (d *doc) afterWith(si, lo int) bool {
	s := &d.sents[si]
	for k := lo - 1; k >= s.lo && lo-k <= 4; k-- {
		t := &d.toks[k]
		if t.is("with") {
			return true
		}
		if !d.isTitleTok(k) && d.ann[k].kind != annDemonym && d.ann[k].kind != annCountry && !t.is("the") {
			return false
		}
	}
	return false
}

// hostedBy reports whether "hosted by" stands at token k, after a meeting
// noun: its host is the other side of the meeting.
func (d *doc) hostedBy(si, k int) bool {
	return k+1 < d.sents[si].hi && d.toks[k].is("hosted") && d.toks[k+1].is("by")
}

// describedMentionAt is titledMentionAt, which also reads an article and
// the words in lower case that describe the person ("a relaxed and
// self-assured Arun Jaitley", "the visiting Senator Kerry"): words of
// the form of adjectives (describing), no noun ("the guests recognized
// Rajoy": Rajoy is the object), no verb that follows a person ("the
// delegation told X").
func (d *doc) describedMentionAt(si, k int) int {
	s := &d.sents[si]
	if k >= s.hi {
		return -1
	}
	if !(d.toks[k].is("a") || d.toks[k].is("an") || d.toks[k].is("the")) {
		// No article: only a participle or adverb ("visiting EB A/S Tony
		// Wayne", "newly appointed Minister X"), or "ex-" ("ex-Economy
		// Minister X", whose prefixed word is no title word).
		j := k
		for j < s.hi && j-k < 2 && d.toks[j].kind == tokWord && !d.toks[j].upper && (strings.HasSuffix(d.toks[j].lower, "ing") || strings.HasSuffix(d.toks[j].lower, "ly") || strings.HasPrefix(d.toks[j].lower, "ex-")) {
			j++
		}
		return d.titledMentionAt(si, j)
	}
	for j := k + 1; j < s.hi && j-k <= 5; j++ {
		t := &d.toks[j]
		if t.kind != tokWord || t.upper || d.mentionAt(j) >= 0 || d.isTitleTok(j) {
			return d.titledMentionAt(si, j)
		}
		if !t.is("and") && !describing(t.lower) || personVerbs.hasLower(t.lower) || addressVerbs.hasLower(t.lower) {
			return -1 // a noun ("the guests recognized Rajoy"), a verb, a preposition
		}
	}
	return -1
}

// subjectList returns the mentions of a list that starts with mention
// mi ("A, B and C", "A and B"; a title may open each) when a word in
// lower case that may be a verb follows it, or a complement ("... and C
// of the FCO shared"); else nil.
func (d *doc) subjectList(si, mi int) []int {
	s := &d.sents[si]
	list := []int{mi}
	for {
		k := d.ments[list[len(list)-1]].hi
		last := k
		for k < s.hi && k-last < 2 && (d.toks[k].text == "," || d.toks[k].is("and")) {
			k++
		}
		if k == last {
			break
		}
		mj := d.titledMentionAt(si, k)
		if mj < 0 || d.ments[mj].hi >= s.hi || d.ments[mj].lo-last > 3 {
			return nil
		}
		list = append(list, mj)
		if d.toks[k-1].is("and") {
			break // the list's last
		}
	}
	if len(list) < 2 || !d.toks[d.ments[list[len(list)-2]].hi].is("and") && !d.toks[d.ments[list[len(list)-2]].hi+1].is("and") {
		return nil
	}
	// Two names joined by "and": any word in lower case after them.
	k := d.ments[list[len(list)-1]].hi
	if t := &d.toks[k]; len(list) == 2 && d.toks[d.ments[mi].hi].is("and") {
		if t.kind == tokWord && !t.upper && !t.is("and") {
			return list // "Senators Pichetto and Jenefes voiced", "Machado and Jaguaribe both focused"
		}
		return nil
	}
	// A verb follows the list, or its members' body and then a verb ("...
	// Rachel Martinek of the FCO's Iran office shared"); not the end of
	// the meeting phrase's own list ("In a meeting with Admiral Mullen,
	// Ambassador Eikenberry, ..., and Bismillah Khan on December 14 (at
	// the Palace, last week), President Karzai appeared").
	if d.toks[k].is("of") {
		for j := k + 1; j < s.hi && j-k <= 8; j++ {
			if d.toks[j].text == "," {
				return nil
			}
			if d.verbAt(j) {
				return list
			}
		}
		return nil
	}
	if !d.verbAt(k) && !personVerbs.hasLower(d.toks[k].lower) && !d.adverbThenVerb(k, s.hi) {
		return nil
	}
	return list
}

// verbAfterAppositions returns the verb after the appositions that
// follow the comma at token c ("Karen Pierce, Director, South Asia and
// Afghanistan, at the FCO, offered"): the first word after a later comma,
// within 25 tokens, that verbAt takes, past asides that name no one; -1
// when a person, a semicolon or the sentence's end comes first.
func (d *doc) verbAfterAppositions(si, c int) int {
	s := &d.sents[si]
	for k := c + 1; k+1 < s.hi && k-c <= 25; k++ {
		if d.toks[k].text == "(" {
			if e := d.asideEnd(k, s.hi); e > 0 {
				k = e // "(FCO)"
				continue
			}
			return -1
		}
		if mi := d.mentionAt(k); mi >= 0 && d.ments[mi].person >= 0 || d.toks[k].text == ";" {
			return -1
		}
		if d.toks[k].text == "," && d.verbAt(k+1) {
			return k + 1
		}
	}
	return -1
}

// describing reports whether a word in lower case has the form of an
// adjective or adverb ("relaxed", "self-assured", "visiting", "newly",
// "cautious"), which may stand between an article and a name.
func describing(w string) bool {
	if strings.Contains(w, "-") {
		return true
	}
	for _, suf := range []string{"ed", "ing", "ive", "ful", "ous", "al", "ic", "ent", "ant", "ble", "ly", "ary"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// titledMentionAt returns the mention that starts at token k, or after a
// title written before it that the mention does not cover ("Minister of
// Interior Sheikh Rashid ..."), or -1.
func (d *doc) titledMentionAt(si, k int) int {
	s := &d.sents[si]
	for j := k; j < s.hi && j-k < 16; j++ {
		if d.toks[j].text == "(" && j > k && d.isTitleTok(j-1) {
			// "Deputy Director General for Coordination (Director
			// General Chief of Staff) Alon Ushpiz": an aside in the title.
			if end := d.shortAside(j, s.hi); end > 0 {
				j = end
				continue
			}
		}
		if d.toks[j].text == "(" && j > k && j+2 < s.hi && d.toks[j+2].text == ")" && d.toks[j-1].upper && d.toks[j+1].kind == tokWord && d.toks[j+1].allCaps {
			// "Central Bank of Bahrain (CBB) Governor Rashid Al-Miraj":
			// the body's acronym after its name.
			j += 2
			continue
		}
		if mi := d.mentionAt(j); mi >= 0 {
			// "PvdA member (and close Bos advisor) Frans Timmermans": a
			// name that is no person's (the party) can open the title of
			// the person who follows.
			if d.ments[mi].person < 0 {
				if mj := d.personAfterTitle(si, d.ments[mi].hi); mj >= 0 {
					return mj
				}
			}
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

// personAfterTitle returns the person named after the words of a title
// that start at token k ("member (and close Bos advisor) Frans
// Timmermans"), or -1: at least one title word, at most one short aside
// in parentheses, and nothing else may come first.
func (d *doc) personAfterTitle(si, k int) int {
	s := &d.sents[si]
	titled, aside := false, false
	for j := k; j < s.hi && j-k < 12; j++ {
		if d.toks[j].text == "(" {
			if end := d.shortAside(j, s.hi); end > 0 && titled && !aside {
				j, aside = end, true
				continue
			}
			return -1
		}
		if mi := d.mentionAt(j); mi >= 0 {
			if (titled || d.ments[mi].title != "") && d.ments[mi].person >= 0 {
				return mi // (the mention may hold the title words: "member Frans Timmermans")
			}
			return -1
		}
		if !d.isTitleTok(j) {
			return -1
		}
		titled = true
	}
	return -1
}

// introPhrase: the trigger noun opens the sentence in a prepositional
// phrase ("In a September 18 meeting with ...", "During their lunch ..."),
// or is its first word ("Meeting with the Ambassador on January 21, ...").
func (d *doc) introPhrase(si, i int) bool {
	s := &d.sents[si]
	if i == s.lo && (d.toks[i].is("meeting") || d.toks[i].is("meetings")) {
		return true // "Meeting with the Ambassador on January 21, Tihipko said"
	}
	lo := s.lo
	// "(Note: In a meeting on December 14, X told Y ...)": an aside's
	// opening is no part of the clause.
	for lo < i && d.toks[lo].kind == tokPunct {
		lo++
	}
	if lo+1 < i && (d.toks[lo].is("note") || d.toks[lo].is("comment")) && d.toks[lo+1].text == ":" {
		lo += 2
	}
	opens := func(k int) bool {
		// "In a meeting", "On May 3, during a meeting", "A week later, in
		// a meeting": the phrase opens the sentence, or follows a short
		// opening phrase and its comma (not a subject: "Lima Mayor Luis
		// Castaneda, in a 1/10 meeting with the Ambassador,
		// characterized").
		return k-lo <= 2 || k-lo <= 6 && d.toks[k-1].text == "," && !d.personIn(lo, k-1)
	}
	prep := func(k int) bool {
		t := &d.toks[k]
		return t.is("in") || t.is("during") || t.is("at") || t.is("over")
	}
	// The preposition nearest the noun opens its phrase: "In August, PM
	// Brown, in a one-on-one meeting with the Ambassador, proposed" is no
	// opening phrase, for a subject stands before it.
	for k := i - 1; k >= lo; k-- {
		if prep(k) {
			if opens(k) {
				return true
			}
			break
		}
		if k-3 >= lo && d.toks[k].is("of") && (d.toks[k-1].is("margins") || d.toks[k-1].is("margin") || d.toks[k-1].is("sidelines")) && d.toks[k-2].is("the") && d.toks[k-3].is("on") {
			// "On the margins of a meeting with visiting Secretary Chu, on
			// Feb 24 MFA Minister of State Gargash made a formal request":
			// the subject was at that meeting. Not "On the margins of the
			// meeting, X recommended": whom X met there is not said.
			if opens(k-3) && i+1 < s.hi && d.toks[i+1].is("with") {
				return true
			}
			break
		}
	}
	// A first phrase that opens the sentence still covers a noun further
	// on when no comma, or no person, stands between them: "In a candid
	// conversation with the Ambassador during the July 20 lunch hosted by
	// ...", "In the foreign policy arena, as was made clear in his May 16
	// meeting with ...".
	for k := lo; k < i; k++ {
		if prep(k) {
			return opens(k) && (!d.personIn(k, i) || !d.commaIn(k, i))
		}
	}
	return false
}

// adjunctPrep returns the preposition ("during", "in", "at") that opens
// the phrase of the meeting noun at i ("during a November 16 meeting"),
// or -1: only an article, a possessive pronoun, a date or lower-case
// adjectives may stand between them.
func (d *doc) adjunctPrep(si, i int) int {
	s := &d.sents[si]
	for k := i - 1; k >= s.lo && i-k <= 6; k-- {
		t := &d.toks[k]
		if t.is("during") || t.is("in") || t.is("at") {
			return k
		}
		if t.text == "/" && k > s.lo && d.toks[k-1].kind == tokNum && d.toks[k+1].kind == tokNum {
			continue // "in a 1/10 meeting"
		}
		if t.kind == tokPunct && t.text != "-" || d.mentionAt(k) >= 0 || t.upper && d.ann[k].kind != annTime {
			return -1
		}
	}
	return -1
}

// passiveAgentBefore returns the mention that ends right before token k
// as the agent of a passive verb of speaking (agentVerbs: "raised by FM
// X", "previewed by Surkov"), or -1.
func (d *doc) passiveAgentBefore(si, k int) int {
	s := &d.sents[si]
	mi := d.mentionAt(k - 1)
	if mi < 0 || d.ments[mi].person < 0 || d.ments[mi].hi != k {
		return -1
	}
	by := d.ments[mi].lo - 1
	if by-1 <= s.lo || !d.toks[by].is("by") || !agentVerbs.hasLower(d.toks[by-1].lower) {
		return -1
	}
	return mi
}

// agentVerbs are the passive verbs whose agent spoke at the meeting that
// follows ("raised by X in a meeting with Y"); not "welcomed", "seated",
// "escorted by", whose agent hosts or guides the sentence's subject.
var agentVerbs = cues("agent_verbs")

// reportedSubject returns the person who opens a reported clause between
// tokens k (the end of the sentence's subject) and p: a verb of saying
// right after the subject, then ("that") the clause's subject, the next
// person named before p. -1 if none.
func (d *doc) reportedSubject(si, k, p int) int {
	j := d.pastAdverbs(k, p)
	if j >= p || !sayVerbs.hasLower(d.toks[j].lower) && !reportVerbs.hasLower(d.toks[j].lower) {
		return -1
	}
	for _, mi := range d.mentionsOf(si) {
		m := &d.ments[mi]
		if m.lo <= j || m.hi > p || m.person < 0 {
			continue
		}
		if addressVerbs.hasLower(d.toks[j].lower) && (m.lo == j+1 || m.lo == j+2 && d.toks[j+1].is("the")) {
			continue // "Fean told CDA that in his meeting with Obeidi": the one told
		}
		// The clause's subject has its verb next ("PM Balkenende had
		// made clear"); not the one told ("told visiting Senator John
		// Kerry during his meeting", "said to Senator Kerry during").
		if m.hi >= p {
			return -1
		}
		if t := &d.toks[m.hi]; t.kind != tokPoss && (t.kind != tokWord || t.upper || ownedStops.hasLower(t.lower) || t.is("during") || t.is("over") || t.is("after") || t.is("before")) {
			return -1 // (an owner may stand for the clause: "President Yushchenko's use in his tete-a-tete with")
		}
		return mi
	}
	return -1
}

// sentenceSubject returns the mention that opens sentence si as its
// subject (its title may come first: "Foreign Minister Vashadze raised")
// when a verb in lower case follows it before token p, or -1.
func (d *doc) sentenceSubject(si, p int) int {
	return d.sentenceSubjectFrom(si, d.sents[si].lo, p)
}

// sentenceSubjectFrom is sentenceSubject for the clause that starts at
// token lo.
func (d *doc) sentenceSubjectFrom(si, lo, p int) int {
	for lo < p && d.toks[lo].kind == tokPunct {
		lo++ // "(Incoming Advisor Levitte confirmed this in a conversation with ...)"
	}
	// "On August 20, BP's Andrew Inglis briefed ...", "Following up our
	// earlier demarche (refs), Political Minister Counselor reiterated":
	// an opening phrase of a few words and its comma come before the
	// subject.
	for k := lo; k < p && k-lo <= 10; k++ {
		if d.mentionAt(k) >= 0 {
			break
		}
		if d.toks[k].text == "," {
			lo = k + 1
			break
		}
	}
	for _, mi := range d.mentionsOf(si) {
		m := &d.ments[mi]
		if m.lo < lo || !d.titleWordsOnly(lo, m.lo) || m.person < 0 || m.hi >= p || d.nestedMention(si, mi) {
			continue // (not the "Ambassador" of "Afghan Ambassador to the UK Homayoun Tandar")
		}
		if t := &d.toks[m.hi]; t.kind == tokWord && !t.upper && !t.is("and") && !listGlue.hasLower(t.lower) {
			return mi
		}
		if m.hi+1 == p && d.toks[m.hi].text == "," {
			return mi // "Lima Mayor Luis Castaneda, in a 1/10 meeting with ...": the phrase right after the subject
		}
		if d.appositionVerb(m.hi, p) > 0 {
			// "Paul Arkwright, the Head of the FCO's Counterproliferation
			// Department told ... during a November 10 meeting": a title
			// in apposition, then the verb.
			return mi
		}
		if c := d.companionPhraseEnd(si, mi); c > 0 && c+1 < p {
			// "Ambassador Daalder, accompanied by German Ambassador Ulrich
			// Brandenburg, delivered": the verb follows the phrase (the
			// comma companionPhraseEnd returns is one a verb follows).
			return mi
		}
	}
	return -1
}

// appositionVerb returns the verb after a title in apposition that
// opens at the comma at token k (or goes on at its possessive), a verb
// in the past or one of telling before token p: ", the Head of the FCO's
// Counterproliferation Department told". The apposition holds only an
// article, capitalised words, possessives and the small words of titles,
// and no one (a candidate name no person holds is a word). Else -1.
func (d *doc) appositionVerb(k, p int) int {
	if k+2 >= p || d.toks[k].text != "," && d.toks[k].kind != tokPoss {
		return -1
	}
	// The mention may hold the apposition's first words ("Paul
	// Arkwright, the Head of the FCO" ends before "'s"): only then does a
	// possessive go on with it (not an owner: "Prime Minister Alan Hart's
	// Chief of Staff told").
	if d.toks[k].text == "," && d.verbAt(k+1) {
		// "Brice Hortefeux, UMP member of the European Parliament, told":
		// the mention before the comma holds its apposition, and the
		// comma closes it.
		if m := d.mentionAt(k - 1); m >= 0 && d.ments[m].hi == k && d.commaIn(d.ments[m].lo, k) {
			return k + 1
		}
	}
	title := false
	if d.toks[k].kind == tokPoss {
		m := d.mentionAt(k - 1)
		if m < 0 || !d.commaIn(d.ments[m].lo, d.ments[m].hi) {
			return -1
		}
		title = true
	}
	for j := k + 1; j < p && j-k <= 14; j++ {
		t := &d.toks[j]
		switch {
		case d.mentionAt(j) >= 0 && d.ments[d.mentionAt(j)].person >= 0:
			return -1
		case t.kind == tokPoss || t.kind == tokWord && (t.upper || t.is("the") || t.is("of") || t.is("for") || t.is("and")):
			title = title || d.isTitleTok(j)
		case t.text == "," && title && j+1 < p && d.verbAt(j+1):
			return j + 1
		case t.kind == tokWord && title && d.verbAt(j):
			return j
		default:
			return -1
		}
	}
	return -1
}

// verbAt reports whether token k is a verb in the past in lower case or
// one of telling ("told", "briefed").
func (d *doc) verbAt(k int) bool {
	t := &d.toks[k]
	return t.kind == tokWord && !t.upper && (strings.HasSuffix(t.lower, "ed") || addressVerbs.hasLower(t.lower) || sayVerbs.hasLower(t.lower))
}

// spokeTo returns the "to" of "[also] <verb of saying> to" right after a
// subject that ends at token k ("also reiterated to", "explained to"), or
// -1.
func (d *doc) spokeTo(si, k int) int {
	s := &d.sents[si]
	for k < s.hi && (d.toks[k].is("also") || d.toks[k].is("separately") || d.toks[k].is("again")) {
		k++
	}
	if k+1 < s.hi && d.toks[k].kind == tokWord && (sayVerbs.hasLower(d.toks[k].lower) || d.toks[k].is("reiterated") || d.toks[k].is("conveyed") || d.toks[k].is("stressed")) && d.toks[k+1].is("to") {
		return k + 1
	}
	return -1
}

// addressVerbs take as object the person spoken to ("told", "briefed").
var addressVerbs = cues("address_verbs")

// addressedBy returns the person right after an addressVerbs verb that
// follows a subject ending at token k, past adverbs and a dashed aside
// ("Lebedev -- unconvincingly -- told the Ambassador"), or -1.
func (d *doc) addressedBy(si, k int) int {
	s := &d.sents[si]
	for k < s.hi && k-d.sents[si].lo < 400 {
		t := &d.toks[k]
		if t.text == "--" || t.text == "-" || t.is("also") || t.kind == tokWord && !t.upper && strings.HasSuffix(t.lower, "ly") {
			k++
			continue
		}
		break
	}
	if k+1 >= s.hi || d.toks[k].kind != tokWord || !addressVerbs.hasLower(d.toks[k].lower) {
		return -1
	}
	if mi := d.titledMentionAt(si, k+1); mi >= 0 && d.ments[mi].person >= 0 {
		if hi := d.ments[mi].hi; hi < s.hi && d.toks[hi].kind == tokPoss {
			return -1 // "told the Ambassador's guest": the one told is the guest
		}
		return mi
	}
	return -1
}

// verbObject returns the person right after the verb that follows a
// subject ending at token k ("pressed Development Minister Koenders",
// "congratulated President Saleh"), before token p, or -1. Only an
// adverb may stand before the verb, and only a title before the object.
func (d *doc) verbObject(si, k, p int) int {
	if v := d.appositionVerb(k, p); v > 0 {
		k = v // "Paul Arkwright, the Head of the FCO's ... Department told X during a meeting"
	}
	k = d.pastAdverbs(k, p)
	if t := &d.toks[k]; k >= p || t.kind != tokWord || t.upper || !strings.HasSuffix(t.lower, "ed") && !addressVerbs.hasLower(t.lower) {
		return -1 // a verb in the past: "pressed", "urged", "congratulated", "told"
	}
	if mi := d.titledMentionAt(si, k+1); mi >= 0 && d.ments[mi].hi <= p && d.ments[mi].person >= 0 {
		for j := d.ments[mi].hi; j < p; j++ {
			if t := &d.toks[j]; t.is("that") || t.is("which") || t.is("who") || t.is("where") {
				return -1 // "Tejler told Polcouns that the decision was taken at an August 14 interagency meeting": another clause's meeting
			}
		}
		return mi
	}
	return -1
}

// pastAdverbs returns the first token at or after k, before p, that is
// no adverb before a verb ("also", "strongly").
func (d *doc) pastAdverbs(k, p int) int {
	for k < p && (d.toks[k].is("also") || d.toks[k].kind == tokWord && !d.toks[k].upper && strings.HasSuffix(d.toks[k].lower, "ly")) {
		k++
	}
	return k
}

// titleWordsOnly reports whether the tokens [lo,hi) are the words of
// titles that open a sentence before its subject ("Incoming Presidential
// Diplomatic Advisor and National Security Advisor-equivalent ..."):
// capitalised words and the small words that join them.
//
// A title in lower case counts ("PvdA member Frans Timmermans"), and so
// does one short aside in parentheses between the title and the name
// ("PvdA member (and close Bos advisor) Frans Timmermans rejected").
func (d *doc) titleWordsOnly(lo, hi int) bool {
	aside := false
	for k := lo; k < hi; k++ {
		t := &d.toks[k]
		if t.text == "(" && k > lo && !aside {
			if end := d.shortAside(k, hi); end > 0 {
				aside = true
				k = end
				continue
			}
		}
		if t.is("to") && k > lo && d.isTitleTok(k-1) {
			continue // "Afghan Ambassador to the UK Homayoun Tandar"
		}
		if !(t.kind == tokWord && (t.upper || t.is("and") || t.is("of") || t.is("for") || t.is("the") || d.isTitleTok(k)) || t.kind == tokPoss) {
			return false
		}
	}
	return true
}

// shortAside returns the ")" that closes the "(" at k before token hi
// within eight tokens, or -1: the one short aside a title may hold
// ("member (and close Bos advisor) Frans Timmermans").
func (d *doc) shortAside(k, hi int) int {
	if end := d.closingParen(k, hi); end > k && end-k <= 8 {
		return end
	}
	return -1
}

// openingParen returns the "(" that opens the ")" at k, at or after token
// lo, or -1.
func (d *doc) openingParen(k, lo int) int {
	for j := k - 1; j >= lo; j-- {
		switch d.toks[j].text {
		case "(":
			return j
		case ")":
			return -1
		}
	}
	return -1
}

// closingParen returns the ")" that closes the "(" at k before token hi,
// or -1.
func (d *doc) closingParen(k, hi int) int {
	for j := k + 1; j < hi; j++ {
		switch d.toks[j].text {
		case ")":
			return j
		case "(":
			return -1
		}
	}
	return -1
}

// coordinatedSubject narrows the owners of the meeting noun at i when its
// "had" or "held" is a second verb of the clause's subject: "The
// Ambassador met with Foreign Minister Amorim and also had discussions
// with Finance Minister Mantega" (the Ambassador had them, not Amorim).
// Only the owners before the clause's first meeting verb stay.
func (d *doc) coordinatedSubject(si, i int, owner []int) []int {
	h := d.hadBefore(si, i)
	if h < 0 || len(owner) == 0 {
		return owner
	}
	j := h - 1
	if j > d.sents[si].lo && d.toks[j].is("also") {
		j--
	}
	if j <= d.sents[si].lo || !d.toks[j].is("and") {
		return owner
	}
	first := -1
	for k := max(d.sents[si].lo, d.leadClauseEnd(si, j)); k < j; k++ {
		if d.toks[k].class&classMeetTrigger != 0 && !meetNouns.hasLower(d.toks[k].lower) {
			first = k
			break
		}
	}
	if first < 0 {
		return owner
	}
	return slices.DeleteFunc(slices.Clone(owner), func(mi int) bool { return d.ments[mi].lo > first })
}

// hadBefore returns the token of "had", "held" or "used" that governs
// the meeting noun at i ("had a one-on-one dinner", "held a 30-minute meeting",
// "held talks"), or -1: only an article, a possessive pronoun and words in
// lower case may stand between them.
func (d *doc) hadBefore(si, i int) int {
	s := &d.sents[si]
	words := 0 // the words between, a date not counted
	for k := i - 1; k >= s.lo && words < 4; k-- {
		t := &d.toks[k]
		if t.is("had") || t.is("held") || t.is("used") && !visitWords.hasLower(d.toks[i].lower) {
			return k // "used a January 13 meeting with CODEL Leach to announce", not "used his May 17 visit to deny"
		}
		if t.kind == tokNum || d.ann[k].kind == annTime {
			continue // "had a March 3 meeting"
		}
		words++
		if t.upper || t.kind == tokPunct && t.text != "-" || d.mentionAt(k) >= 0 {
			return -1
		}
	}
	return -1
}

// hostedBefore returns the verb of giving right before the meeting noun
// at i ("hosted a small lunch", "gave a dinner", "held talks"): only an
// article or words in lower case between them. Else -1.
func (d *doc) hostedBefore(si, i int) int {
	if h := d.hadBefore(si, i); h >= 0 {
		return h
	}
	s := &d.sents[si]
	for k := i - 1; k >= s.lo && i-k <= 4; k-- {
		t := &d.toks[k]
		if t.is("hosted") || t.is("gave") || t.is("offered") || t.is("organized") || t.is("organised") || t.is("threw") {
			return k
		}
		if t.upper || t.kind == tokPunct && t.text != "-" || d.mentionAt(k) >= 0 {
			return -1
		}
	}
	return -1
}

// rightBefore reports whether mention mi is the subject of the verb at h:
// only a parenthesis, a date, an adverb or an "accompanied by" phrase
// stands between them ("John Thune (R/SD) on January 5, 2009 held
// meetings with"). Not "I met A and
// B, and also had discussions with C", where the verb has the subject of
// the clause before.
func (d *doc) rightBefore(si, mi, h int) bool {
	depth := 0
	lo := d.ments[mi].lo
	inPhrase := lo >= 2 && d.toks[lo-1].is("by") && companionWord(&d.toks[lo-2])
	for k := d.ments[mi].hi; k < h; k++ {
		t := &d.toks[k]
		switch {
		case t.text == "(":
			depth++
		case t.text == ")":
			depth--
		case depth > 0, d.ann[k].kind == annTime, t.kind == tokNum, t.is("on"), t.is("also"), t.kind == tokWord && !t.upper && strings.HasSuffix(t.lower, "ly"):
		case t.text == "," && k+1 < h && (d.ann[k+1].kind == annTime || d.toks[k+1].kind == tokNum):
		case t.text == "," && k+1 < h && companionWord(&d.toks[k+1]):
			// "CODEL Dodd, accompanied by Ambassador Gutierrez, held
			// discussions with": the phrase runs to its comma.
			for k++; k < h && d.toks[k].text != ","; k++ {
			}
		case t.text == "," && inPhrase:
			inPhrase = false // the end of the "accompanied by" phrase mi is in
		case t.text == "," && k+1 == h && k == d.ments[mi].hi && d.ments[mi].nhi < k && d.opensClause(si, mi):
			// "Fred Hof, Special Advisor for Regional Affairs, held": the
			// comma that closes the title the mention holds after the name.
		case k == d.ments[mi].hi && d.ments[mi].nhi < k && t.kind == tokWord && !t.upper && !d.clauseWord(k) && d.opensClause(si, mi):
			// "Fred Hof, Special Advisor for Regional Affairs in the
			// office of Special Envoy Mitchell, held a series of
			// meetings": the rest of the title the mention holds, to its
			// comma.
			j := k + 1
			for j < h && j-k <= 16 && d.toks[j].text != "," && !d.clauseWord(j) {
				j++
			}
			if j >= h || d.toks[j].text != "," {
				return false
			}
			k = j
		default:
			return false
		}
	}
	return true
}

// opensClause reports whether mention mi opens its clause: it starts the
// sentence or follows a comma (an opening phrase's), not a verb
// ("Netanyahu, who had earlier received George Mitchell, Special Envoy
// for Middle East Peace, held talks with": Mitchell is no subject).
func (d *doc) opensClause(si, mi int) bool {
	lo := d.ments[mi].lo
	return lo == d.sents[si].lo || d.toks[lo-1].text == ","
}

// clauseWord reports whether token k is a word that makes a clause of
// what it stands in: a verb of a person or of saying, or a clause's
// stop ("who", "which").
func (d *doc) clauseWord(k int) bool {
	t := &d.toks[k]
	return t.kind == tokWord && (personVerbs.hasLower(t.lower) || sayVerbs.hasLower(t.lower) || clauseStops.hasLower(t.lower))
}

// companionPhraseEnd returns the comma that closes an "accompanied by"
// phrase right after mention mi (", accompanied by A, B and C," before
// the verb, "accompanied by A, the German Ambassador, delivered"): the
// first comma followed by a word in lower case; -1 if there is none.
func (d *doc) companionPhraseEnd(si, mi int) int {
	s := &d.sents[si]
	h := d.ments[mi].hi
	if h+2 >= s.hi || d.toks[h].text != "," || !companionWord(&d.toks[h+1]) || !d.toks[h+2].is("by") {
		return -1
	}
	for c := h + 3; c+1 < s.hi; c++ {
		if d.clauseWord(c) {
			return -1
		}
		if t := &d.toks[c+1]; d.toks[c].text == "," && t.kind == tokWord && !t.upper && !t.is("and") && !t.is("the") {
			return c
		}
	}
	return -1
}

// companionsAfter returns the people of the "accompanied by" phrase right
// after mention mi.
func (d *doc) companionsAfter(si, mi int) []int {
	c := d.companionPhraseEnd(si, mi)
	if c < 0 {
		return nil
	}
	var out []int
	for _, mj := range d.mentionsOf(si) {
		if m := &d.ments[mj]; m.lo > d.ments[mi].hi && m.hi <= c && m.person >= 0 {
			out = append(out, mj)
		}
	}
	return out
}

// companionWord reports whether t says someone came along with another:
// "accompanied", "joined", "flanked" (by).
func companionWord(t *token) bool {
	return t.is("accompanied") || t.is("joined") || t.is("flanked")
}

// companionBetween reports whether a companion word stands in [lo,hi):
// "Morales Troncoso was accompanied by Trullols".
func (d *doc) companionBetween(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if companionWord(&d.toks[k]) {
			return true
		}
	}
	return false
}

// afterComma reports whether a comma comes right before token k of
// sentence si, or before the title words written in front of it that a
// mention does not cover ("..., Treasury U/S for Terrorism and Financial
// Intelligence Stuart Levey").
func (d *doc) afterComma(si, k int) bool {
	s := &d.sents[si]
	for j := k - 1; j >= s.lo && k-j <= 12; j-- {
		t := &d.toks[j]
		switch {
		case t.text == ",":
			return true
		case t.kind == tokWord && (t.upper || t.is("of") || t.is("for") || t.is("and") || t.is("the")) || t.text == "/" || d.isTitleTok(j):
		default:
			return false
		}
	}
	return false
}

// overMeal returns the token of the "over" before the meal noun at i
// ("over lunch", "over a working dinner"), which says the people of the
// clause had it together, or -1.
func (d *doc) overMeal(si, i int) int {
	s := &d.sents[si]
	for k := i - 1; k >= s.lo && i-k <= 3; k-- {
		t := &d.toks[k]
		if t.is("over") {
			return k
		}
		if t.kind != tokWord || t.upper {
			return -1
		}
	}
	return -1
}
