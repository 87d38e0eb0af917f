package lexicon_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/cablegraph/cablegraph/extract/lexicon"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		0:  {"France", "france"},
		1:  {"  Côte d’Ivoire ", "cote d'ivoire"},
		2:  {"Bogotá", "bogota"},
		3:  {"São  Paulo", "sao paulo"},
		4:  {"Straße", "strasse"},
		5:  {"Łódź", "lodz"},
		6:  {"Chargé d`Affaires", "charge d'affaires"},
		7:  {"Minister–Counselor", "minister-counselor"},
		8:  {"U.S.", "u.s."},
		9:  {"KOUCHNER", "kouchner"},
		10: {"\tal-Maliki\n", "al-maliki"},
		11: {"Ørsted", "orsted"},
		12: {"Nuku\u02bbalofa", "nuku'alofa"},
		13: {"Tel\u00a0Aviv", "tel aviv"},
		14: {"", ""},
		15: {"Москва", "москва"},
	}
	for i, tt := range tests {
		if got := lexicon.Fold(tt.in); got != tt.want {
			t.Errorf("%d. Fold(%q) = %q, want %q", i, tt.in, got, tt.want)
		}
		if got := lexicon.Fold(lexicon.Fold(tt.in)); got != tt.want {
			t.Errorf("%d. Fold is not idempotent on %q: %q", i, tt.in, got)
		}
	}
}

func TestCountryByName(t *testing.T) {
	tests := []struct {
		name string
		code string // "" for no match
	}{
		0:  {"United States", "US"},
		1:  {"U.S.", "US"},
		2:  {"US", "US"},
		3:  {"us", ""}, // the pronoun
		4:  {"Us", ""},
		5:  {"USA", "US"},
		6:  {"USG", "US"},
		7:  {"UK", "GB"},
		8:  {"uk", ""},
		9:  {"Britain", "GB"},
		10: {"Great Britain", "GB"},
		11: {"HMG", "GB"},
		12: {"UAE", "AE"},
		13: {"DPRK", "KP"},
		14: {"North Korea", "KP"},
		15: {"ROK", "KR"},
		16: {"South Korea", "KR"},
		17: {"PRC", "CN"},
		18: {"China", "CN"},
		19: {"Burma", "MM"},
		20: {"Myanmar", "MM"},
		21: {"Kosovo", "XK"},
		22: {"Ivory Coast", "CI"},
		23: {"Côte d'Ivoire", "CI"},
		24: {"Cote d’Ivoire", "CI"},
		25: {"Holland", "NL"},
		26: {"The Netherlands", "NL"},
		27: {"the Netherlands", "NL"},
		28: {"Russia", "RU"},
		29: {"Russian Federation", "RU"},
		30: {"RUSSIA", "RU"},
		31: {"Iran", "IR"},
		32: {"Islamic Republic of Iran", "IR"},
		33: {"Syria", "SY"},
		34: {"Vatican", "VA"},
		35: {"Holy See", "VA"},
		36: {"Taiwan", "TW"},
		37: {"Czech Republic", "CZ"},
		38: {"Czechia", "CZ"},
		39: {"France", "FR"},
		40: {"Germany", "DE"},
		41: {"Iraq", "IQ"},
		42: {"Bolivia", "BO"},
		43: {"Venezuela", "VE"},
		44: {"Korea, Republic of", "KR"},
		45: {"Republic of Korea", "KR"},
		46: {"Macedonia", "MK"},
		47: {"FYROM", "MK"},
		48: {"Swaziland", "SZ"},
		49: {"East Timor", "TL"},
		50: {"Zaire", "CD"},
		51: {"DRC", "CD"},
		52: {"Democratic Republic of the Congo", "CD"},
		53: {"Republic of the Congo", "CG"},
		54: {"Soviet Union", "SU"},
		55: {"USSR", "SU"},
		56: {"Yugoslavia", "YU"},
		57: {"Serbia and Montenegro", "CS"},
		58: {"Serbia", "RS"},
		59: {"Montenegro", "ME"},
		60: {"Turkey", "TR"},
		61: {"Türkiye", "TR"},
		62: {"Gambia", "GM"},
		63: {"The Gambia", "GM"},
		64: {"Bosnia", "BA"},
		65: {"Bosnia and Herzegovina", "BA"},
		66: {"West Bank", "PS"},
		67: {"Palestine", "PS"},
		68: {"Saudi Arabia", "SA"},
		69: {"KSA", "SA"},
		70: {"Viet Nam", "VN"},
		71: {"Laos", "LA"},
		72: {"England", "GB"},
		73: {"Costa Rica", "CR"},
		74: {"Trinidad and Tobago", "TT"},
		75: {"St. Lucia", "LC"},
		76: {"Paris", ""},
		77: {"French", ""},
		78: {"", ""},
		79: {"Kouchner", ""},
		80: {"SARG", "SY"},
		81: {"Brasil", "BR"},
		82: {"the", ""},
	}
	for i, tt := range tests {
		code, ok := lexicon.CountryByName(tt.name)
		if ok != (tt.code != "") || code != tt.code {
			t.Errorf("%d. CountryByName(%q) = %q, %v; want %q", i, tt.name, code, ok, tt.code)
		}
	}
}

