package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/cablegraph/cablegraph/cable"
)

// testConfig reads the first pages of the mirror only: the tests check
// the shape of the output, not the name law over the whole corpus.
func testConfig(t *testing.T, seed uint64) Config {
	t.Helper()
	shared := defaultShared()
	cfg := Config{
		Mirror: filepath.Join(shared, "cables-raw", "avilaroman__Wikileaks-Mirror", "cable"),
		IDs:    filepath.Join(shared, "cables-raw", "heuer__cablemap", "cablemap.core", "cablemap", "core", "cable2month.csv.gz"),
		N:      300,
		Seed:   seed,
		Pages:  600,
	}
	for _, p := range []string{cfg.Mirror, cfg.IDs} {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("the real cables are not here (%v): cablegen needs ../shared/cables-raw beside the checkout", err)
		}
	}
	return cfg
}

var (
	genOnce sync.Once
	gen1    *Generator
	genErr  error
)

func generator(t *testing.T) *Generator {
	cfg := testConfig(t, 7)
	genOnce.Do(func() { gen1, genErr = NewGenerator(context.Background(), cfg) })
	if genErr != nil {
		t.Fatal(genErr)
	}
	return gen1
}

func writeAll(t *testing.T, g *Generator) []byte {
	t.Helper()
	var b bytes.Buffer
	n, err := g.WriteCSV(context.Background(), &b)
	if err != nil {
		t.Fatal(err)
	}
	if n != g.cfg.N {
		t.Fatalf("wrote %d cables, want %d", n, g.cfg.N)
	}
	return b.Bytes()
}

func TestDeterministic(t *testing.T) {
	a := writeAll(t, generator(t))
	g2, err := NewGenerator(context.Background(), testConfig(t, 7))
	if err != nil {
		t.Fatal(err)
	}
	if b := writeAll(t, g2); !bytes.Equal(a, b) {
		t.Fatal("two generators with one seed wrote different output")
	}
	g3, err := NewGenerator(context.Background(), testConfig(t, 8))
	if err != nil {
		t.Fatal(err)
	}
	if c := writeAll(t, g3); bytes.Equal(a, c) {
		t.Fatal("seeds 7 and 8 wrote the same output")
	}
}

func TestSkipSharesNoID(t *testing.T) {
	g := generator(t)
	more := *g
	more.cfg.Skip, more.cfg.N = g.cfg.N, 100
	more.choose()
	for i := range g.ids {
		if g.pick[i] && more.pick[i] {
			t.Fatalf("%s is in both -n %d and -skip %d", g.ids[i].id, g.cfg.N, g.cfg.N)
		}
	}
}

// TestParsesAsItsID reads the output back with the project's parser: every
// row is a cable, without errors, whose ID, telegram ID, post and date fit
// the reference ID and its month.
func TestParsesAsItsID(t *testing.T) {
	g := generator(t)
	out := writeAll(t, g)
	month := map[string]int{}
	for i, r := range g.ids {
		if g.pick[i] {
			month[r.id] = r.month
		}
	}
	r := cable.NewReader(bytes.NewReader(out), "cables.csv")
	n, unnumbered := 0, 0
	for r.Next() {
		c := r.Cable()
		n++
		m, ok := month[c.ID]
		if !ok {
			t.Errorf("row %d: ID %q was not chosen", c.Source.Row, c.ID)
			continue
		}
		for _, err := range c.Errors {
			t.Errorf("%s: %v", c.ID, err)
		}
		year, post, serial := splitRef(c.ID)
		if c.Date.Year() != year || int(c.Date.Month()) != m || c.DateFrom != "dtg" {
			t.Errorf("%s: date %v (from %s), want %d-%02d from the header", c.ID, c.Date, c.DateFrom, year, m)
		}
		if strings.ReplaceAll(c.Post, " ", "") != post || c.PostSerial != serial {
			t.Errorf("%s: classification line names %q %q, want %s %s", c.ID, c.Post, c.PostSerial, post, serial)
		}
		if c.TelegramID != c.ID && !strings.Contains(c.ID[2:], strconv.Itoa(c.Date.Year())[:2]) {
			t.Errorf("%s: telegram ID %s", c.ID, c.TelegramID)
		}
		if c.Meta.Origin == "" || c.Subject.Text == "" {
			t.Errorf("%s: origin %q, subject %q", c.ID, c.Meta.Origin, c.Subject.Text)
		}
		if len(c.Paragraphs) == 0 {
			// The repaired body the mirror lends has lost some
			// paragraph numbers; real cables lack them too, rarely.
			unnumbered++
		}
	}
	if err := r.Err(); err != nil {
		t.Errorf("reading back: %v", err)
	}
	if n != g.cfg.N {
		t.Errorf("read back %d cables, want %d", n, g.cfg.N)
	}
	if unnumbered > n/20 {
		t.Errorf("%d of %d cables without a paragraph", unnumbered, n)
	}
}

