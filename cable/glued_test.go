package cable

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSecondTelegramCut checks the golden pages that carry a second
// telegram: the body stops where it starts, the error names it, and
// nothing of it leaks into the first cable.
func TestSecondTelegramCut(t *testing.T) {
	tests := []struct {
		golden string
		id     string
		glued  string // the name the error gives the second telegram
		leak   string // text only the second telegram holds
		year   int
	}{
		0: {golden: "73TEHRAN2077-glued", id: "73TEHRAN2077", glued: "(06THEHAGUE131)", leak: "Wouter Bos", year: 1973},
		1: {golden: "09CAIRO211-glued", id: "09CAIRO211", glued: "(09CAIRO210)", leak: "NAMRU-3 have confirmed the boy was struck by the H5N1 virus.\n", year: 2009},
	}
	for i, tt := range tests {
		r := NewReader(bytes.NewReader(goldenInput(t, tt.golden)), tt.golden)
		if !r.Next() {
			t.Fatalf("%d. %s: no cable: %v", i, tt.golden, r.Err())
		}
		c := r.Cable()
		if c.ID != tt.id || c.Date.Year() != tt.year {
			t.Errorf("%d. got %s of %d, want %s of %d", i, c.ID, c.Date.Year(), tt.id, tt.year)
		}
		var found error
		for _, e := range c.Errors {
			if errors.Is(e, ErrSecondTelegram) {
				found = e
			}
		}
		if found == nil || !strings.Contains(found.Error(), tt.glued) || !strings.HasPrefix(found.Error(), tt.golden+":") {
			t.Errorf("%d. errors %v, want a second telegram %s placed in %s", i, c.Errors, tt.glued, tt.golden)
		}
		if strings.Contains(c.Body.String, tt.leak) {
			t.Errorf("%d. body still holds the second telegram's %q", i, tt.leak)
		}
		if r.Next() || r.Err() != nil {
			t.Errorf("%d. a soft error must not fail the input: %v", i, r.Err())
		}
	}
}

// TestSecondTelegramCorpus pins the rule on the corpus pages it was
// tuned on: every real glued telegram is cut, and the look-alikes (a page
// repeating its own routing header or the whole cable, a serial cut short,
// "unclassified e-mail ... From February 20" followed by SIPDIS) are not.
func TestSecondTelegramCorpus(t *testing.T) {
	corpusDir := corpusDir()
	if corpusDir == "" {
		t.Skip("corpus not available: no shared/cables-raw above this directory")
	}
	mirror := "avilaroman__Wikileaks-Mirror/cable/"
	tests := []struct {
		file  string
		glued string // "" when the body must be left whole
	}{
		0:  {"MarkChips__cablegate-search-app/test-set/1973/04/73TEHRAN2077.html", "06THEHAGUE131"},
		1:  {"MarkChips__cablegate-search-app/test-set/1973/11/73TEHRAN8233.html", "THE HAGUE 174"},
		2:  {mirror + "2007/11/07MANAMA1067.html", "07MANAMA1070"},
		3:  {mirror + "2008/05/08MOSCOW1519.html", "08MOSCOW2237"},
		4:  {mirror + "2009/02/09CAIRO189.html", "09CAIRO184"},
		5:  {mirror + "2009/08/09BERLIN992.html", "09STATE96945"},
		6:  {mirror + "2009/10/09CAIRO1962.html", "09CAIRO1960"},
		7:  {mirror + "2006/02/06PARIS1236.html", ""},
		8:  {mirror + "2007/07/07PARIS3193.html", ""},
		9:  {mirror + "2008/10/08PARIS1855.html", ""},
		10: {mirror + "2007/03/07REYKJAVIK90.html", ""},
		11: {mirror + "2008/12/08BERLIN1690.html", ""},
		12: {mirror + "2009/08/09ULAANBAATAR234.html", ""},
		13: {"tathagata__reveal/cables/05THEHAGUE789.txt", ""},
	}
	for i, tt := range tests {
		path := filepath.Join(corpusDir, tt.file)
		in, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("%d. %v", i, err)
			continue
		}
		r := NewReader(bytes.NewReader(in), tt.file)
		for r.Next() {
			var got string
			for _, e := range r.Cable().Errors {
				if errors.Is(e, ErrSecondTelegram) {
					got = e.Error()
				}
			}
			switch {
			case tt.glued == "" && got != "":
				t.Errorf("%d. %s: cut where nothing is glued: %s", i, tt.file, got)
			case tt.glued != "" && !strings.Contains(got, "("+tt.glued+")"):
				t.Errorf("%d. %s: got %q, want the second telegram %s cut", i, tt.file, got, tt.glued)
			}
		}
	}
}
