package extract

// This file finds the people on each side of a meeting word within its
// clause: the subjects before a verb (subjectsLeft, bounded by
// leadClauseEnd and clauseStops), the list of objects after it
// (objectsRight), the owner of a meeting noun (ownerLeft), and the person a
// pronoun stands for.

import (
	"slices"
	"strconv"
	"strings"
)

// sentMentions lists the person and role mentions of a sentence in text
// order.
func (d *doc) sentMentions(si int) []int {
	d.spans = d.spans[:0]
	for _, mi := range d.mentionsOf(si) {
		// Not the name of an administration ("Cardoso administration
		// minister Parente", "the Bush Administration"): no one who met.
		if !d.ments[mi].office {
			d.spans = append(d.spans, mi)
		}
	}
	// Mentions are appended in text order within a sentence, except the
	// roles recorded while scanning; sort by position.
	for a := 1; a < len(d.spans); a++ {
		for b := a; b > 0 && d.ments[d.spans[b]].lo < d.ments[d.spans[b-1]].lo; b-- {
			d.spans[b], d.spans[b-1] = d.spans[b-1], d.spans[b]
		}
	}
	// Nor a capitalised word the names refused that qualifies the title
	// right after it ("Politburo member Lebedev"): it is of his title, and
	// left here it stands between a meeting phrase and its subject. A
	// refused name anywhere else stays, as a third party no rule may pair
	// past ("met with a businessman close to ... Prince Khalid").
	// (The spans are in text order: the title's mention is the next.)
	kept := d.spans[:0]
	for n, mi := range d.spans {
		m := &d.ments[mi]
		if m.person < 0 && m.role == "" && n+1 < len(d.spans) {
			if next := &d.ments[d.spans[n+1]]; next.lo == m.hi && next.title != "" && (next.person >= 0 || next.role != "") {
				continue
			}
		}
		kept = append(kept, mi)
	}
	d.spans = kept
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
			// "In the Foreign Minister's absence, Ambassador called on":
			// an owner is not the verb's subject, unless what it owns is
			// the trigger itself ("Singh's July 16 Sharm el-Sheikh meeting
			// with Pakistani PM Gilani").
			if hi := d.ments[mi].hi; hi < s.hi && d.toks[hi].kind == tokPoss && !d.ownsTrigger(hi+1, i) {
				k = d.ments[mi].lo
				continue
			}
			out = append(out, mi)
			k = d.ments[mi].lo
			continue
		}
		t := &d.toks[k]
		if t.text == ";" || t.text == ":" || t.kind == tokWord && clauseStops.hasLower(t.lower) {
			break
		}
		if len(out) == 0 && t.is("they") {
			if k == s.lo {
				// Only as the sentence's first word: not "Brown said they
				// had met", "...; they met" after another subject, nor
				// "When the Iranian delegation arrived, they met".
				out = append(out, d.theyMet(si)...)
			}
			break
		}
		if (len(out) == 0 || d.toks[k+1].is("and")) && (t.is("he") || t.is("she")) {
			// (Also "he and Richier met Velayati": the pronoun is one of
			// the list.)
			if p := d.pronoun(si, k, spans); p >= 0 {
				out = append(out, p)
			}
			break
		}
	}
	return out
}

// theyMet resolves "they", the subject of a verb in sentence si, to the
// people who met others in the sentence before, in the same paragraph:
// "Donnelly, Burkhead and Acting Pol-Econ Counselor held a joint meeting
// with Vitor Escaria ... They also met separately with Nuno Lucio". It
// returns their mentions in that sentence, or nothing when it told no
// meeting of two people or more on one side, or its sides are not clear
// (someone on both).
func (d *doc) theyMet(si int) []int {
	if si == 0 || d.sents[si-1].unit != d.sents[si].unit {
		return nil
	}
	var subj, objs []int
	for _, mt := range d.meetings {
		if mt.sent == si-1 {
			subj = appendNew(subj, mt.a)
			objs = appendNew(objs, mt.b)
		}
	}
	if len(subj) < 2 || slices.ContainsFunc(subj, func(p int) bool { return slices.Contains(objs, p) }) {
		return nil
	}
	var out []int
	for _, mi := range d.mentionsOf(si - 1) {
		if m := &d.ments[mi]; slices.Contains(subj, m.person) && !slices.ContainsFunc(out, func(o int) bool { return d.ments[o].person == m.person }) {
			out = append(out, mi)
		}
	}
	return out
}

// ownsTrigger reports whether the trigger at i is a meeting noun and the
// words [lo,i) between an owner's "'s" and it only a date, names of no
// person and describing words ("July 16 Sharm el-Sheikh", "recent"), so
// that the owner owns the meeting (not "Kouchner's Africa Advisor
// Charlotte Montel met with").
func (d *doc) ownsTrigger(lo, i int) bool {
	if !meetNouns[d.toks[i].lower] || d.personIn(lo, i) {
		return false
	}
	for k := lo; k < i; k++ {
		t := &d.toks[k]
		switch {
		case d.ann[k].kind == annTime, t.kind == tokNum, t.text == "-":
		case t.kind == tokWord && (t.upper || isParticle(t.text) || describing(t.lower)):
		default:
			return false
		}
	}
	return true
}

