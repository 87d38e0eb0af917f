package lexicon

import (
	"strconv"
	"strings"
	"sync"
)

// OrgKind says what kind of organisation an Org is.
type OrgKind uint8

// The kinds of organisations.
const (
	OrgIntergovernmental OrgKind = iota + 1 // NATO, EU, OSCE, AU, GCC, UN bodies
	OrgGovernment                           // a national agency or body: CIA, Duma, Knesset, ISI
	OrgParty                                // a political party: UMP, PSOE, ANC, AKP
	OrgArmedGroup                           // Hizballah, Hamas, FARC, ELN, PKK, Taliban, al-Qaida
	OrgNGO                                  // ICRC, Amnesty International, Human Rights Watch
	OrgCompany                              // Gazprom, Aramco, Petrobras
	OrgMedia                                // Al Jazeera, BBC, AFP
	OrgBloc                                 // an informal grouping of states: G8, P5+1, Quartet
)

var orgKinds = map[string]OrgKind{
	"intergovernmental": OrgIntergovernmental, "government": OrgGovernment, "party": OrgParty,
	"armed": OrgArmedGroup, "ngo": OrgNGO, "company": OrgCompany, "media": OrgMedia, "bloc": OrgBloc,
}

func (k OrgKind) String() string {
	for s, v := range orgKinds {
		if v == k {
			return s
		}
	}
	return "OrgKind(" + strconv.Itoa(int(k)) + ")"
}

// Org is a well-known organisation named in cables.
type Org struct {
	Name     string // canonical English name: "Hizballah", "North Atlantic Treaty Organization"
	Acronyms []string
	Country  string // ISO code of a national organisation, "" for international ones
	Kind     OrgKind
}

var orgData = sync.OnceValue(buildOrgs)

func buildOrgs() foldedMap[*Org] {
	m := newFoldedMap[*Org]()
	for _, r := range rows("curated_orgs.tsv", orgsTSV, 4) {
		kind, ok := orgKinds[r.field(3)]
		if !ok {
			panic(r.errorf("unknown organisation kind %q", r.field(3)))
		}
		o := &Org{Name: r.field(0), Country: r.field(2), Kind: kind}
		if a := r.field(1); a != "" {
			o.Acronyms = strings.Split(a, "|")
		}
		m.put(o.Name, o, false, false)
		// Acronyms match as written or in capitals: "AU" is not "au",
		// "PP" is not "pp."; mixed-case spellings go in the aliases.
		for _, a := range o.Acronyms {
			m.put(a, o, true, false)
		}
		if a := r.field(4); a != "" {
			for _, alias := range strings.Split(a, "|") {
				m.put(alias, o, false, false)
			}
		}
	}
	return m
}

// LookupOrg returns the organisation that s names, by name ("Arab
// League"), acronym ("NATO", "IAEA", "PSOE") or variant spelling
// ("Hezbollah", "al-Qaeda"). Org.Acronyms is shared: do not modify it.
func LookupOrg(s string) (Org, bool) {
	if o, ok := orgData().get(s); ok {
		return *o, true
	}
	return Org{}, false
}