func TestCountryByDemonym(t *testing.T) {
	tests := []struct{ demonym, code string }{
		{"French", "FR"}, {"Russian", "RU"}, {"Iraqi", "IQ"}, {"Emirati", "AE"},
		{"British", "GB"}, {"American", "US"}, {"Kosovar", "XK"}, {"Kosovo Albanian", "XK"},
		{"Israeli", "IL"}, {"Palestinian", "PS"}, {"Saudi", "SA"}, {"Turkish", "TR"},
		{"Chinese", "CN"}, {"Colombian", "CO"}, {"Venezuelan", "VE"}, {"Bolivian", "BO"},
		{"Libyan", "LY"}, {"Algerian", "DZ"}, {"Egyptian", "EG"}, {"Kenyan", "KE"},
		{"Georgian", "GE"}, {"Ukrainian", "UA"}, {"Greek", "GR"}, {"Hungarian", "HU"},
		{"Swedish", "SE"}, {"Dutch", "NL"}, {"Australian", "AU"}, {"Canadian", "CA"},
		{"Brazilian", "BR"}, {"Mexican", "MX"}, {"Cuban", "CU"}, {"Costa Rican", "CR"},
		{"Panamanian", "PA"}, {"Spanish", "ES"}, {"Italian", "IT"}, {"Indian", "IN"},
		{"Pakistani", "PK"}, {"Afghan", "AF"}, {"Bahraini", "BH"}, {"Lebanese", "LB"},
		{"Syrian", "SY"}, {"Jordanian", "JO"}, {"Qatari", "QA"}, {"Kuwaiti", "KW"},
		{"Omani", "OM"}, {"Yemeni", "YE"}, {"German", "DE"}, {"Iranian", "IR"},
		{"Korean", "KR"}, {"North Korean", "KP"}, {"South Korean", "KR"},
		{"Congolese", "CD"}, {"Dominican", "DO"}, {"Soviet", "SU"},
		{"Iraqis", "IQ"}, {"Americans", "US"}, {"Russians", "RU"}, {"Israelis", "IL"},
		{"FRENCH", "FR"}, {"russian", "RU"}, {"Swiss", "CH"}, {"Filipino", "PH"},
		{"Ivorian", "CI"}, {"Burmese", "MM"}, {"Belarusian", "BY"}, {"Azeri", "AZ"},
		{"Tico", "CR"}, {"Taiwanese", "TW"}, {"Vietnamese", "VN"}, {"Thai", "TH"},
		{"Nigerien", "NE"}, {"Nigerian", "NG"},
		{"France", ""}, {"Frenchs", ""}, {"Chineses", ""}, {"Minister", ""}, {"", ""},
	}
	for i, tt := range tests {
		code, ok := lexicon.CountryByDemonym(tt.demonym)
		if ok != (tt.code != "") || code != tt.code {
			t.Errorf("%d. CountryByDemonym(%q) = %q, %v; want %q", i, tt.demonym, code, ok, tt.code)
		}
	}
}

