package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/cablegraph/cablegraph/draw"
	"github.com/cablegraph/cablegraph/explore"
	"github.com/cablegraph/cablegraph/extract"
	"github.com/cablegraph/cablegraph/graph"
)

const sampleDir = "../../testdata/sample"

// sampleExtract runs cablegraph extract on the bundled sample and returns
// the path of its output (JSON Lines) and the results, from which the
// tests derive what the exploring commands must answer.
func sampleExtract(t *testing.T) (string, []extract.Result) {
	t.Helper()
	return extractJSONL(t, 0, sampleDir)
}

// extractJSONL runs cablegraph extract on paths and returns a file of its
// output and the results decoded; an exit code above okCode fails the test
// (1: some input could not be read, as a corpus may have).
func extractJSONL(t *testing.T, okCode int, paths ...string) (string, []extract.Result) {
	t.Helper()
	code, stdout, stderr := runCmd(t, append([]string{"extract"}, paths...)...)
	if code > okCode {
		t.Fatalf("extract: exit %d\n%s", code, stderr)
	}
	name := filepath.Join(t.TempDir(), "extract.jsonl")
	if err := os.WriteFile(name, []byte(stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	var results []extract.Result
	dec := json.NewDecoder(strings.NewReader(stdout))
	for dec.More() {
		var r extract.Result
		if err := dec.Decode(&r); err != nil {
			t.Fatal(err)
		}
		results = append(results, r)
	}
	return name, results
}

// metOf lists the MET relations of the results with person key at one
// end, as "other-key|cable|paragraph|date".
func metOf(results []extract.Result, key string) []string {
	var out []string
	for _, r := range results {
		for _, rel := range r.Relations {
			if rel.Type != extract.Met {
				continue
			}
			switch key {
			case rel.FromKey:
				out = append(out, rel.ToKey+"|"+r.Cable+"|"+itoa(rel.Paragraph)+"|"+rel.Date.String())
			case rel.ToKey:
				out = append(out, rel.FromKey+"|"+r.Cable+"|"+itoa(rel.Paragraph)+"|"+rel.Date.String())
			}
		}
	}
	sort.Strings(out)
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }

// sharedWord finds a word of person names that two or more people of the
// results share (the sample has several: Sharif, Yar'Adua ...), and their
// keys: a name that must come out ambiguous.
func sharedWord(results []extract.Result) (string, []string) {
	byWord := map[string]map[string]bool{}
	for _, r := range results {
		for _, e := range r.Entities {
			if e.Type != extract.Person {
				continue
			}
			for _, w := range regexp.MustCompile(`[A-Za-z]{5,}`).FindAllString(e.Name, -1) {
				w = strings.ToLower(w)
				if byWord[w] == nil {
					byWord[w] = map[string]bool{}
				}
				byWord[w][e.Key] = true
			}
		}
	}
	var words []string
	for w, keys := range byWord {
		if len(keys) > 1 {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return "", nil
	}
	sort.Strings(words)
	var keys []string
	for k := range byWord[words[0]] {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return words[0], keys
}

// pageNetwork reads back the network a page of cablegraph draw carries.
func pageNetwork(t *testing.T, name string) draw.Network {
	t.Helper()
	page, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?s)<script id="network" type="application/json">(.*?)</script>`).FindSubmatch(page)
	if m == nil {
		t.Fatalf("%s: no network data", name)
	}
	var n draw.Network
	if err := json.Unmarshal(m[1], &n); err != nil {
		t.Fatal(err)
	}
	return n
}

func meetingIDs(n draw.Network) []string {
	var ids []string
	for _, m := range n.Meetings {
		ids = append(ids, m.From+"|"+m.To+"|"+m.Cable+"|"+itoa(m.Paragraph)+"|"+m.Date)
	}
	sort.Strings(ids)
	return ids
}

// TestDrawOffline: without a server, draw reads the output of extract and
// the bulk files of load, and both give the same picture, holding exactly
// the meetings the extractor found for the person; the page carries every
// script it runs (no address to fetch).
func TestDrawOffline(t *testing.T) {
	jsonl, results := sampleExtract(t)
	dir := t.TempDir()
	bulk := filepath.Join(dir, "bulk")
	if code, _, stderr := runCmd(t, "load", "-q", "-out", bulk, sampleDir); code != 0 {
		t.Fatalf("load -out: exit %d\n%s", code, stderr)
	}
	for _, name := range []string{"Lavrov", "KOUCHNER"} {
		var pages []draw.Network
		for _, in := range []string{jsonl, bulk} {
			out := filepath.Join(dir, name+filepath.Base(in)+".html")
			code, _, stderr := runCmd(t, "draw", "-in", in, "-o", out, name)
			if code != 0 {
				t.Fatalf("draw -in %s %s: exit %d\n%s", in, name, code, stderr)
			}
			page, _ := os.ReadFile(out)
			if regexp.MustCompile(`<script[^>]+src=|<link[^>]+href=`).Match(page) {
				t.Errorf("%s: the page loads something from outside", out)
			}
			pages = append(pages, pageNetwork(t, out))
		}
		n := pages[0]
		var focus string
		for _, p := range n.People {
			if p.Focus {
				focus = p.Key
			}
		}
		want := metOf(results, focus)
		if focus == "" || len(want) == 0 {
			t.Fatalf("%s: focus %q, meetings in the extract output %v", name, focus, want)
		}
		var got []string
		for _, m := range n.Meetings {
			other := m.From
			if other == focus {
				other = m.To
			}
			got = append(got, other+"|"+m.Cable+"|"+itoa(m.Paragraph)+"|"+m.Date)
		}
		sort.Strings(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s: meetings drawn %v, the extractor found %v", name, got, want)
		}
		if a, b := meetingIDs(pages[0]), meetingIDs(pages[1]); !slices.Equal(a, b) {
			t.Errorf("%s: from extract output %v, from bulk files %v", name, a, b)
		}
	}
}

// TestExploreExitCodes: a name nobody has exits 3, a word several people
// share exits 4 and lists them all (from files, without a server).
func TestExploreExitCodes(t *testing.T) {
	jsonl, results := sampleExtract(t)
	word, keys := sharedWord(results)
	if word == "" {
		t.Fatal("no name word shared by two people in the sample")
	}
	out := filepath.Join(t.TempDir(), "x.html")
	code, _, stderr := runCmd(t, "draw", "-in", jsonl, "-o", out, word)
	if code != exitAmbiguous {
		t.Errorf("draw %s: exit %d, want %d\n%s", word, code, exitAmbiguous, stderr)
	}
	for _, k := range keys {
		if !strings.Contains(stderr, k) {
			t.Errorf("draw %s: candidate %s not listed:\n%s", word, k, stderr)
		}
	}
	if code, _, stderr := runCmd(t, "draw", "-in", jsonl, "-o", out, "Zzyzxqw"); code != exitNotFound {
		t.Errorf("draw Zzyzxqw: exit %d, want %d\n%s", code, exitNotFound, stderr)
	}
	if code, _, stderr := runCmd(t, "path", "-in", jsonl, word, "Zzyzxqw"); code != exitAmbiguous {
		t.Errorf("path %s Zzyzxqw: exit %d, want %d\n%s", word, code, exitAmbiguous, stderr)
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("a failed draw wrote %s", out)
	}
}

// TestExploreNeo4j loads the sample into the test server and checks the
// exploring commands against what the extractor found, and the paths in
// Neo4j against the same search in memory.
func TestExploreNeo4j(t *testing.T) {
	neo4jTest(t)
	jsonl, results := sampleExtract(t)
	if code, _, stderr := runCmd(t, "load", "-q", sampleDir); code != 0 {
		t.Fatalf("load: exit %d\n%s", code, stderr)
	}

	// Case, accents and parts of names find the same person.
	var key string
	for i, name := range []string{"Kouchner", "KOUCHNER", "kóuchner", "kouch", "person:bernard-kouchner"} {
		code, stdout, stderr := runCmd(t, "who-met", "-json", name)
		if code != 0 {
			t.Fatalf("%d. who-met %s: exit %d\n%s", i, name, code, stderr)
		}
		var got []string
		for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
			var e explore.Encounter
			if err := json.Unmarshal([]byte(line), &e); err != nil {
				t.Fatalf("%d. %q: %v", i, line, err)
			}
			for _, p := range e.Met {
				got = append(got, p.Key+"|"+e.Cable+"|"+itoa(e.Paragraph)+"|"+e.Date)
			}
		}
		sort.Strings(got)
		want := metOf(results, "person:bernard-kouchner")
		if !slices.Equal(got, want) || len(want) == 0 {
			t.Errorf("%d. who-met %s: %v, the extractor found %v", i, name, got, want)
		}
		key = "person:bernard-kouchner"
	}
	// Filters: a period before the meetings, and a country nobody met.
	if code, stdout, _ := runCmd(t, "who-met", "-json", "-to", "1999", key); code != 0 || stdout != "" {
		t.Errorf("who-met -to 1999: exit %d, %q", code, stdout)
	}
	if code, stdout, _ := runCmd(t, "who-met", "-json", "-country", "Iceland", key); code != 0 || stdout != "" {
		t.Errorf("who-met -country Iceland: exit %d, %q", code, stdout)
	}
	if code, stdout, stderr := runCmd(t, "who-met", key); code != 0 || !strings.Contains(stdout, "EVIDENCE") {
		t.Errorf("who-met table: exit %d\n%s%s", code, stdout, stderr)
	}

	// Ambiguous and unknown names.
	word, keys := sharedWord(results)
	code, stdout, stderr := runCmd(t, "who-met", "-json", word)
	if code != exitAmbiguous {
		t.Errorf("who-met %s: exit %d, want %d\n%s", word, code, exitAmbiguous, stderr)
	}
	var amb struct{ Candidates []explore.Candidate }
	json.Unmarshal([]byte(stdout), &amb)
	var got []string
	for _, c := range amb.Candidates {
		got = append(got, c.Key)
		if c.Cables == 0 {
			t.Errorf("candidate %+v: no cables counted", c)
		}
	}
	sort.Strings(got)
	if !slices.Equal(got, keys) {
		t.Errorf("who-met %s: candidates %v, want %v", word, got, keys)
	}
	if code, _, stderr := runCmd(t, "timeline", "Zzyzxqw"); code != exitNotFound {
		t.Errorf("timeline Zzyzxqw: exit %d, want %d\n%s", code, exitNotFound, stderr)
	}

	// Paths: Neo4j and the in-memory search over the extract output agree,
	// for every pair of people who have a meeting in the sample.
	x := explore.NewIndex()
	f, err := os.Open(jsonl)
	if err != nil {
		t.Fatal(err)
	}
	x.ReadExtract(f)
	f.Close()
	var people []string
	for _, r := range results {
		for _, rel := range r.Relations {
			if rel.Type == extract.Met {
				people = append(people, rel.FromKey, rel.ToKey)
			}
		}
	}
	sort.Strings(people)
	people = slices.Compact(people)
	checked := 0
	for _, a := range people {
		for _, b := range people {
			if a >= b {
				continue
			}
			want := x.Path(a, b, 0)
			code, stdout, stderr := runCmd(t, "path", "-json", a, b)
			if len(want) == 0 {
				if code != exitNotFound {
					t.Errorf("path %s %s: exit %d, want %d (no chain)\n%s", a, b, code, exitNotFound, stderr)
				}
				continue
			}
			if code != 0 {
				t.Errorf("path %s %s: exit %d\n%s", a, b, code, stderr)
				continue
			}
			var chains []string
			for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
				var c explore.Chain
				json.Unmarshal([]byte(line), &c)
				chains = append(chains, chainString(c))
			}
			var wantChains []string
			for _, c := range want {
				wantChains = append(wantChains, chainString(c))
			}
			sort.Strings(chains)
			sort.Strings(wantChains)
			if !slices.Equal(chains, wantChains) {
				t.Errorf("path %s %s: Neo4j %v, in memory %v", a, b, chains, wantChains)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Error("no pair of the sample is linked by a chain")
	}

	// The timeline has Kouchner's meeting in its month, the titles the
	// cable gave him, and the post that reported it.
	code, stdout, stderr = runCmd(t, "timeline", "-json", key)
	if code != 0 {
		t.Fatalf("timeline: exit %d\n%s", code, stderr)
	}
	var months []explore.Month
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		var m explore.Month
		json.Unmarshal([]byte(line), &m)
		months = append(months, m)
	}
	for _, w := range metOf(results, key) {
		parts := strings.Split(w, "|")
		cable, date := parts[1], parts[3]
		found := false
		for _, m := range months {
			for _, a := range m.Meetings {
				found = found || m.Month == date[:7] && a.Cable == cable && len(a.With) > 0 && len(m.Reports) > 0
			}
		}
		if !found {
			t.Errorf("timeline: no meeting of %s in %s with its reporting post:\n%s", cable, date, stdout)
		}
	}

	// The picture from Neo4j holds what the picture from the files holds.
	fromNeo4j, fromFile := filepath.Join(t.TempDir(), "neo4j.html"), filepath.Join(t.TempDir(), "file.html")
	if code, _, stderr := runCmd(t, "draw", "-depth", "2", "-o", fromNeo4j, key); code != 0 {
		t.Fatalf("draw from Neo4j: exit %d\n%s", code, stderr)
	}
	if code, _, stderr := runCmd(t, "draw", "-depth", "2", "-in", jsonl, "-o", fromFile, key); code != 0 {
		t.Fatalf("draw -in: exit %d\n%s", code, stderr)
	}
	if a, b := meetingIDs(pageNetwork(t, fromNeo4j)), meetingIDs(pageNetwork(t, fromFile)); !slices.Equal(a, b) || len(a) == 0 {
		t.Errorf("draw from Neo4j %v, from extract output %v", a, b)
	}
}

func chainString(c explore.Chain) string {
	var s []string
	for i, p := range c.People {
		s = append(s, p.Key)
		if i < len(c.Hops) {
			h := c.Hops[i]
			s = append(s, h.Cable+"/"+itoa(h.Paragraph)+"/"+h.Date)
		}
	}
	return strings.Join(s, " ")
}

// TestCypherAndTimeout: cypher runs a read query with typed parameters,
// refuses a write, and a query past -timeout is stopped with a message that
// says so.
func TestCypherAndTimeout(t *testing.T) {
	cfg := neo4jTest(t)
	code, stdout, stderr := runCmd(t, "cypher", "-json", "RETURN $n + 1 AS n, $s AS s", "n=41", "s:=41")
	if code != 0 || strings.TrimSpace(stdout) != `{"n":42,"s":"41"}` {
		t.Errorf("cypher with parameters: exit %d, %q\n%s", code, stdout, stderr)
	}
	before := fingerprint(t, cfg)
	code, _, stderr = runCmd(t, "cypher", "CREATE (:CypherProbe {key: 'x'})")
	if code != 1 || stderr == "" {
		t.Errorf("cypher CREATE: exit %d\n%s", code, stderr)
	}
	if after := fingerprint(t, cfg); after != before {
		t.Errorf("a refused write changed the graph: %v, was %v", after, before)
	}
	code, _, stderr = runCmd(t, "cypher", "-timeout", "1s", "UNWIND range(1, 1000000000000) AS x WITH x WHERE x = -1 RETURN count(x)")
	if code != 1 || !strings.Contains(stderr, "raise -timeout") {
		t.Errorf("a query past -timeout: exit %d\n%s", code, stderr)
	}
	if code, _, stderr := runCmd(t, "cypher", "-timeout", "0s", "RETURN 1"); code != 2 {
		t.Errorf("-timeout 0: exit %d, want 2\n%s", code, stderr)
	}
	if code, _, stderr := runCmd(t, "cypher", "RETURN 1", "novalue"); code != 2 {
		t.Errorf("a parameter without =: exit %d, want 2\n%s", code, stderr)
	}
}

// TestExploreWithoutIndex: on a graph without the full-text index (loaded
// by an older cablegraph), a name lookup says what to do; a key still
// works.
func TestExploreWithoutIndex(t *testing.T) {
	cfg := neo4jTest(t)
	if code, _, stderr := runCmd(t, "load", "-q", parisCable); code != 0 {
		t.Fatalf("load: exit %d\n%s", code, stderr)
	}
	ctx := context.Background()
	drv, err := graph.Connect(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(ctx)
	// Put the index back for the tests that follow, whatever happens here.
	defer graph.ApplySchema(ctx, drv, cfg.Database)
	if _, err := neo4j.ExecuteQuery(ctx, drv, "DROP INDEX person_names IF EXISTS", nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(cfg.Database)); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCmd(t, "who-met", "Lavrov")
	if code != 1 || !strings.Contains(stderr, "cablegraph load") {
		t.Errorf("who-met without the index: exit %d\n%s", code, stderr)
	}
	if code, stdout, stderr := runCmd(t, "who-met", "person:sergey-lavrov"); code != 0 || !strings.Contains(stdout, "Kouchner") {
		t.Errorf("who-met by key without the index: exit %d\n%s%s", code, stdout, stderr)
	}
}
