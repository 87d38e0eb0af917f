package lexicon

import (
	"strings"
	"testing"
)

// TestMayBeTitleWord checks the filter against the lookups it spares: it
// must hold for every word either of them finds, in any case.
func TestMayBeTitleWord(t *testing.T) {
	tt := titleData()
	var words []string
	for _, m := range []foldedMap[struct{}]{tt.heads.m, tt.modifiers.m} {
		for _, k := range m.keys() {
			words = append(words, k, strings.ToUpper(k), " "+k+" ")
		}
		for k := range m.exact { // as written: "Pol M/C"
			words = append(words, k)
		}
	}
	words = append(words, "foreign", "minister", "Ministers", "vice-president", "the", "met", "côte")
	for _, w := range words {
		if (IsTitleHead(w) || IsTitleModifier(w)) && !MayBeTitleWord(w) {
			t.Errorf("MayBeTitleWord(%q) = false, but it is a title word", w)
		}
	}
	for _, w := range []string{"the", "met", "and", "said"} {
		if MayBeTitleWord(w) {
			t.Errorf("MayBeTitleWord(%q) = true", w)
		}
	}
}
