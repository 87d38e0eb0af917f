package extract

import (
	"slices"
	"strings"
	"time"
)

// languageAt reports whether the demonym at token i of a sentence
// [lo,hi) names a language rather than a people: a language word after
// it ("Portuguese language paper", "Portuguese- speaking",
// "its Spanish acronym"), "in" or "into" before it with no noun after it
// or after the languages joined to it ("available in Spanish at", "(IURD
// in Portuguese)", "in Portuguese or Spanish and cater"; not "a rise in
// Chinese and Indian investment"), or English or such a language joined
// to it ("both Spanish and English").
func (d *doc) languageAt(lo, hi, i int) bool {
	if d.languageCue(lo, hi, i) {
		return true
	}
	for _, j := range []int{i - 2, i + 2} {
		if j < lo || j >= hi {
			continue
		}
		if g := d.toks[(i+j)/2]; !g.is("and") && !g.is("or") {
			continue
		}
		if d.toks[j].is("english") || d.ann[j].kind == annDemonym && d.languageCue(lo, hi, j) {
			return true
		}
	}
	return false
}

// languageCue is languageAt's reading of the words right around token i.
// A demonym in the plural ("Iraqis", "Afghans") names people.
func (d *doc) languageCue(lo, hi, i int) bool {
	if strings.HasSuffix(d.toks[i].lower, "s") && !strings.HasSuffix(d.toks[i].lower, "ss") && !strings.HasSuffix(d.toks[i].lower, "ese") {
		return false
	}
	next := i + 1
	if next < hi && d.toks[next].text == "-" {
		next++
	}
	if next < hi && languageNouns.hasLower(d.toks[next].lower) {
		return true
	}
	if i == lo || !(d.toks[i-1].is("in") || d.toks[i-1].is("into")) {
		return false
	}
	// Past the languages joined to it: "in Portuguese or Spanish and".
	k := i + 1
	for k+1 < hi && (d.toks[k].is("and") || d.toks[k].is("or") || d.toks[k].text == ",") && (d.ann[k+1].kind == annDemonym || d.toks[k+1].is("english")) {
		k += 2
	}
	if k >= hi || d.toks[k].kind != tokWord {
		return true // "in Spanish.", "in Portuguese)"
	}
	return !d.toks[k].upper && languageFollowers.hasLower(d.toks[k].lower)
}

// languageNouns after a demonym make it a language ("the Spanish press",
// "the Russian version", "Lebanese Speaker" stay countries').
var languageNouns = set("language", "speaking", "acronym", "phrasing", "translation")

// languageFollowers may follow a language after "in" ("available in
// Spanish at", "in Portuguese or Spanish and cater"): words that start
// no noun phrase the demonym could qualify.
var languageFollowers = set("at", "and", "or", "in", "on", "for", "by", "with", "from", "to", "as", "but", "only")

// continentWords before "America" make it a region ("Latin America",
// "Central American"), not the United States.
var continentWords = set("latin", "south", "central", "north")

// govVerbs after a capital make it the government that sits there:
// "Moscow said", "Washington wants".
var govVerbs = cues("gov_verbs")

// countryMentions records the countries the subject and body refer to:
// names, demonyms, abbreviations, "GOF"-style government acronyms of the
// host country, and capitals that stand for their governments.
func (d *doc) countryMentions(si int) {
	s := &d.sents[si]
	u := &d.units[s.unit]
	if u.section != SectionBody && u.section != SectionSubject {
		return
	}
	for i := s.lo; i < s.hi; i++ {
		a := &d.ann[i]
		t := &d.toks[i]
		end := i + max(a.span, 1)
		switch a.kind {
		case annCountry, annDemonym:
			if i > s.lo && d.toks[i-1].is("new") && d.usStateAt(i-1, s.hi) {
				break // "New Jersey", "New Mexico": US states
			}
			if a.kind == annDemonym && d.languageAt(s.lo, s.hi, i) {
				break // "in Spanish", "a Portuguese language paper": the language
			}
			if a.code == "US" && i > s.lo && (t.is("america") || t.is("american") || t.is("americans")) && continentWords.hasLower(d.toks[i-1].lower) {
				break // "Latin America", "South American": a region, not the United States
			}
			d.addCountry(a.code, s.unit, t.start, d.toks[end-1].end)
		case annCity:
			if a.code == "" {
				break
			}
			if a.cap && (d.x.CapitalsAsCountries || end < s.hi && (d.toks[end].kind == tokPoss || govVerbs.hasLower(d.toks[end].lower)) && !d.venueThenAnd(s.lo, i, end)) {
				d.addCountry(a.code, s.unit, t.start, d.toks[end-1].end)
			}
		case annNone:
			if t.kind == tokWord && t.allCaps && d.host != "" && isHostGov(t.text, d.host) {
				d.addCountry(d.host, s.unit, t.start, t.end)
			}
		}
	}
}

// venueThenAnd reports whether the capital at [i,end) follows a
// preposition of place ("in", "at", "to", "from", ...), and the "and"
// after it goes on with something else than another capital or country:
// "the treaties in Brussels and for bringing France ...", "work with the
// U.S. at Copenhagen and not seek to isolate" (not "Moscow and
// Washington agreed", nor "the governments in N'Djamena and Khartoum").
func (d *doc) venueThenAnd(lo, i, end int) bool {
	if !d.toks[end].is("and") || i == lo || !(placePreps.hasLower(d.toks[i-1].lower) || d.toks[i-1].is("at")) {
		return false
	}
	if n := end + 1; n < len(d.toks) && (d.ann[n].kind == annCity && d.ann[n].cap || d.ann[n].kind == annCountry) {
		return false
	}
	return true
}