// leadClauseEnd is the token after the comma that closes an opening
// subordinate clause ("While the Task Force briefed Biden, Mangal met
// with ...", "On July 20, while ..., "), when the verb at i stands after
// it; else -1. The people
// of that clause are not the main verb's subjects.
func (d *doc) leadClauseEnd(si, i int) int {
	s := &d.sents[si]
	if g := d.gerundLead(si); g > 0 && g < i {
		// "In addition to meeting with his counterpart, Cuban Foreign
		// Minister Felipe Perez Roque, Amorim also met with": the phrase
		// ends at its first comma, or after the apposition of its object
		// when a name and a comma follow it and then the subject and its
		// verb ("After meeting with Raul Castro on September 17, Celso
		// Amorim, the Brazilian Foreign Minister, met": Amorim is the
		// subject).
		c1 := -1
		for k := g; k < i && c1 < 0; k++ {
			if d.toks[k].text == "," {
				c1 = k
			}
		}
		if c1 > 0 {
			if m1 := d.mentionAt(c1 + 1); m1 >= 0 && d.ments[m1].lo == c1+1 && d.ments[m1].hi < i && d.toks[d.ments[m1].hi].text == "," {
				c2 := d.ments[m1].hi
				if m2 := d.mentionAt(c2 + 1); m2 >= 0 && d.ments[m2].lo == c2+1 && d.ments[m2].hi < s.hi {
					if t := &d.toks[d.ments[m2].hi]; t.kind == tokWord && !t.upper {
						return c2 + 1
					}
				}
			}
			return c1 + 1
		}
	}
	end, in := -1, false
	for k := s.lo; k < i; k++ {
		switch {
		case (k == s.lo || d.toks[k-1].text == "," && openingWords.hasLower(d.toks[s.lo].lower)) && leadSubordinators.hasLower(d.toks[k].lower):
			in = true // "While ...", "On July 20, while ...", not "Jones, while in Paris,"
		case in && d.toks[k].text == ",":
			end, in = k+1, false
		}
	}
	return end
}

// gerundLead returns the token after the gerund that opens sentence si
// after "In addition to", "Besides", "After" or "Before" ("In addition to
// meeting with", "After meeting"), or -1.
func (d *doc) gerundLead(si int) int {
	s := &d.sents[si]
	k := s.lo
	switch {
	case k+3 < s.hi && d.toks[k].is("in") && d.toks[k+1].is("addition") && d.toks[k+2].is("to"):
		k += 3
	case k+1 < s.hi && (d.toks[k].is("besides") || d.toks[k].is("after") || d.toks[k].is("before")):
		k++
	default:
		return -1
	}
	if t := &d.toks[k]; t.kind == tokWord && !t.upper && strings.HasSuffix(t.lower, "ing") && len(t.lower) > 4 {
		return k + 1
	}
	return -1
}

// leadSubordinators open a subordinate clause at the start of a sentence.
var leadSubordinators = cues("lead_subordinators")

// ownedStops end the noun an owner owns ("Karzai's spokesman who said
// ..."): a relative clause, a preposition, a conjunction.
var ownedStops = set("to", "and", "or", "who", "whom", "whose", "that", "which", "in", "at", "on", "during", "with", "for", "from", "by", "of", "about")

// openingWords start an opening phrase after which a subordinate clause
// still opens the sentence.
var openingWords = cues("opening_words")

