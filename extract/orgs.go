package extract

import "strings"

// orgRef is an organisation read in the text.
type orgRef struct {
	name    string // canonical name: "North Atlantic Treaty Organization", "Ministry of Foreign Affairs"
	acronym string // first acronym of a lexicon organisation, which keys it
	country string // ISO code of a national organisation
}

// key identifies the organisation across cables. It is derived from the
// name (or the acronym the lexicon gives it: "org:nato", "org:iaea"), and
// a national organisation's carries its country, since "the Ministry of
// Foreign Affairs" of a Paris cable and of a Moscow one are two bodies:
// "org:fr:ministry-of-foreign-affairs".
func (o orgRef) key() string {
	id := o.acronym
	if id == "" {
		id = o.name
	}
	if o.country == "" {
		return "org:" + slug(id)
	}
	return "org:" + strings.ToLower(o.country) + ":" + slug(id)
}

// orgAt reads the organisation whose name starts at token i of sentence
// si: a lexicon organisation ("NATO", "Hizballah"), a ministry ("the
// Foreign Ministry", "Russia's Ministry of Defense", "MFA") or a party the
// lexicon does not know ("the Pirate Party"). It returns the token after
// the name; end == i when there is none.
func (d *doc) orgAt(si, i int) (o orgRef, end int) {
	s := &d.sents[si]
	a := &d.ann[i]
	t := &d.toks[i]
	if !t.upper || t.kind != tokWord {
		return o, i
	}
	if o, end := d.ministryAt(si, i); end > i {
		return o, end
	}
	switch {
	case a.kind == annOrg:
		end = i + max(a.span, 1)
		if m, ok := ministryOf(t.text); ok && a.span <= 1 {
			// "MFA": the host's ministry, or the one a country
			// adjective names ("the Russian MFA").
			o = orgRef{name: m, country: d.adjectiveCountry(si, i)}
			if o.country == "" {
				o.country = a.code
			}
			if o.country == "" || o.country == "US" {
				return orgRef{}, i // no US ministry: a foreign one, whose country is unknown
			}
			return o, end
		}
		o = orgRef{name: a.name, acronym: a.acronym, country: a.code}
		switch {
		case a.party:
			o.country = d.partyCountry(si, i)
		case a.gov && a.code != "":
			// "the Brazilian Congress": the lexicon's country is a guess
			// at whose body a generic name means.
			if c := d.adjectiveCountry(si, i); c != "" {
				o.country = c
			}
		}
		if o.country != a.code {
			// Another country's party or body: the lexicon's acronym is
			// not its, nor a name that says whose it is ("Israeli Labor
			// Party"), which gives way to the name as written.
			o.acronym = ""
			if namesCountry(o.name) {
				o.name = strings.Join(strings.Fields(d.units[d.sents[si].unit].text[t.start:d.toks[end-1].end]), " ")
				if d.units[d.sents[si].unit].caps {
					o.name = titleWords(o.name) // LABOR PARTY in a subject line
				}
			}
		}
		if o.name == "" {
			o.name = t.text
		}
		if o.country == "" && isHostMinistry(o.name) {
			o.country = d.host
		}
		return o, end
	case a.kind == annTitleMod && a.org:
		o = orgRef{name: a.name, acronym: a.acronym, country: a.code}
		if c := d.adjectiveCountry(si, i); a.gov && a.code != "" && c != "" {
			o.country = c // "the Brazilian Congress"
		}
		return o, i + 1
	}
	return d.partyAt(si, i, s.hi)
}

// ministryAt reads "[Country's|Demonym] Domain Ministry" and "Ministry of
// [the] Domain" ("Foreign Ministry", "Ministry of Foreign Affairs",
// "Ministry of the Interior"), all named "Ministry of Domain" so that the
// variants of one cable meet, of the country an adjective gives or else of
// the cable's host.
func (d *doc) ministryAt(si, i int) (o orgRef, end int) {
	s := &d.sents[si]
	var domain []string
	switch {
	case d.toks[i].is("ministry") && i+2 < s.hi && d.toks[i+1].is("of"):
		k := i + 2
		if d.toks[k].is("the") {
			k++
		}
		e := k
		for e < s.hi && e-k < 5 && d.toks[e].kind == tokWord {
			t := &d.toks[e]
			if t.upper && d.ann[e].kind != annCountry && d.ann[e].kind != annDemonym && d.ann[e].kind != annCity {
				domain = append(domain, t.text)
				e++
				continue
			}
			if t.is("and") && e+1 < s.hi && d.toks[e+1].upper {
				domain = append(domain, "and")
				e++
				continue
			}
			break
		}
		if len(domain) == 0 || domain[len(domain)-1] == "and" {
			return o, i
		}
		end = e
	default:
		// One or two modifiers before "Ministry": "Foreign Ministry",
		// "Foreign Affairs Ministry".
		e := i
		for e < s.hi && e-i < 2 && d.ann[e].kind == annTitleMod && !d.ann[e].org && d.toks[e].upper && !d.toks[e].is("ministry") {
			domain = append(domain, d.toks[e].text)
			e++
		}
		if len(domain) == 0 || e >= s.hi || !d.toks[e].is("ministry") || !d.toks[e].upper {
			return o, i
		}
		if !ministryDomain[strings.ToLower(domain[0])] {
			return o, i // "Deputy Ministry", "Prime Ministry"
		}
		end = e + 1
	}
	o.name = "Ministry of " + canonicalDomain(strings.Join(domain, " "))
	o.country = d.adjectiveCountry(si, i)
	if o.country == "" {
		o.country = d.host
	}
	if o.country == "" || o.country == "US" {
		return orgRef{}, i // no US ministry: a foreign one, whose country is unknown
	}
	return o, end
}

