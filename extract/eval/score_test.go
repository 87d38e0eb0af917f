package eval

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/cablegraph/cablegraph/extract"
)

func TestFoldName(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		0:  {"Bernard Kouchner", "bernard kouchner"},
		1:  {"KOUCHNER", "kouchner"},
		2:  {"Kouchner's", "kouchner"},
		3:  {"Kouchner’s", "kouchner"},
		4:  {"Kouchner,s", "kouchner"},
		5:  {"Álvaro Uribe Vélez", "alvaro uribe velez"},
		6:  {"Al-Maliki", "al maliki"},
		7:  {"O'Neill", "oneill"},
		8:  {"  J.  Rosenblatt ", "j rosenblatt"},
		9:  {"Chavez", "chavez"},
		10: {"'s", "s"}, // nothing before the possessive: keep it
	}
	for i, tt := range tests {
		if got := foldName(tt.in); got != tt.want {
			t.Errorf("%d. foldName(%q) = %q, want %q", i, tt.in, got, tt.want)
		}
	}
}

func TestFormsMatch(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		0:  {"Bernard Kouchner", "bernard KOUCHNER", exactMatch},
		1:  {"Bernard Kouchner", "Kouchner", surnameMatch},
		2:  {"Bernard Kouchner", "B. Kouchner", surnameMatch},
		3:  {"Bernard Kouchner", "Benoit Kouchner", noMatch}, // initials agree, full names differ
		4:  {"Hosni Mubarak", "Gamal Mubarak", noMatch},
		5:  {"George W. Bush", "George Bush", surnameMatch},
		6:  {"Jose Manuel Barroso", "J.M. Barroso", surnameMatch},
		7:  {"Kouchner", "Lavrov", noMatch},
		8:  {"Martin Luther King Jr.", "King", surnameMatch},
		9:  {"Isabelle Dumont", "Isabelle", noMatch}, // a given name is not a surname
		10: {"Hugo Chávez", "Hugo Chavez", exactMatch},
		11: {"Kouchner's", "Kouchner", exactMatch},
	}
	for i, tt := range tests {
		if got := formsMatch(foldName(tt.a), foldName(tt.b)); got != tt.want {
			t.Errorf("%d. formsMatch(%q, %q) = %d, want %d", i, tt.a, tt.b, got, tt.want)
		}
	}
}

func TestAssign(t *testing.T) {
	tests := []struct {
		w    [][]int
		cols int
		want []int
	}{
		0: {nil, 0, []int{}},
		1: {[][]int{{0}}, 1, []int{-1}},
		2: {[][]int{{5}}, 1, []int{0}},
		// Greedy on row 0 would take column 0 and leave row 1 alone.
		3: {[][]int{{1001, 1000}, {1000, 0}}, 2, []int{1, 0}},
		4: {[][]int{{1000, 1001, 0}}, 3, []int{1}},
		5: {[][]int{{1001}, {1001}, {0}}, 1, []int{0, -1, -1}},
		6: {[][]int{{0, 0}, {0, 1000}}, 2, []int{-1, 1}},
	}
	for i, tt := range tests {
		if got := assign(tt.w, tt.cols); !slices.Equal(got, tt.want) {
			t.Errorf("%d. assign(%v) = %v, want %v", i, tt.w, got, tt.want)
		}
	}
}

// per builds a predicted person.
func per(name string, titles []string, aliases ...string) extract.Entity {
	return extract.Entity{Type: extract.Person, Name: name, Titles: titles, Aliases: aliases}
}

func country(code string) extract.Entity {
	return extract.Entity{Type: extract.Country, Name: code, Code: code}
}

// met builds a predicted MET relation; date is ISO or "" for none.
func met(a, b, date string) extract.Relation {
	var d extract.Date
	if err := d.UnmarshalText([]byte(date)); err != nil {
		panic(err)
	}
	return extract.Relation{Type: extract.Met, From: a, To: b, Date: d}
}

// paris is a gold annotation modelled on 07PARIS3972.
var paris = &Gold{
	Cable: "07PARIS3972",
	People: []GoldPerson{
		{Name: "Kouchner", Titles: []string{"Foreign Minister"}, Country: "FR"},
		{Name: "Lavrov", Titles: []string{"Foreign Minister"}, Country: "RU"},
		{Name: "Josiah Rosenblatt", Aliases: []string{"Rosenblatt"}, Titles: []string{"Political Minister-Counselor", "Pol M/C"}, Country: "US"},
		{Name: "Isabelle Dumont", Aliases: []string{"Dumont"}, Titles: []string{"MFA Cabinet Counselor for Russia, Balkans, CIS"}, Country: "FR"},
		{Name: "Anna Polikovskaya", Titles: []string{"journalist"}},
	},
	Countries: []string{"FR", "RU", "XK", "IR", "US"},
	Met: []GoldMet{
		{A: "Kouchner", B: "Lavrov", Date: "2007-09-18", Place: "Moscow"},
		{A: "Rosenblatt", B: "Dumont", Date: "2007-09-20"},
	},
}

