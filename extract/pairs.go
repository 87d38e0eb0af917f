package extract

import (
	"slices"
	"strconv"
	"strings"
)

// This file is the candidate stage of who met whom. The sentence rules of
// met.go propose pairs; so do readers that look past one sentence, some of
// them strong enough to count as rules themselves:
//
//   - delegations: a group introduced once ("CODEL X, accompanied by ...")
//     that then meets as "the delegation";
//   - attendance: "... also participated", "were present", "accompanied
//     by": the people of such a sentence joined the meeting told before;
//   - frame: a meeting told in the subject line or the first paragraphs
//     frames the report; "X told the Ambassador" later is that meeting;
//   - co-mention, "X ... with Y", windows: people named together in or
//     just after a sentence that speaks of an encounter;
//   - first person: "I met with X" in a cable whose "I" is known.
//
// Every proposal becomes a cand with the features of the evidence for it.
// decide (model.go) accepts candidates; the accepted ones are grouped into
// meeting events (events.go).

// cand is one pair of people that may have met, with what speaks for it.
type cand struct {
	a, b   int // people, a < b
	feats  []string
	anchor int   // sentence that tells the meeting the pair belongs to
	paras  []int // paragraphs the evidence for the pair is in
	trig   int   // trigger token in the anchor sentence (-1: none)
	aSideA bool  // a is on the first side of the anchor's meeting
	prio   int   // strength of the anchor's source: rule 4, co-mention 3, first person 3, frame 2, attendance 1
	date   string
	place  string
	rule   bool // a sentence rule proposed the pair
	score  float64
	ok     bool // accepted
}

// candFor finds or adds the candidate for people a and b.
func (d *doc) candFor(a, b int) *cand {
	if a > b {
		a, b = b, a
	}
	if i, ok := d.candIndex[[2]int{a, b}]; ok {
		return &d.cands[i]
	}
	d.candIndex[[2]int{a, b}] = len(d.cands)
	d.cands = append(d.cands, cand{a: a, b: b, anchor: -1, trig: -1})
	return &d.cands[len(d.cands)-1]
}

// propose records evidence that p (side A) and q (side B) met at the
// meeting told in sentence si; the evidence itself is in sentence ev. A
// stronger source, or the same one earlier in the cable, sets the anchor.
func (d *doc) propose(p, q, si, ev, trig, prio int, date, place string, feats ...string) {
	if p < 0 || q < 0 || p == q {
		return
	}
	c := d.candFor(p, q)
	if para := d.units[d.sents[ev].unit].paragraph; !slices.Contains(c.paras, para) {
		c.paras = append(c.paras, para)
	}
	for _, f := range feats {
		if !slices.Contains(c.feats, f) {
			c.feats = append(c.feats, f)
		}
	}
	if prio > c.prio {
		c.prio, c.anchor, c.trig, c.aSideA = prio, si, trig, p == c.a
		c.date, c.place = date, place
	} else if c.date == "" && date != "" && prio == c.prio {
		// The same pair told again with a day: the dated report is the
		// meeting, the first was a summary of it.
		c.anchor, c.trig, c.aSideA, c.date = si, trig, p == c.a, date
	}
	if c.place == "" {
		c.place = place
	}
}

// gatherCandidates runs the proposers and adds the features that describe
// the pair itself (countries, roles, how often the cable names them).
func (d *doc) gatherCandidates() {
	// Every reader asks which sentences speak of an encounter; find out
	// once per sentence.
	d.encounters = d.encounters[:0]
	for si := range d.sents {
		trig, kind := d.encounter(si)
		d.encounters = append(d.encounters, encounterAt{trig, kind})
	}
	for _, m := range d.meetings {
		d.propose(m.a, m.b, m.sent, m.sent, m.trig, 4, m.date, m.place, "rule", "rule:"+m.rule)
	}
	// Each reader takes a fraction of a second on a cable of many
	// megabytes: an interrupt is looked for between them.
	for _, read := range []func(){d.delegations, d.coMentions, d.withPairs, d.windows, d.firstPerson, d.frames, d.attendance} {
		d.checkCtx()
		read()
	}
	d.checkCtx()
	for i := range d.cands {
		d.pairFeatures(&d.cands[i])
	}
}

// encounterAt is the first word of a sentence that speaks of an in-person
// encounter (trig -1: none) and its kind.
type encounterAt struct {
	trig int
	kind string
}

// encounterWords are the words encounter looks at: a word missing here
// is never found there (TestEncounterWords).
var encounterWords = set("met", "meet", "called", "call", "calls", "courtesy",
	"lunch", "luncheon", "dinner", "breakfast", "reception",
	"talks", "consultations", "dialogue", "bilateral",
	"hosted", "received", "visited",
	"meeting", "meetings", "conversation", "discussion", "discussions", "session", "audience", "encounter",
	"margins", "margin", "sidelines")

// encounter reports the trigger of the first word of sentence si that
// speaks of an in-person encounter, and the kind of that word.
func (d *doc) encounter(si int) (trig int, kind string) {
	s := &d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		t := &d.toks[k]
		if t.class&classEncounter == 0 { // none of the words below
			continue
		}
		switch w := t.lower; {
		case w == "met" || w == "meet" && k > s.lo && !d.toks[k-1].is("to"):
			return k, "met"
		case (w == "called" || w == "call" || w == "calls") && k+1 < s.hi && d.toks[k+1].is("on"):
			return k, "call-on"
		case w == "courtesy":
			return k, "call-on"
		case w == "lunch" || w == "luncheon" || w == "dinner" || w == "breakfast" || w == "reception":
			return k, "meal"
		case w == "talks" || w == "consultations" || w == "dialogue" || w == "bilateral":
			return k, "talks"
		case w == "hosted" || w == "received" || w == "visited":
			return k, w
		case w == "meeting" || w == "meetings" || w == "conversation" || w == "discussion" || w == "discussions" || w == "session" || w == "audience" || w == "encounter":
			return k, "noun"
		case w == "margins" || w == "margin" || w == "sidelines":
			return k, "margins"
		}
	}
	return -1, ""
}

// personMentions lists the mentions of sentence si that name a person, in
// text order, one per person.
func (d *doc) personMentions(si int, out []int) []int {
	out = out[:0]
	for _, mi := range d.sentMentions(si) {
		p := d.ments[mi].person
		if p < 0 {
			continue
		}
		dup := false
		for _, o := range out {
			if d.ments[o].person == p {
				dup = true
			}
		}
		if !dup {
			out = append(out, mi)
		}
	}
	return out
}

// coMentions proposes every two people named in a sentence that speaks of
// an encounter; the features say how the sentence puts them.
func (d *doc) coMentions() {
	var ms []int
	for si := range d.sents {
		sec := d.units[d.sents[si].unit].section
		if sec != SectionBody && sec != SectionSubject {
			continue
		}
		trig, kind := d.encounters[si].trig, d.encounters[si].kind
		if trig < 0 {
			continue
		}
		ms = d.personMentions(si, ms)
		if len(ms) < 2 {
			continue
		}
		date, _ := d.dateNear(si, trig)
		place := d.placeIn(si)
		common := d.sentenceFeatures(si, trig)
		for x := 0; x < len(ms); x++ {
			for y := x + 1; y < len(ms); y++ {
				mx, my := &d.ments[ms[x]], &d.ments[ms[y]]
				f := append(slices.Clone(common), "co", "co:"+kind, "co:n"+bucket(len(ms), 2, 3, 5))
				f = append(f, d.betweenFeatures(mx, my, trig)...)
				d.propose(mx.person, my.person, si, si, trig, 3, date, place, f...)
			}
		}
	}
}

// delegationReach is how many sentences a delegation's member stays one
// after the last sentence that introduced them: well past the length of
// the longest of the mirror's 6,712 cables (1,153 sentences), so that only
// cables of some hundreds of kilobytes are read differently.
const delegationReach = 2000