// isHostGov: GOF is the Government of France in a Paris cable, GOI of
// Iraq in a Baghdad one (and of India in a Delhi one).
func isHostGov(s, host string) bool {
	if len(s) < 3 || len(s) > 4 || s[:2] != "GO" {
		return false
	}
	name := strings.ToUpper(countryName(host))
	name = strings.TrimPrefix(name, "THE ")
	return name != "" && name[0] == s[2]
}

func (d *doc) addCountry(code string, ui, start, end int) {
	code = d.countryOfTheDay(code)
	if code == "" {
		return
	}
	e := d.entity(Country, code, countryName(code))
	e.Code = code
	u := &d.units[ui]
	e.Mentions = append(e.Mentions, u.mention(d.c, start, end))
}

// countryOfTheDay is the country code stands for on the cable's date:
// South Sudan's places ("Juba") were Sudan's until its independence on
// 9 July 2011. A country that no longer was one when the cable was sent
// ("the Soviet Union", "Yugoslavia" in a cable of 2001-2010) is history
// the cable recalls, which the gold sets do not count among the
// countries a cable refers to (of 27 cables that named the Soviet
// Union, 2 counted it; 2026-12-07): none.
func (d *doc) countryOfTheDay(code string) string {
	switch code {
	case "SS":
		if d.c.Date.IsZero() || d.c.Date.Before(southSudanIndependence) {
			return "SD"
		}
	case "SU", "YU":
		if d.c.Date.IsZero() || d.c.Date.After(yugoslaviaEnd) {
			return ""
		}
	}
	return code
}

var (
	southSudanIndependence = time.Date(2011, 7, 9, 0, 0, 0, 0, time.UTC)
	// yugoslaviaEnd: the Soviet Union ended in 1991 and the Federal
	// Republic of Yugoslavia took the name Serbia and Montenegro in 2003;
	// either name in a later cable is history.
	yugoslaviaEnd = time.Date(2003, 2, 4, 0, 0, 0, 0, time.UTC)
)

// placeMentions records cities (with their countries) and organisations.
func (d *doc) placeMentions(si int) {
	s := &d.sents[si]
	u := &d.units[s.unit]
	if u.section != SectionBody && u.section != SectionSubject {
		return
	}
	for i := s.lo; i < s.hi; i++ {
		if o, end := d.orgAt(si, i); end > i {
			e := d.entity(Organization, o.key(), o.name)
			e.Country = o.country
			m := u.mention(d.c, d.toks[i].start, d.toks[end-1].end)
			if alias := strings.Join(strings.Fields(m.Text), " "); alias != o.name && !slices.Contains(e.Aliases, alias) {
				e.Aliases = append(e.Aliases, alias)
			}
			e.Mentions = append(e.Mentions, m)
			i = end - 1
			continue
		}
		a := &d.ann[i]
		end := i + max(a.span, 1)
		switch a.kind {
		case annCity:
			if a.amb && !(i > s.lo && placePreps.hasLower(d.toks[i-1].lower)) {
				break
			}
			e := d.entity(Place, placeKey(a.name, a.code), a.name)
			e.Country = a.code
			e.Mentions = append(e.Mentions, u.mention(d.c, d.toks[i].start, d.toks[end-1].end))
			// "Embassy Paris": a post as well.
			if i > s.lo && (d.toks[i-1].is("embassy") || d.toks[i-1].is("consulate") || d.toks[i-1].is("congen") || d.toks[i-1].is("amembassy")) {
				kind := "embassy"
				if !d.toks[i-1].is("embassy") && !d.toks[i-1].is("amembassy") {
					kind = "consulate"
				}
				p := d.entity(Post, d.textPostKey("post:"+kind+"-"+slug(a.name)), titleCase(kind)+" "+a.name)
				p.Country = a.code
				p.Mentions = append(p.Mentions, u.mention(d.c, d.toks[i-1].start, d.toks[end-1].end))
			}
		case annNone:
			if t := &d.toks[i]; t.allCaps && missionPosts[t.text] {
				p := d.entity(Post, d.textPostKey("post:"+t.lower), t.text)
				p.Mentions = append(p.Mentions, u.mention(d.c, t.start, t.end))
			}
		}
	}
}

func placeKey(name, code string) string {
	return "place:" + strings.ToLower(code) + ":" + slug(name)
}

// missionPosts are the US missions to organisations, named by acronym.
var missionPosts = map[string]bool{"USUN": true, "USEU": true, "USNATO": true, "USOSCE": true, "UNVIE": true, "USAU": true, "USOAS": true}

// hostCountry is the country the cable is sent from.
func hostCountry(from string) string {
	if from == "" {
		return ""
	}
	_, c := nameKey(from)
	return c
}

// reportedCountry is the country a post reports on when its name says so:
// "Iran RPO Dubai" reports on Iran from Dubai.
func reportedCountry(origin string) string {
	first, _, ok := strings.Cut(origin, " ")
	if !ok {
		return ""
	}
	code, _ := countryByName(first)
	if code == "US" {
		return "" // "US Interests Section Havana", "US Mission ..."
	}
	return code
}

// slug makes a key part: lower case, accents kept off, words joined by -.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range fold(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127:
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
	}
	return b.String()
}
