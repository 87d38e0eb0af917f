// Command gencountries writes extract/data/surname_countries.tsv: for each
// surname that real cables give a country to often enough, and nearly
// always the same one, that country. The extractor reads it for a person
// the cable names with no country of its own ("Zoellick said", "Mr.
// Kashkari"), before falling back to the country the cable is sent from.
// With -given-o it also writes the same table for given names
// (extract/data/given_countries.tsv): "Chuck Willingham, Staff Engineer"
// in a cable from Astana is more likely an American than a Kazakh.
//
// A surname counts once per cable and country, and only where the cable
// itself, or the tables of known people, say the person's country (the
// extractor run with NoPriorCountry): "U.S. Deputy Secretary Zoellick" in
// one cable makes "Zoellick" American in the others.
//
// Usage, from extract/ (go generate ./extract runs it):
//
//	go run ./data/gencountries -corpus ../../shared/cables-raw/avilaroman__Wikileaks-Mirror/cable \
//	    -exclude ../testdata -o data/surname_countries.tsv -given-o data/given_countries.tsv
//
// Every cable of a gold set under -exclude (any REFID.json, or cable in a
// cables/ folder, under a path naming "gold") is left out, so that no evaluation reads what its own cables taught the
// table. The output is sorted and deterministic.
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/cablegraph/cablegraph/cable"
	"github.com/cablegraph/cablegraph/extract"
	"github.com/cablegraph/cablegraph/pipeline"
)

// A surname is listed when at least minCables cables give it a country,
// at least minShare of them give the same one, and that country is given
// in at least minCover of the cables that name the surname at all. The
// last keeps out common surnames: cables state the country of Americans
// (by their titles) far more often than that of others, so "Martinez",
// given US in 31 cables, is named in many more that give no country.
const (
	minCables = 2
	minShare  = 0.8
	minCover  = 0.5
)

func main() {
	corpus := flag.String("corpus", "", "directory of cables (any format the parser reads)")
	exclude := flag.String("exclude", "", "directory whose gold sets' cables (REFID.json) are left out")
	out := flag.String("o", "extract/data/surname_countries.tsv", "output file")
	givenOut := flag.String("given-o", "", "output file of the given names' table (none if empty)")
	flag.Parse()
	if *corpus == "" {
		fmt.Fprintln(os.Stderr, "gencountries: -corpus is required")
		os.Exit(2)
	}
	skip, err := goldIDs(*exclude)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencountries:", err)
		os.Exit(1)
	}
	files, err := pipeline.Files([]string{*corpus})
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencountries:", err)
		os.Exit(1)
	}
	votes, givenVotes, cables, err := count(files, skip)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencountries:", err)
		os.Exit(1)
	}
	n, err := write(*out, "surname_countries.tsv", "folded surname", votes, cables)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencountries:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "gencountries: %d cables (%d gold cables left out), %d surnames written to %s\n", cables, len(skip), n, *out)
	if *givenOut != "" {
		n, err := write(*givenOut, "given_countries.tsv", "folded first given name", givenVotes, cables)
		if err != nil {
			fmt.Fprintln(os.Stderr, "gencountries:", err)
			os.Exit(1)
		}
		fmt.Fprintf(os.Stderr, "gencountries: %d given names written to %s\n", n, *givenOut)
	}
}

// goldIDs lists the cable IDs of every gold annotation under dir.
func goldIDs(dir string) (map[string]bool, error) {
	ids := map[string]bool{}
	if dir == "" {
		return ids, nil
	}
	err := filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		// A gold set's annotations (REFID.json) and its cables
		// (cables/REFID.html), which are there before they are annotated.
		if name := e.Name(); !e.IsDir() && strings.Contains(path, "gold") &&
			(strings.HasSuffix(name, ".json") || filepath.Base(filepath.Dir(path)) == "cables") {
			id, _, _ := strings.Cut(name, ".")
			ids[id] = true
		}
		return nil
	})
	return ids, err
}

