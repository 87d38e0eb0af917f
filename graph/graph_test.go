package graph

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// collectSink keeps the batches it is given.
type collectSink struct {
	batches []*Batch
	closed  bool
}

func (s *collectSink) Write(ctx context.Context, b *Batch) error {
	s.batches = append(s.batches, b)
	return nil
}
func (s *collectSink) Close(ctx context.Context) error { s.closed = true; return nil }

func TestBatcherFolds(t *testing.T) {
	sink := &collectSink{}
	bt := NewBatcher(sink, 1000)
	ctx := context.Background()
	for i, r := range fixture() {
		added, err := bt.Add(ctx, r)
		if err != nil {
			t.Fatal(err)
		}
		if want := i < 2; added != want {
			t.Errorf("record %d (%s): added = %v, want %v", i, r.Cable, added, want)
		}
	}
	if err := bt.Close(ctx); err != nil {
		t.Fatal(err)
	}
	if !sink.closed || len(sink.batches) != 1 || bt.Skipped != 1 {
		t.Fatalf("closed=%v batches=%d skipped=%d, want true 1 1", sink.closed, len(sink.batches), bt.Skipped)
	}
	b := sink.batches[0]
	tests := []struct {
		label Label
		key   string
		prop  string
		want  any
	}{
		0: {Cable, "07MOSCOW100", "subject", injection},     // stub replaced by the full row; the duplicate skipped
		1: {Person, "lavrov", "name", "Sergei Lavrov"},      // the better (longer) name wins, in any order
		2: {Person, "kouchner", "name", "Bernard Kouchner"}, // a later stub does not erase it
		3: {Country, "FR", "name", "France"},                // stub replaced
		4: {Country, "RU", "name", "Russian Federation"},
	}
	for i, tt := range tests {
		var got any
		n := 0
		for _, node := range b.Nodes[tt.label] {
			if node.Key == tt.key {
				got = node.Props[tt.prop]
				n++
			}
		}
		if n != 1 || got != tt.want {
			t.Errorf("%d: %s %s: %d rows, %s = %v, want 1 row, %v", i, tt.label, tt.key, n, tt.prop, got, tt.want)
		}
	}
	if got, want := b.Cables, 2; got != want {
		t.Errorf("Cables = %d, want %d", got, want)
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		rec  Record
		want string // part of the error; "" for none
	}{
		0: {Record{Cable: "C", Nodes: []Node{{Person, "p", Props{"name": "P"}}}}, ""},
		1: {Record{Cable: "C", Nodes: []Node{{"Spy", "p", nil}}}, "unknown label"},
		2: {Record{Cable: "C", Nodes: []Node{{Person, "", nil}}}, "without key"},
		3: {Record{Cable: "C", Nodes: []Node{{Person, "p", Props{"name": 3}}}}, "int is not string"},
		4: {Record{Cable: "C", Nodes: []Node{{Person, "p", Props{"age": int64(3), "name": "P"}}}}, `undeclared property "age"`},
		5: {Record{Cable: "C", Nodes: []Node{{Person, "p", Props{}}}}, "without name"},
		6: {Record{Cable: "C", Edges: []Edge{{Met, NodeRef{Person, "a"}, NodeRef{Person, "b"}, Props{"cable": "C"}}}}, "MET edge without key"},
		7: {Record{Cable: "C", Edges: []Edge{{"KNOWS", NodeRef{Person, "a"}, NodeRef{Person, "b"}, nil}}}, "unknown relationship"},
		8: {Record{Cable: "C", Edges: []Edge{{Tagged, NodeRef{Cable, "C"}, NodeRef{Tag, ""}, nil}}}, "empty end"},
		9: {Record{Cable: "C", Edges: []Edge{{Met, NodeRef{Person, "a"}, NodeRef{Person, "b"}, Props{"key": "k", "date": "2007-01-01"}}}}, "string is not date"},
	}
	for i, tt := range tests {
		err := tt.rec.Validate()
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%d: unexpected error %v", i, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%d: error %v, want one containing %q", i, err, tt.want)
		}
	}
}

func TestFormatCSV(t *testing.T) {
	tests := []struct {
		v       any
		want    string
		wantErr bool
	}{
		0: {nil, "", false},
		1: {"a,\"b\"", "a,\"b\"", false}, // quoting is encoding/csv's job
		2: {int64(-3), "-3", false},
		3: {date("2007-09-18"), "2007-09-18", false},
		4: {[]string{"NOFORN", "SIPDIS"}, "NOFORN;SIPDIS", false},
		5: {[]int64{1, 12}, "1;12", false},
		6: {[]string{"a;b"}, "", true},
		7: {3.5, "", true},
	}
	for i, tt := range tests {
		got, err := formatCSV(tt.v)
		if got != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("%d: formatCSV(%#v) = %q, %v; want %q, error %v", i, tt.v, got, err, tt.want, tt.wantErr)
		}
	}
}

