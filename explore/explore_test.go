package explore

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/cablegraph/cablegraph/extract"
)

func TestLuceneQuery(t *testing.T) {
	tests := []struct {
		name        string
		exact, fuzz string
	}{
		0: {"Kouchner", "+(kouchner kouchner*)", "+kouchner~1"},
		1: {"  KOUCHNER ", "+(kouchner kouchner*)", "+kouchner~1"},
		2: {"Bernard Koüchner", "+(bernard bernard*) +(kouchner kouchner*)", "+bernard~1 +kouchner~1"},
		3: {"Yar’Adua", "+(yar'adua yar'adua*)", "+yar'adua~1"},
		4: {`Lav") OR name:*`, "+(lav lav*) +(or or*) +(name name*)", "+lav +or +name~1"},
		5: {"Al-Maliki", "+(al al*) +(maliki maliki*)", "+al +maliki~1"},
		6: {"--", "", ""},
	}
	for i, tt := range tests {
		if got := luceneQuery(tt.name, false); got != tt.exact {
			t.Errorf("%d. luceneQuery(%q) = %q, want %q", i, tt.name, got, tt.exact)
		}
		if got := luceneQuery(tt.name, true); got != tt.fuzz {
			t.Errorf("%d. fuzzy luceneQuery(%q) = %q, want %q", i, tt.name, got, tt.fuzz)
		}
	}
}

func TestChoose(t *testing.T) {
	bill := Candidate{Key: "person:bill-clinton", Name: "Bill Clinton", Cables: 5}
	hillary := Candidate{Key: "person:hillary-clinton", Name: "Hillary Clinton", Aliases: []string{"Hillary Rodham Clinton"}, Cables: 9}
	clinton := Candidate{Key: "person:clinton", Name: "Clinton", Cables: 2}
	tests := []struct {
		name    string
		cands   []Candidate
		want    string // key, or "" for an error
		wantAmb []string
	}{
		0: {"Zzyzx", nil, "", nil},
		1: {"Clinton", []Candidate{bill}, bill.Key, nil},
		// One word fits three people, one of whom is named just that:
		// still ambiguous, most cited first.
		2: {"Clinton", []Candidate{bill, clinton, hillary}, "", []string{hillary.Key, bill.Key, clinton.Key}},
		3: {"hillary CLINTON", []Candidate{bill, hillary}, hillary.Key, nil},
		4: {"Hillary Rodham Clinton", []Candidate{hillary, bill}, hillary.Key, nil},
		5: {"person:clinton", []Candidate{bill, clinton}, clinton.Key, nil},
		6: {"B Clinton", []Candidate{bill, hillary}, "", []string{hillary.Key, bill.Key}},
	}
	for i, tt := range tests {
		got, err := choose(tt.name, append([]Candidate(nil), tt.cands...))
		var nf *NotFoundError
		var amb *AmbiguousError
		switch {
		case tt.want != "":
			if err != nil || got.Key != tt.want {
				t.Errorf("%d. choose(%q) = %q, %v; want %q", i, tt.name, got.Key, err, tt.want)
			}
		case tt.wantAmb != nil:
			if !errors.As(err, &amb) {
				t.Fatalf("%d. choose(%q): err = %v, want AmbiguousError", i, tt.name, err)
			}
			var keys []string
			for _, c := range amb.Candidates {
				keys = append(keys, c.Key)
			}
			if strings.Join(keys, " ") != strings.Join(tt.wantAmb, " ") {
				t.Errorf("%d. candidates %v, want %v", i, keys, tt.wantAmb)
			}
		default:
			if !errors.As(err, &nf) {
				t.Errorf("%d. choose(%q): err = %v, want NotFoundError", i, tt.name, err)
			}
		}
	}
}

