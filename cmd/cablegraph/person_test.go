package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/cablegraph/cablegraph/explore"
	"github.com/cablegraph/cablegraph/extract"
)

// personCorpus are the real cables the person tests read: the sample and
// the meetings gold set, which name the Qadhafis, the Kirchners and the
// Assads.
var personCorpus = []string{sampleDir, "../../testdata/gold-meetings/train", "../../testdata/gold-meetings/dev",
	"../../testdata/gold-meetings/seen-test"}

// personSources extracts the corpus and loads it into bulk files, and
// returns the extract output, the bulk directory and the results.
func personSources(t *testing.T) (jsonl, bulk string, results []extract.Result) {
	t.Helper()
	jsonl, results = extractJSONL(t, 0, personCorpus...)
	bulk = filepath.Join(t.TempDir(), "import")
	if code, _, stderr := runCmd(t, append([]string{"load", "-q", "-out", bulk}, personCorpus...)...); code != 0 {
		t.Fatalf("load -out: exit %d\n%s", code, stderr)
	}
	return jsonl, bulk, results
}

// expectedSpellings counts, from the extractor's results, the cables that
// write each spelling of the person with key, and their number.
func expectedSpellings(results []extract.Result, key string) (map[string]int64, int64) {
	spell := map[string]int64{}
	var cables int64
	for _, r := range results {
		for _, e := range r.Entities {
			if e.Key != key {
				continue
			}
			cables++
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				spell[n]++
			}
		}
	}
	return spell, cables
}

func personJSON(t *testing.T, args ...string) (*explore.Record, int, string) {
	t.Helper()
	code, stdout, stderr := runCmd(t, append([]string{"person", "-json"}, args...)...)
	if code != 0 {
		return nil, code, stderr
	}
	var rec explore.Record
	if err := json.Unmarshal([]byte(stdout), &rec); err != nil {
		t.Fatalf("person %v: %v\n%s", args, err, stdout)
	}
	return &rec, code, stderr
}

// checkRecord checks a record against the extractor's results and a case's
// expectations.
func checkRecord(t *testing.T, i int, rec *explore.Record, results []extract.Result, tt personCase) {
	t.Helper()
	if rec.Key != tt.key {
		t.Errorf("%d. %s: key %s, want %s", i, tt.name, rec.Key, tt.key)
		return
	}
	spell, cables := expectedSpellings(results, tt.key)
	if rec.Cables != cables {
		t.Errorf("%d. %s: %d cables, the extractor names them in %d", i, tt.name, rec.Cables, cables)
	}
	got := map[string]int64{}
	for _, a := range rec.Aliases {
		got[a.Name] = a.Cables
		if len(a.Some) == 0 || len(a.Some) > 3 || int64(len(a.Some)) > a.Cables {
			t.Errorf("%d. %s: spelling %q shows cables %v of %d", i, tt.name, a.Name, a.Some, a.Cables)
		}
	}
	if !reflect.DeepEqual(got, spell) {
		t.Errorf("%d. %s: spellings %v, the extractor wrote %v", i, tt.name, got, spell)
	}
	for _, a := range rec.Aliases {
		if a.Name == tt.alias && tt.aliasCable != "" && !slices.Contains(a.Some, tt.aliasCable) {
			t.Errorf("%d. %s: spelling %q in %v, want %s among them", i, tt.name, a.Name, a.Some, tt.aliasCable)
		}
	}
	if tt.alias != "" && got[tt.alias] == 0 {
		t.Errorf("%d. %s: no spelling %q in %+v", i, tt.name, tt.alias, rec.Aliases)
	}
	if !slices.Contains(rec.Given, tt.given) {
		t.Errorf("%d. %s: given names %v, want %s among them", i, tt.name, rec.Given, tt.given)
	}
	if !slices.Contains(rec.Countries, tt.country) {
		t.Errorf("%d. %s: countries %v, want %s", i, tt.name, rec.Countries, tt.country)
	}
	if tt.title != "" {
		found := false
		for _, s := range rec.Titles {
			if s.Title == tt.title {
				found = s.First != "" && s.First <= s.Last && s.First >= rec.First && s.Last <= rec.Last
				if !found {
					t.Errorf("%d. %s: title %+v outside the cables' span %s to %s", i, tt.name, s, rec.First, rec.Last)
				}
				found = true
			}
		}
		if !found {
			t.Errorf("%d. %s: no title %q in %+v", i, tt.name, tt.title, rec.Titles)
		}
	}
	found := false
	for _, n := range rec.Namesakes {
		if n.Key == tt.apart {
			found = true
			if !strings.Contains(strings.Join(n.Reasons, "; "), tt.reason) {
				t.Errorf("%d. %s: kept apart from %s because %q, want %q", i, tt.name, n.Key, n.Reasons, tt.reason)
			}
		}
	}
	if tt.apart != "" && !found {
		t.Errorf("%d. %s: %s not among the namesakes kept apart %+v", i, tt.name, tt.apart, rec.Namesakes)
	}
}

type personCase struct {
	name       string
	key        string // "" when the name is ambiguous or unknown
	code       int
	alias      string // a spelling the record must list, with aliasCable among its cables
	aliasCable string
	given      string
	country    string
	title      string
	apart      string // a namesake kept apart, for reason
	reason     string
}

