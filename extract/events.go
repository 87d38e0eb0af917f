package extract

import (
	"fmt"
	"slices"
	"strings"
)

// This file turns the accepted pairs into meetings: the pairs told by one
// sentence (or attached to it by the frame and attendance readers) are one
// meeting, their people split into two sides so that everyone of one side
// met everyone of the other.

// event is one meeting under construction.
type event struct {
	anchor int      // sentence that tells it
	trig   int      // its trigger token, -1 when none
	side   []int    // person index -> 0 (absent), 1 (side A), 2 (side B), by position in people
	order  []int    // people in the order they joined
	pairs  [][2]int // accepted pairs, the first of each on the first side
	date   string
	place  string
	paras  []int
}

func (e *event) sideOf(p int) int {
	for i, q := range e.order {
		if q == p && i < len(e.side) {
			return e.side[i]
		}
	}
	return 0
}

// colour gives each person of the meeting a side so that every accepted
// pair is across sides and, as far as that allows, the people not paired
// are on one side (so that the pairs derived from the sides are the
// accepted ones). People join in the order of the evidence; each takes
// the side that breaks fewest of these wishes, a new side when every
// existing one holds someone they met and no one they did not.
//
// The cost of every side for a person is counted in one pass over the
// people before them, with the accepted pairs in a set: a meeting the
// frame reader fills with every speaker of a long cable has thousands of
// people, and a scan of the pairs for each person, side and earlier
// person took minutes.
func (e *event) colour() {
	e.side = e.side[:0]
	met := make(map[[2]int]bool, len(e.pairs))
	for _, pq := range e.pairs {
		met[pq] = true
		met[[2]int{pq[1], pq[0]}] = true
	}
	const never = 1 << 30
	var notMetOn []int // per side: people before p on it that p did not meet
	var metOn []bool   // per side: someone before p on it met p
	for i, p := range e.order {
		notMetOn = append(notMetOn[:0], make([]int, i+2)...)
		metOn = append(metOn[:0], make([]bool, i+2)...)
		notMet := 0
		for j := 0; j < i; j++ {
			if met[[2]int{p, e.order[j]}] {
				metOn[e.side[j]] = true
			} else {
				notMetOn[e.side[j]]++
				notMet++
			}
		}
		best, bestCost := 0, never
		for s := 1; s <= i+1; s++ {
			// Someone met on side s rules it out (people who met are never
			// on one side); else each one not met elsewhere costs one.
			cost := notMet - notMetOn[s]
			if metOn[s] {
				cost = never
			}
			// The first pair sets the sides: the subject's side is A.
			if i == 1 && len(e.pairs) > 0 && e.pairs[0][1] == p && s == 1 {
				cost = never
			}
			if cost < bestCost {
				best, bestCost = s, cost
			}
		}
		e.side = append(e.side, best)
	}
	if len(e.order) >= 2 && len(e.pairs) > 0 && e.order[0] != e.pairs[0][0] && e.order[0] == e.pairs[0][1] {
		// keep A for the first pair's subject
		for i := range e.side {
			switch e.side[i] {
			case 1:
				e.side[i] = 2
			case 2:
				e.side[i] = 1
			}
		}
	}
}

// derives reports whether the people at positions i and j of e.order met
// by the meeting's sides: they are on two sides, and when one of them is
// on a third side, the pair was accepted. A third side is a person whom
// colour could put on neither of the two: most often one the rules paired
// with someone of their own side, whose other pairs across the sides are
// not evidence.
func (e *event) derives(i, j int) bool {
	if e.side[i] == e.side[j] {
		return false
	}
	if max(e.side[i], e.side[j]) < 3 {
		return true
	}
	p, q := e.order[i], e.order[j]
	return slices.ContainsFunc(e.pairs, func(pq [2]int) bool { return pq == [2]int{p, q} || pq == [2]int{q, p} })
}

