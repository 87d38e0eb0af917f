package lexicon

import "sync"

type nameTables struct {
	givenEn   foldedSet // English given names (public domain)
	given     foldedSet // all given names: English, international, curated
	stop      foldedSet
	particles foldedSet
	acronyms  map[string]struct{} // as written: acronyms are capitals
}

var nameData = sync.OnceValue(buildNames)

func buildNames() *nameTables {
	t := &nameTables{
		givenEn:   words(givenNamesEnTXT),
		given:     words(givenNamesEnTXT, givenNamesIntlTXT, curatedGivenNamesTXT),
		stop:      words(stopwordsTXT),
		particles: words(particlesTXT),
		acronyms:  map[string]struct{}{},
	}
	for _, r := range rows("acronyms.txt", acronymsTXT, 1) {
		t.acronyms[r.field(0)] = struct{}{}
	}
	return t
}

// IsGivenName reports whether s is a known given name in any of some fifty
// languages ("Isabelle", "Sergey", "Mohammed", "Jang-Hee"). Many given
// names are also English words ("Will", "May", "Mark", "Hope"): check
// [IsStopWord] too before taking a capitalised word for a name.
func IsGivenName(s string) bool { return nameData().given.has(s) }

// IsStopWord reports whether s is a common word that cables capitalise
// without it being a name: function words, sentence openers ("Please",
// "However"), months and days, cable vocabulary ("Embassy", "Septel",
// "Comment", "Summary", "Classified", "Reason").
func IsStopWord(s string) bool { return nameData().stop.has(s) }

// IsSurnameParticle reports whether s is a lower-case particle of a
// surname ("al-", "al", "bin", "de", "van", "von", "da", "del", "la"):
// "Walid al-Muallem", "Ursula von der Leyen".
func IsSurnameParticle(s string) bool { return nameData().particles.has(s) }

// IsAcronym reports whether s, as written, is an acronym known from the
// cables (heuer/cablemap's list: "ASEAN", "A/S", "DCM", "SIPDIS"), so an
// all-capitals token is not taken for a name.
func IsAcronym(s string) bool {
	_, ok := nameData().acronyms[s]
	return ok
}
