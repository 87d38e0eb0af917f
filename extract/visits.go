package extract

// This file reads visits, a person's stay in a place: "KOUCHNER VISIT TO
// MOSCOW", "X's trip to Y", "X visited Y", with the day the sentence
// gives for it.

// visitWords, followed by "to"/"in" and a place, say a person went there.
var visitWords = cues("visit_words")

// findVisits reads "KOUCHNER VISIT TO MOSCOW", "X's trip to Y", "X
// visited Y" (Y a city).
func (d *doc) findVisits(si int) {
	s := &d.sents[si]
	for i := s.lo; i < s.hi; i++ {
		if d.toks[i].class&classVisit == 0 { // a word of visitWords
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
		if n := &d.toks[m.hi]; n.kind == tokWord && !n.upper && !pronounSkip[n.lower] && (best < 0 || m.lo > d.ments[best].lo) {
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
