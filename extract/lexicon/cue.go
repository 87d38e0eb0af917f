package lexicon

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"
)

// The cue lists of the extractor's grammar, kept by hand: one file per
// list under data/cues, named for the list.
//
//go:embed data/cues/*.txt
var cueFiles embed.FS

// A cue file holds one lower-case word or phrase a line; "#" starts a
// comment, to the end of the line, which says why a word is there when it
// is not plain. A line "@name" takes in every word of the list name, so
// that lists that share a base (the verbs of saying) say so once.
type cueList struct {
	words    []string // in file order, includes expanded in place
	includes []string // the lists taken in with @
}

var cueData = sync.OnceValue(func() map[string]*cueList {
	raw := map[string][]string{} // list -> its lines, @includes unexpanded
	entries, err := fs.ReadDir(cueFiles, "data/cues")
	if err != nil {
		panic(err)
	}
	for _, e := range entries {
		b, err := cueFiles.ReadFile("data/cues/" + e.Name())
		if err != nil {
			panic(err)
		}
		name := strings.TrimSuffix(e.Name(), path.Ext(e.Name()))
		lines := []string{}
		for line := range strings.SplitSeq(string(b), "\n") {
			line, _, _ = strings.Cut(line, "#")
			if line = strings.TrimSpace(line); line != "" {
				lines = append(lines, line)
			}
		}
		raw[name] = lines
	}
	out := make(map[string]*cueList, len(raw))
	var expand func(name string, stack []string) *cueList
	expand = func(name string, stack []string) *cueList {
		if l, ok := out[name]; ok {
			return l
		}
		for _, s := range stack {
			if s == name {
				panic(fmt.Sprintf("lexicon: data/cues: %s takes itself in (%s)", name, strings.Join(append(stack, name), " -> ")))
			}
		}
		lines, ok := raw[name]
		if !ok {
			panic(fmt.Sprintf("lexicon: data/cues/%s.txt: no such cue list (taken in by %s)", name, strings.Join(stack, " -> ")))
		}
		l := &cueList{}
		for _, w := range lines {
			if inc, ok := strings.CutPrefix(w, "@"); ok {
				l.includes = append(l.includes, inc)
				l.words = append(l.words, expand(inc, append(stack, name)).words...)
				continue
			}
			l.words = append(l.words, w)
		}
		out[name] = l
		return l
	}
	for name := range raw {
		expand(name, nil)
	}
	return out
})

// Cues returns the words of the extractor's cue list name (data/cues/
// name.txt): the closed lists of words its grammar reacts to, such as
// "meet_verbs" (called, hosted, received...) or "say_verbs" (said, told,
// noted...). The words are lower case. Cues panics on a name with no list:
// the names are fixed in the extractor's source.
func Cues(name string) []string {
	l, ok := cueData()[name]
	if !ok {
		panic("lexicon: no cue list " + name)
	}
	return slices.Clone(l.words)
}

// CueLists returns the names of the cue lists, sorted.
func CueLists() []string {
	m := cueData()
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