// count extracts every cable of files not in skip and counts, per folded
// surname and per folded first given name, the cables that name it (under
// "") and the cables that give it each country.
func count(files []string, skip map[string]bool) (surnames, given map[string]map[string]int, cables int, err error) {
	x := &extract.Extractor{NoPriorCountry: true}
	m := pipeline.NewMultiReader(files, nil)
	next := func() (*cable.Cable, int64, bool) {
		for m.Next() {
			if c := m.Cable(); !skip[c.ID] {
				return c, m.Size(), true
			}
		}
		return nil, 0, false
	}
	// One cable's votes: each surname (kind 0) and first given name (kind
	// 1) once under "", and once under each country the cable gives it.
	type vote struct {
		kind          int
		name, country string
	}
	work := func(_ context.Context, c *cable.Cable) (map[vote]bool, error) {
		seen := map[vote]bool{}
		for _, e := range x.Extract(c).Entities {
			if e.Type != extract.Person {
				continue
			}
			if sur := lastWord(e.Name); sur != "" {
				seen[vote{0, sur, ""}] = true
				if e.Country != "" {
					seen[vote{0, sur, e.Country}] = true
				}
			}
			if len(e.Given) > 0 {
				if g := lastWord(e.Given[0]); len(g) >= 3 {
					seen[vote{1, g, ""}] = true
					if e.Country != "" {
						seen[vote{1, g, e.Country}] = true
					}
				}
			}
		}
		return seen, nil
	}
	surnames, given = map[string]map[string]int{}, map[string]map[string]int{}
	deliver := func(_ *cable.Cable, seen map[vote]bool, _ error) error {
		cables++
		for v := range seen {
			votes := surnames
			if v.kind == 1 {
				votes = given
			}
			if votes[v.name] == nil {
				votes[v.name] = map[string]int{}
			}
			votes[v.name][v.country]++
		}
		return nil
	}
	if err := pipeline.Run(context.Background(), pipeline.Config{}, next, work, deliver); err != nil {
		return nil, nil, 0, err
	}
	// A corpus file that cannot be read is a broken corpus.
	return surnames, given, cables, m.Err()
}

// lastWord is the folded last word of a name, as the extractor keys
// surnames ("Robert B. Zoellick" -> zoellick, and a given name alone,
// "Robert" -> robert); "" for what is no name word (an initial, a suffix,
// a stray word of a garbled line).
func lastWord(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	sur := extract.FoldSurname(f[len(f)-1])
	if len(sur) < 2 || !unicode.IsLetter(rune(sur[0])) || suffixes[sur] {
		return ""
	}
	for _, r := range sur {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' {
			return ""
		}
	}
	return sur
}

// suffixes end names without being surnames.
var suffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// write writes the names that pass the thresholds to file (a table called
// table, of what column), sorted, and says how many.
func write(file, table, column string, votes map[string]map[string]int, cables int) (int, error) {
	var lines []string
	for sur, byCountry := range votes {
		total, best, bestN := 0, "", 0
		for c, n := range byCountry {
			if c == "" {
				continue
			}
			total += n
			if n > bestN || n == bestN && c < best {
				best, bestN = c, n
			}
		}
		named := byCountry[""]
		if total < minCables || float64(bestN) < minShare*float64(total) || float64(bestN) < minCover*float64(named) {
			continue
		}
		var others []string
		for c, n := range byCountry {
			if c != "" && c != best {
				others = append(others, fmt.Sprintf("%s:%d", c, n))
			}
		}
		sort.Strings(others)
		lines = append(lines, fmt.Sprintf("%s\t%s\t%d\t%d\t%d\t%s", sur, best, bestN, total, named, strings.Join(others, ",")))
	}
	sort.Strings(lines)
	f, err := os.Create(file)
	if err != nil {
		return 0, err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintf(w, "# %s: generated by extract/data/gencountries; do not edit.\n", table)
	// The extractor scales its "unmistakable" threshold by the cables
	// read: the more gold cables are left out, the fewer name anyone.
	fmt.Fprintf(w, "# cables read: %d\n", cables)
	fmt.Fprintf(w, "# %s <TAB> country <TAB> cables giving that country <TAB> cables giving any <TAB> cables naming it <TAB> the other countries given, each with its cables (PT:3)\n", column)
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return 0, err
	}
	return len(lines), f.Close()
}