// delegationWords name a group that travels and meets together.
var delegationWords = cues("delegation_words")

// delegations: "the delegation met with NSB Deputy Director Ammar Saleh",
// "the CODEL called on ...": a meeting whose subject is a group named
// earlier ("CODEL Burr, accompanied by Senator X and Staffer Y", "The
// delegation, led by A and including B and C"). Its members are the
// people of the sentences that introduce the group, on the side of their
// country, and each met the people the meeting sentence names after its
// trigger.
func (d *doc) delegations() {
	var members []int // in the order they were introduced
	// introduced is the last sentence that introduced each member. A
	// member not introduced again within delegationReach sentences leaves
	// the group: the group of a long cable would otherwise gather every
	// person of every delegation it tells of, and each meeting of "the
	// delegation" would pair them all, which made extraction quadratic in
	// the cable's size.
	introduced := map[int]int{}
	join := func(p, si int) {
		if _, member := introduced[p]; !member {
			members = append(members, p)
		}
		introduced[p] = si
	}
	var ms []int
	for si := range d.sents {
		sec := d.units[d.sents[si].unit].section
		if sec != SectionBody && sec != SectionSubject {
			continue
		}
		s := &d.sents[si]
		// The group word: a delegation's, else "accompanied" or
		// "included". A sentence that names a delegation speaks of it
		// though an aside comes first ("President Sarkozy, accompanied by
		// Foreign Minister Kouchner, received the delegation": the hosts
		// are no members).
		group := -1
		for k := s.lo; k < s.hi; k++ {
			if t := &d.toks[k]; t.kind == tokWord && t.class&classDelegation != 0 {
				group = k
				break
			}
		}
		for k := s.lo; k < s.hi && group < 0; k++ {
			if t := &d.toks[k]; t.kind == tokWord && (t.is("accompanied") || t.is("included") || t.is("including")) {
				group = k
			}
		}
		if group < 0 {
			continue
		}
		trig := d.encounters[si].trig
		ms = d.personMentions(si, ms)
		named := delegationWords.hasLower(d.toks[group].lower) // "the delegation", not "accompanied"
		if named && len(members) > 0 {
			members = slices.DeleteFunc(members, func(p int) bool {
				if si-introduced[p] > delegationReach {
					delete(introduced, p)
					return true
				}
				return false
			})
		}
		// A sentence in which someone speaks to the group names as members
		// only the one it is named after and those of a phrase that says
		// who is in it ("Fayyad welcomed the codel, which included Senators
		// Kerry and Lugar"): not "Soliman told the delegation that President
		// Bashir was ready".
		addressed := named && d.groupVerb(s.lo, group) >= 0
		if addressed {
			d.groupMembersNamed(si, group, ms, join)
		}
		// The group spoke with someone, in a sentence with no encounter
		// word after it: "Soliman told the delegation", "The codel began
		// by thanking Mubarak", in the report of the group's visit.
		if named && len(members) > 0 && trig < group && !d.remote(si) && !d.relayed(si) && d.groupFramed() {
			if q, v := d.groupTalk(si, group, ms); q >= 0 {
				if _, member := introduced[q]; !member && !d.modalBefore(si, v) {
					date := d.talkDate(si, v)
					congress := d.toks[group].is("codel") || d.toks[group].is("staffdel")
					qc := d.guessCountry(q)
					for _, p := range members {
						// Not one of the speaker's own side, which the group's
						// members may hold (hosts of its earlier meetings);
						// a congressional delegation's are Americans.
						if pc := d.guessCountry(p); pc != "" && pc == qc || congress && pc != "US" {
							continue
						}
						d.propose(p, q, si, si, v, 4, date, d.placeIn(si), "rule", "rule:delegation-talk")
					}
				}
				continue
			}
		}
		// The group met someone: "the delegation met with X".
		if trig > group && len(members) > 0 && named {
			named := false
			for _, mi := range ms {
				if d.ments[mi].lo < trig {
					named = true
				}
			}
			if !named && !d.modalBefore(si, trig) && !d.remote(si) {
				date, _ := d.dateNear(si, trig)
				for _, mi := range ms {
					q := d.ments[mi].person
					if _, member := introduced[q]; d.ments[mi].lo < trig || member {
						continue
					}
					for _, p := range members {
						if c := d.personCountry(q); c != "" && c == d.personCountry(p) {
							continue
						}
						d.propose(p, q, si, si, trig, 4, date, d.placeIn(si), "rule", "rule:delegation")
					}
				}
				continue
			}
		}
		if addressed {
			continue
		}
		// The group is introduced: its members are the people named before
		// any trigger of the sentence.
		if trig < 0 || trig > group {
			for _, mi := range ms {
				if trig >= 0 && d.ments[mi].lo > trig {
					continue
				}
				if d.addressesGroup(d.ments[mi].hi, group) {
					continue // "The Foreign Minister told the delegation": no member
				}
				join(d.ments[mi].person, si)
			}
		}
	}
}

// addressesGroup reports whether the group word at group is the object
// of a verb that takes the person spoken to ("told the delegation",
// "briefed the visiting EU delegation"), with only an article, a
// possessive or the group's describing words between: the one who spoke
// to the delegation, named at or after token k, is not of it. Not
// "Rice, who thanked the hosts, was accompanied by ... The delegation".
func (d *doc) addressesGroup(k, group int) bool {
	return d.groupVerb(k, group) >= 0
}

// groupHosts take as object a visiting group received in person
// ("hosted the codel", "gave the delegation a briefing").
var groupHosts = cues("group_hosts")

// groupVerb returns the verb whose object is the group word at group (see
// addressesGroup), at or after token k, or -1.
func (d *doc) groupVerb(k, group int) int {
	isVerb := func(t *token) bool { return addressVerbs.hasLower(t.lower) || groupHosts.hasLower(t.lower) }
	j := group - 1
	for j >= k && j > group-5 {
		t := &d.toks[j]
		if t.kind == tokPoss || t.kind == tokWord && (t.upper || t.is("the") || t.is("a") || t.is("his") || t.is("her") || t.is("their") || t.is("our") || describing(t.lower)) && !isVerb(t) {
			j--
			continue
		}
		break
	}
	if j >= k && d.toks[j].kind == tokWord && isVerb(&d.toks[j]) {
		return j
	}
	return -1
}

// groupFramed reports whether the cable reports a group's visit: its
// subject line names a delegation ("CODEL BAIRD MEETS WITH EGYPTIAN
// LEADERS"), or its summary (the first two paragraphs) does in a sentence
// that tells of a meeting or visit that took place. Then what someone told
// the group was said in the meetings of the visit (GOLD-FORMAT.md: the
// cable is the report of the meeting); elsewhere a bare "told the
// delegation" gives no medium. A "team" is not enough ("a team of
// observers"), nor a trip to come ("will travel to Geneva").
func (d *doc) groupFramed() bool {
	if d.groupFrame == 0 {
		d.groupFrame = 2
		if d.readGroupFrame() {
			d.groupFrame = 1
		}
	}
	return d.groupFrame == 1
}

func (d *doc) readGroupFrame() bool {
	for si := range d.sents {
		u := &d.units[d.sents[si].unit]
		if u.section == SectionBody && u.paragraph > 2 {
			break
		}
		if u.section != SectionSubject && u.section != SectionBody {
			continue
		}
		s := &d.sents[si]
		if !slices.ContainsFunc(d.toks[s.lo:s.hi], func(t token) bool {
			return t.is("codel") || t.is("staffdel") || t.is("delegation") || t.is("delegations")
		}) {
			continue
		}
		if u.section == SectionSubject {
			return true
		}
		if trig := d.encounters[si].trig; trig >= 0 && !d.modalBefore(si, trig) {
			return true
		}
	}
	return false
}