// pronoun resolves "he" or "his" at token k: the person last named before
// it in the sentence, else the first person of the sentence before.
func (d *doc) pronoun(si, k int, spans []int) int {
	// "Kerry opened the meeting with Zardari by referring to his recent
	// talks": a possessive after the verb is the subject's.
	if subj := d.sentenceSubject(si, k); subj >= 0 && d.toks[k].kind == tokWord && (d.toks[k].is("his") || d.toks[k].is("her")) {
		// "Timmermans said Aznar was buoyed ... by his meeting with
		// President Bush": the subject of the reported clause, when one
		// comes between. Only for "his": with no word of the people's
		// sex, "Rice said FM Lavrov was pleased with her meeting" is
		// Rice's, and most of the officials the cables name are men.
		if r := d.clauseSubject(si, d.ments[subj].hi, k); r >= 0 && d.toks[k].is("his") {
			return r
		}
		if r := d.coordinateSubject(si, d.ments[subj].hi, k); r >= 0 && d.toks[k].is("his") {
			// "Tusk was pleased with his meeting with the Vice
			// President, and Foreign Minister Sikorski greatly
			// appreciated his meeting with the Secretary" (only "his",
			// as above: "her" may be the first clause's subject's).
			return r
		}
		return subj
	}
	// "Gilani recounted his two meetings with President Bush and noted
	// that he has also met with candidate Barack Obama": "he" after a
	// verb of saying (and "that") is the one who says it.
	if t := &d.toks[k]; k > d.sents[si].lo && (t.is("he") || t.is("she")) {
		j := k - 1
		if d.toks[j].is("that") && j > d.sents[si].lo {
			j--
		}
		// "The Ambassador mentioned to Antony that he had met": the one
		// who speaks, not the one spoken to.
		// "Fassi Fihri told A/S Carson that he has visited Dadis": the
		// one who tells (a verb of telling with the one told as its
		// object, and "that" before the pronoun).
		for _, mi := range spans {
			if m := &d.ments[mi]; m.hi == j+1 && m.lo-2 > d.sents[si].lo && d.toks[m.lo-1].is("to") && (sayVerbs.hasLower(d.toks[m.lo-2].lower) || reportVerbs.hasLower(d.toks[m.lo-2].lower)) {
				j = m.lo - 2
			} else if m.hi == j+1 && m.lo-1 > d.sents[si].lo && d.toks[k-1].is("that") && addressVerbs.hasLower(d.toks[m.lo-1].lower) && sayVerbs.hasLower(d.toks[m.lo-1].lower) {
				j = m.lo - 1
			}
		}
		if w := d.toks[j].lower; sayVerbs.hasLower(w) || reportVerbs.hasLower(w) {
			// The verb's own subject, right before it ("and Hui said
			// he", "Fituri then said that he"); else the sentence's.
			v := j
			for v > d.sents[si].lo && (d.toks[v-1].is("then") || d.toks[v-1].is("also") || d.toks[v-1].kind == tokWord && !d.toks[v-1].upper && strings.HasSuffix(d.toks[v-1].lower, "ly")) {
				v--
			}
			for _, mi := range spans {
				if m := &d.ments[mi]; m.hi == v && m.person >= 0 {
					return mi
				}
			}
			// "Gilani recounted his meetings with President Bush and noted
			// that he": a second verb of the sentence's subject.
			if subj := d.sentenceSubject(si, j); subj >= 0 && (!d.personIn(d.ments[subj].hi, v) || d.toks[v-1].is("and")) {
				return subj
			}
		}
	}
	// "Citing his own regular meetings with King Bhumibol, Samak
	// claimed": a possessive in an opening phrase, with no one named
	// before it in the sentence, is the subject of the main clause that
	// follows the phrase's comma.
	if c := d.cataphor(si, k, spans); c >= 0 {
		return c
	}
	// The nearest person before it, but not one in an "of" phrase when
	// there is another: in "A pale Medvedev, with none of the bravado of
	// Putin, ... his opening remarks", "his" is Medvedev's.
	p, notOf := -1, -1
	for _, mi := range spans {
		if m := &d.ments[mi]; m.hi <= k && m.person >= 0 && !d.attributiveName(m) {
			p = mi
			if m.lo == 0 || !d.toks[m.lo-1].is("of") || m.hi < len(d.toks) && d.toks[m.hi].kind == tokPoss {
				notOf = mi // ("all of Ortega's program": Ortega's is no "of" phrase)
			}
		}
	}
	if notOf >= 0 {
		p = notOf
	}
	if p < 0 {
		// "The Prime Minister made this observation after his October 30
		// meeting with Merkel", the holder unnamed: "his" is that
		// holder's, no one else's.
		for _, mi := range spans {
			// (The sentence's subject: not "Speaking after the Foreign
			// Secretary, he described his meeting".)
			if m := &d.ments[mi]; m.hi <= k && m.person < 0 && m.role != "" && m.lo <= d.sents[si].lo+1 && m.hi < k && d.toks[m.hi].kind == tokWord && !d.toks[m.hi].upper {
				return -1
			}
		}
		p = d.lastSubject(si)
	}
	return p
}

// clauseSubject is the person who opens the clause a verb of saying
// right after the subject (ending at token lo) reports, when the clause
// goes on to token k: "Timmermans said Aznar was buoyed ... by his",
// "Kozlov said Putin's agenda for his meetings", not "Rice said that
// Moratinos has been helpful ..., and made reference to her" (the main
// clause again), nor "explained to the Charge ... that Lula" (the one
// told). -1 if none.
func (d *doc) clauseSubject(si, lo, k int) int {
	j := d.pastAdverbs(lo, k)
	if j >= k || !sayVerbs.hasLower(d.toks[j].lower) && !reportVerbs.hasLower(d.toks[j].lower) {
		return -1
	}
	address := addressVerbs.hasLower(d.toks[j].lower)
	if j++; d.toks[j].is("that") {
		j, address = j+1, false
	}
	mi := d.mentionAt(j)
	if mi < 0 || address || d.ments[mi].person < 0 || d.ments[mi].hi >= k {
		return -1 // (not the one told: "Manley told Ambassador Wolcott about his meeting")
	}
	if t := &d.toks[d.ments[mi].hi]; t.kind != tokPoss && (t.kind != tokWord || t.upper || placePreps.hasLower(t.lower) || t.is("about") || t.is("of") || t.is("for") || t.is("with")) {
		return -1 // the clause's subject has its verb (or its "'s") next
	}
	for q := d.ments[mi].hi; q+1 < k; q++ {
		if d.toks[q].text == "," && d.toks[q+1].is("and") || d.toks[q].text == ";" {
			return -1
		}
	}
	return mi
}

// coordinateSubject is the subject of the last clause that ", and"
// joins between tokens lo and k: a person right after ", and" followed by
// a verb ("..., and Foreign Minister Sikorski greatly appreciated his").
// -1 if none.
func (d *doc) coordinateSubject(si, lo, k int) int {
	for q := k - 1; q > lo+1; q-- {
		if !d.toks[q-1].is("and") || d.toks[q-2].text != "," {
			continue
		}
		mi := d.mentionAt(q)
		if mi < 0 || d.ments[mi].lo != q || d.ments[mi].person < 0 || d.ments[mi].hi >= k {
			continue
		}
		if h := d.ments[mi].hi; d.toks[h].kind == tokWord && !d.toks[h].upper && (personVerbs.hasLower(d.toks[h].lower) || strings.HasSuffix(d.toks[h].lower, "ed") || d.adverbThenVerb(h, k)) {
			return mi
		}
	}
	return -1
}

// attributiveName reports whether mention m is a bare name that modifies
// the noun after it ("the Cadena decision", "the Ortega government"): it
// names a topic, not someone a pronoun can stand for.
func (d *doc) attributiveName(m *pmention) bool {
	if m.title != "" || m.role != "" || m.lo == 0 || m.hi >= len(d.toks) || !d.toks[m.lo-1].is("the") {
		return false
	}
	t := &d.toks[m.hi]
	return t.kind == tokWord && !t.upper && !t.is("and") && !t.is("or")
}

