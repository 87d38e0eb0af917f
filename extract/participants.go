package extract

// This file reads the participant block of a memorandum of conversation
// ("PARTICIPANTS: U.S. ... LEBANON ...", one line a side) and its date and
// place. Lists written inside a paragraph are read in lists.go.

import (
	"slices"
	"strings"
)

// participants reads the participant lists of a memorandum of
// conversation: "Participants:" followed by one block per side ("U.S." /
// "The Secretary" / "Ambassador Jeffrey Feltman", "Lebanon" / "Parliament
// Speaker Nabih Berri"). Everyone of the first side met everyone of the
// others, on the date and at the place the lines above the list give.
func (d *doc) participants() {
	lastBlock := -9 // the unit the last block opened at
	for ui := range d.units {
		u := &d.units[ui]
		if u.section != SectionBody {
			continue
		}
		t := strings.TrimSpace(u.text)
		if len(t) >= 12 && strings.EqualFold(t[:12], "participants") {
			lastBlock = ui
		} else if ui-lastBlock > 8 && d.sideHeadedUnit(ui) {
			// (Not again at the second header of the block just read.)
			lastBlock = ui
		} else {
			continue
		}
		var sides [][]int
		first := -1
		// Sentences are in unit order: start at the list's own and stop
		// past the units it can span, rather than scan the whole cable for
		// each list.
		lo, _ := slices.BinarySearchFunc(d.sents, ui, func(s sentence, ui int) int { return s.unit - ui })
		end := d.blockEnd(ui)
		for si := lo; si < len(d.sents) && d.sents[si].unit <= end; si++ {
			s := &d.sents[si]
			if s.unit > ui && (d.units[s.unit].paragraph != 0 || d.units[s.unit].section != SectionBody) {
				continue // a numbered paragraph, the signature: no more of the list
			}
			if first < 0 {
				first = si
			}
			if d.sideHeader(si) {
				sides = append(sides, nil)
			}
			// A list run into one line ("Participants: U.S: PM Assistant
			// Secretary Andrew Shapiro ... Bahrain: Minister of State ...")
			// has its sides' headers inside the sentence.
			ms := d.sentMentions(si) // before inlineSideHeader, which asks mentionAt
			next := d.inlineSideHeader(si, s.lo)
			// "Participants in the meeting with FM Sikorski: U.S.
			// Participants: ...": the people of the heading before its
			// colon are no side; the lists after it name them again.
			headEnd := -1
			if si == first && s.unit == ui && next >= 0 && s.lo+1 < s.hi && d.toks[s.lo].is("participants") && headingPreps.hasLower(d.toks[s.lo+1].lower) {
				for k := s.lo; k < next; k++ {
					if d.toks[k].text == ":" {
						headEnd = k
						break
					}
				}
			}
			for _, mi := range ms {
				if d.ments[mi].lo < headEnd {
					continue
				}
				for next >= 0 && next <= d.ments[mi].lo {
					if len(sides) == 0 || len(sides[len(sides)-1]) > 0 {
						// (Not again for "Lebanon: Speaker Berri", a
						// short line sideHeader has opened a side for.)
						sides = append(sides, nil)
					}
					next = d.inlineSideHeader(si, next+1)
				}
				if d.ments[mi].person < 0 || d.nestedMention(si, mi) {
					continue
				}
				if len(sides) == 0 {
					sides = append(sides, nil)
				}
				if sec := d.listedSecretary(si, mi); sec >= 0 {
					sides[len(sides)-1] = append(sides[len(sides)-1], sec)
				}
				sides[len(sides)-1] = append(sides[len(sides)-1], mi)
			}
			if next >= 0 && len(sides) > 0 && len(sides[len(sides)-1]) > 0 {
				sides = append(sides, nil) // a header after the sentence's last person opens the next one's side
			}
		}
		if len(sides) < 2 || first < 0 {
			continue
		}
		date, place := d.memconWhen(ui)
		if date == "" {
			date = d.listedMeetingDate(sides)
		}
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

// blockUnits is how many units after its first a participant block may
// span whatever their length; blockLines, how many more it may span as
// long as each is a short line (at most blockLine tokens): a list of one
// person a line, blank lines between, as State's memoranda of
// conversation write them ("Participants:", "U.S.", ten names, "COLOMBIA",
// nine names), ends at the first paragraph of prose. Only a block still
// running after blockUnits units, with no numbered paragraph in them, goes
// on: a heading after a numbered paragraph is of the text, not of the
// list ("Senator Requests ASSK Meeting").
const (
	blockUnits = 8
	blockLines = 60
	blockLine  = 16
)

// blockEnd is the last unit a participant block that opens at unit ui
// may span.
func (d *doc) blockEnd(ui int) int {
	end := ui + blockUnits
	for u := ui + 1; u <= end && u < len(d.units); u++ {
		if v := &d.units[u]; v.paragraph != 0 || v.section != SectionBody {
			return end // the block ended before: a numbered paragraph came
		}
	}
	for u := end + 1; u < len(d.units) && u <= ui+blockLines; u++ {
		// A line of the list names one person: short, with no full stop
		// at its end ("Uribe thanked Senator Leahy for his support." is
		// prose).
		if v := &d.units[u]; v.paragraph != 0 || v.section != SectionBody || d.utok[u][1]-d.utok[u][0] > blockLine ||
			strings.HasSuffix(strings.TrimSpace(v.text), ".") && !strings.HasSuffix(strings.TrimSpace(v.text), "Jr.") {
			break
		}
		end = u
	}
	return end
}

// sideHeadedUnit reports whether unit ui is the header of a side alone
// that opens a participant block with no "Participants:" above it
// ("Israeli Participants:", the list on the lines after, then "U.S.
// Participants:" and its list), when another such header follows within
// the units the block may span.
func (d *doc) sideHeadedUnit(ui int) bool {
	header := func(ui int) bool {
		lo, hi := d.utok[ui][0], d.utok[ui][1]
		if hi-lo < 3 || hi-lo > 5 || d.toks[hi-1].text != ":" || !sideWords.hasLower(d.toks[hi-2].lower) {
			return false
		}
		a := d.ann[lo].kind
		return a == annCountry || a == annDemonym
	}
	if !header(ui) {
		return false
	}
	for next := ui + 1; next < len(d.units) && next <= d.blockEnd(ui) && d.units[next].paragraph == 0; next++ {
		if header(next) {
			return true
		}
	}
	return false
}

// headingPreps after "Participants" make the words up to the colon a
// heading ("Participants in the meeting with FM Sikorski:"), not the
// first side ("Participants -- Ambassador Ross Wilson; ...; Notetaker:").
var headingPreps = set("in", "at", "of", "for")

// listedSecretary: in a list line run together, "The Secretary" may stand
// before the next entry's title and be read as part of it ("U.S. The
// Secretary Charge Michael Gallagher"); it returns a mention of the one
// person the cable names Secretary (of State), or -1.
func (d *doc) listedSecretary(si, mi int) int {
	m := &d.ments[mi]
	if m.lo+2 >= m.nlo || d.toks[m.lo].text != "The" || !d.toks[m.lo+1].is("secretary") || !d.isTitleTok(m.lo+2) || !d.inParticipantList(si) {
		return -1
	}
	h := d.roleHolder("secretary")
	if c := d.personCountry(h.cand); h.n != 1 || c != "" && c != "US" {
		return -1 // (not "Vatican Secretary of State Cardinal Bertone")
	}
	for _, o := range d.people[h.cand].ments {
		if d.ments[o].person == h.cand {
			return o
		}
	}
	return -1
}

// listedMeetingDate is the day the text gives the meeting of a
// participant list that gives none itself ("Participants" at the end of
// the cable, the meeting dated in the summary): the date of a meeting a
// sentence rule found between people of two of its sides.
func (d *doc) listedMeetingDate(sides [][]int) string {
	side := map[int]int{} // person -> side
	for i, ms := range sides {
		for _, mi := range ms {
			side[d.ments[mi].person] = i + 1
		}
	}
	for _, m := range d.meetings {
		if m.date != "" && side[m.a] != 0 && side[m.b] != 0 && side[m.a] != side[m.b] {
			return m.date
		}
	}
	// Else the one day the text gives the meetings of the listed people.
	date := ""
	for _, m := range d.meetings {
		if m.date == "" || side[m.a] == 0 && side[m.b] == 0 {
			continue
		}
		if date != "" && m.date != date {
			return ""
		}
		date = m.date
	}
	return date
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

// nestedMention reports whether mention mi lies inside the span of
// another mention of sentence si: the "Ambassador" of "Bahrain
// Ambassador to U.S. Huda Nunu" is her title, not the embassy's chief.
func (d *doc) nestedMention(si, mi int) bool {
	m := &d.ments[mi]
	for _, o := range d.sentMentions(si) {
		if o != mi && d.ments[o].lo <= m.lo && m.hi <= d.ments[o].hi && d.ments[o].hi-d.ments[o].lo > m.hi-m.lo {
			return true
		}
	}
	return false
}

// inlineSideHeader returns the first colon at or after token k of
// sentence si that a country ends ("U.S:", "Bahrain:"), the header of a
// side written inside the line; -1 if none.
//
// A list whose lines the text has run together loses even the colons:
// "Participants: United States A/S Welch Amanda Johnson, NEA/MAG
// (notetaker) Libya Foreign Minister Abdulrahman Shalgam ...". In such a
// line (a long line of the block, inParticipantList) a country's name
// that no mention covers, after no preposition, opens a side (a country
// adjective, "Brazilian Foreign Minister", does not). The sentence
// splitter may have cut the header off the line ("Participants:", "U.S.",
// then "The Secretary ... The Netherlands FM Maxime Verhagen ...").
func (d *doc) inlineSideHeader(si, k int) int {
	s := &d.sents[si]
	runTogether := d.inParticipantList(si)
	for ; k < s.hi; k++ {
		if runTogether && d.countryHeaderAt(si, k) {
			return k
		}
		if d.toks[k].text != ":" || k == s.lo {
			continue
		}
		j := k - 1
		if j > s.lo && sideWords.hasLower(d.toks[j].lower) {
			j-- // "Polish Participants:", "U.S. Delegation:"
		}
		for j > s.lo && d.ann[j].kind == annCont {
			j--
		}
		if a := d.ann[j].kind; (a == annCountry || a == annDemonym) && d.mentionAt(j) < 0 {
			return k
		}
	}
	return -1
}

// deskWords after a country make it part of an office's name.
var deskWords = cues("desk_words")

// countryHeaderAt reports whether token k of sentence si is a country's
// name that heads a side of a participant line run together: not inside
// a mention (it may open one), not after a preposition or another country
// word, and followed by a capitalised word (a title or a name).
func (d *doc) countryHeaderAt(si, k int) bool {
	s := &d.sents[si]
	if k <= s.lo || d.ann[k].kind != annCountry || d.ann[k-1].kind == annCountry || d.ann[k-1].kind == annCont {
		return false
	}
	if p := &d.toks[k-1]; p.kind == tokWord && (placePreps.hasLower(p.lower) || p.is("of") || p.is("for") || p.is("to") || p.is("the") || p.is("and")) || p.text == "," || p.text == ";" {
		return false // (not "Robert Saliterman, Spokesman, International Affairs, U.S. Treasury")
	}
	end := k + max(d.ann[k].span, 1)
	switch {
	case end >= s.hi:
		// The country ends the sentence, the side's people in the next
		// one of the same unit ("... Zhantikina (interpreter) Kazakhstan",
		// "State Secretary-Foreign Minister Saudabayev ...").
		if si+1 >= len(d.sents) || d.sents[si+1].unit != s.unit {
			return false
		}
	case d.toks[end].kind != tokWord || !d.toks[end].upper:
		return false
	case deskWords.hasLower(d.toks[end].lower):
		return false // an office's name: "MFA America Department Director Tazhiyev", "Brazil Desk"
	}
	for _, mi := range d.sentMentions(si) {
		if m := &d.ments[mi]; m.lo < k && k < m.hi {
			return false // (the country that opens a mention's title opens the side: "Libya Foreign Minister Abdulrahman Shalgam")
		}
	}
	return true
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