// relayedWords say a message reached the group in writing or through
// someone else.
var relayedWords = cues("relayed_words")

// relayed reports whether sentence si has a word of relayedWords before
// what was said ("thanked the codel in a letter", "told the codel through
// a spokesman that"): not "told the codel that arms flowed through the
// tunnels".
func (d *doc) relayed(si int) bool {
	s := &d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		t := &d.toks[k]
		if t.is("that") {
			return false
		}
		if t.kind == tokWord && relayedWords.hasLower(t.lower) {
			return true
		}
	}
	return false
}

// guessCountry is the country of person pi as the output will give it:
// the one the text shows, else the prior (defaultCountry), which for a
// host official the text gives none is the host's.
func (d *doc) guessCountry(pi int) string {
	if c := d.personCountry(pi); c != "" {
		return c
	}
	return d.defaultCountry(&d.people[pi])
}

// talkDate is the day of a telling at verb v of sentence si, from a date
// before what was said: not "told the delegation that Khartoum had signed
// the agreement on September 3", which dates the signing.
func (d *doc) talkDate(si, v int) string {
	s := &d.sents[si]
	end := s.hi
	for k := v + 1; k < s.hi; k++ {
		if d.toks[k].is("that") {
			end = k
			break
		}
	}
	return d.dayWithin(si, s.lo, end, v)
}

// dayWithin is the day nearest token at among the dates of sentence si
// that lie in tokens [lo,hi), or "" (none, or one after the cable was
// sent).
func (d *doc) dayWithin(si, lo, hi, at int) string {
	var refs []dateRef
	for _, r := range d.sentDates(si) {
		if r.lo >= lo && r.hi <= hi {
			refs = append(refs, r)
		}
	}
	if day := nearestDay(refs, at); day <= d.cableISO() {
		return day
	}
	return ""
}

// tellVerbs tell the one addressed something in their presence.
var tellVerbs = cues("tell_verbs")

// groupMembersNamed joins to a group, in a sentence in which someone
// speaks to it (group the group word), the one it is named after ("told
// STAFFDEL Grove") and the people of a phrase after it that says who is
// in it ("the codel, which included Senators Kerry and Lugar", "the
// delegation, led by Senator Kerry and including Senator Lugar, that"),
// up to what was said.
func (d *doc) groupMembersNamed(si, group int, ms []int, join func(p, si int)) {
	s := &d.sents[si]
	if mi := d.mentionAtSent(si, group+1); mi >= 0 && d.ments[mi].lo == group+1 && d.ments[mi].person >= 0 {
		join(d.ments[mi].person, si)
	}
	// The phrase follows the group word, past a comma and "which" or
	// "who" at most ("the codel, which included", "the delegation, led
	// by"): not "briefed the delegation on the plan, which included a
	// role for President Bashir".
	from, end := -1, s.hi
	for k := group + 1; k < s.hi; k++ {
		t := &d.toks[k]
		if t.is("included") || t.is("including") || t.is("led") || t.is("headed") || t.is("consisting") || t.is("comprised") {
			from = k
			break
		}
		if t.text != "," && !t.is("which") && !t.is("who") && !t.is("was") && !t.is("were") {
			break
		}
	}
	if from < 0 {
		return
	}
	for k := from + 1; k < s.hi; k++ {
		if d.toks[k].is("that") {
			end = k
			break
		}
	}
	for _, mi := range ms {
		if m := &d.ments[mi]; m.lo > from && m.hi <= end && m.person >= 0 {
			join(m.person, si)
		}
	}
}

// groupTalk reads a sentence in which a group named earlier spoke with
// one person: the person is the subject of a verb whose object is the
// group ("Omar Soliman, the EGIS chief, told the codel", "Mubarak hosted
// the delegation"), or the object of the group's verb of telling ("The
// codel told Mubarak", "The delegation began by thanking Minister X"). It
// returns the person and the verb, or -1. ms are the sentence's person
// mentions, group the group word. Not another group ("received a Hamas
// delegation"), nor what the group owns ("welcomed the codel's
// statement"), nor one whose aide or government was spoken to ("thanked
// Mubarak's government").
func (d *doc) groupTalk(si, group int, ms []int) (person, verb int) {
	s := &d.sents[si]
	if d.toks[group].is("delegations") || group+1 < s.hi && d.toks[group+1].kind == tokPoss {
		return -1, -1 // "congratulated the delegations": of both sides
	}
	for _, mi := range ms {
		m := &d.ments[mi]
		if m.hi > group {
			break
		}
		// The subject: the verb stands right after the mention, or after
		// its apposition, and the group is its object.
		if v := d.groupVerb(m.hi, group); v >= 0 && (v == m.hi || v == d.afterApposition(si, mi) || v == m.hi+1 && d.toks[m.hi].is("also")) {
			if slices.ContainsFunc(d.toks[v+1:group], func(t token) bool { return t.is("a") || t.is("an") }) {
				return -1, -1
			}
			return m.person, v
		}
	}
	// The group's verb: "the codel (also) told X", "began by thanking X".
	k := group + 1
	for k < s.hi && (d.toks[k].is("also") || d.toks[k].is("then") || d.toks[k].is("first")) {
		k++
	}
	v := k
	if k+2 < s.hi && d.toks[k].is("began") && d.toks[k+1].is("by") {
		v = k + 2
		if t := &d.toks[v]; !strings.HasSuffix(t.lower, "ing") || !addressVerbs.hasLower(strings.TrimSuffix(t.lower, "ing")+"ed") {
			return -1, -1
		}
	} else if v >= s.hi || d.toks[v].kind != tokWord || !tellVerbs.hasLower(d.toks[v].lower) {
		return -1, -1
	}
	if mi := d.mentionAtSent(si, v+1); mi >= 0 && d.ments[mi].person >= 0 {
		if m := &d.ments[mi]; m.hi < s.hi && d.toks[m.hi].kind == tokPoss {
			return -1, -1 // "thanked Mubarak's chief of staff": not Mubarak
		}
		return d.ments[mi].person, v
	}
	return -1, -1
}

// withPairs: "X reviewed with Y", "X raised the issue with Y", "in a
// conversation with Y, X said": a person after "with" and a person before
// it, in a sentence with no encounter word (coMentions has those).
func (d *doc) withPairs() {
	var ms []int
	for si := range d.sents {
		if d.units[d.sents[si].unit].section != SectionBody {
			continue
		}
		if d.encounters[si].trig >= 0 {
			continue
		}
		s := &d.sents[si]
		ms = d.personMentions(si, ms)
		if len(ms) < 2 {
			continue
		}
		for k := s.lo; k < s.hi; k++ {
			if !d.toks[k].is("with") {
				continue
			}
			verb := ""
			for j := k - 1; j >= s.lo && k-j <= 6; j-- {
				if t := &d.toks[j]; t.kind == tokWord && !t.upper && len(t.text) > 3 && strings.HasSuffix(t.text, "ed") {
					verb = t.lower
					break
				}
			}
			// The people after "with": the list objectsRight reads ("with
			// X, Y and Z"), else those a few words on.
			var after []int
			for _, mi := range d.objectsRight(si, k+1, d.sentMentions(si)) {
				if d.ments[mi].person >= 0 {
					after = append(after, mi)
				}
			}
			if len(after) == 0 {
				for _, mi := range ms {
					if m := &d.ments[mi]; m.lo > k && m.lo-k <= 8 {
						after = append(after, mi)
					}
				}
			}
			if len(after) == 0 {
				continue
			}
			date, _ := d.dateNear(si, k)
			common := d.sentenceFeatures(si, k)
			for _, b := range after {
				for _, a := range ms {
					if d.ments[a].lo >= k || d.ments[a].person == d.ments[b].person {
						continue
					}
					f := append(slices.Clone(common), "with", "with:"+verb)
					f = append(f, d.betweenFeatures(&d.ments[a], &d.ments[b], k)...)
					d.propose(d.ments[a].person, d.ments[b].person, si, si, k, 3, date, d.placeIn(si), f...)
				}
			}
			break
		}
	}
}