// cataphor returns the subject of the main clause for a pronoun at token
// k of an opening phrase of sentence si ("Citing his meetings with X, Y
// claimed ..."): no person is named before k, a comma ends the phrase,
// and right after it stands a person (a title may come first) followed by
// a word in lower case. Else -1.
func (d *doc) cataphor(si, k int, spans []int) int {
	s := &d.sents[si]
	for _, mi := range spans {
		if d.ments[mi].lo < k {
			return -1
		}
	}
	for c := k + 1; c < s.hi; c++ {
		if d.toks[c].text != "," || d.mentionAt(c) >= 0 {
			continue
		}
		mi := d.titledMentionAt(si, c+1)
		if mi < 0 || d.ments[mi].person < 0 || d.ments[mi].hi >= s.hi {
			return -1
		}
		if t := &d.toks[d.ments[mi].hi]; t.kind == tokWord && !t.upper && !t.is("and") || t.kind == tokPoss {
			return mi // ("In his meeting with CDA, Jaguaribe's core message was ...")
		}
		return -1
	}
	return -1
}

// ownedPost reports whether the words from token k, before hi, are a
// post in capitals that ends at a comma ("Foreign Affairs Advisor, Marco
// Aurelio Garcia" after "President Lula da Silva's"): its owner is then no
// one met. Not a place ("David Cameron's House of Commons office"), whose
// owner hosted.
func (d *doc) ownedPost(k, hi int) bool {
	last := -1
	for j := k; j < hi && j-k <= 6; j++ {
		t := &d.toks[j]
		switch {
		case t.text == ",":
			return last >= 0 && (d.ann[last].kind == annTitle || d.ann[last].kind == annJargon)
		case t.kind == tokWord && (t.upper || t.is("of") || t.is("for") || t.is("and")):
			last = j
		default:
			return false
		}
	}
	return false
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
	complement := false // inside a title's "of"/"for"/"to" complement
	toAt := -1          // the "to" that opened it
	owned := 0          // words in lower case still allowed after an owner ("Berlusconi's closest advisor, ...")
	if c := d.groupColon(si, k, hi); c > 0 {
		// "with seven senior Itamaraty officials: Under Secretary Vera
		// Machado, ...": the group's members are listed after its colon.
		k = c + 1
	} else if c := d.describedObject(si, k, hi); c > 0 {
		// "met with the main opposition contender for the presidency in
		// the 2010 elections, Otton Solis": the description, then its
		// holder's name.
		k = c + 1
	}
	for ; k < hi; k++ {
		if mi := d.mentionAt(k); mi >= 0 {
			if m := &d.ments[mi]; complement && toAt >= 0 && (m.lo == toAt+1 || m.lo == toAt+2 && d.toks[toAt+1].is("the")) ||
				m.hi < hi && d.toks[m.hi].kind == tokPoss && (len(out) > 0 || d.titledMentionAt(si, m.hi+1) >= 0 || (m.nhi == m.hi || m.nlo == m.nhi) && m.hi+1 < hi && d.toks[m.hi+1].kind == tokWord && (!d.toks[m.hi+1].upper || d.ownedPost(m.hi+1, hi))) {
				// "Advisor to Deputy Foreign Minister Guimaraes Ambassador
				// Marcos Pinta Gama", "President Lula da Silva's Foreign
				// Affairs Advisor, Marco Aurelio Garcia", "Ambassador
				// Marcel Biato, Assistant to Marco Aurelio Garcia,
				// President Lula's foreign policy adviser", "the
				// President's permanent secretary": the one a
				// title serves, and an owner, are part of a title, not of
				// the list.
				k = m.hi - 1
				if m.hi < hi && d.toks[m.hi].kind == tokPoss {
					owned, k = 3, m.hi // past the "'s"
				}
				continue
			}
			complement, toAt = false, -1
			if m := &d.ments[mi]; len(out) > 0 && m.nlo == m.nhi && d.appositiveRole(d.ments[out[len(out)-1]].hi, m.lo) {
				// "Sheikh Mohammad bin Rashid Al Maktoum (MbR), Vice
				// President and Prime Minister of the UAE": the last
				// object's title, not the Prime Minister of another.
				k = m.hi - 1
				continue
			}
			if m := &d.ments[mi]; (len(out) > 0 || m.lo >= s.lo+2 && d.toks[m.lo-1].is("and") && d.toks[m.lo-2].text == ",") && m.hi < s.hi && d.toks[m.hi].kind == tokWord && (personVerbs.hasLower(d.toks[m.hi].lower) || d.adverbThenVerb(m.hi, s.hi)) {
				// "... bilateral with Vice President Biden, and Ambassador
				// Timerman confirmed ...", "with the Vice President, and
				// Foreign Minister Sikorski greatly appreciated ...": a
				// new clause's subject, not one more object (after ",
				// and" also when no object is named before it).
				break
			}
			out = append(out, mi)
			k = d.ments[mi].hi - 1
			continue
		}
		t := &d.toks[k]
		if owned > 0 && t.kind == tokWord && !t.upper && !ownedStops.hasLower(t.lower) && !strings.HasSuffix(t.lower, "ed") && !sayVerbs.hasLower(t.lower) && !personVerbs.hasLower(t.lower) {
			// "with PM Berlusconi's closest advisor, Prime Ministry Under
			// Secretary Gianni Letta": the owned noun, then its holder.
			owned--
			continue
		}
		owned = 0
		switch {
		case t.kind == tokPoss || d.ann[k].kind != annNone && d.ann[k].kind != annTime:
			continue
		case t.kind == tokPunct:
			if t.text == "(" && (len(out) == 0 || d.ments[out[len(out)-1]].hi < k) && k > s.lo && (d.ann[k-1].kind != annNone || d.toks[k-1].upper) {
				// "on Brazilian Ministry of External Relations (MRE or
				// Itamaraty) Secretary-General (Deputy Minister) Antonio
				// Patriota", "with the DCM and Navy (Marina) Admiral
				// Enrique Henaro Galan": an aside inside an object's title.
				if c := d.asideEndWithin(k, hi, 10); c > 0 {
					k = c
					continue
				}
			}
			if t.text == "(" && len(out) > 0 {
				// "Foreign Minister Khalid (Ref. B) and ...": an aside
				// with no one in it, before the "and" of the list,
				// skipped whole (not "Nayif (reftel), John Brennan,
				// ... stressed": a new subject).
				if c := d.asideEnd(k, hi); c > 0 && c+1 < hi && (d.toks[c+1].is("and") || d.toks[c+1].text == "&") {
					k = c
					continue
				}
			}
			if t.text == "." && k > s.lo && d.toks[k-1].end == t.start && (d.ann[k-1].kind == annHonorific || d.ann[k-1].kind == annTitle) {
				continue // the dot of "Dr." or "Col." before a name
			}
			if t.text == "," || t.text == "(" || t.text == ")" || t.text == "&" || t.text == "-" || t.text == "/" {
				if complement = complement && t.text != ","; !complement {
					toAt = -1
				}
				continue
			}
			if t.text == ";" && len(out) > 0 && d.semicolonList(si, k, hi) {
				// "she met with Prime Minister Singh; President Kalam;
				// External Affairs Minister Natwar Singh; and Sonia
				// Gandhi": a list that semicolons part.
				complement = false
				continue
			}
		case t.kind == tokWord && (t.upper || listGlue.hasLower(t.lower)):
			continue
		case len(out) > 0 && (t.is("team") || t.is("delegation") || t.is("staff")) && k+1 < hi && d.toks[k+1].text == "(" && d.toks[k-1].kind == tokWord && (d.toks[k-1].is("his") || d.toks[k-1].is("her") || d.toks[k-1].is("their")):
			continue // "COMEX Minister Ruiz and his team (Director General Gabriela Castro, ...)"
		case len(out) > 0 && memberGroups.hasLower(t.lower) && d.groupColon(si, k, hi) > 0:
			// "with MFA DG Alvaro Iranzo, and a team of experts from
			// MFA's Middle East and UN divisions including Juan Manuel
			// Linares, ...": the group's members go on the list.
			k = d.groupColon(si, k, hi)
			continue
		case t.kind == tokNum && k > s.lo && d.ann[k-1].kind == annTime && len(out) > 0:
			continue // "Fukuyama January 25 and ... Yamashita January 26"
		case k > s.lo && (t.is("of") || t.is("for") || t.is("to") && titleTo.hasLower(d.toks[k-1].lower)) && d.isTitleTok(k-1):
			// "Minister of ...", "Ambassador to Bahrain", "Advisor to
			// Deputy Foreign Minister Guimaraes": a title's complement
			complement = true
			if t.is("to") {
				toAt = k
			}
			continue
		case complement && (t.is("of") || t.is("for")) && k+1 < hi && (d.toks[k+1].upper || d.ann[k+1].kind != annNone):
			continue // "of the Confederation of British Industries"
		case len(out) > 0 && d.appositionSkip(si, k, hi) > k:
			// "with Medardo Gonzalez, FMLN General Coordinator and head of
			// legislative bloc, Sigfrido Reyes, ...": the apposition of
			// one object does not end the list.
			k = d.appositionSkip(si, k, hi) - 1
			continue
		case complement && d.complementReaches(si, k, hi, 3):
			// "Chairman of the Al-Wifaq political society Sheikh Ali
			// Salman": the complement's common words lead to the name.
			continue
		case d.complementReaches(si, k, hi, 2) && !strings.HasSuffix(t.lower, "ing") && !strings.HasSuffix(t.lower, "ed"):
			// "met with Peronist dissident Juan Schiaretti": a
			// description in lower case right before the name.
			continue
		}
		break
	}
	return out
}