func TestParseDay(t *testing.T) {
	tests := []struct {
		in   string
		end  bool
		want string
	}{
		0: {"2007", false, "2007-01-01"},
		1: {"2007", true, "2007-12-31"},
		2: {"2008-02", true, "2008-02-29"},
		3: {"2008-02", false, "2008-02-01"},
		4: {"2007-09-18", true, "2007-09-18"},
		5: {"09/18/2007", false, ""},
	}
	for i, tt := range tests {
		got, err := ParseDay(tt.in, tt.end)
		if tt.want == "" {
			if err == nil {
				t.Errorf("%d. ParseDay(%q) = %v, want an error", i, tt.in, got)
			}
			continue
		}
		if err != nil || got.Format(time.DateOnly) != tt.want {
			t.Errorf("%d. ParseDay(%q, %v) = %v, %v; want %s", i, tt.in, tt.end, got, err, tt.want)
		}
	}
}

// diamond is a network with two shortest chains from a to c (through b
// and through d), a longer way round through e, and f, who met nobody.
func diamond() *Index {
	x := NewIndex()
	res := &extract.Result{Cable: "10TEST1", Date: time.Date(2010, 1, 2, 0, 0, 0, 0, time.UTC)}
	for _, k := range []string{"a", "b", "c", "d", "e", "f"} {
		res.Entities = append(res.Entities, extract.Entity{Type: extract.Person, Key: "person:" + k, Name: "Person " + strings.ToUpper(k)})
	}
	pairs := [][2]string{{"a", "b"}, {"b", "c"}, {"a", "d"}, {"d", "c"}, {"a", "e"}, {"e", "x"}, {"x", "c"}, {"a", "b"}}
	for i, p := range pairs {
		res.Relations = append(res.Relations, extract.Relation{Type: extract.Met, FromKey: "person:" + p[0], ToKey: "person:" + p[1],
			From: "Person " + p[0], To: "Person " + p[1], Paragraph: i + 1, Date: extract.Date{Year: 2010, Month: time.January, Day: i + 1}})
	}
	x.addResult(res)
	return x
}

func TestIndexPath(t *testing.T) {
	x := diamond()
	chains := x.Path("person:a", "person:c", 0)
	var got []string
	for _, c := range chains {
		var ks []string
		for _, p := range c.People {
			ks = append(ks, strings.TrimPrefix(p.Key, "person:"))
		}
		got = append(got, strings.Join(ks, ""))
		if len(c.Hops) != len(c.People)-1 {
			t.Errorf("chain %v has %d hops", ks, len(c.Hops))
		}
	}
	if strings.Join(got, " ") != "abc adc" {
		t.Errorf("chains a..c = %v, want abc adc", got)
	}
	// a and b met twice (paragraphs 1 and 8): the hop cites the earliest.
	if h := chains[0].Hops[0]; h.Reports != 2 || h.Paragraph != 1 {
		t.Errorf("hop a-b = %+v, want 2 reports, paragraph 1", h)
	}
	if c := x.Path("person:a", "person:c", 1); c != nil {
		t.Errorf("with at most one hop: %v, want none", c)
	}
	if c := x.Path("person:a", "person:f", 0); c != nil {
		t.Errorf("to someone who met nobody: %v, want none", c)
	}
}

func TestIndexEgo(t *testing.T) {
	x := diamond()
	for i, tt := range []struct {
		depth         int
		people, edges int
	}{
		0: {1, 4, 4}, // a, b, d, e; a-b twice, a-d, a-e
		1: {2, 6, 8}, // and c, x; with b-c, d-c, e-x and x-c
	} {
		n := x.Ego("person:a", tt.depth)
		if len(n.People) != tt.people {
			t.Errorf("%d. depth %d: %d people, want %d", i, tt.depth, len(n.People), tt.people)
		}
		if len(n.Meetings) != tt.edges {
			t.Errorf("%d. depth %d: %d meetings, want %d", i, tt.depth, len(n.Meetings), tt.edges)
		}
		for _, m := range n.Meetings {
			if m.Cable != "10TEST1" {
				t.Errorf("%d. meeting %+v lost its cable", i, m)
			}
		}
		if !n.People[0].Focus || n.People[0].Key != "person:a" {
			t.Errorf("%d. first person %+v, want a in focus", i, n.People[0])
		}
	}
}
