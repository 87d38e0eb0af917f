package extract

import (
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