// adverbThenVerb reports whether token k is an adverb in -ly and the
// word after it a verb in the past or one of personVerbs ("greatly
// appreciated", "also noted").
func (d *doc) adverbThenVerb(k, hi int) bool {
	t := &d.toks[k]
	if k+1 >= hi || !strings.HasSuffix(t.lower, "ly") || len(t.lower) < 5 || t.upper {
		return false
	}
	v := &d.toks[k+1]
	return v.kind == tokWord && !v.upper && (personVerbs.hasLower(v.lower) || strings.HasSuffix(v.lower, "ed"))
}

// describedStops in a description say that the name after it is not the
// holder's but another's: "a businessman close to the Governor, X".
var describedStops = set("close", "near", "linked", "related", "loyal", "allied", "tied", "married", "friend", "friends")

// describedObject returns the comma of an object that a description in
// lower case opens and the holder's name closes: "the main opposition
// contender for the presidency in the February 2010 elections, Otton
// Solis", "a senior advisor to the Prime Minister, Ali Khan, and ...".
// The description starts with a determiner at k and names no one and no
// date; the name after the comma (and its bracketed aside) ends the
// sentence or is followed by a comma, "and" or a date, and no verb
// follows ("..., Ambassador X said", "..., Ivo Rasko, a journalist,
// reported": the sentence's subject). Else -1.
func (d *doc) describedObject(si, k, hi int) int {
	if k >= hi || !determiners.hasLower(d.toks[k].lower) || d.toks[k].is("no") {
		return -1
	}
	related := false // a word that makes a person after it another's ("close to", "wife of")
	for j := k + 1; j < hi && j-k <= 25; j++ {
		t := &d.toks[j]
		switch {
		case related && d.mentionAt(j) >= 0:
			return -1
		case d.mentionAt(j) >= 0 && d.ments[d.mentionAt(j)].person >= 0:
			// A person inside the description: an owner, not the holder; a
			// title that names no one is part of the description ("the
			// chief of staff of the President, Luc Mordant"), and so is a
			// capitalised word of no one ("Caribbean").
			return -1
		case t.is("who") || t.is("whose") || t.is("which") || t.is("that"):
			return -1 // "a prominent businessman who is close to the Governor of Asir, Prince Khalid": another's name
		case describedStops.hasLower(t.lower) || d.familyWordAt(j) != kinNone:
			// "a businessman close to the Governor of Asir, Prince Khalid",
			// "the wife of the Prime Minister, Luc Mordant": the name is of
			// the one named or titled after the word; not "close to the
			// ruling party, Omar Zaki", "the mother of a jailed journalist,
			// Maria Avila", where no one is.
			related = true
		case t.text == ",":
			mi := d.mentionAt(j + 1)
			if mi < 0 {
				// Only a list of places goes on ("for Bangladesh, Sri
				// Lanka, and Myanmar"), not a second description ("a
				// promotion to Lieutenant General, a fact unknown to").
				if n := j + 1; n < hi && (d.ann[n].kind == annCountry || d.ann[n].kind == annCity || d.toks[n].is("and") && n+1 < hi && (d.ann[n+1].kind == annCountry || d.ann[n+1].kind == annCity)) {
					continue
				}
				return -1
			}
			m := &d.ments[mi]
			if m.nlo == m.nhi || m.lo != j+1 {
				return -1 // a role word names no one
			}
			e := m.hi
			if e < hi && d.toks[e].text == "(" {
				if c := d.asideEnd(e, hi); c > 0 {
					e = c + 1 // "Alan Hart (protect)"
				}
			}
			if e < hi && d.toks[e].text == "," && d.verbBeforeComma(e+1, hi) && !(k >= 2 && d.toks[k-1].is("by") && companionWord(&d.toks[k-2])) {
				// "..., Ivo Rasko, a journalist, reported": the sentence's
				// subject (not a companion: "Oscar Arias, accompanied by
				// his running mate ..., Laura Chinchilla, said").
				return -1
			}
			if e >= hi || d.toks[e].text == "," || d.toks[e].text == "." || d.toks[e].is("and") || d.ann[e].kind == annTime {
				return j
			}
			return -1
		case t.kind == tokWord && (sayVerbs.hasLower(t.lower) || personVerbs.hasLower(t.lower) || clauseStops.hasLower(t.lower) || meetNouns.hasLower(t.lower) || t.is("call") || t.is("calls")):
			return -1 // "a call from close Embassy contact ..., X": what is received, not who
		case t.kind == tokPunct && t.text != "(" && t.text != ")" && t.text != "-" && t.text != "/":
			return -1
		case d.ann[j].kind == annTime && d.dayNumberNear(j):
			return -1 // "the Chinese delegation on September 18, Foreign Minister X told": a day ends the object (a month and year may be of the description: "the February 2010 elections")
		}
	}
	return -1
}