// windows: the people of the sentences after a meeting sentence, in its
// paragraph and the next, may have taken part ("... were present", "the
// delegation included ...", "X told the Ambassador"): each is proposed
// with each person of the meeting sentence, the features saying how far
// and how they are named.
func (d *doc) windows() {
	var anchor, later []int
	for si := range d.sents {
		sec := d.units[d.sents[si].unit].section
		if sec != SectionBody && sec != SectionSubject {
			continue
		}
		trig, kind := d.encounters[si].trig, d.encounters[si].kind
		if trig < 0 {
			continue
		}
		anchor = d.personMentions(si, anchor)
		if len(anchor) == 0 {
			continue
		}
		anchor = slices.Clone(anchor)
		date, _ := d.dateNear(si, trig)
		pa := d.units[d.sents[si].unit].paragraph
		for sj := si + 1; sj < len(d.sents) && sj-si <= 6; sj++ {
			u := &d.units[d.sents[sj].unit]
			if u.section != SectionBody || u.paragraph > pa+1 && sec != SectionSubject {
				break
			}
			later = d.personMentions(sj, later)
			attend, speaks := "", false
			s := &d.sents[sj]
			for k := s.lo; k < s.hi; k++ {
				if t := &d.toks[k]; t.kind == tokWord && attendWords.hasLower(t.lower) && attend == "" {
					attend = t.lower
				}
			}
			if d.encounters[sj].trig >= 0 && attend == "" {
				attend = "encounter"
			}
			for _, mi := range later {
				m := &d.ments[mi]
				speaks = m.hi < s.hi && d.toks[m.hi].kind == tokWord && sayVerbs.hasLower(d.toks[m.hi].lower)
				for _, ai := range anchor {
					q := d.ments[ai].person
					if q == m.person {
						continue
					}
					f := []string{"win", "win:kind:" + kind, "win:dist" + bucket(sj-si, 1, 2, 4)}
					if attend != "" {
						f = append(f, "win:attend:"+attend)
					}
					if speaks {
						f = append(f, "win:speaks")
					}
					if u.paragraph != pa {
						f = append(f, "win:next-para")
					}
					if d.names(sj, q) {
						f = append(f, "win:partner-named")
					}
					d.propose(q, m.person, si, sj, trig, 1, date, "", f...)
				}
			}
		}
	}
}

// sentenceFeatures describe the sentence a meeting is told in.
func (d *doc) sentenceFeatures(si, trig int) []string {
	s := &d.sents[si]
	u := &d.units[s.unit]
	var f []string
	switch {
	case u.section == SectionSubject:
		f = append(f, "sec:subject")
	case u.paragraph <= 1:
		f = append(f, "sec:summary")
	default:
		f = append(f, "sec:body")
	}
	if d.remote(si) {
		f = append(f, "remote")
	}
	if d.modalBefore(si, trig) {
		f = append(f, "modal")
	}
	for k := s.lo; k < s.hi; k++ {
		t := &d.toks[k]
		if t.kind != tokWord {
			continue
		}
		switch {
		case k < trig && reportVerbs.hasLower(t.lower):
			f = append(f, "report-before")
		case notYet.hasLower(t.lower) && !t.is("to") && !t.is("before") && !t.is("prior") && d.ann[k].kind != annTime:
			f = append(f, "future-word")
		case otherTime.hasLower(t.lower):
			f = append(f, "other-time")
		case t.is("i") || t.is("we"):
			f = append(f, "first-person")
		}
	}
	if _, future := d.dateNear(si, trig); future {
		f = append(f, "future-date")
	}
	return f
}

// betweenFeatures describe how two mentions of one sentence stand to each
// other and to its trigger.
func (d *doc) betweenFeatures(mx, my *pmention, trig int) []string {
	var f []string
	switch {
	case my.hi <= trig:
		f = append(f, "pos:both-before")
	case mx.lo > trig:
		f = append(f, "pos:both-after")
	default:
		f = append(f, "pos:straddle")
	}
	glue, with, and, verb, comma := true, false, false, false, false
	for k := mx.hi; k < my.lo; k++ {
		t := &d.toks[k]
		switch {
		case t.is("with") || t.is("between") || t.is("by"):
			with = true
			glue = false
		case t.is("and") || t.text == "&":
			and = true
		case t.text == ",":
			comma = true
		case t.kind == tokWord && !listGlue.hasLower(t.lower) && !t.upper:
			glue = false
			if personVerbs.hasLower(t.lower) || meetVerbs.hasLower(t.lower) || t.is("met") {
				verb = true
			}
		}
	}
	gap := my.lo - mx.hi
	f = append(f, "gap:"+bucket(gap, 1, 3, 8, 20))
	// The words between two close mentions, and the word after each:
	// "X met with Y", "X and Y", "X's meeting with Y", "X said Y".
	if gap <= 8 {
		for k := mx.hi; k < my.lo; k++ {
			if t := &d.toks[k]; t.kind == tokWord && !t.upper {
				f = append(f, "btw:"+t.lower)
			}
		}
	}
	for i, m := range []*pmention{mx, my} {
		if m.hi < len(d.toks) {
			if t := &d.toks[m.hi]; t.kind == tokWord && !t.upper {
				f = append(f, "next"+strconv.Itoa(i)+":"+t.lower)
			}
		}
		if m.lo > 0 {
			if t := &d.toks[m.lo-1]; t.kind == tokWord && !t.upper {
				f = append(f, "prev"+strconv.Itoa(i)+":"+t.lower)
			}
		}
	}
	if trig >= 0 && trig < len(d.toks) {
		f = append(f, "trig:"+d.toks[trig].lower)
	}
	if glue && (and || comma) {
		f = append(f, "list")
	}
	if with {
		f = append(f, "with-between")
	}
	if verb {
		f = append(f, "verb-between")
	}
	for _, m := range []*pmention{mx, my} {
		if m.hi < len(d.toks) && d.toks[m.hi].kind == tokPoss {
			f = append(f, "possessive")
		}
		if m.lo > 0 && d.toks[m.lo-1].is("of") {
			f = append(f, "of-before")
		}
		if m.name == "" {
			f = append(f, "role-mention")
		}
	}
	return f
}

// dateNear is the day the sentence gives nearest its trigger, or the day
// an earlier sentence of the same meeting gives; future is set when the
// day is after the cable's.
func (d *doc) dateNear(si, trig int) (date string, future bool) {
	date = nearestDay(d.sentDates(si), trig)
	if date != "" && date > d.cableISO() {
		return "", true
	}
	return date, false
}

// sentDatesAt is where a sentence's date expressions are in
// doc.sentDateRefs, and the token range they were found in.
type sentDatesAt struct {
	lo, hi   int // the sentence's tokens
	from, to int // its date expressions, sentDateRefs[from:to]
	found    bool
}

// sentDates returns the date expressions of sentence si (findDates),
// found once a cable; the slice is not to be written to.
func (d *doc) sentDates(si int) []dateRef {
	for len(d.sentDateAt) < len(d.sents) {
		d.sentDateAt = append(d.sentDateAt, sentDatesAt{})
	}
	s, at := &d.sents[si], &d.sentDateAt[si]
	if !at.found || at.lo != s.lo || at.hi != s.hi {
		from := len(d.sentDateRefs)
		d.sentDateRefs = findDates(d.toks, s.lo, s.hi, d.c.Date, d.sentDateRefs)
		*at = sentDatesAt{lo: s.lo, hi: s.hi, from: from, to: len(d.sentDateRefs), found: true}
	}
	return d.sentDateRefs[at.from:at.to:at.to]
}

