package extract

import (
	"slices"
	"strings"
)

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
			d.addCountry(a.code, s.unit, t.start, d.toks[end-1].end)
		case annCity:
			if a.code == "" {
				break
			}
			if a.cap && (d.x.CapitalsAsCountries || end < s.hi && (d.toks[end].kind == tokPoss || govVerbs.has(d.toks[end].text))) {
				d.addCountry(a.code, s.unit, t.start, d.toks[end-1].end)
			}
		case annNone:
			if t.kind == tokWord && t.allCaps && d.host != "" && isHostGov(t.text, d.host) {
				d.addCountry(d.host, s.unit, t.start, t.end)
			}
		}
	}
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
	if code == "" {
		return
	}
	e := d.entity(Country, "country:"+code, countryName(code))
	e.Code = code
	u := &d.units[ui]
	e.Mentions = append(e.Mentions, u.mention(d.c, start, end))
}

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
			if a.amb && !(i > s.lo && placePreps.has(d.toks[i-1].text)) {
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
				p := d.entity(Post, "post:"+kind+"-"+slug(a.name), titleCase(kind)+" "+a.name)
				p.Country = a.code
				p.Mentions = append(p.Mentions, u.mention(d.c, d.toks[i-1].start, d.toks[end-1].end))
			}
		case annNone:
			if t := &d.toks[i]; t.allCaps && missionPosts[t.text] {
				p := d.entity(Post, "post:"+strings.ToLower(t.text), t.text)
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

// routingPosts records the posts of the FM, TO and INFO lines.
func (d *doc) routingPosts() {
	all := make([]*addr, 0, 1+len(d.c.To)+len(d.c.Info))
	all = append(all, &addr{d.c.From.Route, d.c.From.Name, d.c.From.Pos.Line, d.c.From.Pos.Offset})
	for _, a := range d.c.To {
		all = append(all, &addr{a.Route, a.Name, a.Pos.Line, a.Pos.Offset})
	}
	for _, a := range d.c.Info {
		all = append(all, &addr{a.Route, a.Name, a.Pos.Line, a.Pos.Offset})
	}
	for _, a := range all {
		if a.name == "" {
			continue
		}
		key, country := postKey(a.name)
		e := d.entity(Post, key, strings.Join(strings.Fields(a.name), " "))
		if e.Route == "" {
			e.Route = a.route
		}
		if e.Country == "" {
			e.Country = country
		}
		e.Mentions = append(e.Mentions, Mention{Text: a.name, Section: "header", Line: a.line, Offset: a.offset})
	}
}

type addr struct {
	route, name  string
	line, offset int
}

// postKey normalises a station name (AMEMBASSY PARIS, SECSTATE WASHDC,
// USMISSION USUN NEW YORK) to a key shared with the text's "Embassy
// Paris", and finds the post's country.
func postKey(name string) (key, country string) {
	f := strings.Fields(strings.ToUpper(name))
	if len(f) == 0 {
		return "post:", ""
	}
	for _, w := range f {
		if missionPosts[w] {
			return "post:" + strings.ToLower(w), ""
		}
	}
	kind := ""
	switch f[0] {
	case "AMEMBASSY", "EMBASSY":
		kind = "embassy"
	case "AMCONSUL", "AMCONGEN", "CONGEN", "CONSULATE":
		kind = "consulate"
	case "USMISSION", "USDEL", "USOFFICE":
		kind = "mission"
	case "SECSTATE":
		return "post:secstate", "US"
	}
	rest := f
	if kind != "" {
		rest = f[1:]
	}
	city := strings.Join(rest, " ")
	if c, ok := lookupCity(city); ok {
		country = c.Country
		city = c.Name
	} else if code, ok := countryByName(city); ok {
		country = code // AMEMBASSY MEXICO, AMEMBASSY PANAMA
	} else if len(rest) > 1 {
		// USINT HAVANA, USDEL GENEVA SWITZERLAND: an office word before
		// the city, or a country after it.
		if c, ok := lookupCity(strings.Join(rest[:len(rest)-1], " ")); ok {
			country, city = c.Country, c.Name
		} else if c, ok := lookupCity(strings.Join(rest[1:], " ")); ok {
			country, city = c.Country, c.Name
		}
	}
	if kind == "" {
		return "post:" + slug(city), country
	}
	return "post:" + kind + "-" + slug(city), country
}

// hostCountry is the country the cable is sent from.
func hostCountry(from string) string {
	if from == "" {
		return ""
	}
	_, c := postKey(from)
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
