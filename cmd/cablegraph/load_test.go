package main

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cablegraph/cablegraph/graph"
	"github.com/cablegraph/cablegraph/graph/graphtest"
)

const (
	parisCable     = "testdata/load/07PARIS3972.txt"
	injectionCable = "testdata/load/07PARIS9999.txt" // 07PARIS3972 with Cypher in its subject and text
	injection      = `'}) MATCH (n) DETACH DELETE n //`
)

// TestLoadEmbedded: with -out (as with no Neo4j configured) load writes
// bulk-import files and prints who met whom.
func TestLoadEmbedded(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "import")
	code, stdout, stderr := runCmd(t, "load", "-out", dir, parisCable, injectionCable, parisCable)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	var found bool
	for _, line := range strings.Split(stdout, "\n") {
		f := strings.Fields(line)
		if strings.Contains(line, "Kouchner") && strings.Contains(line, "Lavrov") && strings.Contains(line, "2007-09-18") && f[len(f)-1] == "07PARIS3972" {
			found = true
		}
	}
	if !found {
		t.Errorf("no Kouchner/Lavrov/2007-09-18/07PARIS3972 row in the summary:\n%s", stdout)
	}
	if !strings.Contains(stderr, "1 repeated") {
		t.Errorf("the repeated cable is not reported as skipped:\n%s", stderr)
	}
	for _, name := range []string{"import.sh", "IMPORT.txt", "schema.cypher", "nodes-Cable.csv", "nodes-Person.csv", "rels-MET-Person-Person.csv"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Error(err)
		}
	}
	cables, err := os.ReadFile(filepath.Join(dir, "nodes-Cable.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(cables), injection) {
		t.Errorf("the Cypher subject is not kept as text:\n%s", cables)
	}
}

func TestLoadUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		0: {[]string{"load", "-batch-size", "0"}, 2, "at least 1"},
		1: {[]string{"load", "-nosuchflag"}, 2, "flag provided but not defined"},
		2: {[]string{"load", "-q", "-out", "OUT", "testdata/load/missing.txt"}, 1, "missing.txt"},
		3: {[]string{"query", "nosuch"}, 2, `no query named "nosuch"`},
		4: {[]string{"query", "met"}, 2, "needs name=VALUE"},
		5: {[]string{"query", "met", "name"}, 2, "not key=value"},
		6: {[]string{"query", "met", "name=x", "limit=3"}, 2, `no parameter "limit"`},
	}
	for i, tt := range tests {
		for j, a := range tt.args {
			if a == "OUT" {
				tt.args[j] = t.TempDir()
			}
		}
		code, _, stderr := runCmd(t, tt.args...)
		if code != tt.code || !strings.Contains(stderr, tt.want) {
			t.Errorf("%d: %v: exit %d, stderr %q; want exit %d and %q", i, tt.args, code, stderr, tt.code, tt.want)
		}
	}
}

func TestQueryList(t *testing.T) {
	code, stdout, stderr := runCmd(t, "query")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, name := range []string{"who-met-whom", "met", "path", "titles", "countries", "reporting-posts"} {
		if !strings.Contains(stdout, "\n"+name+" ") {
			t.Errorf("query %s not listed:\n%s", name, stdout)
		}
	}
}

func TestFlagsFirst(t *testing.T) {
	withValue := map[string]bool{"uri": true}
	tests := []struct{ in, want string }{
		0: {"met name=X -json", "-json -- met name=X"},
		1: {"-uri bolt://h met name=X", "-uri bolt://h -- met name=X"},
		2: {"met -uri=bolt://h name=X --json", "-uri=bolt://h --json -- met name=X"},
		3: {"met -- -json", "-- met -json"},
	}
	for i, tt := range tests {
		if got := strings.Join(flagsFirst(strings.Fields(tt.in), withValue), " "); got != tt.want {
			t.Errorf("%d: flagsFirst(%q) = %q, want %q", i, tt.in, got, tt.want)
		}
	}
}

