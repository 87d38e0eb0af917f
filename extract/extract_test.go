package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/cablegraph/cablegraph/cable"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// readCables reads every cable of the files matching pattern.
func readCables(tb testing.TB, pattern string) []*cable.Cable {
	tb.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil {
		tb.Fatal(err)
	}
	var out []*cable.Cable
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			tb.Fatal(err)
		}
		r := cable.NewReader(fh, f)
		for r.Next() {
			out = append(out, r.Cable())
		}
		fh.Close()
		if err := r.Err(); err != nil {
			tb.Fatalf("%s: %v", f, err)
		}
	}
	return out
}

func readCable(tb testing.TB, path string) *cable.Cable {
	tb.Helper()
	cs := readCables(tb, path)
	if len(cs) != 1 {
		tb.Fatalf("%s: %d cables, want 1", path, len(cs))
	}
	return cs[0]
}

// TestGolden compares the extraction of real cables with the reviewed
// output under testdata/golden (go test -update rewrites it).
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/cables/*")
	if len(files) == 0 {
		t.Fatal("no cables under testdata/cables")
	}
	var x Extractor
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
		t.Run(name, func(t *testing.T) {
			got, err := json.MarshalIndent(x.Extract(readCable(t, f)), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s: output differs from %s; run go test -update and review the diff", f, golden)
			}
		})
	}
}

func findPerson(r *Result, name string) *Entity {
	for i := range r.Entities {
		e := &r.Entities[i]
		if e.Type != Person {
			continue
		}
		if strings.HasSuffix(e.Name, name) {
			return e
		}
		for _, a := range e.Aliases {
			if a == name {
				return e
			}
		}
	}
	return nil
}

func findMet(r *Result, a, b string) *Relation {
	for i := range r.Relations {
		rel := &r.Relations[i]
		if rel.Type != Met {
			continue
		}
		if strings.HasSuffix(rel.From, a) && strings.HasSuffix(rel.To, b) || strings.HasSuffix(rel.From, b) && strings.HasSuffix(rel.To, a) {
			return rel
		}
	}
	return nil
}

// TestParis3972 states what the issue asks of 07PARIS3972 outright.
func TestParis3972(t *testing.T) {
	var x Extractor
	r := x.Extract(readCable(t, "testdata/cables/07PARIS3972.txt"))

	k := findPerson(r, "Kouchner")
	if k == nil {
		t.Fatal("no person Kouchner")
	}
	if len(k.Titles) != 1 || k.Titles[0] != "Foreign Minister" || k.Country != "FR" {
		t.Errorf("Kouchner: titles %q country %q, want [Foreign Minister] FR", k.Titles, k.Country)
	}
	if l := findPerson(r, "Lavrov"); l == nil || l.Country != "RU" {
		t.Errorf("Lavrov: %+v, want a person of RU", l)
	}
	d := findPerson(r, "Dumont")
	if d == nil || d.Name != "Isabelle Dumont" || len(d.Titles) == 0 || d.Titles[0] != "MFA Cabinet Counselor for Russia, Balkans, CIS" || d.Country != "FR" {
		t.Errorf("Dumont: %+v", d)
	}
	if p := findPerson(r, "Rosenblatt"); p == nil || p.Name != "Josiah Rosenblatt" || p.Country != "US" {
		t.Errorf("Rosenblatt: %+v", p)
	}

	tests := []struct {
		a, b, date, place string
		paragraph         int
	}{
		{"Kouchner", "Lavrov", "2007-09-18", "Moscow", 1},
		{"Rosenblatt", "Dumont", "2007-09-20", "", 2},
	}
	for i, tt := range tests {
		m := findMet(r, tt.a, tt.b)
		if m == nil {
			t.Errorf("%d. no MET %s - %s", i, tt.a, tt.b)
			continue
		}
		if m.Date.String() != tt.date || m.Place != tt.place || m.Paragraph != tt.paragraph {
			t.Errorf("%d. MET %s - %s: date %q place %q paragraph %d, want %q %q %d", i, tt.a, tt.b, m.Date, m.Place, m.Paragraph, tt.date, tt.place, tt.paragraph)
		}
	}
	n := 0
	for _, rel := range r.Relations {
		if rel.Type == Met {
			n++
		}
	}
	if n != len(tests) {
		t.Errorf("%d MET relations, want %d: the planned and reported contacts are not meetings", n, len(tests))
	}
	codes := map[string]bool{}
	for _, e := range r.Entities {
		if e.Type == Country {
			codes[e.Code] = true
		}
	}
	for _, c := range []string{"FR", "RU", "XK", "IR", "US"} {
		if !codes[c] {
			t.Errorf("country %s not found (have %v)", c, codes)
		}
	}
}

// TestConcurrent extracts the same cables from many goroutines at once
// and checks every result against a sequential run. Run it with -race.
func TestConcurrent(t *testing.T) {
	cables := readCables(t, "testdata/cables/*")
	if more := "../../shared/cables-raw/avilaroman__Wikileaks-Mirror/cable/2008/0[1-2]/*.html"; !testing.Short() {
		if files, _ := filepath.Glob(more); len(files) > 0 {
			cables = append(cables, readCables(t, more)...)
		}
	}
	var x Extractor
	want := make([][]byte, len(cables))
	for i, c := range cables {
		want[i], _ = json.Marshal(x.Extract(c))
	}
	var wg sync.WaitGroup
	errs := make(chan string, len(cables))
	for w := 0; w < 4*runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := range cables {
				i := (i + w*7) % len(cables)
				got, _ := json.Marshal(x.Extract(cables[i]))
				if !bytes.Equal(got, want[i]) {
					errs <- cables[i].ID
					return
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for id := range errs {
		t.Errorf("%s: concurrent result differs from sequential", id)
	}
	t.Logf("%d cables", len(cables))
}

// TestBadInput: cables with nothing in them, or only odd bits, yield an
// empty result, never a panic.
func TestBadInput(t *testing.T) {
	var x Extractor
	tests := []*cable.Cable{
		{},
		{ID: "X", Subject: cable.Field{Text: "MEETING WITH"}},
		{ID: "Y", Body: cable.Text{String: "met met with , and -- 's"}, Paragraphs: []cable.Paragraph{{Number: 1, Text: "met with", Start: 99}}},
		{ID: "Z", ClassifiedBy: &cable.ClassifiedBy{Name: "XXXXXXXXXXXX"}, Signature: cable.Field{Text: "NNNN"}},
	}
	for i, c := range tests {
		r := x.Extract(c)
		if r == nil || r.Cable != c.ID {
			t.Errorf("%d. result %+v", i, r)
		}
	}
}
