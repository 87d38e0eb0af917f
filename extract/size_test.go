package extract

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/cablegraph/cablegraph/cable"
	"github.com/cablegraph/cablegraph/internal/bigcable"
)

// sizeSources are the real cables big test cables are made of: the
// annotated cables of the meetings gold set (all splits), which tell many
// meetings, delegations and participant lists, as long reports do. They
// are in the repository, so the figures are the same in every checkout.
var sizeSources = []string{"testdata/cables/*", "../testdata/gold-meetings/*/cables/*"}

// realParagraphs returns the paragraphs of the cables of sizeSources and
// the surnames of the people the extractor finds in them.
func realParagraphs(tb testing.TB) (paras []string, surnames map[string]bool) {
	tb.Helper()
	surnames = map[string]bool{}
	var x Extractor
	for _, pattern := range sizeSources {
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
			cpu0 := cpuTime()
			for i := 0; i < b.N; i++ {
				if res := x.Extract(c); res.Error != "" {
					b.Fatal(res.Error)
				}
			}
			if cpu := (cpuTime() - cpu0).Seconds(); cpu > 0 {
				// The CPU of the whole process, the collector's included:
				// steadier than MB/s on a machine shared with other work.
				b.ReportMetric(float64(size)*float64(b.N)/(1<<20)/cpu, "MB/cpu-s")
			}
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/float64(size), "B/in-byte")
		})
	}
}

// TestPairsGrowLinearly counts the work of the who-met-whom stage rather
// than timing it: the candidate pairs weighed, and the people of the
// largest meeting (whose sides take the square of its size to draw). A
// cable that tells four times over what another tells once, with new
// people each time, should give four times the pairs and meetings no
// larger. Readers that gathered people cable-wide (every delegation member
// of the cable met whoever "the delegation" met next) made both grow with
// the square of the size.
func TestPairsGrowLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts some megabytes of text")
	}
	paras, surnames := realParagraphs(t)
	var x Extractor
	work := func(rounds int) (size, pairs, largest int) {
		in := bigcable.Rounds(paras, rounds, surnames)
		r := cable.NewReader(bytes.NewReader(in), "rounds")
		r.MaxCableSize = len(in)
		if !r.Next() {
			t.Fatal(r.Err())
		}
		res, cands := x.Candidates(r.Cable())
		for _, m := range res.Meetings {
			largest = max(largest, len(m.Participants))
		}
		return len(in), len(cands), largest
	}
	size1, pairs1, largest1 := work(1)
	size4, pairs4, largest4 := work(4)
	t.Logf("%d bytes: %d pairs, largest meeting %d; %d bytes: %d pairs, largest meeting %d", size1, pairs1, largest1, size4, pairs4, largest4)
	if pairs4 > 5*pairs1 {
		t.Errorf("4 times the text gave %.1f times the candidate pairs (%d, %d), want about 4", float64(pairs4)/float64(pairs1), pairs1, pairs4)
	}
	if largest4 > 2*largest1 {
		t.Errorf("4 times the text made the largest meeting grow from %d to %d people", largest1, largest4)
	}
}

// countdownCtx is a context that is done after its Err has been asked n
// times: a stand-in for an interrupt that comes mid-extraction, at a
// point fixed by the work done rather than by the clock.
type countdownCtx struct {
	context.Context
	n, asked int
}

func (c *countdownCtx) Err() error {
	c.asked++
	if c.asked > c.n {
		return context.Canceled
	}
	return nil
}

// TestExtractContextStops: a big cable's extraction watches its context
// all along, not only before it starts, and stops when it is done.
func TestExtractContextStops(t *testing.T) {
	paras, surnames := realParagraphs(t)
	c := bigCable(t, paras, surnames, 512<<10)
	var x Extractor

	full := &countdownCtx{Context: context.Background(), n: 1 << 30}
	want, err := x.ExtractContext(full, c)
	if err != nil || want == nil || len(want.Meetings) == 0 {
		t.Fatalf("uncancelled: %v, %v", want, err)
	}
	if full.asked < 20 {
		t.Errorf("a 512 KB extraction looked at its context %d times; want it checked all along", full.asked)
	}
	for _, n := range []int{0, 1, full.asked / 2, full.asked - 1} {
		ctx := &countdownCtx{Context: context.Background(), n: n}
		res, err := x.ExtractContext(ctx, c)
		if err != context.Canceled || res != nil {
			t.Errorf("context done after %d of %d checks: got %v, %v; want nil, context.Canceled", n, full.asked, res, err)
		}
		if ctx.asked != n+1 {
			t.Errorf("context done after %d checks: extraction went on to check it %d times", n, ctx.asked)
		}
	}
	// The pooled state a stopped extraction leaves must not leak into the
	// next one.
	if got := x.Extract(c); len(got.Meetings) != len(want.Meetings) || len(got.Entities) != len(want.Entities) {
		t.Errorf("after a stopped extraction: %d meetings, %d entities; want %d, %d", len(got.Meetings), len(got.Entities), len(want.Meetings), len(want.Entities))
	}
}
