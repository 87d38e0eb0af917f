package extract

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

//go:generate go run ./data/gen -corpus ../../shared/cables-raw/avilaroman__Wikileaks-Mirror/cable -exclude ../testdata/gold -o data/lowercase_words.txt

// lowercaseWordsText counts, for each word, how often the mixed-case
// paragraphs of the WikiLeaks mirror write it in lower case and how often
// capitalised in mid-sentence (data/gen makes it; the gold-set cables are
// left out).
//
//go:embed data/lowercase_words.txt
var lowercaseWordsText string

// wordCounts holds, for each word of the table, how often the mirror's
// running text writes it in lower case and how often capitalised in
// mid-sentence.
var wordCounts = sync.OnceValue(func() map[string][2]int {
	m := make(map[string][2]int, 22000)
	for line := range strings.SplitSeq(lowercaseWordsText, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 3 {
			continue
		}
		lower, err1 := strconv.Atoi(f[1])
		capMid, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil {
			panic("extract: bad line in data/lowercase_words.txt: " + line) // a build error
		}
		m[f[0]] = [2]int{lower, capMid}
	}
	return m
})

// commonWords holds the words that running cable text mostly writes in
// lower case: "building", "requirement", "young", "power". Such a word is
// not a surname unless a given name or a title goes with it; a word that
// cables capitalise as often as not ("Rice", "Gates", "King", "Brown") is
// not in it.
var commonWords = sync.OnceValue(func() map[string]struct{} {
	m := make(map[string]struct{}, 16000)
	for w, n := range wordCounts() {
		if isCommonCount(n[0], n[1]) {
			m[w] = struct{}{}
		}
	}
	return m
})

// lowerCount is how often the mirror's running text writes word w in
// lower case (0 for a word the table does not hold).
func lowerCount(w string) int { return wordCounts()[w][0] }

// isCommonCount: written in lower case at least ten times and at least
// half as often as capitalised in mid-sentence, or a few times and hardly
// ever capitalised. "Revolutionary" (117 to 201, the Revolutionary Guard)
// is common, "Rice" (140 to 280) just so, "concedes" (5 to 1) too;
// "Gates" (28 to 97) and "Brown" (13 to 689) are not.
func isCommonCount(lower, capMid int) bool {
	return lower >= 10 && 2*lower >= capMid || lower >= 3 && lower >= 3*capMid
}

// commonSuffixes are the endings of inflected forms too rare to be in the
// table ("experimented", "ushering") whose stem is.
var commonSuffixes = []string{"ed", "d", "ing", "es", "s", "ly"}

// isCommonWord reports whether s, in any case, is a common English word of
// cables rather than a name.
func isCommonWord(s string) bool {
	var buf [32]byte
	if len(s) > len(buf) || len(s) < 2 {
		return false
	}
	w := string(lowerBytes(buf[:0], s))
	if i := strings.IndexAny(w, "'’"); i > 0 {
		w = w[:i] // "DIDN'T", "PARTY'S": the word before the apostrophe
	}
	m := commonWords()
	if _, ok := m[w]; ok {
		return true
	}
	// A stem of five letters or more, so that "Rashed" is not "rash";
	// a doubled last consonant is undone ("labelled", "upped").
	for _, suf := range commonSuffixes {
		if len(w)-len(suf) >= 5 && strings.HasSuffix(w, suf) {
			stem := w[:len(w)-len(suf)]
			if _, ok := m[stem]; ok {
				return true
			}
			if n := len(stem); n >= 6 && stem[n-1] == stem[n-2] {
				if _, ok := m[stem[:n-1]]; ok {
					return true
				}
			}
		}
	}
	return false
}
