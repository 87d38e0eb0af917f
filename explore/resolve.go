package explore

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Candidate is a person a name may mean, described well enough for a user
// to tell several apart: the titles the cables gave them, their country,
// the years and the number of the cables that name them.
type Candidate struct {
	Key       string   `json:"key"`
	Name      string   `json:"name"`
	Aliases   []string `json:"aliases,omitempty"`
	Titles    []string `json:"titles,omitempty"`
	Countries []string `json:"countries,omitempty"`
	FirstYear int      `json:"first_year,omitempty"` // 0 when no cable naming them has a date
	LastYear  int      `json:"last_year,omitempty"`
	Cables    int64    `json:"cables"`
}

// Years renders the span of years, "2007" or "2007-2009", "" when unknown.
func (c Candidate) Years() string {
	switch {
	case c.FirstYear == 0:
		return ""
	case c.FirstYear == c.LastYear:
		return fmt.Sprint(c.FirstYear)
	}
	return fmt.Sprintf("%d-%d", c.FirstYear, c.LastYear)
}

// NotFoundError says that no person fits a name.
type NotFoundError struct {
	Name string
}

func (e *NotFoundError) Error() string { return fmt.Sprintf("no person matches %q", e.Name) }

// AmbiguousError says that several people fit a name; Candidates lists
// them, most likely first, so that the user can pick one by key or by a
// fuller name. Merging them would silently mix several people's meetings.
type AmbiguousError struct {
	Name       string
	Candidates []Candidate
}

func (e *AmbiguousError) Error() string {
	return fmt.Sprintf("%q fits %d people; give a fuller name or a key", e.Name, len(e.Candidates))
}

// maxCandidates bounds the people a name lookup considers: enough to show
// the user the choice, small enough that describing them stays cheap.
const maxCandidates = 20

// fold lower-cases s and strips its accents (Koüchner -> kouchner), the
// same folding as the full-text index's standard-folding analyzer, so that
// names compare as the index compares them.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// words splits a folded name into words as Lucene's standard tokenizer
// does for names: letters and digits, with an apostrophe inside a word
// kept (Yar'Adua is one word to the index, so it must be one here).
func words(s string) []string {
	s = strings.ReplaceAll(fold(s), "’", "'")
	fields := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' })
	out := fields[:0]
	for _, f := range fields {
		if f = strings.Trim(f, "'"); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// choose picks the person a name means among the candidates that fit it.
// A key, or a name of several words that is exactly one candidate's name
// or alias, chooses that candidate; a single candidate is chosen. A single
// word that fits several people is ambiguous even if one of them bears
// exactly that name: "Clinton" alone names Bill as well as Hillary.
func choose(name string, cands []Candidate) (Candidate, error) {
	if len(cands) == 0 {
		return Candidate{}, &NotFoundError{Name: name}
	}
	for _, c := range cands {
		if c.Key == name {
			return c, nil
		}
	}
	if len(cands) == 1 {
		return cands[0], nil
	}
	q := strings.Join(words(name), " ")
	if len(words(name)) > 1 {
		var exact []Candidate
		for _, c := range cands {
			for _, n := range append([]string{c.Name}, c.Aliases...) {
				if strings.Join(words(n), " ") == q {
					exact = append(exact, c)
					break
				}
			}
		}
		if len(exact) == 1 {
			return exact[0], nil
		}
	}
	sortCandidates(cands)
	return Candidate{}, &AmbiguousError{Name: name, Candidates: cands}
}

// sortCandidates puts the most cited first, then by name and key, so that
// the list reads the same on every run.
func sortCandidates(cs []Candidate) {
	sort.Slice(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if a.Cables != b.Cables {
			return a.Cables > b.Cables
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.Key < b.Key
	})
}

// matches reports whether every word of the query begins a word of name:
// "kouch" fits "Bernard Kouchner", "b kouchner" too, "kouchner x" does not.
// It is the in-memory counterpart of the full-text query that
// luceneQuery builds.
func matches(query []string, name string) bool {
	nw := words(name)
	for _, q := range query {
		found := false
		for _, w := range nw {
			if strings.HasPrefix(w, q) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return len(query) > 0
}

// luceneQuery turns a name into a full-text query in which every word must
// occur, whole or as the start of a word ("+(kouchner kouchner*)"). With
// fuzzy set, every word may instead be one edit away (Lavrow, Lavrov),
// the fallback for spellings that transliterate differently. Words are
// folded here because Lucene does not analyse prefix and fuzzy terms,
// and hold only letters, digits and inner apostrophes (not special in
// Lucene's syntax), so no query syntax can leak in.
func luceneQuery(name string, fuzzy bool) string {
	var parts []string
	for _, w := range words(name) {
		if fuzzy {
			if len([]rune(w)) >= 4 {
				parts = append(parts, "+"+w+"~1")
			} else {
				parts = append(parts, "+"+w)
			}
			continue
		}
		parts = append(parts, fmt.Sprintf("+(%s %s*)", w, w))
	}
	return strings.Join(parts, " ")
}