// dayNumberNear reports whether a day of the month (a number up to 31)
// stands right before or after the month name at token k.
func (d *doc) dayNumberNear(k int) bool {
	day := func(j int) bool {
		if j < 0 || j >= len(d.toks) || d.toks[j].kind != tokNum {
			return false
		}
		n, err := strconv.Atoi(d.toks[j].text)
		return err == nil && n >= 1 && n <= 31
	}
	return day(k+1) || day(k-1)
}

// verbBeforeComma reports whether the words from token k, right after
// the comma that follows a name, are the name's apposition and then the
// verb of the sentence: "a journalist, reported", or a verb of saying
// right away ("said"). A clause of the name's own ("who said he would
// run again", "and the two agreed") is no such verb.
func (d *doc) verbBeforeComma(k, hi int) bool {
	verb := func(j int) bool {
		t := &d.toks[j]
		return t.kind == tokWord && !t.upper && (sayVerbs.hasLower(t.lower) || personVerbs.hasLower(t.lower) || reportVerbs.hasLower(t.lower))
	}
	for j := k; j < hi && j-k <= 10; j++ {
		t := &d.toks[j]
		switch {
		case verb(j):
			return true
		case t.text == ",":
			return j+1 < hi && verb(j+1)
		case t.kind != tokWord || clauseStops.hasLower(t.lower) || t.is("and") || t.is("to") || t.is("who") || t.is("whose"):
			return false
		}
	}
	return false
}

// appositiveRole reports whether the tokens [lo,hi) between a named
// person and a role word make the role the person's apposition: a comma,
// then only capitalised words, "and", "of" and brackets.
func (d *doc) appositiveRole(lo, hi int) bool {
	comma, words := false, false
	for k := lo; k < hi; k++ {
		switch t := &d.toks[k]; {
		case t.text == "(" || t.text == ")":
		case t.text == "," && !comma:
			comma = true
		case comma && t.kind == tokWord && t.upper && d.mentionAt(k) < 0:
			words = true
		case comma && words && t.kind == tokWord && (t.is("and") || t.is("of")):
		default:
			return false
		}
	}
	// Not "McCain, Ambassador, and PolCouns": a comma alone, or ", and",
	// parts the people of a list.
	return comma && words
}