// writeBulk writes recs through a Batcher of the given size into a new
// directory and returns it.
func writeBulk(t testing.TB, recs []*Record, size int) string {
	t.Helper()
	dir := t.TempDir()
	writeBulkTo(t, dir, recs, size)
	return dir
}

// writeBulkTo writes recs as bulk files into dir, in batches of size.
func writeBulkTo(t testing.TB, dir string, recs []*Record, size int) {
	t.Helper()
	w, err := NewBulkWriter(dir)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	bt := NewBatcher(w, size)
	for _, r := range recs {
		if _, err := bt.Add(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	if err := bt.Close(ctx); err != nil {
		t.Fatal(err)
	}
}

// archive reads every file of dir into a txtar archive, in name order.
func archive(t *testing.T, dir string) []byte {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var a txtar.Archive
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		a.Files = append(a.Files, txtar.File{Name: e.Name(), Data: data})
	}
	sort.Slice(a.Files, func(i, j int) bool { return a.Files[i].Name < a.Files[j].Name })
	return txtar.Format(&a)
}

// TestBulkGolden checks the bulk-import files byte for byte, and that they
// do not depend on how the records fall into batches.
func TestBulkGolden(t *testing.T) {
	golden := filepath.Join("testdata", "bulk.txtar")
	got := archive(t, writeBulk(t, fixture(), 1000))
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("bulk files differ from %s (run go test -update to accept):\n%s", golden, got)
	}
	// Row order may follow the batching (a stub waits for its full row),
	// the rows themselves may not.
	for _, size := range []int{1, 3, 7} {
		if small := archive(t, writeBulk(t, fixture(), size)); sortedLines(small) != sortedLines(got) {
			t.Errorf("batch size %d gives other rows than batch size 1000:\n%s", size, small)
		}
	}
}

