package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestIdentityFigures guards the identity figures the README reports: it
// extracts the whole mirror, scores person keys against the identity gold
// (train and dev splits; the test split is scored only to report), and
// fails when B-cubed precision or recall falls below the README's line
// <!-- identity figures (TestIdentityFigures): ... -->.
func TestIdentityFigures(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts the whole mirror")
	}
	pages := mirrorPages(t)
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`<!-- identity figures \(TestIdentityFigures\): ([^>]*) -->`).FindSubmatch(readme)
	if m == nil {
		t.Fatal("README.md has no identity figures line")
	}
	want := map[string]float64{}
	for _, kv := range strings.Fields(string(m[1])) {
		k, v, _ := strings.Cut(kv, "=")
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			t.Fatalf("README identity figure %q: %v", kv, err)
		}
		want[k] = f
	}
	corpus := filepath.Dir(filepath.Dir(filepath.Dir(pages[0]))) // .../cable
	code, stdout, stderr := runCmd(t, "eval-identity", "-splits", "train,dev", "../../testdata/gold-identity", corpus)
	if code > 1 {
		t.Fatalf("eval-identity: exit %d\n%s", code, stderr)
	}
	t.Log("\n" + stdout)
	got := map[string]float64{}
	split := ""
	for _, line := range strings.Split(stdout, "\n") {
		if s, ok := strings.CutPrefix(line, "identity, "); ok {
			split = strings.TrimSuffix(s, " split")
		}
		if f := strings.Fields(line); len(f) > 3 && f[0] == "cablegraph" {
			p, _ := strconv.ParseFloat(f[1], 64)
			r, _ := strconv.ParseFloat(f[2], 64)
			got[split+"_b3_p"], got[split+"_b3_r"] = p, r
		}
	}
	for k, w := range want {
		if g, ok := got[k]; !ok || g < w-0.0005 {
			t.Errorf("%s = %.3f (found %v), README says %.3f", k, g, ok, w)
		}
	}
}