// titleTo are the titles whose complement opens with "to".
var titleTo = cues("title_to")

// memberGroups head a group whose members a list names after a colon or
// "including".
var memberGroups = cues("member_groups")

// groupColon returns the colon after a group named at token k ("seven
// senior Itamaraty officials:", "the following officials:", "a team of
// experts from MFA's Middle East and UN divisions including"): a group
// noun (memberGroups) among lower-case, numeral or capitalised words, and a
// person named right after the colon or "including". Else -1.
func (d *doc) groupColon(si, k, hi int) int {
	group := false
	for j := k; j < hi && j-k <= 12; j++ {
		t := &d.toks[j]
		switch {
		case t.text == ":" || t.is("including"):
			if group && d.titledMentionAt(si, j+1) >= 0 {
				return j
			}
			return -1
		case t.kind == tokPoss, t.text == "," && j+1 < hi && d.toks[j+1].is("including"):
		case d.mentionAt(j) >= 0 && d.ments[d.mentionAt(j)].person >= 0:
			return -1
		case t.kind == tokWord && memberGroups.hasLower(t.lower):
			group = true
		case t.kind == tokWord || t.kind == tokNum:
		default:
			return -1
		}
	}
	return -1
}

// asideEnd returns the ")" that closes the parenthesis opened at token k,
// within six tokens and before hi, when no one is named inside; else -1.
func (d *doc) asideEnd(k, hi int) int {
	return d.asideEndWithin(k, hi, 6)
}

// asideEndWithin is asideEnd within n tokens: an aside inside a title
// may be longer ("Education Minister (recently named as the Peace Jirga
// coordinator) Farouk Wardak") than one that ends a name before the
// list's "and", where a long one is more often a new clause.
func (d *doc) asideEndWithin(k, hi, n int) int {
	for j := k + 1; j < hi && j-k <= n; j++ {
		if d.mentionAt(j) >= 0 || d.toks[j].text == "(" {
			return -1
		}
		if d.toks[j].text == ")" {
			return j
		}
	}
	return -1
}

// semicolonList reports whether the semicolon at token k goes on with a
// list of people: a person (a title may come first, "and" before it)
// follows, and no verb after that person starts a clause.
func (d *doc) semicolonList(si, k, hi int) bool {
	j := k + 1
	last := j < hi && d.toks[j].is("and")
	if last {
		j++
	}
	mi := d.titledMentionAt(si, j)
	if mi < 0 || d.ments[mi].hi > hi {
		return false
	}
	if e := d.ments[mi].hi; e < hi && d.toks[e].kind == tokWord && !d.toks[e].upper && !d.toks[e].is("and") {
		// The rest of its title ("Pablo Rojas, national coordinator for
		// human rights; and ..."), up to the next semicolon (or, for the
		// last, the sentence's end), and no verb.
		if !d.toks[e].is("for") && !d.toks[e].is("of") {
			return false
		}
		for j := e + 1; j-e <= 6; j++ {
			if j >= hi || last && d.toks[j].text == "." && j == hi-1 {
				return last
			}
			if t := &d.toks[j]; t.text == ";" {
				return true
			} else if t.kind != tokWord || d.clauseWord(j) {
				return false
			}
		}
		return false
	}
	return true
}

// appositionSkip returns the comma that ends the apposition token k is in
// ("Medardo Gonzalez, FMLN General Coordinator and head of legislative
// bloc, Sigfrido Reyes"): right after an object, at most eight tokens on
// either side of k with no verb or clause word, and a person's name (or
// "and" and one) after the comma; else -1.
func (d *doc) appositionSkip(si, k, hi int) int {
	// Back to the object this apposition describes: only the apposition's
	// own words (a title, "and") between it and k.
	j := k - 1
	for j > d.sents[si].lo && k-j <= 8 && d.mentionAt(j) < 0 {
		t := &d.toks[j]
		if t.kind == tokPunct && t.text != "," && t.text != "-" || t.kind == tokWord && (clauseStops.hasLower(t.lower) || personVerbs.hasLower(t.lower)) {
			return -1
		}
		j--
	}
	if d.mentionAt(j) < 0 {
		return -1
	}
	for j := k; j < hi && j-k <= 8; j++ {
		t := &d.toks[j]
		// A semicolon ends it too in a list that semicolons part
		// ("Cecilia Blondet, executive director of Proetica; Pablo
		// Rojas, ...").
		if t.text == "," || t.text == ";" {
			n := j + 1
			if n < hi && d.toks[n].is("and") {
				n++
			}
			if n < hi && d.mentionAt(n) >= 0 {
				return j
			}
			return -1
		}
		if t.kind == tokPunct && t.text != "-" || t.kind == tokWord && (clauseStops.hasLower(t.lower) || personVerbs.hasLower(t.lower) || t.is("to") || t.is("who") || t.is("which")) {
			return -1
		}
	}
	return -1
}

// notDescription are the small words that end a description before a
// name: a question ("reviewed with X how a Sarkozy government would
// act"), a topic, a comparison.
var notDescription = set("how", "what", "why", "whether", "who", "whom", "whose", "which", "where", "when", "that", "if",
	"about", "regarding", "concerning", "over", "under", "than", "as", "like", "not", "a", "an")

