package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/cablegraph/cablegraph/cable"
)

// TestPersonTitles: the titles a person holds are the positions the text
// states, one each: a rank between a title and the name is split from
// it and dropped beside a post, a plural head is each holder's in the
// singular, a leading article is not the title's, and a rank that ends a
// head stays in it.
func TestPersonTitles(t *testing.T) {
	tests := []struct{ in, want []string }{
		{[]string{"Joint Task Force Omega commander General"}, []string{"Joint Task Force Omega commander"}},
		{[]string{"West Bank Division Commander BG"}, []string{"West Bank Division Commander"}},
		{[]string{"Army Commander Brigadier General"}, []string{"Army Commander"}},
		{[]string{"Finance Minister Mr."}, []string{"Finance Minister"}},
		{[]string{"Assistant Professor"}, []string{"Assistant Professor"}},
		{[]string{"Deputy Attorney General"}, []string{"Deputy Attorney General"}},
		{[]string{"Deputy Ambassador"}, []string{"Deputy Ambassador"}},
		{[]string{"Intelligence Chief Prince"}, []string{"Intelligence Chief"}},
		{[]string{"Presidents"}, []string{"President"}},
		{[]string{"Foreign Ministers"}, []string{"Foreign Minister"}},
		{[]string{"The Secretary General of the Council of Europe"}, []string{"Secretary General of the Council of Europe"}},
		// Kept whole: the rank ends a head, or nothing before it is a title.
		{[]string{"Attorney General"}, []string{"Attorney General"}},
		{[]string{"Secretary General"}, []string{"Secretary General"}},
		{[]string{"Vice Admiral"}, []string{"Vice Admiral"}},
		{[]string{"General"}, []string{"General"}},
		{[]string{"Crown Prince"}, []string{"Crown Prince"}},
		// A rank, a prince's or "Monsignor" beside a post is how the
		// holder is addressed (addressRank); alone, it is kept.
		{[]string{"Army Commander General", "General"}, []string{"Army Commander"}},
		{[]string{"General", "Chief of General Staff"}, []string{"Chief of General Staff"}},
		{[]string{"MG", "Commander of the 82nd Airborne"}, []string{"Commander of the 82nd Airborne"}},
		{[]string{"Prince", "Governor of Riyadh"}, []string{"Governor of Riyadh"}},
		{[]string{"Msgr.", "Under Secretary for Relations with States"}, []string{"Under Secretary for Relations with States"}},
		{[]string{"Major General", "Gen."}, []string{"Major General", "Gen."}},
		{[]string{"Prince"}, []string{"Prince"}},
		// A post that is also an honorific stays beside another post.
		{[]string{"Crown Prince", "Deputy Prime Minister"}, []string{"Crown Prince", "Deputy Prime Minister"}},
		{[]string{"King", "Supreme Commander"}, []string{"King", "Supreme Commander"}},
		{[]string{"Ambassador", "Assistant Secretary"}, []string{"Ambassador", "Assistant Secretary"}},
		{[]string{"Cardinal", "Secretary of State"}, []string{"Cardinal", "Secretary of State"}},
		// A delegation is no post.
		{[]string{"CODEL", "Senator"}, []string{"Senator"}},
		{[]string{"Staffdel"}, nil},
	}
	for _, tc := range tests {
		if got := personTitles(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("personTitles(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestRankAfterTitle reads titles before a name from the text: a rank
// right before the name after a title or its complement, and what must
// not be taken for one.
func TestRankAfterTitle(t *testing.T) {
	c := cableOf(t, "TITLES",
		"MFA Undersecretary for Foreign Policy Ambassador Luis Cappagli and Army Commander Brigadier General Marcelo Colombo Murua met Poloff.",
		"Under Secretary for Political Affairs Ambassador Vera Machado, Pol/Mil Advisor to Deputy Foreign Minister Guimaraes Ambassador Marcos Pinta Gama and Assistant Secretary for WHA Thomas P. Shannon Ambassador William B. Wood attended.",
		"Pakistani Chief of Army Staff General Kayani met Riedel.",
		"Assistant Secretary of State Stephen Rademaker met on 11 April with his Brazilian Foreign Ministry counterpart, Ambassador Antonio Guerreiro, Assistant Secretary for International Organizations (in the MRE structure this includes UN and arms control issues).",
		"Presidents Putin and Halonen met in Helsinki.")
	want := map[string][]string{
		"Luis Cappagli":         {"MFA Undersecretary for Foreign Policy", "Ambassador"},
		"Marcelo Colombo Murua": {"Army Commander"},
		"Vera Machado":          {"Under Secretary for Political Affairs", "Ambassador"},
		"Guimaraes":             {"Deputy Foreign Minister"},
		"Marcos Pinta Gama":     {"Ambassador"},
		"Thomas P. Shannon":     {"Assistant Secretary for WHA"},
		"William B. Wood":       {"Ambassador"},
		"Kayani":                {"Chief of Army Staff"},
		"Vladimir Putin":        {"President"},
	}
	people := peopleOf(c)
	checkTitles(t, people, want)
	checkNoPerson(t, people, "Organizations")
}

// TestTitleComplementWords: a title head's complement may hold words the
// lexicon gives no title mark ("External", "Human", a list of domains);
// not when the title is the object of another's ("Special Advisor to the
// Assistant Secretary ..."), nor when one word after it ends the name of
// a body ("Chairman of the Middle East and South Asia Subcommittee of the
// House ...").
func TestTitleComplementWords(t *testing.T) {
	c := cableOf(t, "TITLES",
		"Minister of External Affairs Pranab Mukherjee met Secretary of Human Rights Rama Yade and Minister for Higher Education, Science and Technology Sally Kosgei.",
		"Reich was accompanied by Special Advisor to the Assistant Secretary for Western Hemisphere Affairs William Perry and Consul General Patrick Duddy.",
		"Representative Gary Ackerman, Chairman of the Middle East and South Asia Subcommittee of the House International Relations Committee, met with Opposition Leader Binyamin Netanyahu.")
	want := map[string][]string{
		"Pranab Mukherjee": {"Minister of External Affairs"},
		"Rama Yade":        {"Secretary of Human Rights"},
		"Sally Kosgei":     {"Minister for Higher Education, Science and Technology"},
	}
	people := peopleOf(c)
	checkTitles(t, people, want)
	if e := people["William Perry"]; slices.ContainsFunc(e.Titles, func(s string) bool { return strings.Contains(s, "Assistant Secretary") }) {
		t.Errorf("William Perry holds %q: the Assistant Secretary is the one he advises", e.Titles)
	}
	checkNoPerson(t, people, "Subcommittee")
}

// TestAbbreviatedTitles: a title abbreviated with a stop keeps it ("Amb.
// Daalder"), and the jargon of US posts names its holders ("SRAP
// Holbrooke", "DASD Shivers", "PR Churkin", "AUSTR Everett Eissenstat").
// A possessive before a title is its country or body, not another holder
// ("Iran's Ambassador to India S.Z. Yaghoubi"); one word after a title's
// "of the" is the body's, not a person ("Deputy Commander of the Combined
// Security Transition Command").
func TestAbbreviatedTitles(t *testing.T) {
	c := cableOf(t, "TITLES",
		"Amb. Daalder met Pres. Karzai. SRAP Holbrooke met PR Churkin. AUSTR Everett Eissenstat arrived.",
		"Edelman was accompanied by DASD Shivers, Deputy Commander of the Combined Security Transition Command - Afghanistan (CSTC-A) BG George, and two OSD staffers.",
		"On October 15, Iran's Ambassador to India S.Z. Yaghoubi called on External Affairs Minister K. Natwar Singh.")
	want := map[string][]string{
		"Daalder":            {"Amb."},
		"Hamid Karzai":       {"Pres."},
		"Holbrooke":          {"SRAP"},
		"Churkin":            {"PR"},
		"Everett Eissenstat": {"AUSTR"},
		"Shivers":            {"DASD"},
		"S.Z. Yaghoubi":      {"Ambassador to India"},
	}
	people := peopleOf(c)
	checkTitles(t, people, want)
	checkNoPerson(t, people, "Combined")
}

// TestListTitle: a plural title before a list of names is each name's, in
// the singular, past an aside ("Representatives Brian Baird (D-WA) and
// Jim Cooper"); a singular one is the first name's alone ("President Bush
// and Kerry").
func TestListTitle(t *testing.T) {
	c := cableOf(t, "TITLES",
		"Presidents Putin and Halonen met. Senators Kerry, Lugar and Biden met Foreign Ministers Lavrov and Kouchner.",
		"Representatives Brian Baird (D-WA) and Jim Cooper (D-TN) arrived. Minister Alain Joyandet and Roux spoke.",
		"Representatives Ed Royce (R-CA), Diane Watson (D-CA) and Adam Schiff (D-CA) met Poloff. Senators Hagel, Reed, and Warner came.",
		"During the visit of Senators Chuck Hagel and Joseph Biden, the talks went well. In a meeting with Senators Byrd and Leahy, Karzai and Spanta asked for troops.")
	want := map[string][]string{
		"Halonen": {"President"}, "Lugar": {"Senator"}, "Bernard Kouchner": {"Foreign Minister"},
		"Jim Cooper": {"Representative"}, "Roux": nil,
		"Diane Watson": {"Representative"}, "Warner": {"Senator"}, "Joseph Biden": {"Senator"}, "Spanta": nil,
	}
	checkTitles(t, peopleOf(c), want)
}

// TestRoleTitle: a role that stands for a named person alone is one of
// that person's titles as the cable states them ("Classified By: Amb.
// Carol van Voorst", then "Ambassador called on ...").
func TestRoleTitle(t *testing.T) {
	c := cableClassifiedBy(t, "Amb. Carol van Voorst", "TITLES", "Ambassador called on MFA Permanent Secretary Gretar Sigurdsson on January 22.")
	for _, e := range (&Extractor{}).Extract(c).Entities {
		if e.Name == "Carol van Voorst" {
			if want := []string{"Amb.", "Ambassador"}; !slices.Equal(e.Titles, want) {
				t.Errorf("%s: titles %q, want %q", e.Name, e.Titles, want)
			}
			return
		}
	}
	t.Error("Carol van Voorst not found")
}

// TestNoRoleBeforeComplementedName: a title head followed by its
// complement and a name is that name's title, not a role standing alone
// for the cable's own ambassador ("Chinese Ambassador to Islamabad Hui";
// "Amb. Daalder" is Daalder's).
func TestNoRoleBeforeComplementedName(t *testing.T) {
	c := cableClassifiedBy(t, "Amb. Carol van Voorst", "TITLES", "Chinese Ambassador to Islamabad Hui met Poloff. Amb. Daalder met him too.")
	for _, e := range (&Extractor{}).Extract(c).Entities {
		if e.Name == "Carol van Voorst" {
			if want := []string{"Amb."}; !slices.Equal(e.Titles, want) || len(e.Mentions) != 1 {
				t.Errorf("%s: titles %q and %d mentions, want %q and the Classified By line's", e.Name, e.Titles, len(e.Mentions), want)
			}
			return
		}
	}
	t.Error("Carol van Voorst not found")
}

// TestStatedNationality: the text states a person's country in ways no
// title grammar reads: "AMCIT" before the name, "of Mexico" after it, a
// title at a country's embassy.
func TestStatedNationality(t *testing.T) {
	c := cableOf(t, "COUNTRIES",
		"The problem is known, according to Gary Nicholls, Second Secretary at the British Embassy, and we agree.",
		"Toledo fears investors like Carlos Slim of Mexico. The claim by AMCIT Claude Cassirer was heard.")
	want := map[string]string{"Gary Nicholls": "GB", "Carlos Slim": "MX", "Claude Cassirer": "US"}
	for _, e := range (&Extractor{}).Extract(c).Entities {
		if w, ok := want[e.Name]; ok && e.Type == Person {
			if e.Country != w {
				t.Errorf("%s: country %s, want %s", e.Name, e.Country, w)
			}
			delete(want, e.Name)
		}
	}
	if len(want) > 0 {
		t.Errorf("not found: %v", want)
	}
}

// peopleOf extracts c and returns its people by name.
func peopleOf(c *cable.Cable) map[string]Entity {
	out := map[string]Entity{}
	for _, e := range (&Extractor{}).Extract(c).Entities {
		if e.Type == Person {
			out[e.Name] = e
		}
	}
	return out
}

// checkTitles fails unless each person of want is found with exactly its
// titles (nil: none).
func checkTitles(t *testing.T, people map[string]Entity, want map[string][]string) {
	t.Helper()
	for name, w := range want {
		if e, ok := people[name]; !ok {
			t.Errorf("%s not found", name)
		} else if !slices.Equal(e.Titles, w) {
			t.Errorf("%s: titles %q, want %q", name, e.Titles, w)
		}
	}
}

// checkNoPerson fails when a person's name holds word: the last word of a
// title's complement, not a name.
func checkNoPerson(t *testing.T, people map[string]Entity, word string) {
	t.Helper()
	for name := range people {
		if strings.Contains(name, word) {
			t.Errorf("%q read as a person", name)
		}
	}
}

// TestReviewMends7: inputs two reviewers of the titles work found wrong,
// each kept as it should read.
func TestReviewMends7(t *testing.T) {
	c := cableOf(t, "TITLES",
		"Congressman John Lewis of Georgia met Foreign Minister Kouchner on July 10. Representative David Scott of Georgia, a Democrat, joined him.",
		"Canadian Governor General Michaelle Jean, UNRWA Commissioner General Karen AbuZayd, Comptroller General David Walker, PLO Delegate General Afif Safieh, Command Sergeant Major Michael Hall and Air Chief Marshal Tanvir Mahmood Ahmed attended.",
		"Assistant Professor Ahmed Kazemi, Chief Imam Abdul Aziz, MFA Deputy Director General Ahmed Kamal, UN Deputy Secretary General Asha-Rose Migiro and Deputy Attorney General Paul McNulty spoke.",
		"According to Ambassador to India David Mulford, the talks went well. William Wood arrived. Ambassador to Afghanistan Wood met President Karzai on July 10.",
		"Todd Stern came. Special Envoy for Climate Change Stern met Foreign Minister Kouchner on July 10. Deputy Assistant Secretary for Western Hemisphere met Kouchner too.",
		"Senators Kerry and Lugar, Smith told Poloff, will visit in May. In a meeting with Senators Hagel and Biden, Karzai asked for more troops.",
		"Chairman of the Joint Chiefs of Staff Admiral Mike Mullen and Ashfaq Kayani met. Speaker of the House of Representatives Pelosi and Lula discussed trade.",
		"ISI Deputy Chief Nadeem Taj, Army Commander Gen. Tariq Majid and Chief of General Staff General Yasar Buyukanit came.",
		"The Ambassador informed Foreign Minister Aboul Gheit of Israel's decision.")
	people := peopleOf(c)
	checkNoPerson(t, people, "Hemisphere")
	if e := people["David Mulford"]; !slices.Contains(e.Titles, "Ambassador to India") {
		t.Errorf("David Mulford: titles %q, want Ambassador to India among them", e.Titles)
	}
	checkTitles(t, people, map[string][]string{
		"Ahmed Kazemi": {"Assistant Professor"}, "Michaelle Jean": {"Governor General"}, "Karen AbuZayd": {"Commissioner General"}, "David Walker": {"Comptroller General"},
		"Afif Safieh": {"PLO Delegate General"}, "Michael Hall": {"Sergeant Major"}, "Tanvir Mahmood Ahmed": {"Air Chief Marshal"},
		"Abdul Aziz": {"Chief Imam"}, "Ahmed Kamal": {"MFA Deputy Director General"},
		"Asha-Rose Migiro": {"UN Deputy Secretary General"}, "Paul McNulty": {"Deputy Attorney General"},
		"William Wood": {"Ambassador to Afghanistan"}, "Todd Stern": {"Special Envoy for Climate Change"},
		"Smith": nil, "Ashfaq Kayani": nil,
		"Nadeem Taj": {"ISI Deputy Chief"}, "Tariq Majid": {"Army Commander"}, "Yasar Buyukanit": {"Chief of General Staff"},
	})
	for name, e := range people {
		if strings.Contains(name, "Karzai") && slices.Contains(e.Titles, "Senator") || strings.Contains(name, "Lula") && len(e.Titles) > 0 {
			t.Errorf("%s holds %q: the plural title was another list's or the complement's", name, e.Titles)
		}
	}
	for _, name := range []string{"John Lewis", "David Scott"} {
		if e := people[name]; e.Country != "US" {
			t.Errorf("%s: country %q, want US (Georgia is his state)", name, e.Country)
		}
	}
	if e := people["Aboul Gheit"]; e.Country == "IL" {
		t.Errorf("Aboul Gheit: country IL: Israel's is the decision")
	}
	if got := singularHead([]string{"foreign", "ministers"}); !slices.Equal(got, []string{"foreign", "minister"}) {
		t.Errorf("singularHead(foreign ministers) = %q, want it as written", got)
	}
	checkMET(t, []metCase{
		{"Ambassador William Wood", "During their March 3 meeting, Spanta thanked the Ambassador for Secretary Rice's letter.", "Spanta - William Wood 2007-03-03"},
		{"Ambassador William Wood", "Deputy Ambassador Alejandro Wolff met Russian Deputy Foreign Minister Ryabkov on July 10. On July 11, the Ambassador met Foreign Minister Lavrov.",
			"Alejandro Wolff - Ryabkov 2007-07-10; Sergey Lavrov - William Wood 2007-07-11"},
	})
}

// TestTitleEndsInLink: a title read before a name never ends in its
// link word: the name after "of the" is a body's ("Executive Director of
// the Qadhafi Development Foundation"), or the complement's words run
// into the name ("Chancellor of the Exchequer Darling").
func TestTitleEndsInLink(t *testing.T) {
	c := cableOf(t, "TITLES",
		"Yusuf Sawani, Executive Director of the Qadhafi Development Foundation, spoke.",
		"Chancellor of the Exchequer Darling met Gurria on July 10.")
	people := peopleOf(c)
	checkTitles(t, people, map[string][]string{"Darling": {"Chancellor of the Exchequer"}})
	for name, e := range people {
		for _, title := range e.Titles {
			if w := strings.Fields(title); w[len(w)-1] == "the" || w[len(w)-1] == "of" {
				t.Errorf("%s holds %q, a title cut at its link", name, title)
			}
		}
	}
}

// TestAppositionUnknownWords: a title in apposition may open with
// capitalised words the lexicon does not know, where the apposition
// closes after it ("Sandra Melendez, TSA International Industry
// Representative, said"); not where it runs on ("Michael Hall,
// Biotechnology Advisor for USAID's Regional Economic Development
// Services Office in Nairobi, met with ...": the meeting is still read).
func TestAppositionUnknownWords(t *testing.T) {
	c := cableOf(t, "TITLES", "Sandra Melendez, TSA International Industry Representative, said no.")
	checkTitles(t, peopleOf(c), map[string][]string{"Sandra Melendez": {"TSA International Industry Representative"}})
	c = cableClassifiedBy(t, "Ambassador Craig Stapleton", "MEETING",
		"Michael Hall, Biotechnology Advisor for USAID's Regional Economic Development Services Office in Nairobi, met with Monsignor James Reinert of the Pontifical Council for Justice and Peace (J and P), and Jack Bobo, Deputy Chief, EB/TTP/ABT/BTT, met with Fr. Michael Osborn of the Pontifical Council Cor Unum on May 3.")
	if pairs := metPairs((&Extractor{RulesOnly: true}).Extract(c)); !slices.Contains(pairs, "James Reinert - Michael Hall 2007-05-03") {
		t.Errorf("Michael Hall - James Reinert not paired: %q", pairs)
	}
}

// TestTitleHeads: heads the cables use that the lexicon lacked ("Chief
// of Army Staff", COAS, "First Lady", "notetaker"). Where the words
// before a rank read as no title once the rank is apart, the rank is read
// with them ("Army Staff General Tariq Majid"); a title with its
// complement keeps the rank apart ("MOD Chief of Operations Gen.
// Eikelboom").
func TestTitleHeads(t *testing.T) {
	c := cableOf(t, "TITLES", "Pakistani Chief of Army Staff General Kayani met Riedel. First Lady Laura Bush met Minister Xavier Darcos and Jim Covert (notetaker). COAS Kayani spoke.",
		"Nuland met MOD Chief of Operations Gen. Eikelboom on May 3 and Army Staff General Tariq Majid on May 4.")
	checkTitles(t, peopleOf(c), map[string][]string{
		"Kayani": {"Chief of Army Staff", "COAS"}, "Laura Bush": {"First Lady"}, "Jim Covert": {"notetaker"},
		"Eikelboom": {"MOD Chief of Operations"}, "Tariq Majid": {"Army Staff General"},
	})
}

// TestComplementOfModifiers: a title's complement may be made only of
// words the lexicon marks as title modifiers, or run over two links
// ("Director of International Cooperation", "Under Secretary of Defense
// for Policy"); modifiers before the head may be joined by "and"
// ("National Security and Defense Council Secretary"). Not after a complement read from the name leftwards
// ("... for Western Hemisphere Affairs, U.S. Dept. of State Brian
// Harris" makes no person "Dept"), nor through a lower-case word
// ("President of Congress under Alberto Fujimori").
func TestComplementOfModifiers(t *testing.T) {
	c := cableOf(t, "TITLES",
		"The Ambassador met Director of International Cooperation Kamal al-Bahri and MoD Director of Security Policy Ivan Dvorak.",
		"He also met Under Secretary of Defense for Policy Eric Edelman on May 3 and Ukrainian National Security and Defense Council Secretary Raisa Bohatyreva.",
		"Jaime Yoshiyama, former Minister and President of Congress under Alberto Fujimori, spoke.",
		"Participants: Craig Kelly, Principal Deputy Assistant Secretary of State for Western Hemisphere Affairs, U.S. Dept. of State Brian Harris (notetaker).")
	people := peopleOf(c)
	checkTitles(t, people, map[string][]string{
		"Kamal al-Bahri":   {"Director of International Cooperation"},
		"Ivan Dvorak":      {"MoD Director of Security Policy"},
		"Eric Edelman":     {"Under Secretary of Defense for Policy"},
		"Raisa Bohatyreva": {"National Security and Defense Council Secretary"},
	})
	if got := people["Raisa Bohatyreva"].Country; got != "UA" {
		t.Errorf("Raisa Bohatyreva: country %q, want UA", got)
	}
	if e, ok := people["Alberto Fujimori"]; !ok || len(e.Titles) > 0 {
		t.Errorf("Alberto Fujimori holds %q: he is the one the title is held under", e.Titles)
	}
	checkNoPerson(t, people, "Dept")
}

// TestOccupationsAndJargon: occupations the gold sets give as titles
// ("filmmaker", "State Councilor", "Special Agent") and US and
// ministry jargon (DNSA, CHOD, A/FM, ADCM, POLAD) are title heads. A
// plural title before one word that no list goes on from is a
// headline's subject, not a title of a person ("Six Italian Soldiers
// Die"), while a list after it keeps it ("Senators Baker, Lugar and
// Kerry").
func TestOccupationsAndJargon(t *testing.T) {
	c := cableOf(t, "TITLES",
		"The Ambassador met filmmaker Theo van Gogh, State Councilor Wu Yi and FBI Special Agent Maritza Conde-Vazquez.",
		"DNSA Abrams met CHOD GEN Basbug, A/FM Mona Omar and POLAD John Smith; ADCM David Henifin attended.",
		`The daily headlined: "Attack in Kabul - Six Italian Soldiers Die," and wrote that Senators Baker, Lugar and Kerry met.`,
		"Representatives Baird (D-WA) and Cooper (D-TN) met Foreign Minister Kouchner.")
	people := peopleOf(c)
	checkTitles(t, people, map[string][]string{
		"Theo van Gogh":         {"filmmaker"},
		"Wu Yi":                 {"State Councilor"},
		"Maritza Conde-Vazquez": {"FBI Special Agent"},
		"Abrams":                {"DNSA"},
		"Basbug":                {"CHOD"},
		"Mona Omar":             {"A/FM"},
		"John Smith":            {"POLAD"},
		"David Henifin":         {"ADCM"},
		"Baker":                 {"Senator"},
		"Lugar":                 {"Senator"},
		"Baird":                 {"Representative"},
		"Cooper":                {"Representative"},
	})
	checkNoPerson(t, people, "Die")
}

// TestAppositionPossessive: a title in apposition may open with a
// country's or a body's possessive, which gives the country ("Nestor
// Kirchner, Argentina's President-elect", "Ana Toniatti, the MFA's
// General Coordinator", the MFA being the host's).
func TestAppositionPossessive(t *testing.T) {
	c := cableOf(t, "TITLES", "The Ambassador met Nestor Kirchner, Argentina's President-elect, and Ana Toniatti, the MFA's General Coordinator, on May 3.",
		"Adel al-Jubeir, Saudi Arabia's Ambassador to Washington, spoke.")
	people := peopleOf(c)
	checkTitles(t, people, map[string][]string{
		"Nestor Kirchner": {"President-elect"},
		"Ana Toniatti":    {"General Coordinator"},
		"Adel al-Jubeir":  {"Ambassador to Washington"},
	})
	for name, want := range map[string]string{"Nestor Kirchner": "AR", "Ana Toniatti": "FR", "Adel al-Jubeir": "SA"} {
		if got := people[name].Country; got != want {
			t.Errorf("%s: country %q, want %q", name, got, want)
		}
	}
}

// TestBareUSTitles: titles that US cables give US officials are shared
// by other governments' officials when written bare. "Secretary" alone
// makes an American only of a name other cables give Americans; so do
// "Congressman" where the host's legislators bear it too (Lima, not
// Paris nor Nairobi), and "Representative" and "Senator" everywhere,
// unless the cable shows the US Congress. Colombia's "DAS Director" and
// the Holy See's "Cardinal Secretary of State" are no US posts; an EU
// Special Representative and the UN's own ranks serve no country, while
// a Deputy Trade Representative is the US's.
func TestBareUSTitles(t *testing.T) {
	for _, tt := range []struct {
		post string
		para string
		want map[string]string
	}{
		{"PARIS", "Congressman Zorblatt spoke. Secretary Powell spoke. Secretary Luis Tellez Kuenzler spoke. Senator Jean-Louis Bianco spoke.",
			map[string]string{"Zorblatt": "US", "Powell": "US", "Luis Tellez Kuenzler": "FR", "Jean-Louis Bianco": "FR"}},
		{"LIMA", "Congressman Jorge del Castillo spoke. Congressman Mulder spoke. Congressman Gregory Meeks spoke.",
			map[string]string{"Jorge del Castillo": "PE", "Mulder": "PE", "Gregory Meeks": "US"}},
		{"NAIROBI", "Former Congressman Howard Wolpe spoke.", map[string]string{"Howard Wolpe": "US"}},
		{"SEOUL", "Representative Park Jie-won spoke.", map[string]string{"Park Jie-won": "KR"}},
		{"CAIRO", "CODEL Dorgan arrived. Senators Zorbaugh (ND) and Feltsky (MS) visited the pyramids.",
			map[string]string{"Zorbaugh": "US", "Feltsky": "US"}},
		{"PARIS", "DAS Director Felipe Munoz, Cardinal Secretary of State Jean Villot and EU Special Representative Pierre Morel spoke. SRSG Hans Korbel spoke. Assistant Secretary-General Haile Menkerios spoke. Deputy Trade Representative Karan Bhatia spoke.",
			map[string]string{"Felipe Munoz": "FR", "Jean Villot": "FR", "Pierre Morel": "", "Hans Korbel": "", "Haile Menkerios": "", "Karan Bhatia": "US"}},
		// One-word US posts stand alone, not inside another word.
		{"SAN JOSE", "DNI Zorbin spoke. DUSTR Veroneau spoke. Director of Industry Zumbrado spoke.",
			map[string]string{"Zorbin": "US", "Veroneau": "US", "Zumbrado": "CR"}},
	} {
		people := peopleOf(cableAtPost(t, tt.post, "Political Minister-Counselor Josiah Rosenblatt", "TITLES", tt.para))
		for name, want := range tt.want {
			e, ok := people[name]
			if !ok {
				t.Errorf("%s: %s not found", tt.post, name)
			} else if e.Country != want {
				t.Errorf("%s: %s (%q): country %q, want %q", tt.post, name, e.Titles, e.Country, want)
			}
		}
	}
}

// TestSecondTitleInApposition: a titled name may have a second title in
// apposition ("Chief of Army Staff General Ashfaq Kayani (former ISI
// head)"), kept beside the first even when one holds the other's words
// ("Foreign Minister Mottaki (former Deputy Foreign Minister)"), up to
// the sentence's end. Not a role word, which is another person's
// ("Thomas Shannon, accompanied by Ambassador,"); not a rank ("Tom
// Brack, General,", "Jim Jeffrey, the Ambassador, the Consul General");
// not the next name's title whose complement ran into that name
// ("Kalonzo Musyoka, Minister of Security Saitoti"); not the next title
// of a list of people ("Interior Minister Bolani, Deputy Minister for
// Security, and the NDS Director").
func TestSecondTitleInApposition(t *testing.T) {
	c := cableOf(t, "TITLES",
		"Chief of Army Staff General Ashfaq Kayani (former ISI head) met Nuland.",
		"Burns was accompanied by NEA PDAS Jim Jeffrey, the Ambassador, the Consul General, P Staff assistant Herro Mustafa and ConGen notetaker.",
		"Vice President Kalonzo Musyoka, Minister of Security Saitoti and others attended.",
		"Under Secretary for Political Affairs Thomas Shannon, accompanied by Ambassador, met Taiana.",
		"Commander Tom Brack, General, spoke.",
		"Foreign Minister Manouchehr Mottaki (former Deputy Foreign Minister) met the Ambassador.",
		"The Ambassador met Interior Minister Zarar Bolani, Deputy Minister for Security, and the NDS Director. President Nicolas Sarkozy, the Interior Minister, and the Defense Minister attended.",
		"Prime Minister Gilani met Director General Shuja Pasha, the former ISI chief. Pasha said the talks went well.")
	people := peopleOf(c)
	checkTitles(t, people, map[string][]string{
		"Ashfaq Kayani":      {"Chief of Army Staff", "former ISI head"},
		"Jim Jeffrey":        {"NEA PDAS"},
		"Kalonzo Musyoka":    {"Vice President"},
		"Thomas Shannon":     {"Under Secretary for Political Affairs"},
		"Tom Brack":          {"Commander"},
		"Manouchehr Mottaki": {"Foreign Minister", "former Deputy Foreign Minister"},
		"Zarar Bolani":       {"Interior Minister"},
		"Nicolas Sarkozy":    {"President"},
		"Shuja Pasha":        {"Director General", "former ISI chief"},
	})
}

// TestVerbIsNoTitle, TestSecondComplement: a verb and its object after a
// name's comma are no title ("X, told the Ambassador on January 25"); a
// title's complement may have a second one ("Chief of Staff to the
// Secretary of State for Rural Affairs and Water", whose Secretary of
// State is then Spain's, not the US one), but not a country's ("Director
// of International Relations for Brazil": whom he serves); a city's name
// before a head is the title's whole ("Buenos Aires mayor", not "Aires
// mayor").
func TestVerbIsNoTitle(t *testing.T) {
	c := cableAtPost(t, "MADRID", "Ambassador Eduardo Aguirre", "TITLES",
		"The official, Mustafa Abduljalil, told the Ambassador on January 25 that Libya needs help.",
		"The Counselor met with Eduardo Diez Patier, Chief of Staff to the Secretary of State for Rural Affairs and Water, to deliver the demarche.",
		"The Counselor met with Paulo Goncalves, Director of International Relations for Brazil, on June 4.",
		"Arsullah Rahmani (currently a Parliamentarian) spoke.",
		"Later, Buenos Aires mayor Mauricio Macri said the plan failed.",
		"Juan Perez, now the Ambassador to Spain, said the plan failed.",
		"According to Pedro Zorrilla Vega, both the Minister of Environment, Elena Espinosa, and the Secretary of State agreed.")
	people := peopleOf(c)
	checkTitles(t, people, map[string][]string{
		"Mustafa Abduljalil":  nil,
		"Eduardo Diez Patier": {"Chief of Staff to the Secretary of State for Rural Affairs and Water"},
		"Paulo Goncalves":     {"Director of International Relations"},
		"Arsullah Rahmani":    {"currently a Parliamentarian"},
		"Mauricio Macri":      {"Buenos Aires mayor"}, // a city's name whole
		"Juan Perez":          {"now the Ambassador to Spain"},
		"Pedro Zorrilla Vega": nil,
	})
	if e := people["Eduardo Diez Patier"]; e.Country != "ES" {
		t.Errorf("Eduardo Diez Patier: country %q, want ES", e.Country)
	}
}

// TestWashingtonPrior: a cable of the Department is about another
// country; with no evidence its person gets the cable's one country tag,
// none with several, and the US when a Washington telephone number
// follows the name (the cable's points of contact).
func TestWashingtonPrior(t *testing.T) {
	state := func(tags, para string) map[string]Entity {
		text := "VZCZCXRO4577\nOO RUEHDBU\nDE RUEHC #9290 2641612\nZNY CCCCC ZZH\nO 211612Z SEP 07\n" +
			"FM SECSTATE WASHDC\nTO AMEMBASSY PANAMA IMMEDIATE 0346\n\nCONFIDENTIAL STATE 029290\n\n" +
			"E.O. 12958: DECL: 07/26/2017\nTAGS: PREL " + tags + "\nSUBJECT: AGREEMENT\n\n1. (U) " + para + "\n\nRICE\n"
		r := cable.NewReader(strings.NewReader(text), "state.txt")
		if !r.Next() {
			t.Fatalf("no cable: %v", r.Err())
		}
		c := r.Cable()
		if strings.HasPrefix(tags, "PM ORIGIN") {
			// A page with no FM line, whose metadata names the sender.
			c.From.Name, c.Meta.Origin = "", "Secretary of State"
		}
		return peopleOf(c)
	}
	for _, tt := range []struct{ tags, para, name, want string }{
		{"PM", "Federico Zorbavila asked for the text.", "Federico Zorbavila", "PA"},
		{"PM CS", "Federico Zorbavila asked for the text.", "Federico Zorbavila", ""},
		{"PM ORIGIN", "Federico Zorbavila asked for the text.", "Federico Zorbavila", "PA"},
		{"PM", "The points of contact are Marsha Zingerova, WHA/CEN, 202-647-3505, and others.", "Marsha Zingerova", "US"},
		// Not a number in another sentence, nor a Cairo one.
		{"EG", "The text went to Ahmed Zorbavi. Questions to 202-647-3505.", "Ahmed Zorbavi", "EG"},
		{"EG", "Ahmed Zorbavi, (202) 574-6300, received the text.", "Ahmed Zorbavi", "EG"},
	} {
		if e, ok := state(tt.tags, tt.para)[tt.name]; !ok {
			t.Errorf("%s: %s not found", tt.tags, tt.name)
		} else if e.Country != tt.want {
			t.Errorf("%s: %s: country %q, want %q", tt.tags, tt.name, e.Country, tt.want)
		}
	}
}

// TestPossessiveComplement: a title's complement goes on past a
// possessive to the capitalised body it owns ("Head of the FCO's
// Counterproliferation Department").
func TestPossessiveComplement(t *testing.T) {
	c := cableOf(t, "TITLES",
		"Poloff met Paul Arkwright, Head of the FCO's Counterproliferation Department, on September 3.",
		"Omar Daair, Head of the Foreign Office’s NATO Team, agreed.",
		"Jane Doe, Head of the FCO's Mashreq Taskforce, spoke.",
		"John Jones, an advisor to the Prime Minister's Chief of Staff Tom Smith, spoke.")
	people := peopleOf(c)
	checkTitles(t, people, map[string][]string{
		"Paul Arkwright": {"Head of the FCO's Counterproliferation Department"},
		"Omar Daair":     {"Head of the Foreign Office’s NATO Team"},
		"Jane Doe":       {"Head of the FCO's Mashreq Taskforce"},
		"John Jones":     {"advisor to the Prime Minister"},
	})
}
