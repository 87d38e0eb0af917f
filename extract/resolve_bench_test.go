package extract

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cablegraph/cablegraph/cable"
)

const mirrorPages = "../../shared/cables-raw/avilaroman__Wikileaks-Mirror/cable"

// mirrorCables is every page of the WikiLeaks mirror, parsed once for all
// the benchmarks that read them, in path order (by year and month).
var mirrorCables = sync.OnceValues(func() ([]*cable.Cable, error) {
	var files []string
	err := filepath.WalkDir(mirrorPages, func(path string, e fs.DirEntry, err error) error {
		if err == nil && !e.IsDir() && strings.HasSuffix(path, ".html") {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	slices.Sort(files)
	var out []*cable.Cable
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return nil, err
		}
		r := cable.NewReader(fh, f)
		for r.Next() {
			out = append(out, r.Cable())
		}
		fh.Close()
		if err := r.Err(); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
	}
	return out, nil
})

// BenchmarkResolvePeople measures the person resolver against the number
// of person mentions it resolves (issue 8: its time and memory should be
// near-linear in mentions), over growing prefixes of the mirror's pages:
// a quarter, half, all. The resolver is the people stages (findPeople:
// names found and merged into the persons of a cable, roles attached,
// bare surnames folded) and the key of each person (identity, personKey);
// the text stages before it run untimed. Keys depend on their cable
// alone, so across cables a run holds only the set of keys, whose live
// size is reported too (the graph's own index over them is measured by
// graph's BenchmarkBulkWriter and BenchmarkBulkHeldMemory).
//
// Near-linear shows as ns/mention and B/mention that stay flat as the
// prefix grows:
//
//	go test -run '^$' -bench ResolvePeople -benchtime 1x ./extract
func BenchmarkResolvePeople(b *testing.B) {
	cables, err := mirrorCables()
	if os.IsNotExist(err) || err == nil && len(cables) == 0 {
		b.Skipf("no mirror pages at %s (../shared is absent)", mirrorPages)
	}
	if err != nil {
		b.Fatal(err)
	}
	var x Extractor
	for _, c := range cables[:min(200, len(cables))] {
		x.Extract(c) // loads the lexicon, so that the first prefix does not count it as kept
	}
	for _, n := range []int{len(cables) / 4, len(cables) / 2, len(cables)} {
		b.Run(fmt.Sprintf("pages=%d", n), func(b *testing.B) {
			var (
				spent     time.Duration
				cpu       time.Duration
				allocated uint64
				// Time and mentions in the cables of 100 person mentions
				// or more: a resolver quadratic within a cable would show
				// there first.
				bigSpent    time.Duration
				bigMentions int
				mentions    int
				most        int // the most person mentions in one cable
				retained    uint64
				keys        int
			)
			for i := 0; i < b.N; i++ {
				runtime.GC()
				live0 := liveHeap()
				index := make(map[string]struct{}) // the keys a run holds across cables
				for _, c := range cables[:n] {
					d := docPool.Get().(*doc)
					d.begin(&x, context.Background(), c)
					d.readText()

					a0, c0, t0 := allocatedBytes(), cpuTime(), time.Now()
					d.findPeople()
					m := 0
					for pi := range d.people {
						if len(d.people[pi].ments) == 0 {
							continue // folded into another
						}
						m += len(d.people[pi].ments)
						index[d.personKey(pi, d.identity(pi))] = struct{}{}
					}
					took := time.Since(t0)
					cpu += cpuTime() - c0
					allocated += allocatedBytes() - a0
					spent += took
					if m >= 100 {
						bigSpent += took
						bigMentions += m
					}

					mentions += m
					most = max(most, m)
					d.reset()
					docPool.Put(d)
				}
				runtime.GC()
				retained += liveHeap() - min(live0, liveHeap())
				keys += len(index)
				runtime.KeepAlive(index)
			}
			if mentions == 0 {
				b.Fatal("no person mentions")
			}
			b.ReportMetric(0, "ns/op") // the figures per mention below are the ones that compare across prefixes
			b.ReportMetric(float64(spent.Nanoseconds())/float64(mentions), "ns/mention")
			// CPU time holds steadier than wall time on a machine busy
			// with other work; it includes the GC's threads.
			b.ReportMetric(float64(cpu.Nanoseconds())/float64(mentions), "cpu-ns/mention")
			if bigMentions > 0 {
				b.ReportMetric(float64(bigSpent.Nanoseconds())/float64(bigMentions), "ns/mention-in-big-cables")
			}
			b.ReportMetric(float64(allocated)/float64(mentions), "B/mention")
			b.ReportMetric(float64(retained)/float64(mentions), "keys-B/mention")
			b.ReportMetric(float64(mentions)/float64(b.N), "mentions")
			b.ReportMetric(float64(keys)/float64(b.N), "keys")
			b.ReportMetric(float64(most), "max-mentions/cable")
		})
	}
}

var allocSample = []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}, {Name: "/gc/heap/live:bytes"}}

// allocatedBytes is the total the heap has allocated so far; unlike
// runtime.ReadMemStats it does not stop the world, so it can be read
// around every cable.
func allocatedBytes() uint64 {
	metrics.Read(allocSample[:1])
	return allocSample[0].Value.Uint64()
}

// liveHeap is the heap the last GC found live.
func liveHeap() uint64 {
	metrics.Read(allocSample[1:])
	return allocSample[1].Value.Uint64()
}