func TestScore(t *testing.T) {
	tests := []struct {
		name                 string
		gold                 *Gold
		pred                 extract.Result
		people, titles       Counts
		countries, met       Counts
		dates, personCountry Accuracy
		items                []string // "field kind text", in any order; nil: not checked
	}{
		{
			name: "perfect",
			gold: paris,
			pred: extract.Result{
				Entities: []extract.Entity{
					per("Kouchner", []string{"Foreign Minister"}),
					per("Sergey Lavrov", []string{"Foreign Minister"}),
					per("Josiah Rosenblatt", []string{"Political Minister-Counselor", "Pol M/C"}, "ROSENBLATT"),
					per("Isabelle Dumont", []string{"MFA Cabinet Counselor for Russia, Balkans, CIS"}),
					per("Anna Polikovskaya", []string{"journalist"}),
					country("FR"), country("RU"), country("XK"), country("IR"), country("US"),
				},
				Relations: []extract.Relation{met("Lavrov", "Kouchner", "2007-09-18"), met("Josiah Rosenblatt", "Isabelle Dumont", "2007-09-20")},
			},
			people:    Counts{5, 5, 5, 5},
			titles:    Counts{6, 6, 6, 6},
			countries: Counts{5, 5, 5, 5},
			met:       Counts{2, 2, 2, 2},
			dates:     Accuracy{2, 2},
			// No country predicted for anyone.
			personCountry: Accuracy{0, 4},
			items:         []string{"person near Sergey Lavrov ~ Lavrov"},
		},
		{
			name: "printed twice counts once right once wrong",
			gold: &Gold{People: []GoldPerson{{Name: "Bernard Kouchner"}}},
			// The exact form wins the gold person; the surname is left over.
			pred:   extract.Result{Entities: []extract.Entity{per("Kouchner", nil), per("Bernard Kouchner", nil)}},
			people: Counts{1, 2, 1, 1},
			items:  []string{"person FP Kouchner"},
		},
		{
			name:   "exact forms pair first, surname forms take the rest",
			gold:   &Gold{People: []GoldPerson{{Name: "John Smith"}, {Name: "Smith"}}},
			pred:   extract.Result{Entities: []extract.Entity{per("J. Smith", nil), per("John Smith", nil)}},
			people: Counts{2, 2, 2, 2},
		},
		{
			name:   "initials and accents",
			gold:   &Gold{People: []GoldPerson{{Name: "Álvaro Uribe", Aliases: []string{"Uribe"}}, {Name: "Hugo Chávez"}}},
			pred:   extract.Result{Entities: []extract.Entity{per("A. URIBE", nil), per("Hugo Chavez's", nil), per("Gamal Chavez", nil)}},
			people: Counts{2, 3, 2, 2},
			items:  []string{"person near A. URIBE ~ Álvaro Uribe", "person FP Gamal Chavez"},
		},
		{
			name: "title containment both ways, on words",
			gold: &Gold{People: []GoldPerson{{Name: "Kouchner", Titles: []string{"Foreign Minister", "PM"}}}},
			pred: extract.Result{Entities: []extract.Entity{per("Kouchner", []string{"French Foreign Minister", "PMO Director", "Minister"})}},
			// Gold "Foreign Minister" is inside "French Foreign Minister";
			// "Minister" is inside gold "Foreign Minister"; "PMO" is not "PM".
			people: Counts{1, 1, 1, 1},
			titles: Counts{Gold: 2, Pred: 3, Found: 1, Correct: 2},
			items:  []string{"title FN Kouchner: PM", "title FP Kouchner: PMO Director"},
		},
		{
			name:   "titles of unmatched people are not scored",
			gold:   &Gold{People: []GoldPerson{{Name: "Kouchner", Titles: []string{"Foreign Minister"}}}},
			pred:   extract.Result{Entities: []extract.Entity{per("Lavrov", []string{"Foreign Minister"})}},
			people: Counts{1, 1, 0, 0},
			titles: Counts{},
		},
		{
			name:      "countries as sets",
			gold:      &Gold{Countries: []string{"FR", "RU", "XK"}},
			pred:      extract.Result{Entities: []extract.Entity{country("fr"), country("FR"), country("US"), country(""), per("Kouchner", nil)}},
			people:    Counts{0, 1, 0, 0},
			countries: Counts{3, 2, 1, 1},
			items:     []string{"person FP Kouchner", "country FN RU", "country FN XK", "country FP US"},
		},
		{
			name: "MET pair symmetry, aliases, duplicates and strangers",
			gold: paris,
			pred: extract.Result{
				Entities: []extract.Entity{
					per("Kouchner", nil), per("Lavrov", nil), per("Rosenblatt", nil),
					per("Isabelle Dumont", nil, "Dumont"), per("Sarkozy", nil),
				},
				Relations: []extract.Relation{
					met("Lavrov", "Kouchner", "2007-09-18"),
					met("Kouchner", "Lavrov", "2007-09-18"),                 // the same pair again
					met("Dumont", "Rosenblatt", ""),                         // alias; date missed
					met("Sarkozy", "Kouchner", ""),                          // Sarkozy is no gold person
					met("Kouchner", "Poloff", ""),                           // names nobody
					{Type: extract.Visited, From: "Kouchner", To: "Moscow"}, // not scored
				},
			},
			people:        Counts{5, 5, 4, 4},
			titles:        Counts{Gold: 5},
			met:           Counts{2, 5, 2, 2},
			dates:         Accuracy{1, 2},
			personCountry: Accuracy{0, 4},
			countries:     Counts{Gold: 5},
		},
		{
			name: "MET dates: null is right only against null",
			gold: &Gold{
				People: []GoldPerson{{Name: "A Alpha"}, {Name: "B Beta"}, {Name: "C Gamma"}},
				Met: []GoldMet{
					{A: "Alpha", B: "Beta", Date: "2009-01-02"},
					{A: "Alpha", B: "Beta", Date: "2009-03-04"}, // they met twice
					{A: "Beta", B: "Gamma"},
					{A: "Alpha", B: "Gamma"},
				},
			},
			pred: extract.Result{
				Entities: []extract.Entity{per("A Alpha", nil), per("B Beta", nil), per("C Gamma", nil)},
				Relations: []extract.Relation{
					met("B Beta", "A Alpha", "2009-03-04"), // takes the second, same-date meeting
					met("A Alpha", "B Beta", "2009-01-02"),
					met("C Gamma", "B Beta", ""),
					met("C Gamma", "A Alpha", "2009-01-02"), // invents a date
				},
			},
			people: Counts{3, 3, 3, 3},
			met:    Counts{4, 4, 4, 4},
			dates:  Accuracy{3, 4},
			items:  []string{"met date wrong Alpha - Gamma: 2009-01-02, want none"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Score(tt.gold, &tt.pred)
			for _, c := range []struct {
				field     string
				got, want Counts
			}{
				{"people", s.People, tt.people},
				{"titles", s.Titles, tt.titles},
				{"countries", s.Countries, tt.countries},
				{"met", s.Met, tt.met},
			} {
				if c.got != c.want {
					t.Errorf("%s = %+v, want %+v", c.field, c.got, c.want)
				}
			}
			if s.MetDate != tt.dates {
				t.Errorf("met date = %+v, want %+v", s.MetDate, tt.dates)
			}
			if s.PersonCountry != tt.personCountry {
				t.Errorf("person country = %+v, want %+v", s.PersonCountry, tt.personCountry)
			}
			if tt.items != nil {
				var got []string
				for _, it := range s.Items {
					if it.Kind != Wrong || it.Field != "person country" {
						got = append(got, it.Field+" "+it.Kind+" "+it.Text)
					}
				}
				slices.Sort(got)
				want := slices.Sorted(slices.Values(tt.items))
				if !slices.Equal(got, want) {
					t.Errorf("items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
				}
			}
		})
	}
}

func TestCountsRatios(t *testing.T) {
	tests := []struct {
		c       Counts
		p, r, f float64
	}{
		0: {Counts{Gold: 4, Pred: 2, Found: 2, Correct: 2}, 1, 0.5, 2.0 / 3},
		1: {Counts{Gold: 4}, math.NaN(), 0, 0}, // silence is a failure to find
		2: {Counts{}, math.NaN(), math.NaN(), math.NaN()},
		3: {Counts{Pred: 3}, 0, math.NaN(), 0},
		4: {Counts{Gold: 2, Pred: 3, Found: 1, Correct: 2}, 2.0 / 3, 0.5, 4.0 / 7},
	}
	same := func(a, b float64) bool { return math.IsNaN(a) && math.IsNaN(b) || math.Abs(a-b) < 1e-9 }
	for i, tt := range tests {
		if p, r, f := tt.c.Precision(), tt.c.Recall(), tt.c.F1(); !same(p, tt.p) || !same(r, tt.r) || !same(f, tt.f) {
			t.Errorf("%d. %+v: P R F1 = %v %v %v, want %v %v %v", i, tt.c, p, r, f, tt.p, tt.r, tt.f)
		}
	}
}

func TestNameLookup(t *testing.T) {
	g := &Gold{People: []GoldPerson{
		{Name: "Saad Hariri", Aliases: []string{"Hariri", "Saad"}},
		{Name: "Hariri"}, // another Hariri, known by surname alone
		{Name: "Viktor Orban", Aliases: []string{"Orban"}},
		{Name: "Anita Orban", Aliases: []string{"Orban"}},
		{Name: "Josiah Rosenblatt"},
	}}
	tests := []struct {
		name string
		want int
	}{
		0: {"Hariri", 1}, // the person so named beats the alias
		1: {"SAAD", 0},
		2: {"Orban", -1}, // an alias of two people
		3: {"V. Orban", 2},
		4: {"Rosenblatt's", 4},
		5: {"J. Rosenblatt", 4},
		6: {"Kouchner", -1},
		7: {"", -1},
	}
	idx := newGoldIndex(g)
	for i, tt := range tests {
		if got := idx.lookup(tt.name); got != tt.want {
			t.Errorf("%d. lookup(%q) = %d, want %d", i, tt.name, got, tt.want)
		}
	}
}
