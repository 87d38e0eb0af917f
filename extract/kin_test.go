package extract

import (
	"context"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
)

// surnameMentions lists the mentions of the people of res whose key holds
// sur, in text order, as "text>key".
func surnameMentions(res *Result, sur string) []string {
	type at struct {
		off int
		s   string
	}
	var all []at
	for _, e := range res.Entities {
		if e.Type != Person || !strings.Contains(e.Key, sur) {
			continue
		}
		for _, m := range e.Mentions {
			all = append(all, at{m.Offset, m.Text + ">" + strings.TrimPrefix(e.Key, "person:")})
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].off < all[j].off })
	out := make([]string, len(all))
	for i, a := range all {
		out[i] = a.s
	}
	return out
}

// TestKinship: a name a family word introduces is a relative, a person of
// their own; a later bare surname is the other bearer's, the one with an
// office or named without a family word, unless a family word or a
// married woman's honorific stands right before it. Sentences from
// mirror cables (09DAKAR1069, 08PARIS957, 09SANTIAGO899, 07PARIS2027,
// 08KABUL2782, 09TRIPOLI924, 08BEIJING3067), cut; the cable is a 2007
// Paris one (cableOf), and none of these relatives is in data/people.tsv.
func TestKinship(t *testing.T) {
	tests := []struct {
		para string
		sur  string
		want []string // "text>key" of the mentions of the people whose key holds sur
		subj string   // "FAMILIES" when empty
	}{
		0: {`Details have continued to emerge regarding Senegalese President Abdoulaye Wade's project for a "Monument of the African Renaissance." Additionally, Wade has named his son, Karim Wade, as the president of the foundation's board of directors. Wade can easily pull some strings at the company to push deals through.`,
			"wade", []string{"Abdoulaye Wade>abdoulaye-wade", "Wade>abdoulaye-wade", "Karim Wade>karim-wade", "Wade>abdoulaye-wade"}, ""},
		// An apposition before the name: "his second wife, Cecelia".
		1: {`Nicolas Sarkozy begins the second year of a five-year term as President. He married Carla Bruni-Tedeschi within weeks of meeting her following his divorce from his second wife, Cecelia Sarkozy. Sarkozy's speech before a joint session of Congress was a success.`,
			"sarkozy", []string{"Nicolas Sarkozy>nicolas-sarkozy", "Cecelia Sarkozy>cecelia-sarkozy", "Sarkozy>nicolas-sarkozy"}, ""},
		// Family words a few words back, and in an apposition.
		2: {`Concertacion candidate Eduardo Frei is attempting to regain the presidency. Frei's daughter and campaign advisor, Magdalena Frei, notes that her father's analytical training as an engineer carries over to his political work. These assets are largely managed by his brother, Francisco Javier Frei, via the Inversiones Saturno investment firm. Nonetheless, Frei maintains a simple lifestyle.`,
			"frei", []string{"Eduardo Frei>eduardo-frei", "Frei>eduardo-frei", "Magdalena Frei>magdalena-frei", "Francisco Javier Frei>francisco-javier-frei", "Frei>eduardo-frei"}, ""},
		// A copula: "Qayum is President Karzai's brother".
		3: {`On October 13, Abdul Qayum Karzai described to the Ambassador the potential Saudi reconciliation talks. (Qayum is President Karzai's brother and an American citizen.) King Abdullah called Karzai directly to discuss the proposed process.`,
			"karzai", []string{"Abdul Qayum Karzai>qayum-karzai", "Qayum>qayum-karzai", "Karzai>hamid-karzai", "Karzai>hamid-karzai"}, ""},
		// A relative the cable names by one word keeps its later mentions
		// (the second sentence is made up).
		4: {`Saif's slide was juxtaposed with younger brother Mutassim's rise, with the latter completing a state visit to Russia. Mutassim told the Ambassador that he would visit Washington.`,
			"mutassim", []string{"Mutassim>mutassim~07paris3972", "Mutassim>mutassim~07paris3972"}, ""},
		// "Mrs." asks for the wife; a bare surname for the other Bachman.
		// (The last two sentences are made up.)
		5: {`One of the Americans, Todd Bachman, was killed and his wife, Barbara Bachman, was taken to Peking Union Hospital. Mrs. Bachman remains in serious condition. Bachman had led a tour group.`,
			"bachman", []string{"Todd Bachman>todd-bachman", "Barbara Bachman>barbara-bachman", "Bachman>barbara-bachman", "Bachman>todd-bachman"}, ""},
		// The subject line names the brother in full, in capitals.
		6: {`On October 13, Abdul Qayum Karzai described to the Ambassador the potential Saudi reconciliation talks. (Qayum is President Karzai's brother and an American citizen.)`,
			"karzai", []string{"QAYUM KARZAI>qayum-karzai", "Abdul Qayum Karzai>qayum-karzai", "Qayum>qayum-karzai", "Karzai>hamid-karzai"},
			"QAYUM KARZAI AND AMBASSADOR DISCUSS SAUDI RECONCILIATION TALKS"},
		// "[title or name] and Mrs. X" is the wife of that one, even when
		// no family word was read before; the key of a wife named by
		// surname alone stays with the cable (data/known_people.txt's
		// Ike Skelton is the Chairman). From 07BEIJING5705 and
		// 09TELAVIV2777; the first sentence of 7 is made up.
		7: {"Ambassador Clark T. Randt met Mayor Wang Qishan in June. Ambassador and Mrs. Randt hosted Beijing Mayor Wang Qishan and his wife for dinner on August 29.",
			"randt", []string{"Clark T. Randt>clark-t-randt", "Ambassador>clark-t-randt", "Randt>randt~07paris3972"}, ""},
		8: {"CODEL Skelton, consisting of House Armed Services Committee Chairman Ike Skelton (D, MO) and Mrs. Skelton, Representative Steve Israel (D-NY), met with Prime Minister Binyamin Netanyahu.",
			"skelton", []string{"Skelton>ike-skelton", "Ike Skelton>ike-skelton", "Skelton>skelton~07paris3972"}, ""},
		// "The Kirchners" are a couple: neither's mention; "Kirchner's
		// inner circle" in 2005 is the President's, his wife's name
		// after it notwithstanding (TestUnmistakableSurname: even in a
		// cable that names no Argentina). From 05BUENOSAIRES141.
		9: {"Those in Kirchner's inner circle are his wife Cristina Fernandez de Kirchner and Carlos Zannini. Zannini is one of the few associates that the Kirchners regularly invite to their Saturday coffee sessions.",
			"kirchner", []string{"Kirchner>nestor-kirchner", "Cristina Fernandez de Kirchner>cristina-fernandez-de-kirchner"}, ""},
		// "Mrs." after "wife of": Suha, not the President (07TUNIS1489).
		10: {"The GOT decided to revoke the citizenship of Suha Arafat, wife of the late Palestinian Authority President Yassir Arafat. The GOT had only granted Tunisian nationality to Mrs. Arafat and her 12 year-old daughter Zahwa in September, 2006.",
			"arafat", []string{"Suha Arafat>suha-arafat", "Yassir Arafat>yassir-arafat", "Arafat>suha-arafat"}, ""},
	}
	for i, tt := range tests {
		subj := tt.subj
		if subj == "" {
			subj = "FAMILIES"
		}
		res := (&Extractor{}).Extract(cableOf(t, subj, tt.para))
		if got := surnameMentions(res, tt.sur); !slices.Equal(got, tt.want) {
			t.Errorf("%d: mentions\n%q\nwant\n%q", i, got, tt.want)
		}
	}
}

