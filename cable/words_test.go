package cable

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

var genWords = flag.Bool("genwords", false, "regenerate data/words.txt from the shared corpus")

// TestGenerateWords rebuilds data/words.txt, the word counts that decide
// whether two fragments are one word split by a wrap ("reaso" + "ns"):
// every run of ASCII letters in the text of the 6,712 mirror pages,
// lower-cased, two letters or more, kept when seen at least three times.
// Without -genwords it checks that the embedded list has the words the
// repairs rely on.
func TestGenerateWords(t *testing.T) {
	if !*genWords {
		for _, w := range []string{"reasons", "jurisdiction", "otherwise", "the"} {
			if wordCount([]byte(w)) < 3 {
				t.Errorf("word list lacks %q", w)
			}
		}
		return
	}
	files, _ := filepath.Glob(filepath.Join(corpusDir(), "avilaroman__Wikileaks-Mirror/cable/*/*/*.html"))
	if len(files) == 0 {
		t.Fatal("corpus not available")
	}
	counts := map[string]int{}
	var b textBuilder
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b.reset(&Text{})
		decodeHTML(&b, raw, 0, 1)
		s := bytes.ToLower(b.buf)
		for i := 0; i < len(s); {
			if !isLower(s[i]) {
				i++
				continue
			}
			j := i
			for j < len(s) && isLower(s[j]) {
				j++
			}
			if j-i >= 2 {
				counts[string(s[i:j])]++
			}
			i = j
		}
	}
	words := make([]string, 0, len(counts))
	for w, n := range counts {
		if n >= 3 {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	var out bytes.Buffer
	for _, w := range words {
		fmt.Fprintf(&out, "%s %d\n", w, counts[w])
	}
	if err := os.WriteFile("data/words.txt", out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d words from %d pages", len(words), len(files))
}