// cableISO is the cable's date as YYYY-MM-DD, formatted once a cable.
func (d *doc) cableISO() string {
	if d.cableDay == "" {
		d.cableDay = d.c.Date.Format("2006-01-02")
	}
	return d.cableDay
}

// nearestDay is the day of the date reference nearest token trig, "" when
// there is none or the nearest is a range of days ("visited Cairo January
// 10-12 and met X": a meeting on one of those days, which a later report
// may name).
func nearestDay(refs []dateRef, trig int) string {
	date, best := "", 1<<30
	for _, r := range refs {
		dist := r.lo - trig
		if dist < 0 {
			dist = trig - r.hi + 1
		}
		if dist < best {
			best, date = dist, r.iso()
			if r.days {
				date = ""
			}
		}
	}
	return date
}

// firstPersonAdverbs may stand between "I" and its meeting verb.
var firstPersonAdverbs = cues("first_person_adverbs")

// firstPerson: "I met with X", "we called on X", in a cable whose "I" is
// known: the Classified By line names the Ambassador or Charge and the
// cable says it comes from them ("FROM THE AMBASSADOR", "Ambassador's
// message"), as GOLD-FORMAT.md asks. Without such words, in a cable the
// Ambassador, Charge or chief of mission classified, "I" outside quotation
// marks is that person, as the gold sets count it, but "we" (the mission)
// is not.
func (d *doc) firstPerson() {
	me, voiced := d.signerByVoice()
	if me < 0 {
		return
	}
	var ms []int
	for si := range d.sents {
		if d.units[d.sents[si].unit].section != SectionBody {
			continue
		}
		trig, kind := d.encounters[si].trig, d.encounters[si].kind
		if trig < 0 {
			continue
		}
		s := &d.sents[si]
		i := -1
		quoted := false
		for k := s.lo; k < trig; k++ {
			t := &d.toks[k]
			if t.text == `"` || t.text == "“" || t.text == "”" {
				quoted = !quoted
			}
			if t.text == "I" && (voiced || !quoted) || t.is("we") && voiced {
				i = k
			}
		}
		if i < 0 || trig-i > 6 {
			continue
		}
		date, _ := d.dateNear(si, trig)
		common := d.sentenceFeatures(si, trig)
		// "I met with X", "I also called on X", "the Swedish Ambassador,
		// Dutch charge and I met with X": "I" the subject of the trigger
		// (adverbs and an auxiliary at most between), a meeting that took
		// place, is a rule's reading as GOLD-FORMAT.md counts it.
		subj := trig-i <= 4
		for k := i + 1; k < trig && subj; k++ {
			// "I met", "I also called on", "I have already met", "I
			// recently met": adverbs and the auxiliary between.
			t := &d.toks[k]
			subj = t.kind == tokWord && (firstPersonAdverbs.hasLower(t.lower) || strings.HasSuffix(t.lower, "ly") && !t.upper)
		}
		var objs []int // the verb's objects: "met (with) X and Y", "called on X"
		var also []int // the objects of a second meeting (alsoHadWith)
		alsoDate := ""
		if subj && (kind == "met" || kind == "call-on") && !d.modalBefore(si, trig) && !d.remote(si) {
			// "met with", "called on", "met early on with", "met
			// separately with".
			k := trig + 1
			for k < s.hi && (d.toks[k].is("with") || d.toks[k].is("on") || d.toks[k].is("separately") || d.toks[k].is("early") ||
				firstPersonAdverbs.hasLower(d.toks[k].lower)) {
				k++
			}
			spans := d.sentMentions(si)
			objs = d.objectsRight(si, k, spans)
			// "I met X and Y, and also had highly productive discussions
			// with A, B and C": a second meeting of the same subject, on
			// the day named after its "with", if one is.
			if w := d.alsoHadWith(si, trig); w > 0 {
				also = d.objectsRight(si, w+1, spans)
				alsoDate = date
				// (Not the day of its topic: "discussions with Lagarde
				// about the budget law passed on September 5".)
				topic := s.hi
				for j := w + 1; j < s.hi; j++ {
					if topicPreps.hasLower(d.toks[j].lower) {
						topic = j
						break
					}
				}
				if day := d.dayWithin(si, w+1, topic, w); day != "" {
					alsoDate = day
				}
			}
		}
		for _, mi := range d.personMentions(si, ms) {
			if d.ments[mi].lo > trig {
				f := append(slices.Clone(common), "first-person-subj", "co:"+kind)
				prio, day := 3, date
				if slices.Contains(objs, mi) {
					f, prio = append(f, "rule", "rule:first-person"), 4
				} else if slices.Contains(also, mi) {
					f, prio, day = append(f, "rule", "rule:first-person"), 4, alsoDate
				}
				d.propose(me, d.ments[mi].person, si, si, trig, prio, day, d.placeIn(si), f...)
			}
		}
	}
}

// alsoHadWith returns the "with" of a second meeting that the subject of
// the meeting verb at trig had, coordinated after it: "..., and also had
// highly productive discussions with", "and held talks with"; or -1. Not
// one of a relative clause ("Kouchner, who had just returned and held
// talks with Asad"), nor one denied or only sought ("and had no
// discussions with", "and had requested a meeting with").
func (d *doc) alsoHadWith(si, trig int) int {
	s := &d.sents[si]
	relative := false // inside a relative clause not yet closed by a comma
	for k := trig + 1; k+2 < s.hi; k++ {
		if t := &d.toks[k]; t.is("who") || t.is("whom") || t.is("which") {
			relative = true
		} else if t.text == "," {
			relative = false
		}
		if !d.toks[k].is("and") || relative {
			continue
		}
		j := k + 1
		if d.toks[j].is("also") {
			j++
		}
		if j >= s.hi || !d.toks[j].is("had") && !d.toks[j].is("held") {
			continue
		}
		// A few words that describe the meeting ("highly productive"),
		// then its noun and "with".
		for n := j + 1; n < s.hi && n <= j+4; n++ {
			t := &d.toks[n]
			if t.kind != tokWord || t.upper || t.is("no") || notYet.hasLower(t.lower) {
				break // "had no discussions", "had requested a meeting", "had hoped to hold talks"
			}
			if meetNouns.hasLower(t.lower) {
				if n+1 < s.hi && d.toks[n+1].is("with") {
					return n + 1
				}
				break
			}
		}
	}
	return -1
}

// chiefClassifier is the person the Classified By line names as the
// post's Ambassador, Charge or chief of mission, or -1: the one who
// writes "I" in a cable they classified.
func (d *doc) chiefClassifier() int {
	for pi := range d.people {
		if !d.people[pi].us {
			continue
		}
		for _, mi := range d.people[pi].ments {
			if m := &d.ments[mi]; d.units[d.sents[m.sent].unit].section == SectionClassifiedBy {
				if r := roleOf(m.title); r == "ambassador" || r == "charge" || r == "com" {
					return pi
				}
			}
		}
	}
	return -1
}

// signerByVoice is the person "I" stands for, or -1, and whether the
// cable says it speaks in their voice ("FROM THE AMBASSADOR"); if not, the
// person is the chief of mission who classified it.
func (d *doc) signerByVoice() (int, bool) {
	if p := d.fromLine(); p >= 0 {
		// Only "I" outside quotation marks: the line names the writer, not
		// the officers of "we" nor one the cable quotes.
		return p, false
	}
	body := d.c.Body.String
	if len(body) > 3000 {
		body = body[:3000]
	}
	lb := strings.ToLower(body)
	if !strings.Contains(lb, "from the ambassador") && !strings.Contains(lb, "ambassador's message") && !strings.Contains(lb, "message from the ambassador") && !strings.Contains(lb, "from the charge") {
		return d.chiefClassifier(), false
	}
	for pi := range d.people {
		p := &d.people[pi]
		if !p.us {
			continue
		}
		for _, t := range p.titles {
			if r := roleOf(t); r == "ambassador" || r == "charge" {
				return pi, true
			}
		}
	}
	return -1, true
}