// TestKinTitles: a title in an apposition that the possessive makes
// another's ("the president's wife") is not the name's; nor does the
// word of a relative named after a name make that name a relative.
func TestKinTitles(t *testing.T) {
	tests := []struct {
		para   string
		name   string
		titles []string
		kin    bool
	}{
		0: {"According to the press, Hortefeux and Cecilia Sarkozy, the president's highly influential wife, often clashed during the run-up to the 2007 presidential campaign.",
			"Cecilia Sarkozy", nil, true},
		1: {"Bahrain's King Hamad, his son Crown Prince Salman, and Foreign Minister Khalid bin Ahmad al Khalifa received visiting Ambassador to Iraq Crocker in Manama.",
			"Salman", []string{"Crown Prince"}, true},
		2: {"President Sarkozy, his wife Carla Bruni and Foreign Minister Kouchner arrived on May 3.",
			"Sarkozy", []string{"President"}, false},
		// A family word before a noun names no one (08MUNICH423); a name
		// after "of" is the one the relative is of (06BERN2115).
		3: {"The CSU is pursuing an aggressive economic campaign that diverges from that of its sister party, Chancellor Merkel's Christian Democrats.",
			"Merkel", []string{"Chancellor"}, false},
		4: {"Ambassador Welti had recently been approached by the brother of former Iranian President Rafsanjani about opening unofficial channels to the USG.",
			"Rafsanjani", []string{"President"}, false},
	}
	for i, tt := range tests {
		c := cableOf(t, "FAMILIES", tt.para)
		res := (&Extractor{}).Extract(c)
		e := findPerson(res, tt.name)
		if e == nil {
			t.Errorf("%d: no %s", i, tt.name)
			continue
		}
		if !slices.Equal(e.Titles, tt.titles) {
			t.Errorf("%d: %s titles %q, want %q", i, tt.name, e.Titles, tt.titles)
		}
		d := docPool.Get().(*doc)
		d.x, d.c, d.ctx, d.host = &Extractor{}, c, context.Background(), "FR"
		d.run()
		kin := false
		for mi := range d.ments {
			if m := &d.ments[mi]; strings.HasSuffix(m.name, tt.name) || m.name == tt.name {
				kin = kin || m.kin != kinNone
			}
		}
		if kin != tt.kin {
			t.Errorf("%d: %s a relative: %v, want %v", i, tt.name, kin, tt.kin)
		}
		d.reset()
		docPool.Put(d)
	}
}