// complementReaches reports whether the lower-case words from k on (in a
// title's complement, or a description) run within n words to a person's mention: words
// of a noun phrase ("political society"), not a preposition, verb or
// clause word that would end the object.
func (d *doc) complementReaches(si, k, hi, n int) bool {
	for j := k; j < hi && j-k <= n; j++ {
		if mi := d.mentionAt(j); mi >= 0 {
			return j > k
		}
		t := &d.toks[j]
		if t.kind == tokWord && t.upper {
			return j > k // a capitalised word goes on the object (a name's own words)
		}
		if t.kind != tokWord || notDescription.hasLower(t.lower) || t.is("of") || t.is("for") || t.is("and") || t.is("or") || t.is("on") || t.is("at") || t.is("with") || t.is("by") ||
			placePreps.hasLower(t.lower) || clauseStops.hasLower(t.lower) || personVerbs.hasLower(t.lower) {
			return false
		}
	}
	return false
}

// ownerLeft finds who had the meeting a noun at i names: "Kouchner's
// September meeting", "X held talks", "Kuchma opened his introductory
// meeting", "he was heading into a meeting". "Their meeting" is had by
// all the people named before it in the clause (group reports true).
func (d *doc) ownerLeft(si, i int, spans []int) (owners []int, group bool) {
	s := &d.sents[si]
	for k := i - 1; k >= s.lo && i-k <= 12; k-- {
		if mi := d.mentionAt(k); mi >= 0 {
			// "while President Martinelli and FM Varela were in New York
			// meeting with Secretary Clinton": a subject before its
			// verb has the meeting with the others of its list.
			if hi := d.ments[mi].hi; hi < s.hi && d.toks[hi].kind == tokWord && !d.toks[hi].upper {
				if subj := d.subjectsLeft(si, hi, spans); len(subj) > 1 && slices.Contains(subj, mi) {
					return subj, false
				}
			}
			return []int{mi}, false
		}
		t := &d.toks[k]
		if t.text == "," && k > s.lo && k+1 < i && d.toks[k-1].kind == tokNum && d.toks[k+1].kind == tokNum && d.possBeforeDate(si, k) {
			continue // the comma of a date: "Secretary Clinton's April 7, 2009 meeting"
		}
		if t.text == ";" || t.text == ":" || t.text == "," && k < i-1 || t.kind == tokWord && (clauseStops.hasLower(t.lower) || t.is("with") || t.is("between")) {
			break
		}
		switch {
		case t.is("his") || t.is("her") || t.is("he") || t.is("she"):
			if p := d.pronoun(si, k, spans); p >= 0 {
				return []int{p}, false
			}
			return nil, false
		case t.is("their"):
			// Only the people of the clause "their" stands in: not "both
			// from Bourita and from French Ambassador Joubert", who told
			// "that French President Sarkozy planned to discuss Guinea with
			// King Mohammed VI during their family dinner".
			from := s.lo
			for j := k - 1; j > s.lo; j-- {
				if d.toks[j].is("that") && d.mentionAt(j) < 0 {
					from = j
					break
				}
			}
			for _, mi := range spans {
				if d.ments[mi].hi <= k && d.ments[mi].lo >= from {
					owners = append(owners, mi)
				}
			}
			if len(owners) < 2 {
				owners = owners[:0]
				for _, mi := range spans {
					if d.ments[mi].hi <= k {
						owners = append(owners, mi)
					}
				}
			}
			// "Gilani asked Senators McCain and Graham about their
			// meeting ... with Nawaz Sharif", "the trajectory set by
			// Presidents Obama and Medvedev at their April 1 meeting": the
			// list named last, when it is one, not the sentence's subject
			// with it. (So "McCain and Graham thanked Gilani and Zardari
			// for their meeting" reads as Gilani's and Zardari's.)
			if n := len(owners); n > 2 {
				lo := n - 1
				for lo > 0 && d.onlyGlue(d.ments[owners[lo-1]].hi, d.ments[owners[lo]].lo) {
					lo--
				}
				if lo < n-1 && lo > 0 {
					owners = owners[lo:]
				}
			}
			return owners, true
		}
	}
	return nil, false
}

// onlyGlue reports whether the tokens [lo,hi) between two names are
// only those that join a list: commas, "and", "&".
func (d *doc) onlyGlue(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if t := &d.toks[k]; !t.is("and") && t.text != "&" && t.text != "," {
			return false
		}
	}
	return hi > lo
}

// possBeforeDate reports whether the date whose comma is token k follows
// a possessive: "Clinton's April 7, 2009 meeting".
func (d *doc) possBeforeDate(si, k int) bool {
	for j := k - 1; j >= d.sents[si].lo && k-j <= 3; j-- {
		switch t := &d.toks[j]; {
		case t.kind == tokPoss:
			return true
		case t.kind == tokNum, d.ann[j].kind == annTime:
		default:
			return false
		}
	}
	return false
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

// pronounSubject reports whether sentence si holds "he", "she" or
// "they": with one person named, the pronoun may be the other party
// ("He also met separately with Minister Lucio").
func (d *doc) pronounSubject(si int) bool {
	s := &d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		if d.toks[k].is("he") || d.toks[k].is("she") || d.toks[k].is("they") {
			return true
		}
	}
	return false
}

func (d *doc) mentionAtSent(si, k int) int {
	for _, mi := range d.mentionsOf(si) {
		if m := &d.ments[mi]; m.lo <= k && k < m.hi {
			return mi
		}
	}
	return -1
}

// appendNew appends x to s unless s holds it.
func appendNew(s []int, x int) []int {
	if slices.Contains(s, x) {
		return s
	}
	return append(s, x)
}
