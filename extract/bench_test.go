package extract

import (
	"path/filepath"
	"testing"
)

// BenchmarkExtract measures extraction throughput per core on real
// cables: the bundled ones, plus some hundreds from ../shared when it is
// there. Bytes are those of the cable text the extractor reads (body,
// subject, Classified By line); parsing is not counted.
func BenchmarkExtract(b *testing.B) {
	cables := readCables(b, "testdata/cables/*")
	if files, _ := filepath.Glob("../../shared/cables-raw/avilaroman__Wikileaks-Mirror/cable/2008/0[1-3]/*.html"); len(files) > 0 {
		cables = append(cables, readCables(b, "../../shared/cables-raw/avilaroman__Wikileaks-Mirror/cable/2008/0[1-3]/*.html")...)
	}
	size := 0
	for _, c := range cables {
		size += len(c.Body.String) + len(c.Subject.Text)
		if c.ClassifiedBy != nil {
			size += len(c.ClassifiedBy.Text)
		}
	}
	var x Extractor
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, c := range cables {
			x.Extract(c)
		}
	}
	b.ReportMetric(float64(len(cables)*b.N)/b.Elapsed().Seconds(), "cables/s")
	if cpu := (cpuTime() - cpu0).Seconds(); cpu > 0 {
		// Includes the garbage collector's work on other threads: an
		// upper bound of the CPU one extraction costs.
		b.ReportMetric(float64(size)*float64(b.N)/1e6/cpu, "MB/cpu-s")
	}
}
