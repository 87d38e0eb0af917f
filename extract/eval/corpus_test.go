package eval

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/cablegraph/cablegraph/cable"
)

// goldDir is the project's gold set, shared with cablegraph eval.
const goldDir = "../../testdata/gold"

// readCables parses every cable file of dir, failing the test on a file
// that yields no cable.
func readCables(tb testing.TB, dir string) (cables []*cable.Cable, raw [][]byte) {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.*"))
	if err != nil {
		tb.Fatal(err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		c := parseCable(tb, f, data)
		if c == nil {
			continue
		}
		cables = append(cables, c)
		raw = append(raw, data)
	}
	if len(cables) == 0 {
		tb.Skipf("no cables in %s", dir)
	}
	return cables, raw
}

func parseCable(tb testing.TB, file string, data []byte) *cable.Cable {
	r := cable.NewReader(bytes.NewReader(data), file)
	if !r.Next() {
		tb.Errorf("%s: no cable: %v", file, r.Err())
		return nil
	}
	return r.Cable()
}
