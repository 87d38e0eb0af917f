package extract

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/cablegraph/cablegraph/cable"
	"github.com/cablegraph/cablegraph/internal/bigcable"
)

// mirrorPages are real cables of the WikiLeaks mirror in ../shared, when
// it is there: enough distinct paragraphs (and people) that a big cable
// built from them names new people all along, as a long real one would.
const mirrorPages = "../../shared/cables-raw/avilaroman__Wikileaks-Mirror/cable/2008/0[1-3]/*.html"

// realParagraphs returns the paragraphs of the bundled cables, and of the
// mirror's when it is there, and the surnames of the people the extractor
// finds in them.
func realParagraphs(tb testing.TB) (paras []string, surnames map[string]bool) {
	tb.Helper()
	surnames = map[string]bool{}
	var x Extractor
	for _, pattern := range []string{"testdata/cables/*", mirrorPages} {
		for _, c := range readCables(tb, pattern) {
			for _, p := range c.Paragraphs {
				paras = append(paras, p.Text)
			}
			for _, e := range x.Extract(c).Entities {
				if e.Type != Person {
					continue
				}
				for _, n := range append([]string{e.Name}, e.Aliases...) {
					if f := strings.Fields(n); len(f) > 0 {
						surnames[f[len(f)-1]] = true
					}
				}
			}
		}
	}
	return paras, surnames
}

// bigCable parses a text cable of about size bytes made of paras, whose
// people keep growing in number when surnames are given (see
// internal/bigcable).
func bigCable(tb testing.TB, paras []string, surnames map[string]bool, size int) *cable.Cable {
	tb.Helper()
	r := cable.NewReader(bytes.NewReader(bigcable.Text(paras, size, surnames)), fmt.Sprintf("big%d", size))
	r.MaxCableSize = 2 * size
	if !r.Next() {
		tb.Fatalf("big cable of %d bytes: %v", size, r.Err())
	}
	return r.Cable()
}

// BenchmarkExtractSize extracts one cable of 1 to 8 MB. Time per byte
// (MB/s) and bytes allocated per input byte (B/in-byte) should be about
// the same at every size. Bytes are those of the cable's body.
func BenchmarkExtractSize(b *testing.B) {
	paras, surnames := realParagraphs(b)
	for _, mb := range []int{1, 2, 4, 8, 16} {
		c := bigCable(b, paras, surnames, mb<<20)
		size := len(c.Body.String)
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			var x Extractor
			b.SetBytes(int64(size))
			b.ReportAllocs()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			for i := 0; i < b.N; i++ {
				if res := x.Extract(c); res.Error != "" {
					b.Fatal(res.Error)
				}
			}
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/float64(size), "B/in-byte")
		})
	}
}