// neo4jTest claims the (empty) test server (see graphtest) and points the
// commands that this test runs at it through NEO4J_* variables, which
// TestMain cleared for every other test.
func neo4jTest(t *testing.T) graph.Config {
	t.Helper()
	srv := graphtest.Claim(t)
	t.Setenv("NEO4J_URI", srv.URI)
	t.Setenv("NEO4J_USERNAME", srv.Username)
	t.Setenv("NEO4J_PASSWORD", srv.Password)
	t.Setenv("NEO4J_DATABASE", srv.Database)
	return graph.Config{URI: srv.URI, Username: srv.Username, Password: srv.Password, Database: srv.Database}
}

func fingerprint(t *testing.T, cfg graph.Config) graph.Fingerprint {
	t.Helper()
	ctx := context.Background()
	drv, err := graph.Connect(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(ctx)
	f, err := graph.Checksum(ctx, drv, cfg.Database)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestLoadAndQueryNeo4j: 07PARIS3972 loads into the real server, `query met
// name=Kouchner` finds Lavrov on 2007-09-18, and loading again changes
// nothing.
func TestLoadAndQueryNeo4j(t *testing.T) {
	cfg := neo4jTest(t)
	code, stdout, stderr := runCmd(t, "load", parisCable)
	if code != 0 {
		t.Fatalf("load: exit %d\n%s", code, stderr)
	}
	if stdout != "" {
		t.Errorf("load into Neo4j printed on stdout: %q", stdout)
	}
	if strings.Contains(stderr, cfg.Password) {
		t.Errorf("load shows the password: %s", stderr)
	}
	first := fingerprint(t, cfg)

	code, stdout, stderr = runCmd(t, "query", "met", "name=Kouchner", "-json")
	if code != 0 {
		t.Fatalf("query: exit %d\n%s", code, stderr)
	}
	var found bool
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		var row struct{ Person, Met, Date, Cable string }
		if err := json.Unmarshal([]byte(line), &row); err != nil {
			t.Fatalf("bad JSON line %q: %v", line, err)
		}
		if strings.Contains(row.Met, "Lavrov") && row.Date == "2007-09-18" && row.Cable == "07PARIS3972" {
			found = true
		}
	}
	if !found {
		t.Errorf("query met name=Kouchner: no Lavrov on 2007-09-18 in\n%s", stdout)
	}

	// The meeting as an event: Kouchner attended it on one side, Lavrov on
	// the other, and the meeting query lists both by its key.
	code, stdout, stderr = runCmd(t, "query", "meetings", "name=Kouchner", "-json")
	if code != 0 {
		t.Fatalf("query meetings: exit %d\n%s", code, stderr)
	}
	key := ""
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		var row struct {
			Date, Cable, Meeting, Side string
			Others                     []string
		}
		if err := json.Unmarshal([]byte(line), &row); err != nil {
			t.Fatalf("bad JSON line %q: %v", line, err)
		}
		if row.Date == "2007-09-18" && row.Cable == "07PARIS3972" && strings.Contains(strings.Join(row.Others, ","), "Lavrov") {
			key = row.Meeting
		}
	}
	if key == "" {
		t.Fatalf("query meetings name=Kouchner: no 2007-09-18 meeting with Lavrov in\n%s", stdout)
	}
	code, stdout, stderr = runCmd(t, "query", "meeting", "key="+key, "-json")
	if code != 0 || !strings.Contains(stdout, "Kouchner") || !strings.Contains(stdout, "Lavrov") {
		t.Errorf("query meeting key=%s: exit %d\n%s%s", key, code, stdout, stderr)
	}

	code, stdout, _ = runCmd(t, "query", "met", "name=Kouchner")
	if code != 0 || !strings.Contains(stdout, "Lavrov") || !strings.Contains(stdout, "PERSON") {
		t.Errorf("table output: exit %d\n%s", code, stdout)
	}

	if code, _, stderr := runCmd(t, "load", parisCable); code != 0 {
		t.Fatalf("second load: exit %d\n%s", code, stderr)
	} else if !strings.Contains(stderr, "created 0 nodes and 0 relationships") {
		t.Errorf("second load created something:\n%s", stderr)
	}
	if again := fingerprint(t, cfg); again != first {
		t.Errorf("after a second load: %v, want %v", again, first)
	}
}

