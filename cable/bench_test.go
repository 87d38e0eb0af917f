package cable

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/txtar"
)

func benchInputs(b *testing.B, inputs [][]byte) {
	total := 0
	for _, in := range inputs {
		total += len(in)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	cables := 0
	for i := 0; i < b.N; i++ {
		for _, in := range inputs {
			r := NewReader(bytes.NewReader(in), "bench")
			for r.Next() {
				cables++
			}
		}
	}
	b.ReportMetric(float64(cables)/b.Elapsed().Seconds(), "cables/s")
}

// BenchmarkGolden parses the golden cables (every format).
func BenchmarkGolden(b *testing.B) {
	var inputs [][]byte
	for _, f := range goldenFiles(b) {
		ar, err := txtar.ParseFile(f)
		if err != nil {
			b.Fatal(err)
		}
		inputs = append(inputs, ar.Files[0].Data)
	}
	benchInputs(b, inputs)
}

// BenchmarkMirrorPages parses the 6,712 trimmed pages of the WikiLeaks
// mirror, held in memory, so the figure is the parser's alone.
func BenchmarkMirrorPages(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(corpusDir(), "avilaroman__Wikileaks-Mirror/cable/*/*/*.html"))
	if len(files) == 0 {
		b.Skip("corpus not available")
	}
	var inputs [][]byte
	for _, f := range files {
		in, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		inputs = append(inputs, in)
	}
	benchInputs(b, inputs)
}
