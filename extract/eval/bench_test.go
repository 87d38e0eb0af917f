package eval

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/jdkato/prose/v3"

	"github.com/cablegraph/cablegraph/cable"
	"github.com/cablegraph/cablegraph/extract"
)

// proseNsPerCorpus is what the prose sub-benchmark last measured, so that
// the cablegraph one, which runs after it, can report the speed-up.
var proseNsPerCorpus float64

// BenchmarkExtractVsProse measures, on the real cables of the gold set,
// our whole pipeline (parse and extract, from the file bytes) beside
// stock prose v3 NewDocument with all defaults (over the parsed body
// text, which spares prose the parsing). Both count the same bytes, the
// repaired body text of every cable, so their MB/s compare directly. Run
// it on one core:
//
//	go test -run '^$' -bench ExtractVsProse -cpu 1 ./extract/eval
//
// The cablegraph figure "x-prose" is how many times faster it is.
func BenchmarkExtractVsProse(b *testing.B) {
	cables, raw := readCables(b, filepath.Join(goldDir, "cables"))
	var bodyBytes int64
	texts := make([]string, len(cables))
	for i, c := range cables {
		texts[i] = ProseText(c)
		bodyBytes += int64(len(c.Body.String))
	}
	perCorpus := func(b *testing.B) float64 { return float64(b.Elapsed().Nanoseconds()) / float64(b.N) }

	b.Run("prose", func(b *testing.B) {
		b.SetBytes(bodyBytes)
		b.ReportAllocs()
		for b.Loop() {
			for _, text := range texts {
				if _, err := prose.NewDocument(text); err != nil {
					b.Fatal(err)
				}
			}
		}
		proseNsPerCorpus = perCorpus(b)
		b.ReportMetric(float64(len(cables))*float64(b.N)/b.Elapsed().Seconds(), "cables/s")
	})

	b.Run("cablegraph", func(b *testing.B) {
		var x extract.Extractor
		b.SetBytes(bodyBytes)
		b.ReportAllocs()
		for b.Loop() {
			for i, data := range raw {
				r := cable.NewReader(bytes.NewReader(data), cables[i].Source.File)
				for r.Next() {
					x.Extract(r.Cable())
				}
			}
		}
		b.ReportMetric(float64(len(cables))*float64(b.N)/b.Elapsed().Seconds(), "cables/s")
		if proseNsPerCorpus > 0 {
			b.ReportMetric(proseNsPerCorpus/perCorpus(b), "x-prose")
		}
	})

	// The extractor alone, for telling its cost from the parser's.
	b.Run("cablegraph-extract", func(b *testing.B) {
		var x extract.Extractor
		b.SetBytes(bodyBytes)
		b.ReportAllocs()
		for b.Loop() {
			for _, c := range cables {
				x.Extract(c)
			}
		}
	})
}
