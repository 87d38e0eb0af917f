package main

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/cablegraph/cablegraph/graph"
)

// fullNameCable names "Bernard Kouchner" in full (and "FM Kouchner");
// parisCable names only "Kouchner". Both are real cables.
const fullNameCable = "../../testdata/gold/cables/09PARIS119.html"

// TestLoadMergesAcrossRuns: two runs into the same Neo4j, one cable each,
// give Kouchner one Person node that both cables mention, whichever run
// comes first, under one key (person keys depend on no other cable); loading both again changes
// nothing.
func TestLoadMergesAcrossRuns(t *testing.T) {
	tests := []struct {
		runs    [2]string
		wantKey string
	}{
		0: {[2]string{fullNameCable, parisCable}, "person:bernard-kouchner"},
		1: {[2]string{parisCable, fullNameCable}, "person:bernard-kouchner"}, // the same key whichever comes first
	}
	for i, tt := range tests {
		// A subtest each: neo4jTest holds the server's lock until the
		// end of its test, and taking it twice in one test would wait
		// for ever.
		t.Run(strconv.Itoa(i), func(t *testing.T) { mergeRuns(t, i, tt.runs, tt.wantKey) })
	}
}

// mergeRuns loads runs[0], then runs[1], into a wiped server and checks
// that one Person node, under wantKey, carries both cables' MENTIONS.
func mergeRuns(t *testing.T, i int, runs [2]string, wantKey string) {
	cfg := neo4jTest(t)
	for _, in := range runs {
		if code, _, stderr := runCmd(t, "load", "-q", in); code != 0 {
			t.Fatalf("%d. load %s: exit %d\n%s", i, in, code, stderr)
		}
	}
	ctx := context.Background()
	drv, err := graph.Connect(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	tab, err := graph.Read(ctx, drv, cfg.Database, `MATCH (p:Person) WHERE p.key CONTAINS 'kouchner'
OPTIONAL MATCH (c:Cable)-[:MENTIONS]->(p)
WITH p, c ORDER BY c.key
RETURN p.key, collect(c.key) ORDER BY p.key`, nil)
	drv.Close(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []any{"07PARIS3972", "09PARIS119"}
	if len(tab.Rows) != 1 || tab.Rows[0][0] != wantKey || !slices.Equal(tab.Rows[0][1].([]any), want) {
		t.Errorf("%d. Kouchner nodes (key, cables mentioning) = %v, want one: [%s %v]", i, tab.Rows, wantKey, want)
	}

	before := fingerprint(t, cfg)
	if code, _, stderr := runCmd(t, "load", runs[0], runs[1]); code != 0 {
		t.Fatalf("%d. reload: exit %d\n%s", i, code, stderr)
	} else if !strings.Contains(stderr, "created 0 nodes and 0 relationships") {
		t.Errorf("%d. reloading both cables created something:\n%s", i, stderr)
	}
	if after := fingerprint(t, cfg); after != before {
		t.Errorf("%d. after reloading: %v, want %v", i, after, before)
	}
}