// The FIPS 10-4 codes of cable TAGS that differ from ISO 3166-1, checked
// by hand: these are the ones an extractor gets wrong by assuming ISO.
func TestCountryByFIPS(t *testing.T) {
	tests := []struct{ fips, iso string }{
		{"FR", "FR"}, {"RS", "RU"}, {"IZ", "IQ"}, {"GM", "DE"}, {"UK", "GB"},
		{"CH", "CN"}, {"KS", "KR"}, {"KN", "KP"}, {"TU", "TR"}, {"SP", "ES"},
		{"PO", "PT"}, {"AS", "AU"}, {"BR", "BR"}, {"CO", "CO"}, {"VE", "VE"},
		{"BL", "BO"}, {"LY", "LY"}, {"AG", "DZ"}, {"EG", "EG"}, {"KE", "KE"},
		{"GG", "GE"}, {"UP", "UA"}, {"GR", "GR"}, {"HU", "HU"}, {"SW", "SE"},
		{"NL", "NL"}, {"CA", "CA"}, {"MX", "MX"}, {"CU", "CU"}, {"CS", "CR"},
		{"PM", "PA"}, {"IT", "IT"}, {"IN", "IN"}, {"PK", "PK"}, {"AF", "AF"},
		{"BA", "BH"}, {"LE", "LB"}, {"SY", "SY"}, {"JO", "JO"}, {"QA", "QA"},
		{"KU", "KW"}, {"MU", "OM"}, {"YM", "YE"}, {"IR", "IR"}, {"IS", "IL"},
		{"KV", "XK"}, {"CI", "CL"}, {"IC", "IS"}, {"SZ", "CH"}, {"AU", "AT"},
		{"JA", "JP"}, {"RP", "PH"}, {"BM", "MM"}, {"BU", "BG"}, {"BK", "BA"},
		{"RI", "RS"}, {"MJ", "ME"}, {"MK", "MK"}, {"LH", "LT"}, {"LG", "LV"},
		{"EN", "EE"}, {"EZ", "CZ"}, {"LO", "SK"}, {"SI", "SI"}, {"HR", "HR"},
		{"BO", "BY"}, {"MD", "MD"}, {"AM", "AM"}, {"AJ", "AZ"}, {"KZ", "KZ"},
		{"TI", "TJ"}, {"TX", "TM"}, {"UZ", "UZ"}, {"KG", "KG"}, {"VM", "VN"},
		{"CB", "KH"}, {"TH", "TH"}, {"BX", "BN"}, {"SN", "SG"}, {"ID", "ID"},
		{"CE", "LK"}, {"BG", "BD"}, {"NP", "NP"}, {"SF", "ZA"}, {"WZ", "SZ"},
		{"ZI", "ZW"}, {"ZA", "ZM"}, {"NI", "NG"}, {"NG", "NE"}, {"SU", "SD"},
		{"OD", "SS"}, {"SG", "SN"}, {"GV", "GN"}, {"PU", "GW"}, {"IV", "CI"},
		{"CT", "CF"}, {"CD", "TD"}, {"CF", "CG"}, {"CG", "CD"}, {"UV", "BF"},
		{"TO", "TG"}, {"TN", "TO"}, {"TS", "TN"}, {"MO", "MA"}, {"MA", "MG"},
		{"MI", "MW"}, {"WA", "NA"}, {"BC", "BW"}, {"LT", "LS"}, {"EK", "GQ"},
		{"TP", "ST"}, {"DA", "DK"}, {"EI", "IE"}, {"NU", "NI"}, {"HO", "HN"},
		{"ES", "SV"}, {"GT", "GT"}, {"DR", "DO"}, {"HA", "HT"}, {"BF", "BS"},
		{"BH", "BZ"}, {"NS", "SR"}, {"PA", "PY"}, {"UY", "UY"}, {"AR", "AR"},
		{"CJ", "KY"}, {"VT", "VA"}, {"WE", "PS"}, {"GZ", "PS"}, {"TT", "TL"},
		{"MG", "MN"}, {"KR", "KI"}, {"AE", "AE"}, {"SA", "SA"}, {"ER", "ER"},
		{"ET", "ET"}, {"SO", "SO"}, {"DJ", "DJ"}, {"RW", "RW"}, {"BY", "BI"},
		{"YI", "CS"}, {"UR", "SU"}, {"NT", "AN"}, {"HK", "HK"}, {"MC", "MO"},
		{"TW", "TW"}, {"NZ", "NZ"}, {"US", "US"},
		// Not FIPS, but used in TAGS all the same.
		{"RU", "RU"}, {"TC", "AE"}, {"VZ", "VE"},
		// Not countries.
		{"XF", ""}, {"XG", ""}, {"XK", ""}, {"EUN", ""}, {"UNSC", ""}, {"EU", ""},
		{"PREL", ""}, {"QQ", ""}, {"", ""}, {"rs", ""},
	}
	for i, tt := range tests {
		iso, ok := lexicon.CountryByFIPS(tt.fips)
		if ok != (tt.iso != "") || iso != tt.iso {
			t.Errorf("%d. CountryByFIPS(%q) = %q, %v; want %q", i, tt.fips, iso, ok, tt.iso)
		}
	}
}

func TestLookupFIPSTag(t *testing.T) {
	tests := []struct {
		code string
		kind lexicon.TagKind
	}{
		{"XF", lexicon.TagRegion}, {"XG", lexicon.TagRegion}, {"XK", lexicon.TagRegion},
		{"ZB", lexicon.TagRegion}, {"EUN", lexicon.TagOrganization}, {"UNSC", lexicon.TagOrganization},
		{"EU", lexicon.TagOrganization}, {"RS", lexicon.TagCountry}, {"KV", lexicon.TagCountry},
	}
	for i, tt := range tests {
		tag, ok := lexicon.LookupFIPSTag(tt.code)
		if !ok || tag.Kind != tt.kind || tag.Name == "" {
			t.Errorf("%d. LookupFIPSTag(%q) = %+v, %v; want kind %v", i, tt.code, tag, ok, tt.kind)
		}
	}
}

