package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/cablegraph/cablegraph/cable"
	"github.com/cablegraph/cablegraph/extract"
)

// The identity gold (testdata/gold-identity) labels occurrences of hard
// surnames in real cables with the real person each denotes. Its mentions
// are byte offsets in the cables' page files, found by a plain word match,
// not by the extractor. A resolver is scored by how its person keys cluster
// those mentions, against the gold's people: B-cubed and pairwise precision
// and recall, over the mentions that denote a person.

// Label values of the identity gold that are not people.
const (
	NotPerson = "NOT_PERSON"
	Unsure    = "UNSURE"
)

// IdentityMention is one labelled occurrence.
type IdentityMention struct {
	ID     string // m0001
	Split  string // train, dev, test
	Cable  string // reference ID
	Path   string // page path inside the mirror folder
	Offset int    // byte offset of the matched word in the page file
	Span   string // a rough span around it, for reports
	Person string // canonical person ID, NotPerson or Unsure
}

// ReadIdentityGold reads draw.tsv, mentions.tsv and gold.tsv of dir.
func ReadIdentityGold(dir string) ([]IdentityMention, error) {
	paths := map[string]string{}
	if err := readTSV(filepath.Join(dir, "draw.tsv"), func(r map[string]string) error {
		paths[r["cable"]] = r["path"]
		return nil
	}); err != nil {
		return nil, err
	}
	labels := map[string]string{}
	if err := readTSV(filepath.Join(dir, "gold.tsv"), func(r map[string]string) error {
		labels[r["mention"]] = r["person"]
		return nil
	}); err != nil {
		return nil, err
	}
	var out []IdentityMention
	err := readTSV(filepath.Join(dir, "mentions.tsv"), func(r map[string]string) error {
		off, err := strconv.Atoi(r["offset"])
		if err != nil {
			return fmt.Errorf("offset: %w", err)
		}
		m := IdentityMention{ID: r["mention"], Split: r["split"], Cable: r["cable"], Path: paths[r["cable"]],
			Offset: off, Span: r["span"], Person: labels[r["mention"]]}
		if m.Person == "" {
			return fmt.Errorf("mention %s has no label in gold.tsv", m.ID)
		}
		out = append(out, m)
		return nil
	})
	return out, err
}

// readTSV calls fn with every row of a tab-separated file with a header,
// as a map from column name to value.
func readTSV(file string, fn func(map[string]string) error) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var head []string
	for line := 1; sc.Scan(); line++ {
		cols := strings.Split(sc.Text(), "\t")
		if head == nil {
			head = cols
			continue
		}
		row := make(map[string]string, len(head))
		for i, h := range head {
			if i < len(cols) {
				row[h] = cols[i]
			}
		}
		if err := fn(row); err != nil {
			return fmt.Errorf("%s:%d: %w", file, line, err)
		}
	}
	return sc.Err()
}

// IdentityScore is a resolver's clustering of the gold mentions.
type IdentityScore struct {
	System   string
	Mentions int // gold mentions of people scored
	Found    int // of them, inside a person the extractor found
	// NotPeople counts NOT_PERSON mentions, and NotPeopleTaken those the
	// extractor took for (part of) a person.
	NotPeople, NotPeopleTaken int
	BCubedP, BCubedR          float64
	PairP, PairR              float64
	PairTP, PairFP, PairFN    int
	// Merged lists gold people that share a system key with another gold
	// person, and Split gold people spread over several keys: the errors
	// to read first.
	Merged, Split []string
}

// PersonAt returns the key of the person of res (the result of cable c)
// whose mention covers byte offset off of the input, or "".
func PersonAt(res *extract.Result, c *cable.Cable, off int) string {
	key, _ := personMentionAt(res, c, off)
	return key
}

// personMentionAt returns the person of res whose mention covers byte
// offset off of the input, and the text of that mention.
func personMentionAt(res *extract.Result, c *cable.Cable, off int) (key, text string) {
	for _, e := range res.Entities {
		if e.Type != extract.Person {
			continue
		}
		for _, m := range e.Mentions {
			if m.Offset <= off && off < inputEnd(m, c) {
				return e.Key, m.Text
			}
		}
	}
	return "", ""
}

// inputEnd is the input offset just after mention m. A name that a
// repair joined across a line break ("President Nestor &#x000A;Kirchner"
// in a page file) is longer in the input than as written, so the end is
// mapped back through the text the mention indexes: the body, or the
// subject line.
func inputEnd(m extract.Mention, c *cable.Cable) int {
	end := m.Offset + len(m.Text)
	if m.Start >= m.End {
		return end
	}
	switch m.Section {
	case extract.SectionBody, extract.SectionAddress:
		if body := c.Body; m.End <= len(body.String) && body.String[m.Start:m.End] == m.Text {
			end = max(end, body.Orig(m.End-1).Offset+1)
		}
	case extract.SectionSubject:
		if s := c.Subject; m.End <= len(s.Text) && s.Text[m.Start:m.End] == m.Text {
			end = max(end, s.Orig(m.End-1).Offset+1)
		}
	}
	return end
}

