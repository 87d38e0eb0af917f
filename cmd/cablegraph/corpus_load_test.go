package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cablegraph/cablegraph/graph"
	"github.com/cablegraph/cablegraph/graph/graphtest"
)

// mirrorPages lists the WikiLeaks-mirror pages of ../shared, or skips the
// test with a message when shared/ is not there (a user's clone).
func mirrorPages(t *testing.T) []string {
	t.Helper()
	dir := ""
	for up := "."; len(up) < 40; up = filepath.Join(up, "..") {
		d := filepath.Join(up, "..", "shared", "cables-raw", "avilaroman__Wikileaks-Mirror", "cable")
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			dir = d
			break
		}
	}
	if dir == "" {
		t.Skip("no ../shared/cables-raw/avilaroman__Wikileaks-Mirror: the whole-corpus test needs the shared data")
	}
	var pages []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".html") {
			pages = append(pages, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(pages)
	return pages
}

// TestCorpusLoadOrderFree loads all 6,712 mirror pages into the real Neo4j
// three ways and compares the graphs by a full dump of every node's and
// relationship's properties: in one run; in two runs, the second half
// first; and the whole corpus again on top with -reload (without it the
// load would skip every cable), which must create nothing.
// People's keys depend on their cable alone, so the order cannot change
// who is who.
func TestCorpusLoadOrderFree(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the whole mirror three times")
	}
	pages := mirrorPages(t)
	cfg := neo4jTest(t)
	load := func(args ...string) string {
		t.Helper()
		code, _, stderr := runCmd(t, append([]string{"load", "-q"}, args...)...)
		// Some real pages fail to parse in part; they are reported and the
		// rest is loaded, with exit status 1.
		if code > 1 {
			t.Fatalf("load: exit %d\n%s", code, stderr)
		}
		return stderr
	}
	load(pages...)
	whole := fingerprint(t, cfg)
	t.Logf("one run: %v", whole)
	if whole.Nodes < 20000 {
		t.Fatalf("only %d nodes from %d pages", whole.Nodes, len(pages))
	}
	wholeDump := dumpGraph(t, cfg)

	wipeTestGraph(t, cfg)
	half := len(pages) / 2
	load(pages[half:]...)
	load(pages[:half]...)
	if halves := fingerprint(t, cfg); halves != whole {
		t.Errorf("two runs, second half first: %v; one run: %v", halves, whole)
		diffDumps(t, wholeDump, dumpGraph(t, cfg))
	}

	stderr := load(append([]string{"-reload"}, pages...)...)
	if again := fingerprint(t, cfg); again != whole {
		t.Errorf("loading the corpus again: %v; once: %v", again, whole)
	}
	if !strings.Contains(stderr, "created 0 nodes and 0 relationships") && strings.Contains(stderr, "created ") {
		t.Errorf("loading the corpus again created something:\n%s", lastLines(stderr, 3))
	}
}

func wipeTestGraph(t *testing.T, cfg graph.Config) {
	t.Helper()
	graphtest.Wipe(t, graphtest.Server{URI: cfg.URI, Username: cfg.Username, Password: cfg.Password, Database: cfg.Database})
}

// dumpGraph lists every node and relationship with its properties, one
// line each, sorted: to show what differs when two fingerprints do.
func dumpGraph(t *testing.T, cfg graph.Config) []string {
	t.Helper()
	ctx := context.Background()
	drv, err := graph.Connect(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(ctx)
	var lines []string
	for _, q := range []string{
		"MATCH (n) RETURN labels(n), properties(n)",
		"MATCH (a)-[r]->(b) RETURN type(r), a.key, b.key, properties(r)",
	} {
		tab, err := graph.Read(ctx, drv, cfg.Database, q, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range tab.Rows {
			lines = append(lines, fmt.Sprint(row...))
		}
	}
	slices.Sort(lines)
	return lines
}

// diffDumps logs the first lines that only one of two dumps has.
func diffDumps(t *testing.T, a, b []string) {
	t.Helper()
	onlyA, onlyB := 0, 0
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j >= len(b) || i < len(a) && a[i] < b[j]:
			if onlyA < 15 {
				t.Logf("only in one run: %.300s", a[i])
			}
			onlyA++
			i++
		case i >= len(a) || b[j] < a[i]:
			if onlyB < 15 {
				t.Logf("only in two runs: %.300s", b[j])
			}
			onlyB++
			j++
		default:
			i++
			j++
		}
	}
	t.Logf("%d lines only in one run, %d only in two runs", onlyA, onlyB)
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}