// TestOfficeTerms: a surname that names an office holder's term ("the
// Clinton Administration", "the Castro regime") is the one who held the
// office then, even in a cable that speaks of a namesake who holds
// another; "Clinton-era" names no one. Sentences after 09SEOUL672,
// 06BRASILIA875 and 08KABUL576 (cables of the identity gold's dev
// and train splits).
func TestOfficeTerms(t *testing.T) {
	tests := []struct {
		year int
		para string
		sur  string
		want []string
	}{
		0: {2009, "Secretary Clinton will visit Seoul. XXXXXXXXXXXX said the DPRK saw the 1999-2000 rapprochement with the Clinton Administration as the first, failed, chance for peace with the U.S.",
			"clinton", []string{"Clinton>hillary-clinton", "Clinton>bill-clinton"}},
		// A Secretary Clinton the table does not know (in 2007) is not
		// the President of the Administration either.
		1: {2007, "Secretary Clinton will visit Seoul. XXXXXXXXXXXX said the DPRK saw the 1999-2000 rapprochement with the Clinton Administration as the first, failed, chance for peace with the U.S.",
			"clinton", []string{"Clinton>clinton~07paris3972", "Clinton>bill-clinton"}},
		2: {2006, "Brazil and Cuba: the GoB does not publicly criticize the Castro regime's human rights record.",
			"castro", []string{"Castro>fidel-castro"}},
		3: {2008, "Ahmed Wali Karzai met Seerat, who tends to be critical of the Karzai government.",
			"karzai", []string{"Ahmed Wali Karzai>ahmed-wali-karzai", "Karzai>hamid-karzai"}},
		4: {2009, "Clinton-era policies were reversed, Lavrov said.", "clinton", nil},
	}
	for i, tt := range tests {
		c := cableOf(t, "TERMS", tt.para)
		c.Date = time.Date(tt.year, 9, 21, 16, 12, 0, 0, time.UTC)
		res := (&Extractor{}).Extract(c)
		if got := surnameMentions(res, tt.sur); !slices.Equal(got, tt.want) {
			t.Errorf("%d: mentions\n%q\nwant\n%q", i, got, tt.want)
		}
	}
}

// TestCompoundSurnames: a surname of several words keeps its particles
// ("Fernandez de la Vega", "Lins da Silva") and its first word ("Lopez
// Obrador"): a shorter form of it in the cable is the same person, the
// key is the whole name, and the last word alone is the cable's bearer
// of the compound, not the usual bearer of that word (President Lula da
// Silva) when no title of his is written before it. Sentences from
// 06SAOPAULO428 (train split of the identity gold), 06MADRID2908,
// 05MADRID1178 and 06MEXICO1509, cut; the last sentence of 3 is made up.
func TestCompoundSurnames(t *testing.T) {
	tests := []struct {
		para string
		sur  string
		want []string
	}{
		0: {"Former journalist and current political consultant Carlos Eduardo Lins da Silva said Alckmin has a solid chance of beating Lula. Even with lackluster economic performance in Brazil, Lula will be hard to beat, said Silva. Former journalist Silva tried to bolster this assertion.",
			"silva", []string{"Carlos Eduardo Lins da Silva>carlos-eduardo-lins-da-silva", "Lula>luiz-inacio-lula-da-silva", "Lula>luiz-inacio-lula-da-silva",
				"Silva>carlos-eduardo-lins-da-silva", "Silva>carlos-eduardo-lins-da-silva"}},
		1: {"Vice President Maria Teresa Fernandez de la Vega will host the Ambassador. Ambassador will also raise the issue with GOS VP Fernandez de la Vega at a scheduled lunch on November 20.",
			"vega", []string{"Maria Teresa Fernandez de la Vega>maria-teresa-fernandez-de-la-vega", "Fernandez de la Vega>maria-teresa-fernandez-de-la-vega"}},
		// Alone, the compound is a name of its own, not a cable's "Vega".
		2: {"Ambassador will also raise the issue with GOS VP Fernandez de la Vega at a scheduled lunch on November 20.",
			"vega", []string{"Fernandez de la Vega>fernandez-de-la-vega"}},
		3: {"She sought to portray presidential front-runner Andres Manuel Lopez Obrador as a dangerous authoritarian who would cause capital flight. Lopez Obrador said he would win.",
			"obrador", []string{"Andres Manuel Lopez Obrador>andres-manuel-lopez-obrador", "Lopez Obrador>andres-manuel-lopez-obrador"}},
	}
	for i, tt := range tests {
		res := (&Extractor{}).Extract(cableOf(t, "NAMES", tt.para))
		if got := surnameMentions(res, tt.sur); !slices.Equal(got, tt.want) {
			t.Errorf("%d: mentions\n%q\nwant\n%q", i, got, tt.want)
		}
	}
}
