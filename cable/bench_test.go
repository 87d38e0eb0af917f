package cable

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/cablegraph/cablegraph/internal/bigcable"
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

// BenchmarkParseSize parses one text cable of 1 to 16 MB built from real
// paragraphs (internal/bigcable). Time per byte (MB/s) and the bytes
// allocated per input byte (B/in-byte) should not grow with the size.
func BenchmarkParseSize(b *testing.B) {
	var paras []string
	for _, f := range goldenFiles(b) {
		ar, err := txtar.ParseFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, c := range readAll(b, f, ar.Files[0].Data) {
			for _, p := range c.Paragraphs {
				paras = append(paras, p.Text)
			}
		}
	}
	for _, mb := range []int{1, 2, 4, 8, 16} {
		in := bigcable.Text(paras, mb<<20, nil)
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			b.ReportAllocs()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			for i := 0; i < b.N; i++ {
				r := NewReader(bytes.NewReader(in), "big")
				r.MaxCableSize = 2 * len(in)
				if !r.Next() {
					b.Fatal(r.Err())
				}
			}
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/float64(len(in)), "B/in-byte")
		})
	}
}
