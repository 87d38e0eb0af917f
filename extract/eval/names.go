package eval

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// fold normalises text for comparison as GOLD-FORMAT.md asks: case and
// accents are dropped, apostrophes vanish (O'Neill = ONeill) and every
// other punctuation mark becomes a space, so "Al-Maliki", "AL MALIKI" and
// "al Maliki" agree. Runs of spaces collapse to one.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true // drop leading spaces
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r): // accents, after NFD
		case r == '\'' || r == '’' || r == '‘' || r == '`':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	return strings.TrimSuffix(b.String(), " ")
}

// foldName is fold for a person's name, which also loses a trailing
// possessive: "Kouchner's", "Kouchner’s" and the cable damage
// "Kouchner,s" (telegrams wrote apostrophes as commas) are all Kouchner.
func foldName(s string) string {
	s = strings.TrimSpace(s)
	for _, suffix := range []string{"'s", "’s", ",s", "'S", "’S", ",S"} {
		if strings.HasSuffix(s, suffix) && len(s) > len(suffix) {
			s = s[:len(s)-len(suffix)]
			break
		}
	}
	return fold(s)
}

// nameSuffixes follow a surname without being one.
var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// splitName cuts a folded name into its given names and its surname: the
// last word, or the word before a generational suffix.
func splitName(folded string) (given []string, surname string) {
	words := strings.Fields(folded)
	if len(words) > 1 && nameSuffixes[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return nil, ""
	}
	return words[:len(words)-1], words[len(words)-1]
}

// Match qualities of two name forms, best last. The values are weights for
// the assignment, which maximises their sum: any match outweighs any
// number of quality upgrades, so the assignment first matches as many
// people as it can and only then prefers exact forms.
const (
	noMatch      = 0
	surnameMatch = 1000 // surnames agree, given names do not conflict
	exactMatch   = 1001 // one name form is equal after folding
)

// formsMatch grades two folded name forms.
func formsMatch(a, b string) int {
	if a == "" || b == "" {
		return noMatch
	}
	if a == b {
		return exactMatch
	}
	givenA, surA := splitName(a)
	givenB, surB := splitName(b)
	if surA != surB || !givenAgree(givenA, givenB) {
		return noMatch
	}
	return surnameMatch
}

// givenAgree says whether two lists of given names can name one person:
// one side has none, or, word by word as far as both go, the initials
// agree. Two given names written out in full must also be equal (Juan and
// José Gonzalez are two people), which is stricter than initials alone.
func givenAgree(a, b []string) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		x, y := a[i], b[i]
		if len(x) > 1 && len(y) > 1 {
			if x != y {
				return false
			}
			continue
		}
		if x[0] != y[0] {
			return false
		}
	}
	return true
}

// person is a person of either side reduced to what scoring needs.
type person struct {
	name   string   // as written, for messages
	forms  []string // folded name forms, deduplicated
	titles []string
}

func newPerson(name string, aliases, titles []string) person {
	p := person{name: name, titles: titles}
	seen := map[string]bool{}
	for _, f := range append([]string{name}, aliases...) {
		f = foldName(f)
		if f != "" && !seen[f] {
			seen[f] = true
			p.forms = append(p.forms, f)
		}
	}
	return p
}

// match grades two people by their best pair of name forms.
func match(a, b person) int {
	best := noMatch
	for _, fa := range a.forms {
		for _, fb := range b.forms {
			best = max(best, formsMatch(fa, fb))
		}
	}
	return best
}

// matchPeople pairs gold with predicted people one to one, maximising the
// number of pairs and then their quality. It returns, for each gold person,
// the index of its predicted person or -1, and the quality of each pair.
func matchPeople(gold, pred []person) (goldToPred []int, quality []int) {
	w := make([][]int, len(gold))
	for i, g := range gold {
		w[i] = make([]int, len(pred))
		for j, p := range pred {
			w[i][j] = match(g, p)
		}
	}
	goldToPred = assign(w, len(pred))
	quality = make([]int, len(gold))
	for i, j := range goldToPred {
		if j >= 0 {
			quality[i] = w[i][j]
		}
	}
	return goldToPred, quality
}

// assign solves the assignment problem on the rows × cols weight matrix w
// (the Hungarian method, O(n³) with n = max(rows, cols); cables name tens
// of people, not thousands). It returns, for each row, the column that
// maximises the total weight, or -1 where the best is no column of
// positive weight. A greedy pass would not do: pairing a surname-only
// "Mr. Smith" with the first Smith can leave the second Smith unmatched.
func assign(w [][]int, cols int) []int {
	rows := len(w)
	n := max(rows, cols)
	maxW := 0
	for _, row := range w {
		for _, x := range row {
			maxW = max(maxW, x)
		}
	}
	// cost is 1-based, square, and minimised.
	cost := func(i, j int) int {
		if i > rows || j > cols {
			return maxW
		}
		return maxW - w[i-1][j-1]
	}
	const inf = int(^uint(0) >> 2)
	u := make([]int, n+1)
	v := make([]int, n+1)
	p := make([]int, n+1) // p[j]: the row assigned to column j
	way := make([]int, n+1)
	minv := make([]int, n+1)
	used := make([]bool, n+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		for j := range minv {
			minv[j] = inf
			used[j] = false
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], inf, 0
			for j := 1; j <= n; j++ {
				if used[j] {
					continue
				}
				if cur := cost(i0, j) - u[i0] - v[j]; cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= n; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	out := make([]int, rows)
	for i := range out {
		out[i] = -1
	}
	for j := 1; j <= cols; j++ {
		if i := p[j]; i >= 1 && i <= rows && w[i-1][j-1] > 0 {
			out[i-1] = j - 1
		}
	}
	return out
}

// titleWords folds a title into words for containment tests.
func titleWords(t string) []string { return strings.Fields(fold(t)) }

// titlesMatch says whether one title contains the other as a run of whole
// words: "Foreign Minister" and "Minister" match, "PM" and "PMO" do not.
func titlesMatch(a, b []string) bool {
	return len(a) > 0 && len(b) > 0 && (containsWords(a, b) || containsWords(b, a))
}

func containsWords(long, short []string) bool {
outer:
	for i := 0; i+len(short) <= len(long); i++ {
		for k, w := range short {
			if long[i+k] != w {
				continue outer
			}
		}
		return true
	}
	return false
}
