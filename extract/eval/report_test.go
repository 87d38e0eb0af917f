package eval

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/cablegraph/cablegraph/extract"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestReport prints the table and the per-cable detail of two systems on
// the paris gold and compares them with testdata/report.golden.
func TestReport(t *testing.T) {
	ours := extract.Result{
		Entities: []extract.Entity{
			per("Bernard Kouchner", []string{"French Foreign Minister"}),
			per("Lavrov", []string{"Foreign Minister"}),
			per("Rosenblatt", []string{"Pol M/C"}),
			per("Isabelle Dumont", nil),
			country("FR"), country("RU"), country("US"), country("IR"),
		},
		Relations: []extract.Relation{met("Kouchner", "Lavrov", "2007-09-18"), met("Rosenblatt", "Dumont", "2007-09-21")},
	}
	ours.Entities[0].Country = "FR"
	baseline := extract.Result{
		Entities: []extract.Entity{
			per("Kouchner", nil), per("Russian Foreign\nMinister Lavrov", nil), per("Please", nil), per("Isabelle Dumont", nil),
			country("FR"), country("RU"),
		},
		Relations: []extract.Relation{met("Kouchner", "Please", "")},
	}
	a, b := &Tally{System: "cablegraph"}, &Tally{System: "prose v3"}
	a.Add(Score(paris, &ours))
	b.Add(Score(paris, &baseline))

	var out bytes.Buffer
	if err := WriteTable(&out, a, b); err != nil {
		t.Fatal(err)
	}
	out.WriteString("\n")
	if err := WriteDetail(&out, a, b); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "report.golden")
	if *update {
		if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(out.Bytes(), want) {
		t.Errorf("report differs from %s (go test -update rewrites it):\n%s", golden, out.String())
	}
}
