package extract

import (
	"strings"
	"testing"

	"github.com/cablegraph/cablegraph/cable"
)

func TestIsCommonWord(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		0:  {"REQUIREMENT", true},
		1:  {"Building", true},
		2:  {"revolutionary", true},
		3:  {"EXPERIMENTED", true}, // by its stem
		4:  {"LABELLED", true},     // doubled consonant undone
		5:  {"DIDN'T", true},
		6:  {"Byroade", false},
		7:  {"Brown", false}, // capitalised far more often than not
		8:  {"Gates", false},
		9:  {"Kouchner", false},
		10: {"Rashed", false}, // not "rash" + "ed": the stem is too short
		11: {"x", false},
	}
	for i, tt := range tests {
		if got := isCommonWord(tt.word); got != tt.want {
			t.Errorf("%d. isCommonWord(%q) = %v, want %v", i, tt.word, got, tt.want)
		}
	}
}

func TestSplitClassifierName(t *testing.T) {
	tests := []struct {
		name, title         string
		wantName, wantTitle string
	}{
		0: {"Pol/c Eric V. Gaudiosi", "", "Eric V. Gaudiosi", "Pol/c"},
		1: {"Ambassador Daniel C. Kurtzer", "", "Daniel C. Kurtzer", "Ambassador"},
		2: {"Dr. Jane Smith", "Counselor", "Jane Smith", "Counselor"}, // an honorific is no title
		3: {"Josiah Rosenblatt", "Political Minister-Counselor", "Josiah Rosenblatt", "Political Minister-Counselor"},
		4: {"A/Pol/C Heather Merritt", "", "Heather Merritt", "A/Pol/C"},
	}
	for i, tt := range tests {
		n, ti := splitClassifierName(tt.name, tt.title)
		if n != tt.wantName || ti != tt.wantTitle {
			t.Errorf("%d. splitClassifierName(%q, %q) = %q, %q, want %q, %q", i, tt.name, tt.title, n, ti, tt.wantName, tt.wantTitle)
		}
	}
}

func TestLeaderCountry(t *testing.T) {
	tests := []struct {
		name string
		want string
	}{
		0: {"Obama", "US"},
		1: {"Nicolas Sarkozy", "FR"},
		2: {"Brown", ""}, // "full": the surname alone is not Gordon Brown
		3: {"Gordon Brown", "GB"},
		4: {"Michael Putin", ""}, // given names conflict
		5: {"Polikovskaya", ""},
		// Added 2026-12-06 (about 1,600 people of 1995-2010).
		6: {"Siniora", "LB"},
		7: {"Oscar Arias", "CR"},
		8: {"Arias", ""}, // "full": other Ariases
		9: {"Kayani", "PK"},
	}
	for i, tt := range tests {
		given, sur := splitName(tt.name)
		if got := leaderCountry(given, sur); got != tt.want {
			t.Errorf("%d. leaderCountry(%q) = %q, want %q", i, tt.name, got, tt.want)
		}
	}
}

// TestCapitalsNeedEvidence: in a text written in capitals, a word is a
// name only with a title, a given name, the TAGS or a fuller form; common
// words after a title modifier are not people.
func TestCapitalsNeedEvidence(t *testing.T) {
	paras := []string{
		"AFTER AMBASSADOR BYROADE'S AUDIENCE WITH SHAH, WE DISCUSSED THE NEW REQUIREMENT THAT HIGH GOVERNMENT OFFICIALS DIVEST.",
		"NUR MOHAMMAD TARAKI RECEIVED ME AT THE OLD PRIME MINISTRY BUILDING. THE NEW REVOLUTIONARY COUNCIL MET.",
		"GENERAL ASSEMBLY DEBATE CONTINUES; SPEAKER URGES CALM.",
	}
	var body strings.Builder
	c := &cable.Cable{ID: "73TEST1", Meta: cable.Metadata{Origin: "Embassy Tehran"}}
	for i, p := range paras {
		c.Paragraphs = append(c.Paragraphs, cable.Paragraph{Number: i + 1, Text: p, Start: body.Len()})
		body.WriteString(p + "\n\n")
	}
	c.Body.String = body.String()
	var x Extractor
	r := x.Extract(c)
	var got []string
	for _, e := range r.Entities {
		if e.Type == Person {
			got = append(got, e.Name)
		}
	}
	if want := "Byroade|Nur Mohammad Taraki"; strings.Join(got, "|") != want {
		t.Errorf("people = %q, want %s", got, want)
	}
}

// TestCamelAbbreviation: the camel-case shorthand of posts and offices is
// no name; camel-case surnames are.
func TestCamelAbbreviation(t *testing.T) {
	for w, want := range map[string]bool{
		"PetAtt": true, "MoTI": true, "EcMin": true, "BrigGen": true, "LtGeneral": true, "EconCouns": true, "RefCoord": true,
		"ChevronXXXXXXXXXXXX": true,
		"McCain":              false, "DeVido": false, "LoGerfo": false, "FitzGibbon": false, "McIlhenny": false, "LeBaron": false, "ParedesCadena": false,
		"Kouchner": false, "I": false, "US": false,
	} {
		if got := camelAbbreviation(w); got != want {
			t.Errorf("camelAbbreviation(%q) = %v, want %v", w, got, want)
		}
	}
	// In a cable: the shorthand is no person, the surname is.
	c := cableClassifiedBy(t, "Ambassador Thomas White", "MEETING",
		"Joe Perez met PetAtt on September 18. PetAtt said the talks went well. PetAtt noted that Senator McCain had called.")
	var people []string
	for _, e := range (&Extractor{}).Extract(c).Entities {
		if e.Type == Person {
			people = append(people, e.Name)
		}
	}
	if got := strings.Join(people, "; "); strings.Contains(got, "PetAtt") || !strings.Contains(got, "McCain") || !strings.Contains(got, "Joe Perez") {
		t.Errorf("people %s: want Joe Perez and McCain, not PetAtt", got)
	}
}

// TestSpecialistIsATitle: "LES Political Specialist" is a post, not a
// person named Specialist.
func TestSpecialistIsATitle(t *testing.T) {
	c := cableClassifiedBy(t, "Ambassador Thomas White", "MEETING",
		"Following the signing on September 18, POLOFF and LES Political Specialist met with Narcotics Board Director Benjamin Botwe.")
	for _, e := range (&Extractor{}).Extract(c).Entities {
		if e.Type == Person && strings.Contains(e.Name, "Specialist") {
			t.Errorf("person %q", e.Name)
		}
	}
}

// TestNicknameInQuotes: a nickname in quotes inside a name is no part of
// it: 'Porfirio "Pepe" Lobo' is Porfirio Lobo, whom "Lobo" names later.
func TestNicknameInQuotes(t *testing.T) {
	c := cableClassifiedBy(t, "Ambassador Hugo Llorens", "MEETING",
		"The Ambassador met with President-elect Porfirio \"Pepe\" Lobo on January 23. Lobo said the talks went well. Leonard “Chip” Yorke attended.")
	var people []string
	for _, e := range (&Extractor{}).Extract(c).Entities {
		if e.Type == Person {
			people = append(people, e.Name)
		}
	}
	if got := strings.Join(people, "; "); !strings.Contains(got, "Porfirio Lobo") || !strings.Contains(got, "Leonard Yorke") || strings.Contains(got, "Pepe") || strings.Contains(got, "Porfirio;") {
		t.Errorf("people %s: want Porfirio Lobo and Leonard Yorke", got)
	}
}