func sortedLines(data []byte) string {
	lines := strings.Split(string(data), "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// TestBulkWriterReplacesOnlyWhenComplete: an aborted run (a failed one, or
// one that read nothing) leaves the last run's files as they were and no
// staging directory; a complete run replaces them all, so that a kind
// absent from this run does not linger from the last one, where import.sh
// users globbing would import it.
func TestBulkWriterReplacesOnlyWhenComplete(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, "rels-KNOWS-Person-Person.csv")
	mine := filepath.Join(dir, "notes.txt") // not ours: never touched
	for _, f := range []string{stale, mine} {
		if err := os.WriteFile(f, []byte("x\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	w, err := NewBulkWriter(dir)
	if err != nil {
		t.Fatal(err)
	}
	bt := NewBatcher(w, 1)
	for _, r := range fixture() {
		if _, err := bt.Add(context.Background(), r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Abort(); err != nil {
		t.Fatal(err)
	}
	if got := listDir(t, dir); got != "notes.txt rels-KNOWS-Person-Person.csv" {
		t.Errorf("after Abort the directory holds %s, want what it had", got)
	}
	writeBulkTo(t, dir, fixture(), 1000)
	got := listDir(t, dir)
	if strings.Contains(got, "KNOWS") || strings.Contains(got, "partial") || !strings.Contains(got, "notes.txt") ||
		!strings.Contains(got, "nodes-Person.csv") || !strings.Contains(got, "import.sh") {
		t.Errorf("after Close the directory holds %s", got)
	}
	// A directory that Abort's writer created goes with it.
	fresh := filepath.Join(dir, "new")
	w, err = NewBulkWriter(fresh)
	if err != nil {
		t.Fatal(err)
	}
	w.Abort()
	if _, err := os.Stat(fresh); !os.IsNotExist(err) {
		t.Errorf("Abort left the directory it created: %v", err)
	}
}

func listDir(t *testing.T, dir string) string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	return strings.Join(names, " ")
}

// countSink counts rows and keeps nothing, like a Loader.
type countSink struct{ nodes, edges int }

func (s *countSink) Write(ctx context.Context, b *Batch) error {
	s.nodes += b.NodeCount()
	s.edges += b.EdgeCount()
	return nil
}
func (s *countSink) Close(ctx context.Context) error { return nil }

func heapAfterGC() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// TestBatcherMemoryFlat streams cables through a Batcher into a sink that
// keeps nothing and checks that the heap grows only by the cable-ID index
// (one 8-byte hash per cable in a map), not with the rows.
func TestBatcherMemoryFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 40,000 cables")
	}
	next := synthetic(40000, 5000, 6)
	sink := &countSink{}
	bt := NewBatcher(sink, 5000)
	ctx := context.Background()
	var at10k uint64
	for i := 0; i < 40000; i++ {
		if _, err := bt.Add(ctx, next(i)); err != nil {
			t.Fatal(err)
		}
		if i == 10000 {
			at10k = heapAfterGC()
		}
	}
	at40k := heapAfterGC()
	if err := bt.Close(ctx); err != nil {
		t.Fatal(err)
	}
	growth := int64(at40k) - int64(at10k)
	perCable := float64(growth) / 30000
	t.Logf("heap %d KiB after 10,000 cables, %d KiB after 40,000: %.0f bytes per cable; %d nodes, %d edges streamed",
		at10k>>10, at40k>>10, perCable, sink.nodes, sink.edges)
	// A cable's rows take about 2 KB; only the ID index (~40 B) may stay.
	if perCable > 200 {
		t.Errorf("heap grows by %.0f bytes per cable; rows are being retained", perCable)
	}
}

// BenchmarkBulkWriter measures the embedded path: cables per second into
// bulk-import files, and the size of the deduplication index per node.
func BenchmarkBulkWriter(b *testing.B) {
	next := synthetic(b.N, 20000, 6)
	dir := b.TempDir()
	w, err := NewBulkWriter(dir)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	bt := NewBatcher(w, 10000)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := bt.Add(ctx, next(i)); err != nil {
			b.Fatal(err)
		}
	}
	if err := bt.Close(ctx); err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	b.ReportMetric(float64(w.EdgesWritten)/b.Elapsed().Seconds(), "edges/s")
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "cables/s")
	if w.NodesWritten > 0 {
		b.ReportMetric(float64(w.IndexBytes())/float64(w.NodesWritten), "index-B/node")
	}
}

// TestBatcherRecordError: a broken record is refused with a *RecordError
// and the batcher goes on with the next.
func TestBatcherRecordError(t *testing.T) {
	sink := &collectSink{}
	bt := NewBatcher(sink, 1000)
	ctx := context.Background()
	_, err := bt.Add(ctx, &Record{Cable: "BAD", Nodes: []Node{{"Spy", "x", nil}}})
	var re *RecordError
	if !errors.As(err, &re) || re.Cable != "BAD" {
		t.Fatalf("Add(bad) = %v, want a *RecordError for BAD", err)
	}
	if added, err := bt.Add(ctx, fixture()[0]); !added || err != nil {
		t.Fatalf("Add(good) after a bad record = %v, %v", added, err)
	}
	if err := bt.Close(ctx); err != nil {
		t.Fatal(err)
	}
	if len(sink.batches) != 1 || sink.batches[0].Cables != 1 {
		t.Errorf("want one batch of one cable, got %d batches", len(sink.batches))
	}
}

// BenchmarkBulkHeldMemory measures what the BulkWriter holds per node of a
// held label until Close: 50,000 people, each named by two cables with
// its own aliases, as real Person rows are (name, given names, aliases),
// ten people a cable so that the cable indexes weigh little.
func BenchmarkBulkHeldMemory(b *testing.B) {
	const people, perCable = 50000, 10
	ctx := context.Background()
	for b.Loop() {
		w, err := NewBulkWriter(b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		bt := NewBatcher(w, 10000)
		before := heapAfterGC()
		for i := 0; i < 2*people/perCable; i++ {
			id := fmt.Sprintf("HELD%07d", i)
			r := &Record{Cable: id, Nodes: []Node{
				{Cable, id, Props{"subject": "SUBJECT OF " + id, "classification": "UNCLASSIFIED"}},
			}}
			for j := 0; j < perCable; j++ {
				p := (i*perCable + j) % people
				r.Nodes = append(r.Nodes, Node{Person, fmt.Sprintf("person:ahmed-al-%06d", p), Props{
					"name":    fmt.Sprintf("Ahmed Al-%06d", p),
					"given":   []string{"Ahmed"},
					"aliases": []string{fmt.Sprintf("A. Al-%06d", p), fmt.Sprintf("Ahmed %d Al-%06d", i*perCable/people, p)},
				}})
			}
			if _, err := bt.Add(ctx, r); err != nil {
				b.Fatal(err)
			}
		}
		if err := bt.Flush(ctx); err != nil {
			b.Fatal(err)
		}
		held := int64(heapAfterGC()) - int64(before)
		index := w.IndexBytes()
		written := w.NodesWritten
		if err := bt.Close(ctx); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(held)/float64(w.NodesWritten-written), "held-B/node")
		b.ReportMetric(float64(index)/float64(w.NodesWritten-written), "index-B/node")
	}
}