// fromLine is the chief of mission an address line names as the cable's
// writer ("FOR WHA ASSISTANT SECRETARY SHANNON FROM AMBASSADOR SOBEL"),
// or -1: the cable is in their voice, as one "FROM THE AMBASSADOR" is.
func (d *doc) fromLine() int {
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.person < 0 || d.units[d.sents[m.sent].unit].section != SectionAddress || m.lo <= d.sents[m.sent].lo || !d.toks[m.lo-1].is("from") {
			continue
		}
		if r := roleOf(m.title); r == "ambassador" || r == "charge" {
			return m.person
		}
	}
	return -1
}

// frames: the meetings told in the subject line or the first two
// paragraphs frame the report; a person who speaks later ("X said", "X
// told the Ambassador") is proposed with each of the frame's people.
func (d *doc) frames() {
	type frameMeeting struct {
		sent, trig int
		people     []int
		date       string
	}
	// The first meeting the report tells (the first such candidate) is
	// the frame; its people are those of every candidate told by its
	// sentence. Only that one is gathered: in a cable without paragraph
	// numbers every meeting qualifies, and a list of them all, searched
	// for each candidate, was quadratic in the cable's size.
	// The first in the text, not the first the readers proposed: those
	// of side lists come before the sentence rules', wherever they are.
	first := -1
	for _, c := range d.cands {
		if c.anchor < 0 || c.prio < 3 || first >= 0 && c.anchor >= first {
			continue
		}
		if u := &d.units[d.sents[c.anchor].unit]; u.section == SectionSubject || u.paragraph <= 2 {
			first = c.anchor
		}
	}
	var f *frameMeeting
	for _, c := range d.cands {
		if c.anchor != first || c.prio < 3 {
			continue
		}
		if f == nil {
			f = &frameMeeting{sent: c.anchor, trig: c.trig, people: []int{c.a, c.b}, date: c.date}
			continue
		}
		for _, p := range []int{c.a, c.b} {
			if !slices.Contains(f.people, p) {
				f.people = append(f.people, p)
			}
		}
	}
	if f == nil {
		return
	}
	type groupMet struct {
		ok   bool
		date string
	}
	groups := map[int]groupMet{} // metGroupInSummary of a frame person
	for si := range d.sents {
		u := &d.units[d.sents[si].unit]
		if u.section != SectionBody || si <= f.sent && u.section != SectionSubject {
			continue
		}
		s := &d.sents[si]
		for _, mi := range d.sentMentions(si) {
			m := &d.ments[mi]
			if m.person < 0 || m.hi >= s.hi || slices.Contains(f.people, m.person) {
				continue
			}
			vi := d.afterApposition(si, mi) // "Nick Bourne, the Welsh Assembly's Conservative Leader, told"
			v := &d.toks[vi]
			if v.kind != tokWord || !sayVerbs.hasLower(v.lower) {
				continue
			}
			feats := []string{"frame", "frame:" + v.text, "frame:para" + bucket(u.paragraph, 2, 4, 8)}
			if m.lo-s.lo <= 3 {
				feats = append(feats, "frame:opens-sentence")
			}
			if d.remote(si) {
				feats = append(feats, "remote")
			}
			// "X told the Ambassador ...", "X explained to SE Gray": in
			// the report of a meeting the Ambassador had, that is the
			// meeting (GOLD-FORMAT.md's meeting report frame); a rule.
			partner := -1
			for k := vi + 1; k < s.hi && k-vi <= 3; k++ {
				if mj := d.mentionAtSent(si, k); mj >= 0 {
					partner = d.ments[mj].person
					break
				}
			}
			for _, p := range f.people {
				feats := feats
				if p == partner && d.personCountry(p) == "US" && d.personCountry(m.person) != "US" && !d.remote(si) && !d.modalBefore(si, vi) {
					date, _ := d.dateNear(si, vi)
					framed := d.inSummary(m.person)
					if !framed {
						// The summary's unnamed group ("where he met
						// political and business leaders"), read once per
						// person; its day when the sentence gives none.
						g, seen := groups[p]
						if !seen {
							g.ok, g.date = d.metGroupInSummary(p)
							groups[p] = g
						}
						framed = g.ok
						if date == "" {
							date = g.date
						}
					}
					if framed {
						d.propose(p, m.person, si, si, vi, 4, date, d.placeIn(si), append(slices.Clone(feats), "rule", "rule:report-frame")...)
						continue
					}
				}
				if v.is("told") && d.names(si, p) {
					feats = append(slices.Clone(feats), "frame:told-partner")
				}
				d.propose(m.person, p, f.sent, si, f.trig, 2, f.date, "", feats...)
			}
		}
	}
}

// afterApposition returns the token after mention mi of sentence si, past
// an apposition between commas that names no one ("Nick Bourne, the Welsh
// Assembly's Conservative Leader, told"): where its verb stands.
func (d *doc) afterApposition(si, mi int) int {
	s := &d.sents[si]
	m := &d.ments[mi]
	if d.toks[m.hi].text != "," {
		return m.hi
	}
	titled := false // a title or a capitalised word describes the person (not ", on the other hand,")
	for k := m.hi + 1; k < s.hi && k-m.hi <= 12; k++ {
		if d.toks[k].text == "," {
			if k+1 < s.hi && titled {
				return k + 1
			}
			break
		}
		titled = titled || d.toks[k].upper || d.isTitleTok(k)
		if mj := d.mentionAtSent(si, k); mj >= 0 && d.ments[mj].person >= 0 || d.toks[k].kind == tokWord && sayVerbs.hasLower(d.toks[k].lower) {
			break // a person, or a verb: no apposition
		}
	}
	return m.hi
}

// attendWords say a sentence lists people who took part in a meeting.
var attendWords = cues("attend_words")

// joinWords say that the people of a sentence took part in the meeting
// just told: "Foreign Minister Salvador also participated", "Ambassador
// Wayne and PolCouns were present", "accompanied by ...".
var joinWords = cues("join_words")

