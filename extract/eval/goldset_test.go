package eval

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// TestGoldSet scores both systems on the project's gold set and logs the
// figures (go test -v -run GoldSet). It asserts no accuracy: the figures
// move as the extractor is tuned, and a threshold here would make CI
// flaky. It fails when the gold is malformed, when a system errors, or
// when nothing gets scored.
func TestGoldSet(t *testing.T) {
	if testing.Short() {
		t.Skip("runs prose over the whole gold set")
	}
	files, _ := filepath.Glob(filepath.Join(goldDir, "*.json"))
	if len(files) < 30 {
		t.Skipf("%s has %d gold files; the gold set needs at least 30", goldDir, len(files))
	}
	gold, err := ReadGoldDir(goldDir)
	if err != nil {
		t.Errorf("gold set: %v", err)
	}
	cables, _ := readCables(t, filepath.Join(goldDir, "cables"))

	systems := []System{Cablegraph(), Prose()}
	tallies := []*Tally{{System: systems[0].Name}, {System: systems[1].Name}}
	for _, c := range cables {
		g := gold[c.ID]
		if g == nil {
			t.Errorf("%s: cable %s has no gold annotation", c.Source.File, c.ID)
			continue
		}
		for i, s := range systems {
			r, err := s.Run(c)
			if err != nil {
				t.Errorf("%s: %s: %v", c.Source.File, s.Name, err)
				continue
			}
			tallies[i].Add(Score(g, r))
		}
	}
	for _, tl := range tallies {
		if len(tl.Cables) == 0 {
			t.Fatalf("%s: no cable scored", tl.System)
		}
		if tl.Total.People.Gold == 0 {
			t.Errorf("%s: the scored cables hold no gold people", tl.System)
		}
	}
	var out bytes.Buffer
	if err := WriteTable(&out, tallies...); err != nil {
		t.Fatal(err)
	}
	t.Logf("gold set, %d cables:\n%s", len(tallies[0].Cables), strings.TrimRight(out.String(), "\n"))
	if testing.Verbose() {
		out.Reset()
		WriteDetail(&out, tallies[0])
		t.Logf("cablegraph per cable:\n%s", out.String())
	}
}