// buildEvents groups the accepted pairs by the sentence that tells their
// meeting, strongest evidence first, and gives each person a side.
func (d *doc) buildEvents() {
	idx := make([]int, 0, len(d.cands))
	for i := range d.cands {
		if d.cands[i].ok && d.cands[i].anchor >= 0 {
			idx = append(idx, i)
		}
	}
	slices.SortStableFunc(idx, func(x, y int) int {
		a, b := &d.cands[x], &d.cands[y]
		if a.anchor != b.anchor {
			return a.anchor - b.anchor
		}
		return b.prio - a.prio
	})
	// Two meetings told in one sentence ("While the Task Force briefed
	// Biden and Graham, Mangal met with the Ambassador") share no one:
	// the pairs of a sentence are one meeting per group of pairs that
	// share a person. Pairs dated to different days are two meetings even
	// when they share one ("during a July 16 meeting with A and in a July
	// 13 dinner with B").
	group := make([]int, len(d.cands)) // candidate -> a candidate of its group
	for _, i := range idx {
		group[i] = i
	}
	var find func(i int) int
	find = func(i int) int {
		if group[i] != i {
			group[i] = find(group[i])
		}
		return group[i]
	}
	for x, i := range idx {
		a := &d.cands[i]
		for _, j := range idx[x+1:] {
			b := &d.cands[j]
			if b.anchor != a.anchor {
				break // idx is sorted by anchor
			}
			if a.date != b.date && (a.date != "" && b.date != "" || a.rule && b.rule && a.trig >= 0 && b.trig >= 0 && a.trig != b.trig) {
				// Two days, or two meeting words of which one is dated
				// and one not ("opened the July 16 meeting with Zardari
				// by referring to his recent talks with Singh"): two
				// meetings.
				continue
			}
			if a.a == b.a || a.a == b.b || a.b == b.a || a.b == b.b {
				if ri, rj := find(i), find(j); ri != rj {
					group[max(ri, rj)] = min(ri, rj)
				}
			}
		}
	}
	byAnchor := map[[2]int]int{} // (anchor, group) -> event
	for _, i := range idx {
		c := &d.cands[i]
		key := [2]int{c.anchor, find(i)}
		ei, ok := byAnchor[key]
		if !ok {
			// "During the meeting, X told Y": a sentence that refers back to
			// a meeting already told, sharing one of its people, is that
			// meeting.
			ei = -1
			if d.refersBack(c.anchor) && !d.freshNoun(c.trig) {
				// Events are made in the order of their sentences: stop at
				// the first of an earlier unit rather than search them all.
				for k := len(d.events) - 1; k >= 0 && d.sents[d.events[k].anchor].unit >= d.sents[c.anchor].unit; k-- {
					e := &d.events[k]
					if d.sents[e.anchor].unit == d.sents[c.anchor].unit && (slices.Contains(e.order, c.a) || slices.Contains(e.order, c.b)) {
						ei = k
						break
					}
				}
			}
			if ei < 0 {
				d.events = append(d.events, event{anchor: c.anchor, trig: c.trig})
				ei = len(d.events) - 1
			}
			byAnchor[key] = ei
		}
		e := &d.events[ei]
		first, second := c.a, c.b
		if !c.aSideA {
			first, second = c.b, c.a
		}
		e.pairs = append(e.pairs, [2]int{first, second})
		for _, p := range []int{first, second} {
			if !slices.Contains(e.order, p) {
				e.order = append(e.order, p)
			}
		}
		if e.date == "" {
			e.date = c.date
		}
		if e.place == "" {
			e.place = c.place
		}
		for _, p := range c.paras {
			if !slices.Contains(e.paras, p) {
				e.paras = append(e.paras, p)
			}
		}
	}
	for ei := range d.events {
		e := &d.events[ei]
		e.colour()
		if e.date == "" && e.trig >= 0 && len(e.order) >= 2 {
			if !d.sentHasDate(e.anchor) {
				e.date = d.contextDate(e.anchor, e.trig, e.order[0], e.order[1])
			}
		}
		slices.Sort(e.paras)
	}
}

// freshNoun reports whether the token at trig is a meeting noun that
// does not refer back ("including five meetings this year between
// President Putin and President Hu" in a sentence that also speaks of
// "the visit" told before): the pair it tells is of a meeting of its own.
func (d *doc) freshNoun(trig int) bool {
	if trig <= 0 || trig >= len(d.toks) {
		return false
	}
	t := &d.toks[trig]
	return t.kind == tokWord && meetNouns.hasLower(t.lower) && !t.is("meet") && !backRefs.hasLower(d.toks[trig-1].lower)
}

// sideCountries gives a person the text gives no country the country of
// everyone else on their side of a meeting, when those others all have the
// same one: the members of a US delegation ("USG officials Palmer, Drucker
// and Morrison held consultations with ..."), the rest of a French team.
// Without it they would get the host's.
func (d *doc) sideCountries() map[int]string {
	out := map[int]string{}
	for ei := range d.events {
		e := &d.events[ei]
		for side := 1; side <= len(e.order); side++ {
			country, mixed := "", false
			var bare []int
			for i, p := range e.order {
				if e.side[i] != side {
					continue
				}
				switch c := d.personCountry(p); {
				case c == "":
					bare = append(bare, p)
				case country == "":
					country = c
				case c != country:
					mixed = true
				}
			}
			if country != "" && !mixed {
				for _, p := range bare {
					out[p] = country
				}
			}
		}
	}
	return out
}

func (d *doc) sentHasDate(si int) bool {
	s := &d.sents[si]
	var scratch [4]dateRef
	return len(findDates(d.toks, s.lo, s.hi, d.c.Date, scratch[:0])) > 0
}