// attendance: people named in a sentence with an attendance word join the
// meeting told last before it, in the same or the previous paragraph. A
// sentence with a join word right after the meeting's sentence, naming a
// person whose country is that of one side, is read as a rule: the person
// joins that side and met the other.
func (d *doc) attendance() {
	var ms []int
	told := -1 // the last anchor sentence of a rule or co-mention pair
	anchors := map[int][]int{}
	ruleEdges := map[int][][2]int{} // anchor -> the rule pairs told by it
	// A meeting told again ("Ambassador Susman met December 9 with Liam
	// Fox" after the summary's "meeting with Fox") anchors its pair where
	// it was first told, but the sentences after the retelling speak of it
	// too: every sentence of a rule meeting is an anchor of its people.
	// Those who join a meeting get its date.
	dateOf := map[int]string{}
	for _, m := range d.meetings {
		anchors[m.sent] = append(anchors[m.sent], m.a, m.b)
		ruleEdges[m.sent] = append(ruleEdges[m.sent], [2]int{m.a, m.b})
		if dateOf[m.sent] == "" {
			dateOf[m.sent] = m.date
		}
	}
	for _, c := range d.cands {
		if c.anchor < 0 || c.prio < 3 {
			continue
		}
		anchors[c.anchor] = append(anchors[c.anchor], c.a, c.b)
		if c.prio == 4 {
			ruleEdges[c.anchor] = append(ruleEdges[c.anchor], [2]int{c.a, c.b})
			if dateOf[c.anchor] == "" {
				dateOf[c.anchor] = c.date
			}
		}
	}
	sideA := map[int]map[int]bool{} // anchor -> person -> on side A (rule pairs)
	for a, edges := range ruleEdges {
		sideA[a] = twoSides(edges)
	}
	lastRule := -1 // the last anchor sentence of a rule pair
	for si := range d.sents {
		if _, ok := anchors[si]; ok {
			told = si
		}
		last := told // the meeting this sentence is read against
		if last < 0 || d.units[d.sents[si].unit].section != SectionBody {
			continue
		}
		if sideA[last] != nil {
			lastRule = last
		} else if last == si && lastRule >= 0 && si-lastRule <= 2 && d.units[d.sents[lastRule].unit].paragraph == d.units[d.sents[si].unit].paragraph {
			// "(Mike Threadgold, Head of Fox's Private Office, and ...
			// Chris Palmer attended the meeting as notetakers.)" after
			// "Ambassador Susman met December 9 with Liam Fox": the
			// sentence's own "meeting" pairs no one, it names those
			// who joined the meeting told just before.
			last = lastRule
		}
		pl, pn := d.units[d.sents[last].unit].paragraph, d.units[d.sents[si].unit].paragraph
		if pn-pl > 1 || si-last > 6 {
			continue
		}
		s := &d.sents[si]
		word, join, at := "", false, -1
		for k := s.lo; k < s.hi; k++ {
			if t := &d.toks[k]; t.kind == tokWord && attendWords.hasLower(t.lower) && word == "" {
				word, at = t.lower, k
				join = joinWords.hasLower(t.lower)
			}
		}
		if word == "" || d.negatedAt(si, at) {
			continue // "Coutinho himself did not attend this meeting"
		}
		asRule := join && si > last && si-last <= 2 && pn == pl && sideA[last] != nil
		if !join && si > last && si-last <= 2 && pn == pl && sideA[last] != nil && d.groupJoins(si, last, anchors[last], sideA[last], dateOf[last]) {
			continue
		}
		type joiner struct {
			p   int
			onA bool
		}
		var joiners []joiner // those the sentence joined to a side, in the text's order
		var joinedBy map[int]bool
		if asRule {
			joinedBy = d.joinedBySide(si, sideA[last])
		}
		for _, mi := range d.personMentions(si, ms) {
			x := d.ments[mi].person
			if _, in := sideA[last][x]; in {
				continue
			}
			// Which side x joins: that of the one x joined ("Ambuehl was
			// joined in the meeting by Ambassador Yvonne Baumann"),
			// whatever x's title says of x's country (joinedBy is empty
			// unless asRule); else that of the first compatriot the
			// meeting names (in the order of the text, not of a map, so
			// that the answer is the same on every run).
			joined, known := joinedBy[x]
			if cx := d.personCountry(x); !known && cx != "" && asRule {
				for _, p := range anchors[last] {
					if onA, ok := sideA[last][p]; ok && d.personCountry(p) == cx {
						joined, known = onA, true
						break
					}
				}
			}
			// "Mike Threadgold, Head of Fox's Private Office": one of the
			// meeting's people owns x's office, x is on that side.
			if !known && asRule {
				if o := d.titleOwner(si, mi); o >= 0 {
					joined, known = sideA[last][o]
				}
			}
			for _, p := range anchors[last] {
				if p == x {
					continue
				}
				feats := []string{"attend", "attend:" + word}
				if si == last {
					feats = append(feats, "attend:same-sentence")
				}
				if known {
					if onA, ok := sideA[last][p]; ok && onA != joined {
						feats = append(feats, "rule", "rule:attend")
						d.propose(p, x, last, si, -1, 4, dateOf[last], "", feats...)
						continue
					}
				}
				d.propose(x, p, last, si, -1, 1, "", "", feats...)
			}
			if known {
				// Two who joined the meeting in one sentence, one on each
				// side ("Threadgold, Head of Fox's Private Office, and
				// Political Officer Chris Palmer attended"), met too.
				for _, y := range joiners {
					if y.onA != joined {
						d.propose(y.p, x, last, si, -1, 4, dateOf[last], "", "attend", "attend:"+word, "rule", "rule:attend")
					}
				}
				joiners = append(joiners, joiner{x, joined})
			}
		}
	}
}

// negations deny what follows them ("did not attend").
var negations = cues("negations")

// negatedAt reports whether a negation stands in the three words before
// token k of sentence si ("did not attend", "was never present").
func (d *doc) negatedAt(si, k int) bool {
	for j := k - 1; j >= d.sents[si].lo && j >= k-3; j-- {
		if t := &d.toks[j]; t.kind != tokPunct && negations.hasLower(t.lower) {
			return true
		}
	}
	return false
}

// joinedBySide reads "P was joined (in the meeting) by A, B and C" in
// sentence si, where P is on a side of the meeting (sides): A, B and C
// are on P's side. It returns each of them with that side.
func (d *doc) joinedBySide(si int, sides map[int]bool) map[int]bool {
	s := &d.sents[si]
	out := map[int]bool{}
	ms := d.sentMentions(si)
	for _, mi := range ms {
		m := &d.ments[mi]
		side, ok := sides[m.person]
		if !ok {
			continue
		}
		// The companion word follows P, with at most "was", "also" or a
		// comma between: not "the Ambassador came alone while al-Qadhafi
		// was accompanied by".
		k := m.hi
		for k < s.hi && k-m.hi < 4 && (d.toks[k].is("was") || d.toks[k].is("were") || d.toks[k].is("also") || d.toks[k].text == ",") {
			k++
		}
		if k >= s.hi || !companionWord(&d.toks[k]) {
			continue
		}
		by := d.findWord(si, k+1, 5, "by")
		if by < 0 {
			continue
		}
		end := s.hi // the list after "by" ends at a new clause ("..., while Fried was accompanied by ..."), not at a semicolon between its members
		for k := by + 1; k < s.hi; k++ {
			if t := &d.toks[k]; t.is("while") || t.is("whereas") || t.is("but") {
				end = k
				break
			}
		}
		for _, mj := range ms {
			o := &d.ments[mj]
			if o.lo >= end {
				break
			}
			if o.lo <= by || o.person < 0 || o.person == m.person || o.hi < s.hi && d.toks[o.hi].kind == tokPoss || d.inParens(si, o.lo) && !d.inParens(si, by) {
				continue // "Hanegbi (Senator Kyl's counterpart ...)": no one who joined
			}
			out[o.person] = side
		}
		return out
	}
	return out
}

// titleOwner is the person whose office mention mi's title names with a
// possessive ("Mike Threadgold, Head of Fox's Private Office": Fox), or
// -1: a name inside the mention's span, other than its own, followed by
// "'s".
func (d *doc) titleOwner(si, mi int) int {
	m := &d.ments[mi]
	for _, mj := range d.sentMentions(si) {
		o := &d.ments[mj]
		if mj == mi || o.person < 0 || o.person == m.person || o.hi >= len(d.toks) || d.toks[o.hi].kind != tokPoss {
			continue
		}
		// Inside the mention ("Mike Threadgold, Head of Fox's Private
		// Office"), or right before it ("Hague's Senior Advisor Arminka
		// Helic").
		if (o.lo < m.lo || o.hi > m.hi) && o.hi+1 != m.lo {
			continue
		}
		return o.person
	}
	return -1
}

// twoSides splits the people of one meeting's rule pairs into two sides:
// the two people of a pair are on different sides. Each pair's own
// orientation (which of them was proposed first) says nothing of the
// meeting's: "Roemer - Rao" and "Rao - Blank" put Roemer and Blank on one
// side, so the sides are found by colouring, not read pair by pair. A
// person the pairs would put on both sides keeps the first colour given.
func twoSides(edges [][2]int) map[int]bool {
	side := map[int]bool{}
	for done := false; !done; {
		done = true
		for _, e := range edges {
			_, inA := side[e[0]]
			_, inB := side[e[1]]
			switch {
			case inA && !inB:
				side[e[1]] = !side[e[0]]
				done = false
			case inB && !inA:
				side[e[0]] = !side[e[1]]
				done = false
			}
		}
		if done {
			// A pair not linked to those coloured so far starts a new
			// group, with its first person on side A.
			for _, e := range edges {
				if _, in := side[e[0]]; !in {
					if _, in := side[e[1]]; !in {
						side[e[0]], side[e[1]] = true, false
						done = false
						break
					}
				}
			}
		}
	}
	return side
}