// MentionTextAt returns the text of the person mention of res (the result
// of cable c) that covers byte offset off of the input, or "".
func MentionTextAt(res *extract.Result, c *cable.Cable, off int) string {
	_, text := personMentionAt(res, c, off)
	return text
}

// NormaliseName folds case, accents and punctuation of a name, as the
// scorer compares names.
func NormaliseName(s string) string { return foldName(s) }

// ScoreIdentity scores the clustering keyOf gives the gold mentions:
// keyOf returns the person key of the mention, or "" when no person covers
// it (the mention then counts as a cluster of its own). UNSURE mentions are
// left out; NOT_PERSON mentions only count as NotPeople.
func ScoreIdentity(system string, gold []IdentityMention, keyOf func(IdentityMention) string) IdentityScore {
	s := IdentityScore{System: system}
	var sys, ref []string
	for _, m := range gold {
		key := keyOf(m)
		switch m.Person {
		case Unsure:
			continue
		case NotPerson:
			s.NotPeople++
			if key != "" {
				s.NotPeopleTaken++
			}
			continue
		}
		s.Mentions++
		if key == "" {
			key = "unfound:" + m.ID
		} else {
			s.Found++
		}
		sys = append(sys, key)
		ref = append(ref, m.Person)
	}
	n := len(sys)
	if n == 0 {
		return s
	}
	// Both measures from the counts of (system, gold) cells.
	cell := map[[2]string]int{}
	bySys, byRef := map[string]int{}, map[string]int{}
	for i := range sys {
		cell[[2]string{sys[i], ref[i]}]++
		bySys[sys[i]]++
		byRef[ref[i]]++
	}
	var p, r float64
	for i := range sys {
		c := float64(cell[[2]string{sys[i], ref[i]}])
		p += c / float64(bySys[sys[i]])
		r += c / float64(byRef[ref[i]])
	}
	s.BCubedP, s.BCubedR = p/float64(n), r/float64(n)
	pairs := func(k int) int { return k * (k - 1) / 2 }
	sysPairs, refPairs := 0, 0
	for _, k := range cell {
		s.PairTP += pairs(k)
	}
	for _, k := range bySys {
		sysPairs += pairs(k)
	}
	for _, k := range byRef {
		refPairs += pairs(k)
	}
	s.PairFP, s.PairFN = sysPairs-s.PairTP, refPairs-s.PairTP
	s.PairP, s.PairR = ratio(s.PairTP, sysPairs), ratio(s.PairTP, refPairs)
	// Errors: a system key holding several gold people, a gold person
	// spread over several keys.
	refsOf, sysOf := map[string]map[string]bool{}, map[string]map[string]bool{}
	for c := range cell {
		if refsOf[c[0]] == nil {
			refsOf[c[0]] = map[string]bool{}
		}
		refsOf[c[0]][c[1]] = true
		if sysOf[c[1]] == nil {
			sysOf[c[1]] = map[string]bool{}
		}
		if !strings.HasPrefix(c[0], "unfound:") {
			sysOf[c[1]][c[0]] = true
		}
	}
	for k, refs := range refsOf {
		if len(refs) > 1 {
			s.Merged = append(s.Merged, fmt.Sprintf("%s: %s", k, strings.Join(sortedKeys(refs), " + ")))
		}
	}
	for ref, keys := range sysOf {
		if len(keys) > 1 {
			s.Split = append(s.Split, fmt.Sprintf("%s: %s", ref, strings.Join(sortedKeys(keys), ", ")))
		}
	}
	slices.Sort(s.Merged)
	slices.Sort(s.Split)
	return s
}

// WriteIdentityTable prints scores side by side, with counts.
func WriteIdentityTable(w io.Writer, split string, scores ...IdentityScore) error {
	ew := &errWriter{w: w}
	ew.printf("identity, %s split\n", split)
	ew.printf("%-28s %8s %8s %8s %8s %8s %8s %s\n", "system", "B3 P", "B3 R", "B3 F1", "pair P", "pair R", "found", "pairs tp/fp/fn, not-person taken")
	for _, s := range scores {
		f1 := 0.0
		if s.BCubedP+s.BCubedR > 0 {
			f1 = 2 * s.BCubedP * s.BCubedR / (s.BCubedP + s.BCubedR)
		}
		ew.printf("%-28s %8.3f %8.3f %8.3f %8.3f %8.3f %4d/%-4d %d/%d/%d, %d/%d\n", s.System, s.BCubedP, s.BCubedR, f1,
			s.PairP, s.PairR, s.Found, s.Mentions, s.PairTP, s.PairFP, s.PairFN, s.NotPeopleTaken, s.NotPeople)
	}
	return ew.err
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
