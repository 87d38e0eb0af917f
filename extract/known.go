package extract

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/cablegraph/cablegraph/cable"
)

// knownPeopleText is a list of people often named in cables, one full
// name a line, from Lars Heuer's cablemap (BSD-3-Clause; see
// data/known_people.LICENSE).
//
//go:embed data/known_people.txt
var knownPeopleText string

// knownPeople holds the folded full names of the list and the surnames
// that are distinctive enough to name their bearer alone: five letters
// or more, and no given name or common word ("Berlusconi", "Zardari",
// but not "Smith" or "Martin", which many others bear).
type knownPeopleIndex struct {
	full     map[string]bool
	surnames map[string]bool
	bySur    map[string]string // distinctive folded surname -> full name
}

var knownPeople = sync.OnceValue(func() knownPeopleIndex {
	k := knownPeopleIndex{full: make(map[string]bool), surnames: make(map[string]bool), bySur: make(map[string]string)}
	common := make(map[string]int)
	fullOf := make(map[string]string)
	for _, line := range strings.Split(knownPeopleText, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		k.full[foldName(strings.Join(f, " "))] = true
		common[f[len(f)-1]]++
		fullOf[f[len(f)-1]] = strings.Join(f, " ")
	}
	for sur, n := range common {
		if n <= 2 && len(sur) >= 5 && !isGivenName(sur) && !isStopWord(sur) && !isParticle(sur) {
			k.surnames[foldName(sur)] = true
			if n == 1 {
				k.bySur[foldName(sur)] = fullOf[sur]
			}
		}
	}
	return k
})

// isKnownPerson reports whether a name as written (one or more words) is
// a person of the list, in full or by a distinctive surname.
func isKnownPerson(name string) bool {
	k := knownPeople()
	f := foldName(name)
	if k.full[f] {
		return true
	}
	return !strings.Contains(f, " ") && k.surnames[f]
}

// taggedSurnames returns the folded surnames of the person TAGS of a
// cable ("SARKOZY, NICOLAS" -> sarkozy): the cable's own statement that it
// speaks of these people.
func taggedSurnames(c *cable.Cable, out []string) []string {
	for _, t := range c.Tags {
		if t.Kind != cable.TagPerson {
			continue
		}
		sur, _, _ := strings.Cut(t.Value, ",")
		f := strings.Fields(sur)
		if len(f) == 0 {
			continue
		}
		out = append(out, foldName(f[len(f)-1]))
	}
	return out
}

// leadersText names the country of the leaders and officials cables name
// without a country word; see data/leaders.tsv.
//
//go:embed data/leaders.tsv
var leadersText string

type leader struct {
	name    string
	given   []string
	country string
	full    bool // the surname alone does not say it is this person
}

// leaders maps a folded surname to the leaders who bear it.
var leaders = sync.OnceValue(func() map[string][]leader {
	m := make(map[string][]leader)
	for _, line := range strings.Split(leadersText, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 || len(f[1]) != 2 {
			panic("extract: bad line in data/leaders.tsv: " + line) // a build error
		}
		given, sur := splitName(f[0])
		m[sur] = append(m[sur], leader{name: f[0], given: given, country: f[1], full: len(f) > 2 && f[2] == "full"})
	}
	return m
})

// leaderCountry returns the country of the leader a person's name (folded
// given names and surname) refers to, if exactly one country fits.
func leaderCountry(given []string, sur string) string {
	country := ""
	for _, l := range leaders()[sur] {
		if l.full && len(given) == 0 || !compatibleGiven(l.given, given) {
			continue
		}
		if country != "" && country != l.country {
			return "" // two leaders of that name, of two countries
		}
		country = l.country
	}
	return country
}

// knownBySurname returns the full name of the one person of
// data/known_people.txt whose distinctive surname is sur (folded), or "".
func knownBySurname(sur string) string { return knownPeople().bySur[sur] }