// groupJoins: "Cameron had assembled an eager group from his front bench
// including Hague, Shadow Chancellor George Osborne, ...", in the sentence
// after the meeting's: a person of the meeting, the sentence's subject,
// brought a group whose members the sentence names after "including";
// they join that person's side and met the other. It reports whether it
// read the sentence so.
func (d *doc) groupJoins(si, last int, people []int, sideA map[int]bool, date string) bool {
	s := &d.sents[si]
	subj := -1
	for _, mi := range d.sentMentions(si) {
		if m := &d.ments[mi]; m.person >= 0 && (subj < 0 || m.lo < d.ments[subj].lo) {
			subj = mi
		}
	}
	if subj < 0 || d.ments[subj].lo-s.lo > 3 {
		return false
	}
	onA, ok := sideA[d.ments[subj].person]
	if !ok {
		return false
	}
	inc := -1
	for k := d.ments[subj].hi; k < s.hi; k++ {
		if d.toks[k].is("including") {
			inc = k
			break
		}
	}
	if inc < 0 {
		return false
	}
	group := false
	for k := max(d.ments[subj].hi, inc-8); k < inc; k++ {
		group = group || memberGroups.hasLower(d.toks[k].lower)
	}
	if !group {
		return false
	}
	read := false
	for _, mi := range d.sentMentions(si) {
		x := d.ments[mi].person
		if d.ments[mi].lo <= inc || x < 0 {
			continue
		}
		if _, in := sideA[x]; in {
			continue
		}
		for _, p := range people {
			if a, ok := sideA[p]; ok && a != onA && p != x {
				d.propose(p, x, last, si, -1, 4, date, "", "attend", "attend:including", "rule", "rule:attend")
				read = true
			}
		}
	}
	return read
}

// pairFeatures add what is known of the two people themselves.
func (d *doc) pairFeatures(c *cand) {
	pa, pb := &d.people[c.a], &d.people[c.b]
	ca, cb := d.personCountry(c.a), d.personCountry(c.b)
	cr := "country:differ"
	switch {
	case ca == "" || cb == "":
		cr = "country:unknown"
	case ca == cb:
		cr = "country:same"
	case ca == "US" || cb == "US":
		cr = "country:us-foreign"
	}
	c.feats = append(c.feats, cr)
	// The sources crossed with the countries: two compatriots in a list
	// are one side; a US official and a foreign one across "with" met.
	for _, src := range []string{"rule", "co", "with", "win", "frame", "attend", "list", "possessive", "first-person-subj"} {
		if slices.Contains(c.feats, src) {
			c.feats = append(c.feats, src+"&"+cr)
		}
	}
	c.feats = append(c.feats, "prio:"+strconv.Itoa(c.prio), "paras:"+bucket(len(c.paras), 1, 2, 4))
	if pa.us || pb.us {
		c.feats = append(c.feats, "signer-or-classifier")
	}
	na, nb := len(pa.ments), len(pb.ments)
	c.feats = append(c.feats, "ments:"+bucket(min(na, nb), 1, 2, 4))
	if d.inSubject(c.a) && d.inSubject(c.b) {
		c.feats = append(c.feats, "both-in-subject")
	} else if d.inSubject(c.a) || d.inSubject(c.b) {
		c.feats = append(c.feats, "one-in-subject")
	}
	n := 0
	for _, f := range c.feats {
		if strings.HasPrefix(f, "co:") && !strings.HasPrefix(f, "co:n") {
			n++
		}
	}
	if n > 1 {
		c.feats = append(c.feats, "co:kinds>1")
	}
	c.feats = append(c.feats, "bias")
}

// personCountry is a person's country as the text shows it ("" when it
// does not).
func (d *doc) personCountry(pi int) string {
	p := &d.people[pi]
	if p.country != "" {
		return p.country
	}
	if p.us || d.usTitled(p) {
		return "US"
	}
	return leaderCountry(p.given, p.sur)
}

// inSummary: the subject line or the first paragraph names person pi.
func (d *doc) inSummary(pi int) bool { return d.whereNamed(pi).summary }

// summaryUnit reports whether unit u is the subject line or the summary
// (the first numbered paragraph, or text no number marks).
func summaryUnit(u *unit) bool {
	return u.section == SectionSubject || u.section == SectionBody && u.paragraph <= 1
}

// metGroupInSummary reports whether the subject line or the summary says
// person pi met people it does not name ("Ambassador Susman made his
// first official visit to Wales on November 25, where he met political
// and business leaders"): the frame in which "X told the Ambassador" later
// in the cable is one of those meetings (GOLD-FORMAT.md), though X is not
// in the summary. pi must be the last person named before "met" (not "The
// Ambassador noted that President Kibaki met business leaders"). It also
// returns the day the sentence gives, if any.
func (d *doc) metGroupInSummary(pi int) (bool, string) {
	for si := range d.sents {
		u := &d.units[d.sents[si].unit]
		if !summaryUnit(u) {
			continue
		}
		s := &d.sents[si]
		for trig := s.lo; trig < s.hi; trig++ {
			if !d.toks[trig].is("met") {
				continue
			}
			last, after := -1, false
			for _, mi := range d.sentMentions(si) {
				m := &d.ments[mi]
				switch {
				case m.person >= 0 && m.lo < trig:
					last = m.person
				case m.person >= 0 && m.lo > trig:
					after = true
				}
			}
			if last == pi && !after && d.groupAfter(si, trig) {
				date, _ := d.dateNear(si, trig)
				return true, date
			}
		}
	}
	return false, ""
}

// groupAfter reports whether a plural noun in lower case follows the
// meeting verb at trig within a few words, the people met not named
// ("met political and business leaders", "met with Muslim community
// leaders"). Its twin groupObject (meet_verbs.go) reads on past
// punctuation and refuses a verb of reporting before "met"; they stay
// apart because merging them would change what either one accepts.
func (d *doc) groupAfter(si, trig int) bool {
	s := &d.sents[si]
	for k := trig + 1; k < s.hi && k-trig <= 6; k++ {
		t := &d.toks[k]
		if t.kind != tokWord {
			return false
		}
		if groupNouns.hasLower(t.lower) {
			return true
		}
	}
	return false
}

func (d *doc) inSubject(pi int) bool { return d.whereNamed(pi).subject }

// named says where a person is named, for inSummary and inSubject.
type named struct {
	seen             int // how many of the person's mentions it has read
	subject, summary bool
}

// whereNamed reads the mentions of person pi not read before. The pair
// readers ask about both people of every candidate, and someone a long
// cable names all along is in many of them: reading all their mentions
// for each made the candidate stage quadratic in the cable's size.
func (d *doc) whereNamed(pi int) named {
	for len(d.named) <= pi {
		d.named = append(d.named, named{})
	}
	w := &d.named[pi]
	for ; w.seen < len(d.people[pi].ments); w.seen++ {
		u := &d.units[d.sents[d.ments[d.people[pi].ments[w.seen]].sent].unit]
		w.subject = w.subject || u.section == SectionSubject
		w.summary = w.summary || summaryUnit(u)
	}
	return *w
}

// bucket names the range n falls in: bucket(5, 1, 3, 8) is "<=8".
func bucket(n int, bounds ...int) string {
	for _, b := range bounds {
		if n <= b {
			return "<=" + strconv.Itoa(b)
		}
	}
	return ">" + strconv.Itoa(bounds[len(bounds)-1])
}