func TestCountryName(t *testing.T) {
	tests := []struct{ code, name string }{
		{"RU", "Russia"}, {"FR", "France"}, {"XK", "Kosovo"}, {"GB", "United Kingdom"},
		{"US", "United States"}, {"TR", "Turkey"}, {"IR", "Iran"}, {"KP", "North Korea"},
		{"KR", "South Korea"}, {"SU", "Soviet Union"}, {"ZZ", ""}, {"", ""},
	}
	for i, tt := range tests {
		if got := lexicon.CountryName(tt.code); got != tt.name {
			t.Errorf("%d. CountryName(%q) = %q, want %q", i, tt.code, got, tt.name)
		}
	}
	c, ok := lexicon.LookupCountry("RU")
	if !ok || c.FIPS != "RS" || c.Alpha3 != "RUS" || c.Capital != "Moscow" || c.Population < 100_000_000 || c.Historic {
		t.Errorf("LookupCountry(RU) = %+v, %v", c, ok)
	}
	if c, _ := lexicon.LookupCountry("SU"); !c.Historic || c.FIPS != "UR" {
		t.Errorf("LookupCountry(SU) = %+v, want historic with FIPS UR", c)
	}
}

func TestLookupCity(t *testing.T) {
	tests := []struct {
		name      string
		country   string // "" for no match
		capital   bool
		ambiguous bool
	}{
		0:  {"Moscow", "RU", true, false},
		1:  {"Paris", "FR", true, false},
		2:  {"PARIS", "FR", true, false},
		3:  {"San Jose", "CR", true, false}, // the capital before San Jose, California
		4:  {"Washington", "US", true, false},
		5:  {"Kiev", "UA", true, false},
		6:  {"Kyiv", "UA", true, false},
		7:  {"Rangoon", "MM", false, false},
		8:  {"Bombay", "IN", false, false},
		9:  {"Peking", "CN", true, false},
		10: {"Sao Paulo", "BR", false, false},
		11: {"São Paulo", "BR", false, false},
		12: {"Bogota", "CO", true, false},
		13: {"Tripoli", "LY", true, false},
		14: {"Sanaa", "YE", true, false},
		15: {"Pristina", "XK", true, false},
		16: {"Nice", "FR", false, true},
		17: {"Reading", "GB", false, true},
		18: {"Mobile", "US", false, true},
		19: {"Bath", "GB", false, true},
		20: {"Lincoln", "US", false, true},
		21: {"Santa Ana", "US", false, true},
		22: {"Male", "MV", true, true},
		23: {"Fallujah", "IQ", false, false},
		24: {"Georgetown", "GY", true, false},
		25: {"Vaduz", "LI", true, false},
		26: {"The Hague", "NL", false, false},
		27: {"Of", "", false, false},
		28: {"Kouchner", "", false, false},
		29: {"Tel Aviv", "IL", false, false},
		30: {"Jerusalem", "IL", true, false},
		31: {"Karachi", "PK", false, false},
		32: {"Hamilton", "CA", false, true},
	}
	for i, tt := range tests {
		c, ok := lexicon.LookupCity(tt.name)
		if ok != (tt.country != "") {
			t.Errorf("%d. LookupCity(%q) = %+v, %v", i, tt.name, c, ok)
			continue
		}
		if ok && (c.Country != tt.country || c.Capital != tt.capital || c.Ambiguous != tt.ambiguous) {
			t.Errorf("%d. LookupCity(%q) = %+v; want country %s capital %v ambiguous %v",
				i, tt.name, c, tt.country, tt.capital, tt.ambiguous)
		}
	}
	// Every San Jose, best first, for a caller that knows the country.
	var countries []string
	for _, c := range lexicon.CitiesNamed("San Jose") {
		countries = append(countries, c.Country)
	}
	if len(countries) < 2 || countries[0] != "CR" || !contains(countries, "US") {
		t.Errorf("CitiesNamed(San Jose) countries = %v, want CR first and US among them", countries)
	}
	if c, ok := lexicon.CapitalOf("FR"); !ok || c.Name != "Paris" {
		t.Errorf("CapitalOf(FR) = %+v, %v", c, ok)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestTitles(t *testing.T) {
	heads := []string{"Minister", "Ambassador", "President", "Prime Minister", "Secretary",
		"Under Secretary", "Director", "Director General", "Counselor", "Minister-Counselor",
		"Consul General", "Charge d'Affaires", "Chargé d’Affaires", "Chief of Staff", "Advisor",
		"Adviser", "Spokesman", "Governor", "Mayor", "Senator", "Congressman", "Representative",
		"Chairman", "General", "Colonel", "King", "Emir", "Crown Prince", "Speaker",
		"Attache", "Officer", "Head", "Chief", "Commander", "Envoy", "Special Representative",
		"Deputy Chief of Mission", "Political Counselor", "Economic Counselor",
		"Public Affairs Officer", "MINISTER"}
	for _, h := range heads {
		if !lexicon.IsTitleHead(h) {
			t.Errorf("IsTitleHead(%q) = false", h)
		}
	}
	mods := []string{"Foreign", "Defense", "Interior", "Finance", "Deputy", "Vice", "Acting",
		"Assistant", "Principal", "Senior", "Special", "Political", "Economic", "Cabinet", "Foreign Affairs"}
	for _, m := range mods {
		if !lexicon.IsTitleModifier(m) {
			t.Errorf("IsTitleModifier(%q) = false", m)
		}
	}
	for _, w := range []string{"Kouchner", "Paris", "French", "met", "the"} {
		if lexicon.IsTitleHead(w) || lexicon.IsTitleModifier(w) {
			t.Errorf("%q taken for a title word", w)
		}
	}
	for _, l := range []string{"of", "for", "to"} {
		if !lexicon.IsTitleLink(l) {
			t.Errorf("IsTitleLink(%q) = false", l)
		}
	}
	words := []struct {
		words []string
		n     int
	}{
		{[]string{"Deputy", "Chief", "of", "Mission", "Smith"}, 4},
		{[]string{"Prime", "Minister", "Fillon"}, 2},
		{[]string{"Minister", "Kouchner"}, 1},
		{[]string{"Foreign", "Minister"}, 0}, // Foreign is a modifier
		{[]string{"Charge", "d'Affaires", "a.i."}, 3},
		{[]string{"Kouchner"}, 0},
		{nil, 0},
	}
	for i, tt := range words {
		if n := lexicon.TitleHeadWords(tt.words); n != tt.n {
			t.Errorf("%d. TitleHeadWords(%q) = %d, want %d", i, tt.words, n, tt.n)
		}
	}
	if n := lexicon.TitleModifierWords([]string{"Foreign", "Affairs", "Minister"}); n != 2 {
		t.Errorf("TitleModifierWords(Foreign Affairs Minister) = %d, want 2", n)
	}
}

func TestLookupJargon(t *testing.T) {
	tests := []struct {
		term      string
		kind      lexicon.JargonKind // 0 for no match
		expansion string
		country   string
	}{
		0:  {"Poloff", lexicon.JargonStaffRole, "political officer", "US"},
		1:  {"POLOFF", lexicon.JargonStaffRole, "political officer", "US"},
		2:  {"Econoff", lexicon.JargonStaffRole, "economic officer", "US"},
		3:  {"Pol/Econ Off", lexicon.JargonStaffRole, "political/economic officer", "US"},
		4:  {"Emboff", lexicon.JargonStaffRole, "embassy officer", "US"},
		5:  {"Conoff", lexicon.JargonStaffRole, "consular officer", "US"},
		6:  {"PolCouns", lexicon.JargonTitle, "Political Counselor", "US"},
		7:  {"Pol M/C", lexicon.JargonTitle, "Political Minister-Counselor", "US"},
		8:  {"Econ M/C", lexicon.JargonTitle, "Economic Minister-Counselor", "US"},
		9:  {"DCM", lexicon.JargonTitle, "Deputy Chief of Mission", "US"},
		10: {"CDA", lexicon.JargonTitle, "Charge d'Affaires", ""},
		11: {"Charge", lexicon.JargonTitle, "Charge d'Affaires", ""},
		12: {"CHARGE", lexicon.JargonTitle, "Charge d'Affaires", ""},
		13: {"charge", 0, "", ""},
		14: {"A/S", lexicon.JargonTitle, "Assistant Secretary", "US"},
		15: {"DAS", lexicon.JargonTitle, "Deputy Assistant Secretary", "US"},
		16: {"U/S", lexicon.JargonTitle, "Under Secretary", "US"},
		17: {"S/E", lexicon.JargonTitle, "Special Envoy", ""},
		18: {"FM", lexicon.JargonTitle, "Foreign Minister", ""},
		19: {"PM", lexicon.JargonTitle, "Prime Minister", ""},
		20: {"pm", 0, "", ""},
		21: {"DefMin", lexicon.JargonTitle, "Defense Minister", ""},
		22: {"MFA", lexicon.JargonOrg, "Ministry of Foreign Affairs", ""},
		23: {"MOD", lexicon.JargonOrg, "Ministry of Defense", ""},
		24: {"MOI", lexicon.JargonOrg, "Ministry of Interior", ""},
		25: {"Amb", lexicon.JargonTitle, "Ambassador", ""},
		26: {"PolChief", lexicon.JargonTitle, "Political Section Chief", "US"},
		27: {"ConGen", lexicon.JargonTitle, "Consul General", ""},
		28: {"CG", lexicon.JargonTitle, "Consul General", ""},
		29: {"PAO", lexicon.JargonTitle, "Public Affairs Officer", "US"},
		30: {"DATT", lexicon.JargonTitle, "Defense Attache", "US"},
		31: {"LegAtt", lexicon.JargonTitle, "Legal Attache", "US"},
		32: {"RSO", lexicon.JargonTitle, "Regional Security Officer", "US"},
		33: {"SecState", lexicon.JargonTitle, "Secretary of State", "US"},
		34: {"the Secretary", lexicon.JargonTitle, "Secretary of State", "US"},
		35: {"POTUS", lexicon.JargonTitle, "President of the United States", "US"},
		36: {"NSA", lexicon.JargonTitle, "National Security Advisor", "US"},
		37: {"MP", lexicon.JargonTitle, "Member of Parliament", ""},
		38: {"Dep", lexicon.JargonModifier, "Deputy", ""},
		39: {"USG", lexicon.JargonGovernment, "United States Government", "US"},
		40: {"GOF", lexicon.JargonGovernment, "Government of France", "FR"},
		41: {"HMG", lexicon.JargonGovernment, "Her Majesty's Government", "GB"},
		42: {"SARG", lexicon.JargonGovernment, "Syrian Arab Republic Government", "SY"},
		43: {"Septel", lexicon.JargonOther, "separate telegram", ""},
		44: {"Kouchner", 0, "", ""},
		45: {"Sen.", lexicon.JargonTitle, "Senator", ""},
		46: {"Gen.", lexicon.JargonTitle, "General", ""},
	}
	for i, tt := range tests {
		j, ok := lexicon.LookupJargon(tt.term)
		if ok != (tt.kind != 0) {
			t.Errorf("%d. LookupJargon(%q) = %+v, %v", i, tt.term, j, ok)
			continue
		}
		if ok && (j.Kind != tt.kind || j.Expansion != tt.expansion || j.Country != tt.country) {
			t.Errorf("%d. LookupJargon(%q) = %+v; want %v %q %q", i, tt.term, j, tt.kind, tt.expansion, tt.country)
		}
	}
	if gov, _ := lexicon.LookupJargon("GOI"); gov.Kind != lexicon.JargonGovernment || gov.Country != "" {
		t.Errorf("GOI = %+v; want an ambiguous government", gov)
	}
	j, n := lexicon.JargonWords([]string{"Pol", "M/C", "Smith"})
	if n != 2 || j.Expansion != "Political Minister-Counselor" {
		t.Errorf("JargonWords(Pol M/C Smith) = %+v, %d", j, n)
	}
}

func TestHonorifics(t *testing.T) {
	tests := []struct {
		text  string
		kind  lexicon.HonorificKind // 0 for none
		title string
	}{
		{"Mr.", lexicon.HonorificCourtesy, ""}, {"Mr", lexicon.HonorificCourtesy, ""},
		{"Mrs.", lexicon.HonorificCourtesy, ""}, {"Ms.", lexicon.HonorificCourtesy, ""},
		{"Dr.", lexicon.HonorificAcademic, ""}, {"Gen.", lexicon.HonorificMilitary, "General"},
		{"Sheikh", lexicon.HonorificRoyal, ""}, {"Crown Prince", lexicon.HonorificRoyal, "Crown Prince"},
		{"H.E.", lexicon.HonorificDiplomatic, ""}, {"His Excellency", lexicon.HonorificDiplomatic, ""},
		{"Sen.", lexicon.HonorificPolitical, "Senator"}, {"Ayatollah", lexicon.HonorificReligious, "Ayatollah"},
		{"Adm.", lexicon.HonorificMilitary, "Admiral"}, {"Col.", lexicon.HonorificMilitary, "Colonel"},
		{"he", 0, ""}, {"ms", 0, ""}, {"Kouchner", 0, ""},
	}
	for i, tt := range tests {
		h, ok := lexicon.LookupHonorific(tt.text)
		if ok != (tt.kind != 0) || (ok && (h.Kind != tt.kind || h.Title != tt.title)) {
			t.Errorf("%d. LookupHonorific(%q) = %+v, %v; want %v %q", i, tt.text, h, ok, tt.kind, tt.title)
		}
	}
	h, n := lexicon.HonorificWords([]string{"His", "Royal", "Highness", "Prince", "Saud"})
	if n != 3 || h.Kind != lexicon.HonorificRoyal {
		t.Errorf("HonorificWords(His Royal Highness Prince Saud) = %+v, %d", h, n)
	}
}

func TestLookupOrg(t *testing.T) {
	tests := []struct {
		name    string
		canon   string // "" for no match
		country string
		kind    lexicon.OrgKind
	}{
		{"NATO", "North Atlantic Treaty Organization", "", lexicon.OrgIntergovernmental},
		{"Nato", "North Atlantic Treaty Organization", "", lexicon.OrgIntergovernmental},
		{"EU", "European Union", "", lexicon.OrgIntergovernmental},
		{"UN", "United Nations", "", lexicon.OrgIntergovernmental},
		{"UNSC", "UN Security Council", "", lexicon.OrgIntergovernmental},
		{"IAEA", "International Atomic Energy Agency", "", lexicon.OrgIntergovernmental},
		{"OSCE", "Organization for Security and Co-operation in Europe", "", lexicon.OrgIntergovernmental},
		{"OAS", "Organization of American States", "", lexicon.OrgIntergovernmental},
		{"AU", "African Union", "", lexicon.OrgIntergovernmental},
		{"ASEAN", "Association of Southeast Asian Nations", "", lexicon.OrgIntergovernmental},
		{"WTO", "World Trade Organization", "", lexicon.OrgIntergovernmental},
		{"IMF", "International Monetary Fund", "", lexicon.OrgIntergovernmental},
		{"World Bank", "World Bank", "", lexicon.OrgIntergovernmental},
		{"OPEC", "Organization of the Petroleum Exporting Countries", "", lexicon.OrgIntergovernmental},
		{"GCC", "Gulf Cooperation Council", "", lexicon.OrgIntergovernmental},
		{"Arab League", "Arab League", "", lexicon.OrgIntergovernmental},
		{"Hizballah", "Hizballah", "LB", lexicon.OrgArmedGroup},
		{"Hezbollah", "Hizballah", "LB", lexicon.OrgArmedGroup},
		{"Hamas", "Hamas", "PS", lexicon.OrgArmedGroup},
		{"HAMAS", "Hamas", "PS", lexicon.OrgArmedGroup},
		{"FARC", "Revolutionary Armed Forces of Colombia", "CO", lexicon.OrgArmedGroup},
		{"ELN", "National Liberation Army", "CO", lexicon.OrgArmedGroup},
		{"AUC", "United Self-Defense Forces of Colombia", "CO", lexicon.OrgArmedGroup},
		{"PKK", "Kurdistan Workers' Party", "TR", lexicon.OrgArmedGroup},
		{"Taliban", "Taliban", "AF", lexicon.OrgArmedGroup},
		{"al-Qaida", "al-Qaida", "", lexicon.OrgArmedGroup},
		{"al-Qaeda", "al-Qaida", "", lexicon.OrgArmedGroup},
		{"UMP", "Union for a Popular Movement", "FR", lexicon.OrgParty},
		{"PSOE", "Spanish Socialist Workers' Party", "ES", lexicon.OrgParty},
		{"PP", "People's Party", "ES", lexicon.OrgParty},
		{"ANC", "African National Congress", "ZA", lexicon.OrgParty},
		{"au", "", "", 0},
		{"pp", "", "", 0},
		{"total", "", "", 0},
		{"Kouchner", "", "", 0},
	}
	for i, tt := range tests {
		o, ok := lexicon.LookupOrg(tt.name)
		if ok != (tt.canon != "") || (ok && (o.Name != tt.canon || o.Country != tt.country || o.Kind != tt.kind)) {
			t.Errorf("%d. LookupOrg(%q) = %+v, %v; want %q %q %v", i, tt.name, o, ok, tt.canon, tt.country, tt.kind)
		}
	}
}

func TestNames(t *testing.T) {
	for _, s := range []string{"Isabelle", "Bernard", "Sergey", "Sergei", "Mohammed", "Nicolas",
		"John", "Mary", "Hosni", "Walid", "Jean-David", "ISABELLE", "Jose", "José", "Ehud", "Condoleezza"} {
		if !lexicon.IsGivenName(s) {
			t.Errorf("IsGivenName(%q) = false", s)
		}
	}
	for _, s := range []string{"Please", "Embassy", "Comment", "Summary", "The", "However", "Septel", "Minister"} {
		if lexicon.IsGivenName(s) && !lexicon.IsStopWord(s) {
			t.Errorf("IsGivenName(%q) = true and not a stop word", s)
		}
	}
	for _, s := range []string{"Please", "The", "However", "Embassy", "Comment", "Summary", "September", "Monday", "SIPDIS", "Classified", "Reason", "Septel", "Reftel"} {
		if !lexicon.IsStopWord(s) {
			t.Errorf("IsStopWord(%q) = false", s)
		}
	}
	for _, s := range []string{"Kouchner", "Lavrov", "Dumont", "Isabelle", "Rosenblatt"} {
		if lexicon.IsStopWord(s) {
			t.Errorf("IsStopWord(%q) = true", s)
		}
	}
	for _, s := range []string{"al-", "al", "bin", "de", "van", "von", "da", "del", "la", "ibn", "el-"} {
		if !lexicon.IsSurnameParticle(s) {
			t.Errorf("IsSurnameParticle(%q) = false", s)
		}
	}
	if lexicon.IsSurnameParticle("Kouchner") {
		t.Error("IsSurnameParticle(Kouchner) = true")
	}
	for _, s := range []string{"DCM", "A/S", "ASEAN"} {
		if !lexicon.IsAcronym(s) {
			t.Errorf("IsAcronym(%q) = false", s)
		}
	}
	if lexicon.IsAcronym("Kouchner") {
		t.Error("IsAcronym(Kouchner) = true")
	}
}

// Lookups in the hot path fold into a stack buffer and probe maps: they
// must not allocate.
func TestLookupsDoNotAllocate(t *testing.T) {
	words := []string{"Deputy", "Chief", "of", "Mission", "Smith"}
	lookups := map[string]func(){
		"CountryByName":       func() { lexicon.CountryByName("Côte d'Ivoire") },
		"CountryByName/exact": func() { lexicon.CountryByName("US") },
		"CountryByDemonym":    func() { lexicon.CountryByDemonym("French") },
		"CountryByFIPS":       func() { lexicon.CountryByFIPS("RS") },
		"LookupCity":          func() { lexicon.LookupCity("São Paulo") },
		"TitleHeadWords":      func() { lexicon.TitleHeadWords(words) },
		"LookupJargon":        func() { lexicon.LookupJargon("Pol M/C") },
		"LookupHonorific":     func() { lexicon.LookupHonorific("H.E.") },
		"LookupOrg":           func() { lexicon.LookupOrg("Hizballah") },
		"IsGivenName":         func() { lexicon.IsGivenName("Isabelle") },
		"IsStopWord":          func() { lexicon.IsStopWord("Please") },
	}
	for name, f := range lookups {
		f() // build the tables first
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s: %.1f allocations per lookup, want 0", name, n)
		}
	}
}

// The tables are built once, on first use, by whichever goroutine gets
// there first; run under -race.
func TestConcurrentFirstUse(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if c, _ := lexicon.CountryByName("France"); c != "FR" {
				t.Errorf("CountryByName(France) = %q", c)
			}
			if c, _ := lexicon.LookupCity("Moscow"); c.Country != "RU" {
				t.Errorf("LookupCity(Moscow) = %+v", c)
			}
			if !lexicon.IsTitleHead("Minister") || !lexicon.IsGivenName("Isabelle") {
				t.Error("title or given name tables not ready")
			}
			if _, ok := lexicon.LookupOrg("NATO"); !ok {
				t.Error("LookupOrg(NATO) failed")
			}
		}()
	}
	wg.Wait()
}