var personCases = []personCase{
	0: {name: "Muammar Qadhafi", key: "person:muammar-qadhafi", alias: "Qaddafi", aliasCable: "07TUNIS1489", given: "Muammar", country: "LY",
		title: "Leader", apart: "person:saif-al-islam-qadhafi", reason: "given names differ: Muammar, Saif al-Islam"},
	1: {name: "nestor kirchner", key: "person:nestor-kirchner", alias: "Kirchner", given: "Nestor", country: "AR", title: "President",
		apart: "person:cristina-fernandez-de-kirchner", reason: "name two people of data/people.tsv"},
	2: {name: "person:bernard-kouchner", key: "person:bernard-kouchner", alias: "Kouchner", aliasCable: "07PARIS3972", given: "Bernard",
		country: "FR", title: "Foreign Minister"},
	3: {name: "Bashar al-Assad", key: "person:bashar-al-assad", given: "Bashar", country: "SY", apart: "person:hafez-al-assad", reason: "name two people of data/people.tsv"},
	4: {name: "Qadhafi", code: exitAmbiguous},
	5: {name: "Kirchner", code: exitAmbiguous},
	6: {name: "Zzyzxqw", code: exitNotFound},
	// "Bashar" alone: the train split's 08DAMASCUS541 writes only
	// "Bashar" and "Asad", which the extractor leaves a person of that
	// cable (a given name alone is not matched to data/people.tsv), so a
	// query by the given name is ambiguous and lists both.
	7: {name: "Bashar", code: exitAmbiguous},
}

// TestPersonOffline runs cablegraph person on the extract output and on
// the bulk files of the same real cables: each record agrees with what the
// extractor found, and the two sources give the same record.
func TestPersonOffline(t *testing.T) {
	jsonl, bulk, results := personSources(t)
	for i, tt := range personCases {
		fromJSON, code, stderr := personJSON(t, "-in", jsonl, tt.name)
		if code != tt.code {
			t.Errorf("%d. person %s: exit %d, want %d\n%s", i, tt.name, code, tt.code, stderr)
			continue
		}
		if tt.code == exitAmbiguous && !strings.Contains(stderr, "fits") {
			t.Errorf("%d. person %s: candidates not listed:\n%s", i, tt.name, stderr)
		}
		if tt.code != 0 {
			continue
		}
		checkRecord(t, i, fromJSON, results, tt)
		fromBulk, code, stderr := personJSON(t, "-in", bulk, tt.name)
		if code != 0 {
			t.Errorf("%d. person -in %s %s: exit %d\n%s", i, bulk, tt.name, code, stderr)
			continue
		}
		if !reflect.DeepEqual(fromBulk, fromJSON) {
			t.Errorf("%d. person %s: bulk files give\n%+v\nextract output gives\n%+v", i, tt.name, fromBulk, fromJSON)
		}
	}

	// The table names the sections and the reason.
	code, stdout, stderr := runCmd(t, "person", "-in", jsonl, "Muammar Qadhafi")
	if code != 0 || !strings.Contains(stdout, "Muammar Qadhafi (person:muammar-qadhafi)") || !strings.Contains(stdout, "kept apart (") ||
		!strings.Contains(stdout, "given names differ") || !strings.Contains(stdout, "titles (") {
		t.Errorf("person table: exit %d\n%s%s", code, stdout, stderr)
	}
}

// TestPersonNeo4j loads the same cables into the test server: the record
// from Neo4j is the record from the files.
func TestPersonNeo4j(t *testing.T) {
	neo4jTest(t)
	jsonl, _, results := personSources(t)
	if code, _, stderr := runCmd(t, append([]string{"load", "-q"}, personCorpus...)...); code != 0 {
		t.Fatalf("load: exit %d\n%s", code, stderr)
	}
	for i, tt := range personCases {
		fromNeo4j, code, stderr := personJSON(t, tt.name)
		if code != tt.code {
			t.Errorf("%d. person %s: exit %d, want %d\n%s", i, tt.name, code, tt.code, stderr)
			continue
		}
		if tt.code != 0 {
			continue
		}
		checkRecord(t, i, fromNeo4j, results, tt)
		fromFile, _, _ := personJSON(t, "-in", jsonl, tt.name)
		if !reflect.DeepEqual(fromNeo4j, fromFile) {
			t.Errorf("%d. person %s: Neo4j gives\n%+v\nextract output gives\n%+v", i, tt.name, fromNeo4j, fromFile)
		}
	}
}

// TestPersonMirror reads the people of the shared mirror's cables that
// name Sarkozy (skipped without ../shared): every namesake kept apart from
// Nicolas Sarkozy carries a reason and cables, and his spellings add up.
func TestPersonMirror(t *testing.T) {
	pages := mirrorPages(t)
	var some []string
	for _, p := range pages {
		if b, err := os.ReadFile(p); err == nil && strings.Contains(string(b), "Sarkozy") {
			some = append(some, p)
		}
		if len(some) == 150 {
			break
		}
	}
	jsonl, results := extractJSONL(t, 1, some...)
	rec, code, stderr := personJSON(t, "-in", jsonl, "person:nicolas-sarkozy")
	if code != 0 {
		t.Fatalf("person: exit %d\n%s", code, stderr)
	}
	spell, cables := expectedSpellings(results, rec.Key)
	if rec.Cables != cables || cables < 10 {
		t.Errorf("%d cables, the extractor names him in %d", rec.Cables, cables)
	}
	var sum, want int64
	for _, a := range rec.Aliases {
		sum += a.Cables
	}
	for _, n := range spell {
		want += n
	}
	if sum != want {
		t.Errorf("spellings count %d cables, the extractor %d", sum, want)
	}
	for _, n := range rec.Namesakes {
		if len(n.Reasons) == 0 || n.Cables == 0 || len(n.Some) == 0 {
			t.Errorf("namesake %+v: no reason or cable", n)
		}
	}
	keys := make([]string, 0, len(rec.Namesakes))
	for _, n := range rec.Namesakes {
		keys = append(keys, n.Key)
	}
	sort.Strings(keys)
	t.Logf("Nicolas Sarkozy in %d cables, %d spellings, kept apart from %v", rec.Cables, len(rec.Aliases), keys)
}
