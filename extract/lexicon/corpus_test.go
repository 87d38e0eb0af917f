package lexicon_test

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/cablegraph/cablegraph/extract/lexicon"
)

// Every two-letter TAGS code that real cables use in several cables is
// known, as a country, region or organisation. Reads the WikiLeaks mirror
// in ../shared/cables-raw when it is there.
func TestCorpusTagsAreKnown(t *testing.T) {
	dir := "../../../shared/cables-raw/avilaroman__Wikileaks-Mirror/cable"
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*", "*.html"))
	if len(files) == 0 {
		t.Skipf("no cables under %s", dir)
	}
	// Codes that cables use for two different countries (GE for Germany
	// and Georgia, NA for Namibia and the Netherlands Antilles, KO for
	// Kosovo and Korea): no single answer is right.
	ambiguous := map[string]bool{"GE": true, "NA": true, "KO": true}
	tagLink := regexp.MustCompile(`href='/tag/([A-Z]{2})_0\.html'`)
	cables := map[string]int{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, m := range tagLink.FindAllSubmatch(b, -1) {
			if code := string(m[1]); !seen[code] {
				seen[code] = true
				cables[code]++
			}
		}
	}
	known, unknown := 0, 0
	for code, n := range cables {
		if _, ok := lexicon.LookupFIPSTag(code); ok {
			known += n
			continue
		}
		unknown += n
		if n >= 3 && !ambiguous[code] {
			t.Errorf("TAGS code %q, in %d cables, is unknown", code, n)
		}
	}
	t.Logf("%d cables; two-letter tag uses known: %d, unknown: %d", len(files), known, unknown)
}
