package extract

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want string // tokens joined by |
	}{
		0: {"Pol M/C Rosenblatt met", "Pol|M/C|Rosenblatt|met"},
		1: {"France,s EU presidency", "France|,s|EU|presidency"},
		2: {"Kouchner's visit", "Kouchner|'s|visit"},
		3: {"the U.S. and U.K. said", "the|U.S.|and|U.K.|said"},
		4: {"Josiah C. Rosenblatt", "Josiah|C.|Rosenblatt"},
		5: {"Kouchner--he never", "Kouchner|--|he|never"},
		6: {"al-Maliki, Minister-Counselor", "al-Maliki|,|Minister-Counselor"},
		7: {"on 9/18 at 1600, 18th", "on|9/18|at|1600|,|18th"},
		8: {"Russia/EU ties", "Russia|/|EU|ties"},
		9: {"Bogotá’s mayor", "Bogotá|’s|mayor"},
	}
	for i, tt := range tests {
		var parts []string
		for _, tok := range tokenize(tt.in, nil) {
			if tt.in[tok.start:tok.end] != tok.text {
				t.Errorf("%d. token %q at %d:%d does not match its text", i, tok.text, tok.start, tok.end)
			}
			parts = append(parts, tok.text)
		}
		if got := strings.Join(parts, "|"); got != tt.want {
			t.Errorf("%d. tokenize(%q) = %s, want %s", i, tt.in, got, tt.want)
		}
	}
}

func TestFindDates(t *testing.T) {
	cableDate := time.Date(2007, 9, 21, 16, 12, 0, 0, time.UTC) // a Friday
	tests := []struct {
		in   string
		want string // ISO dates joined by |, "-" for a reference without a day
	}{
		0:  {"the September 18 meeting", "2007-09-18"},
		1:  {"met on 18 September 2006", "2006-09-18"},
		2:  {"Sept. 20, 2007 and yesterday", "2007-09-20|2007-09-20"},
		3:  {"on Monday", "2007-09-17"},
		4:  {"on Friday", "2007-09-14"},
		5:  {"met today", "2007-09-21"},
		6:  {"on 9/18", "2007-09-18"},
		7:  {"in September", "-"},
		8:  {"last week", "-"},
		9:  {"on December 18", "2006-12-18"},
		10: {"will meet on October 2", "2007-10-02"},
		11: {"you may go", ""},
	}
	for i, tt := range tests {
		toks := tokenize(tt.in, nil)
		var parts []string
		for _, r := range findDates(toks, 0, len(toks), cableDate, nil) {
			if iso := r.iso(); iso != "" {
				parts = append(parts, iso)
			} else {
				parts = append(parts, "-")
			}
		}
		if got := strings.Join(parts, "|"); got != tt.want {
			t.Errorf("%d. findDates(%q) = %s, want %s", i, tt.in, got, tt.want)
		}
	}
}

func TestNameMatching(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		0: {"Kouchner", "Bernard Kouchner", true},
		1: {"B. Kouchner", "Bernard Kouchner", true},
		2: {"Raul Castro", "Fidel Castro", false},
		3: {"Valls Noyes", "Julieta Valls Noyes", true},
		4: {"Anna Polikovskaya", "Anna Politkovskaya", true},
		5: {"Smith", "Smyth", false}, // too short for a misspelling
		6: {"PEKALA", "Mark Pekala", true},
	}
	for i, tt := range tests {
		ga, sa := splitName(tt.a)
		gb, sb := splitName(tt.b)
		same := compatibleGiven(ga, gb) && (sa == sb || len(sa) >= 6 && editDistance1(sa, sb))
		if same != tt.same {
			t.Errorf("%d. %q ~ %q = %v, want %v", i, tt.a, tt.b, same, tt.same)
		}
	}
}

// TestLeadClauseEnd: an opening subordinate clause ends at its comma, and
// the people in it are not the subjects of the main verb.
func TestLeadClauseEnd(t *testing.T) {
	tests := []struct {
		in   string // the verb is the word "met"
		want string // the token at which the main clause starts, "" for none
	}{
		0: {"While the Task Force briefed Biden, Mangal met with Karzai", "Mangal"},
		1: {"On July 20, while Smith waited, Jones met Brown", "Jones"},
		2: {"Jones met Brown while Smith waited", ""},
		3: {"After the talks, Jones met Brown", "Jones"},
		4: {"In Paris, Jones met Brown", ""}, // a phrase, not a clause
		5: {"Although tired and late, Jones met Brown", "Jones"},
		// A clause set off after the subject does not open the sentence:
		// Jones is the subject of "met".
		6: {"Jones, while in Paris, met Brown", ""},
	}
	for i, tt := range tests {
		d := &doc{toks: tokenize(tt.in, nil)}
		d.sents = []sentence{{lo: 0, hi: len(d.toks), end: len(tt.in)}}
		verb := slices.IndexFunc(d.toks, func(t token) bool { return t.text == "met" })
		got := ""
		if k := d.leadClauseEnd(0, verb); k >= 0 {
			got = d.toks[k].text
		}
		if got != tt.want {
			t.Errorf("%d. leadClauseEnd(%q) starts the main clause at %q, want %q", i, tt.in, got, tt.want)
		}
	}
}