func TestOrigins(t *testing.T) {
	g := generator(t)
	for i, tc := range []struct{ id, origin, station string }{
		{"09PARIS1589", "Embassy Paris", "AMEMBASSY PARIS"},
		{"66BUENOSAIRES2481", "Embassy Buenos Aires", "AMEMBASSY BUENOS AIRES"},
		{"08STATE1234", "Secretary of State", "SECSTATE WASHDC"},
	} {
		c := g.Cable(refID{tc.id, 3})
		if c.origin != tc.origin || !strings.Contains(c.header, "FM "+tc.station+"\n") {
			t.Errorf("%d. %s: origin %q, header\n%s\nwant origin %q, FM %s", i, tc.id, c.origin, c.header, tc.origin, tc.station)
		}
	}
}

// TestNamesVaried: copies of one mirror cable under different IDs name
// different people, and the recurring figures keep their names.
func TestNamesVaried(t *testing.T) {
	g := generator(t)
	var src *source
	for _, s := range g.sources {
		if len(s.vary) >= 3 {
			src = s
			break
		}
	}
	if src == nil {
		t.Fatal("no mirror cable with three surnames to vary")
	}
	names := map[string]bool{}
	for k := range 20 {
		id := "09TEST" + strconv.Itoa(k)
		vary := func() string {
			var b strings.Builder
			varyNames(&b, g.replacements(id, src), src.body)
			return b.String()
		}
		body := vary()
		if body == src.body {
			t.Errorf("%s: body of %s unchanged", id, src.id)
		}
		if again := vary(); again != body {
			t.Errorf("%s: two different bodies for one ID", id)
		}
		for _, w := range strings.Fields(body) {
			names[w] = true
		}
	}
	for _, s := range src.vary {
		if names[titleCase(s)] && len(names) < 20 {
			t.Errorf("surname %s of %s never varied", s, src.id)
		}
	}
	if len(g.pool) < 100 {
		t.Errorf("pool of %d surnames", len(g.pool))
	}
}

func TestSplitRef(t *testing.T) {
	for i, tc := range []struct {
		id           string
		year         int
		post, serial string
	}{
		{"09PARIS1589", 2009, "PARIS", "1589"},
		{"66BUENOSAIRES2481", 1966, "BUENOSAIRES", "2481"},
		{"08STATE001234", 2008, "STATE", "1234"},
		{"06ASTANA", 2006, "ASTANA", "1"},
		{"7575LIBREVILLE1895", 1975, "LIBREVILLE", "1895"},
	} {
		y, p, s := splitRef(tc.id)
		if y != tc.year || p != tc.post || s != tc.serial {
			t.Errorf("%d. splitRef(%q) = %d, %q, %q; want %d, %q, %q", i, tc.id, y, p, s, tc.year, tc.post, tc.serial)
		}
	}
}