// ministryDomain are the words that begin the name of a ministry before
// "Ministry": "Foreign Ministry", "Defense Ministry".
var ministryDomain = cues("ministry_domain")

// canonicalDomain names a ministry's field the way its "Ministry of"
// form does: the Foreign Ministry is the Ministry of Foreign Affairs, the
// Defence Ministry the Ministry of Defense.
func canonicalDomain(s string) string {
	switch strings.ToLower(s) {
	case "foreign", "foreign affairs":
		return "Foreign Affairs"
	case "defense", "defence", "national defense", "national defence":
		return "Defense"
	case "interior", "home", "home affairs", "internal", "internal affairs":
		return "Interior"
	}
	return titleWords(s)
}

// titleWords capitalises each word but "and" (MINISTRY OF JUSTICE in a
// capitals cable is the Ministry of Justice).
func titleWords(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		if strings.EqualFold(w, "and") {
			f[i] = "and"
		} else {
			f[i] = titleCase(w)
		}
	}
	return strings.Join(f, " ")
}

// adjectiveCountry is the country a demonym or possessive right before
// token i gives what it names: "Russian MFA", "Russia's Foreign Ministry".
func (d *doc) adjectiveCountry(si, i int) string {
	s := &d.sents[si]
	k := i - 1
	if k >= s.lo && (d.ann[k].kind == annDemonym || d.ann[k].kind == annCountry) {
		return d.ann[k].code
	}
	if k-1 >= s.lo && d.toks[k].kind == tokPoss && d.ann[k-1].kind == annCountry {
		return d.ann[k-1].code
	}
	return ""
}

// partyAt reads a party the lexicon does not know, named by capitalised
// words before "Party" in mixed-case text: "the Pirate Party", "the New
// Democratic Party" (whose last words the lexicon gives the US party). It
// is of the country an adjective gives, or of the host; "Six Party talks"
// are talks, not a party.
func (d *doc) partyAt(si, i, hi int) (o orgRef, end int) {
	if d.units[d.sents[si].unit].caps || i > d.sents[si].lo && d.toks[i-1].upper && d.toks[i-1].kind == tokWord && d.ann[i-1].kind == annNone {
		return o, i // inside a longer capitalised phrase
	}
	e := i
	modifier, known := false, false
	for e < hi && e-i < 4 && d.toks[e].kind == tokWord && d.toks[e].upper && !d.toks[e].allCaps && !d.toks[e].is("party") {
		a := &d.ann[e]
		if a.kind == annOrg && a.party && e > i {
			e += max(a.span, 1) - 1 // "New" + "Democratic Party"
			known = true
			break
		}
		switch {
		case a.kind == annTitleMod && !a.org, a.kind == annStop && !determiners.hasLower(d.toks[e].lower):
			modifier = true // "Labor", "Liberal", "Left", "New"
		case a.kind != annNone:
			return o, i
		}
		e++
	}
	if e == i || e >= hi || !d.toks[e].is("party") || !d.toks[e].upper {
		return o, i
	}
	// Common words ("Labor", "Left", "Social") make a party's name
	// before a known party's name ("New Democratic Party") or after "the"
	// or a country word ("the opposition Labor Party", "Dutch Labor
	// Party"), not at
	// the head of a sentence ("Ruling Party officials said").
	if modifier && !known {
		p := i - 1
		if p < d.sents[si].lo || !(partyLead[d.toks[p].text] || d.ann[p].kind == annDemonym || d.ann[p].kind == annCountry) {
			return o, i
		}
	}
	if e+1 < hi && (d.toks[e+1].is("talks") || d.toks[e+1].is("of") || d.toks[e+1].is("framework")) {
		return o, i
	}
	o.name = strings.Join(strings.Fields(d.units[d.sents[si].unit].text[d.toks[i].start:d.toks[e].end]), " ")
	o.country = d.adjectiveCountry(si, i)
	if known, ok := lookupOrg(o.name); ok {
		o.name, o.acronym = known.Name, known.Acronym
		if o.country == "" {
			o.country = known.Country
		}
	}
	if o.country == "" {
		o.country = d.host
	}
	if o.country == "" || o.country == "US" {
		return orgRef{}, i
	}
	return o, e + 1
}

// partyLead, in lower case, come before the name of a party: "the
// opposition Labor Party".
var partyLead = map[string]bool{"the": true, "opposition": true, "ruling": true, "governing": true, "junior": true, "coalition": true}

// determiners are never part of a party's name: "The Party", "This Party".
var determiners = cues("determiners")

// namesCountry reports whether a name has a country's name or demonym in
// it: "Israeli Labor Party", "Social Democratic Party of Germany".
func namesCountry(name string) bool {
	for _, w := range strings.Fields(name) {
		if _, ok := countryByName(w); ok {
			return true
		}
		if _, ok := countryByDemonym(w); ok {
			return true
		}
	}
	return false
}

// partyCountry is the country of a party the lexicon knows by a name
// that many countries' parties share ("Conservative Party", "Workers'
// Party", "Justice and Development Party"): the lexicon's guess gives way
// to a country adjective, and else to the host, whose parties a post
// writes about. Acronyms ("AKP") and US parties keep the lexicon's.
func (d *doc) partyCountry(si, i int) string {
	a := &d.ann[i]
	if c := d.adjectiveCountry(si, i); c != "" {
		return c
	}
	if a.span <= 1 && d.toks[i].allCaps || a.code == "US" || d.host == "" || d.host == "US" {
		return a.code
	}
	return d.host
}