// TestLoadCypherCable: a cable whose subject and text hold Cypher loads as
// plain text and deletes nothing.
func TestLoadCypherCable(t *testing.T) {
	cfg := neo4jTest(t)
	if code, _, stderr := runCmd(t, "load", parisCable); code != 0 {
		t.Fatalf("load: exit %d\n%s", code, stderr)
	}
	before := fingerprint(t, cfg)
	if code, _, stderr := runCmd(t, "load", injectionCable); code != 0 {
		t.Fatalf("load: exit %d\n%s", code, stderr)
	}
	after := fingerprint(t, cfg)
	if after.Nodes <= before.Nodes || after.Edges <= before.Edges {
		t.Errorf("graph went from %v to %v; the second cable should add to it", before, after)
	}
	ctx := context.Background()
	drv, err := graph.Connect(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(ctx)
	tab, err := graph.Read(ctx, drv, cfg.Database, "MATCH (c:Cable {key: $id}) RETURN c.subject", map[string]any{"id": "07PARIS9999"})
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Rows) != 1 || tab.Rows[0][0] != injection {
		t.Errorf("subject of 07PARIS9999 = %v, want %q", tab.Rows, injection)
	}
}

// TestRepeatedCopies: of two copies of 07PARIS3972, the complete one and a
// 300-byte truncated one, load keeps the complete one whichever comes
// first, says which it kept and why, and writes the same graph both ways.
func TestRepeatedCopies(t *testing.T) {
	full, err := os.ReadFile(parisCable)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	trunc := filepath.Join(dir, "trunc.txt")
	if err := os.WriteFile(trunc, full[:300], 0o644); err != nil {
		t.Fatal(err)
	}
	var graphs []string
	for _, order := range [][]string{{trunc, parisCable}, {parisCable, trunc}} {
		out := filepath.Join(dir, fmt.Sprintf("bulk%d", len(graphs)))
		code, stdout, stderr := runCmd(t, append([]string{"load", "-out", out}, order...)...)
		if code != 0 {
			t.Fatalf("load %v: exit %d\n%s", order, code, stderr)
		}
		if !strings.Contains(stdout, "Lavrov") {
			t.Errorf("load %v kept the truncated copy: no Lavrov in\n%s", order, stdout)
		}
		if !strings.Contains(stderr, "07PARIS3972: 2 copies; kept "+parisCable+" (") || !strings.Contains(stderr, "over "+trunc+" (") ||
			!strings.Contains(stderr, "1 repeated copies skipped") {
			t.Errorf("load %v does not say which copy it kept:\n%s", order, stderr)
		}
		nodes, err := os.ReadFile(filepath.Join(out, "nodes-Person.csv"))
		if err != nil {
			t.Fatal(err)
		}
		graphs = append(graphs, string(nodes))
	}
	if graphs[0] != graphs[1] {
		t.Errorf("the order of the copies changed the people:\n%s\n---\n%s", graphs[0], graphs[1])
	}
}

// TestLoadMistypedPathKeepsOutput: a load whose inputs cannot be read (a
// mistyped directory) fails and leaves the last run's bulk files as they
// were, import.sh included.
func TestLoadMistypedPathKeepsOutput(t *testing.T) {
	out := filepath.Join(t.TempDir(), "bulk")
	if code, _, stderr := runCmd(t, "load", "-q", "-out", out, parisCable); code != 0 {
		t.Fatalf("load: exit %d\n%s", code, stderr)
	}
	before := snapshot(t, out)
	code, _, stderr := runCmd(t, "load", "-q", "-out", out, filepath.Join(t.TempDir(), "no-such-dir"))
	if code == 0 || !strings.Contains(stderr, "left as it was") {
		t.Errorf("load of a missing directory: exit %d, stderr:\n%s", code, stderr)
	}
	if after := snapshot(t, out); after != before {
		t.Errorf("a failed load changed the output:\nbefore %s\nafter  %s", before, after)
	}
}

// snapshot lists the files of dir with their sizes and contents' hashes.
func snapshot(t *testing.T, dir string) string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, e := range ents {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s:%d:%x ", e.Name(), len(data), sha256.Sum256(data))
	}
	return b.String()
}