// meetingOutput writes the events as Meetings and their pairs across
// sides as MET relations, one per pair (the first dated report wins).
func (d *doc) meetingOutput(rels []Relation, names []string, keys []string, visitPlace map[int]string) ([]Relation, []Meeting) {
	meetings := make([]Meeting, 0, len(d.events))
	byPair := map[[2]int]int{}
	for ei := range d.events {
		e := &d.events[ei]
		if len(e.order) < 2 {
			continue
		}
		s := &d.sents[e.anchor]
		u := &d.units[s.unit]
		m := Meeting{
			Key:        fmt.Sprintf("meeting:%s:%d", d.c.ID, len(meetings)+1),
			Kind:       d.meetingKind(e),
			Place:      e.place,
			Paragraphs: e.paras,
			Evidence:   strings.Join(strings.Fields(u.text[s.start:s.end]), " "),
			Offset:     u.mention(d.c, s.start, s.end).Offset,
		}
		m.Date, m.DateEnd, m.Precision = d.meetingDate(e)
		if m.Place == "" {
			for _, p := range e.order {
				if vp := visitPlace[p]; vp != "" {
					m.Place = vp
					break
				}
			}
		}
		led := map[int]bool{}
		seen := map[string]bool{}
		for i, p := range e.order {
			if seen[keys[p]] {
				continue // two people of the cable who are one known person
			}
			seen[keys[p]] = true
			m.Participants = append(m.Participants, Participant{Key: keys[p], Name: names[p], Side: string(rune('A' + e.side[i] - 1)),
				Role: d.participantRole(e, p, led, e.side[i])})
		}
		for i, p := range e.order {
			for j, q := range e.order {
				if j <= i || !e.derives(i, j) || keys[p] == keys[q] {
					continue
				}
				rel := d.relation(Met, e.anchor, names[p], keys[p], names[q], keys[q])
				if m.Precision == PrecisionDay {
					rel.Date = m.Date
				}
				rel.Place, rel.Meeting = m.Place, m.Key
				pair := [2]int{min(p, q), max(p, q)}
				if k, ok := byPair[pair]; ok {
					if rels[k].Date.IsZero() && !rel.Date.IsZero() {
						rels[k] = rel
					}
					continue
				}
				byPair[pair] = len(rels)
				rels = append(rels, rel)
			}
		}
		meetings = append(meetings, m)
	}
	return rels, meetings
}

// meetingKind reads the kind of a meeting from its sentence.
func (d *doc) meetingKind(e *event) MeetingKind {
	s := &d.sents[e.anchor]
	kind := KindMeeting
	for k := s.lo; k < s.hi; k++ {
		t := &d.toks[k]
		switch {
		case t.is("margins") || t.is("margin") || t.is("sidelines"):
			return KindMargins
		case t.is("lunch") || t.is("luncheon") || t.is("dinner") || t.is("breakfast") || t.is("reception"):
			kind = KindMeal
		case kind == KindMeeting && (t.is("courtesy") || (t.is("called") || t.is("call")) && k+1 < s.hi && d.toks[k+1].is("on")):
			kind = KindCallOn
		case kind == KindMeeting && (t.is("talks") || t.is("consultations") || t.is("dialogue")):
			kind = KindTalks
		case kind == KindMeeting && (t.is("visited") || t.is("visit")):
			kind = KindVisit
		}
	}
	return kind
}

// meetingDate is the date of a meeting and its precision: the day the
// pairs carry, else a range of days or a month its sentence names.
func (d *doc) meetingDate(e *event) (date, end Date, p Precision) {
	if e.date != "" {
		return isoDay(e.date), Date{}, PrecisionDay
	}
	s := &d.sents[e.anchor]
	refs := findDates(d.toks, s.lo, s.hi, d.c.Date, d.dates[:0])
	for _, r := range refs {
		if r.days && !r.date.IsZero() {
			last := 0
			for k := r.lo; k < r.hi; k++ {
				for _, part := range strings.FieldsFunc(d.toks[k].text, func(c rune) bool { return c < '0' || c > '9' }) {
					var n int
					if _, err := fmt.Sscan(part, &n); err == nil && n >= 1 && n <= 31 {
						last = n
					}
				}
			}
			first := DateOf(r.date)
			if last > first.Day {
				return first, first.AddDays(last - first.Day), PrecisionRange
			}
			return first, Date{}, PrecisionRange
		}
	}
	return Date{}, Date{}, ""
}

// participantRole: the host of "X hosted Y" or "X received Y"; the one a
// side is "led by" or "headed by"; else attended.
func (d *doc) participantRole(e *event, p int, led map[int]bool, side int) string {
	if e.trig >= 0 {
		t := &d.toks[e.trig]
		if (t.is("hosted") || t.is("received")) && side == 1 {
			return "host"
		}
	}
	for _, mi := range d.people[p].ments {
		m := &d.ments[mi]
		if m.sent < e.anchor || m.sent > e.anchor+3 || m.lo < 2 {
			continue
		}
		if d.toks[m.lo-1].is("by") && (d.toks[m.lo-2].is("led") || d.toks[m.lo-2].is("headed")) && !led[side] {
			led[side] = true
			return "led"
		}
		if d.toks[m.lo-1].is("by") && d.toks[m.lo-2].is("accompanied") {
			return "accompanied"
		}
	}
	return "attended"
}

// pairCandidates exports the candidates with the names of the result.
func (d *doc) pairCandidates(r *Result) []PairCandidate {
	out := make([]PairCandidate, 0, len(d.cands))
	for _, c := range d.cands {
		a, b := &r.Entities[c.a], &r.Entities[c.b]
		out = append(out, PairCandidate{A: a.Name, B: b.Name, AKey: a.Key, BKey: b.Key,
			Features: slices.Clone(c.feats), Score: c.score, Accepted: c.ok})
	}
	return out
}
