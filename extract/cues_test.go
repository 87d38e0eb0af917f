package extract

import (
	"testing"

	"github.com/cablegraph/cablegraph/extract/lexicon"
)

// Every cue list of the lexicon is read by the grammar, directly or taken
// in by another list: a list nothing reads is dead data.
func TestEveryCueListIsUsed(t *testing.T) {
	taken := map[string]bool{"speech_verbs": true} // the base of the verbs of saying
	for _, name := range lexicon.CueLists() {
		if !usedCues[name] && !taken[name] {
			t.Errorf("cue list %s: no wordSet of the grammar reads it", name)
		}
	}
}

// The wordSets hold the lists' words, which a token matches in any case.
func TestCueSets(t *testing.T) {
	for i, tt := range []struct {
		set  wordSet
		word string
		want bool
	}{
		{meetVerbs, "hosted", true},
		{meetVerbs, "Hosted", true},
		{meetVerbs, "met", false}, // "met" has rules of its own
		{sayVerbs, "SAID", true},
		{personVerbs, "said", true}, // through say_verbs, through speech_verbs
		{personVerbs, "himself", true},
		{clauseStops, "explained", true},
		{listGlue, ",", true},
		{usBareTitles, "deputy secretary", true},
		{notYet, "n't", true},
	} {
		if got := tt.set.hasAnyCase(tt.word); got != tt.want {
			t.Errorf("%d. hasAnyCase(%q) = %v, want %v", i, tt.word, got, tt.want)
		}
	}
}