func TestPluralTitleHeads(t *testing.T) {
	for _, h := range []string{"Ministers", "Prime Ministers", "Deputies", "Secretaries",
		"Spokesmen", "Chiefs of Staff", "Ambassadors", "Congressmen", "Attaches"} {
		if !lexicon.IsTitleHead(h) {
			t.Errorf("IsTitleHead(%q) = false", h)
		}
	}
}

func TestCountryNamesThatAreWords(t *testing.T) {
	for _, s := range []string{"Island", "island", "Dominique", "Guinea pig"} {
		if code, ok := lexicon.CountryByName(s); ok {
			t.Errorf("CountryByName(%q) = %q, want no country", s, code)
		}
	}
	if code, _ := lexicon.CountryByName("Iceland"); code != "IS" {
		t.Errorf("CountryByName(Iceland) = %q", code)
	}
}

// Fold never panics, is idempotent, and leaves no ASCII capitals, no
// leading, trailing or doubled spaces.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"Côte d’Ivoire", "  São  Paulo ", "U.S.", "Straße", "\xff\xfe", "Pol M/C", "ǅ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := lexicon.Fold(s)
		if lexicon.Fold(k) != k {
			t.Errorf("Fold(%q) = %q, not idempotent: %q", s, k, lexicon.Fold(k))
		}
		if strings.HasPrefix(k, " ") || strings.HasSuffix(k, " ") || strings.Contains(k, "  ") {
			t.Errorf("Fold(%q) = %q: stray spaces", s, k)
		}
		for i := 0; i < len(k); i++ {
			if 'A' <= k[i] && k[i] <= 'Z' {
				t.Errorf("Fold(%q) = %q: capital letter", s, k)
				break
			}
		}
		lexicon.CountryByName(s)
		lexicon.LookupCity(s)
		lexicon.TitleHeadWords(strings.Fields(s))
	})
}
