package graph

import (
	"context"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// runRaw sends groups in transactions of about size rows (weight counts rows).
func runRaw(t *testing.T, drv neo4j.DriverWithContext, cypher string, items []any, weight func(any) int, size int) {
	ctx := context.Background()
	if weight == nil {
		sess := drv.NewSession(ctx, neo4j.SessionConfig{})
		defer sess.Close(ctx)
		for _, it := range items {
			params := it.(map[string]any)
			_, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (any, error) {
				res, err := tx.Run(ctx, cypher, params)
				if err != nil {
					return nil, err
				}
				return res.Consume(ctx)
			})
			if err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	sess := drv.NewSession(ctx, neo4j.SessionConfig{})
	defer sess.Close(ctx)
	var chunk []any
	n := 0
	flush := func() {
		if len(chunk) == 0 {
			return
		}
		params := map[string]any{"rows": chunk}
		_, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (any, error) {
			res, err := tx.Run(ctx, cypher, params)
			if err != nil {
				return nil, err
			}
			return res.Consume(ctx)
		})
		if err != nil {
			t.Fatal(err)
		}
		chunk, n = nil, 0
	}
	for _, it := range items {
		chunk = append(chunk, it)
		n += weight(it)
		if n >= size {
			flush()
		}
	}
	flush()
}

type variant struct {
	name         string
	ment, met    string
	mrows, trows func([]*Record) ([]any, func(any) int)
}

func flatRows(typ RelType) func([]*Record) ([]any, func(any) int) {
	return func(recs []*Record) ([]any, func(any) int) {
		var out []any
		for _, r := range recs {
			for i := range r.Edges {
				if r.Edges[i].Type == typ {
					out = append(out, edgeRow(&r.Edges[i]))
				}
			}
		}
		return out, func(any) int { return 1 }
	}
}

// tableRows groups a cable's edges of typ: [[keys], [[i, j, props...]...]].
func tableRows(typ RelType) func([]*Record) ([]any, func(any) int) {
	return func(recs []*Record) ([]any, func(any) int) {
		var out []any
		for _, r := range recs {
			idx := map[string]int64{}
			var keys, edges []any
			for i := range r.Edges {
				e := &r.Edges[i]
				if e.Type != typ {
					continue
				}
				for _, k := range []string{e.From.Key, e.To.Key} {
					if _, ok := idx[k]; !ok {
						idx[k] = int64(len(keys))
						keys = append(keys, k)
					}
				}
				row := edgeRow(e)
				row[0], row[1] = idx[e.From.Key], idx[e.To.Key]
				edges = append(edges, row)
			}
			if len(edges) > 0 {
				out = append(out, []any{keys, edges})
			}
		}
		return out, func(it any) int { return len(it.([]any)[1].([]any)) }
	}
}

// fromRows groups a cable's edges of typ by from node: [from, [[to, props...]...]].
func fromRows(typ RelType) func([]*Record) ([]any, func(any) int) {
	return func(recs []*Record) ([]any, func(any) int) {
		var out []any
		for _, r := range recs {
			var edges []any
			from := ""
			for i := range r.Edges {
				e := &r.Edges[i]
				if e.Type != typ {
					continue
				}
				from = e.From.Key
				row := edgeRow(e)
				edges = append(edges, append([]any{row[1]}, row[2:]...))
			}
			if len(edges) > 0 {
				out = append(out, []any{from, edges})
			}
		}
		return out, func(it any) int { return len(it.([]any)[1].([]any)) }
	}
}

var variants = map[string]variant{
	"base": {name: "base", ment: rowEdgeCypher(EdgeKind{Mentions, Cable, Person}), met: rowEdgeCypher(EdgeKind{Met, Person, Person}), mrows: flatRows(Mentions), trows: flatRows(Met)},
	"table": {name: "table",
		ment: `UNWIND $rows AS g
MATCH (a:Cable {key: g[0]})
UNWIND g[1] AS row
MATCH (b:Person {key: row[0]})
MERGE (a)-[r:MENTIONS]->(b)
SET r.count = row[1], r.paragraphs = row[2], r.sections = row[3]`,
		met: `UNWIND $rows AS g
CALL { WITH g UNWIND g[0] AS k MATCH (n:Person {key: k}) RETURN collect(n) AS ps }
UNWIND g[1] AS row
WITH ps[row[0]] AS a, ps[row[1]] AS b, row
MERGE (a)-[r:MET {key: row[2]}]->(b)
SET r.cable = row[3], r.paragraph = row[4], r.date = row[5], r.place = row[6], r.evidence = row[7]`,
		mrows: fromRows(Mentions), trows: tableRows(Met)},
	"new": {name: "new", ment: edgeCypher(EdgeKind{Mentions, Cable, Person}), met: edgeCypher(EdgeKind{Met, Person, Person}), mrows: newRows(EdgeKind{Mentions, Cable, Person}), trows: newRows(EdgeKind{Met, Person, Person})},
}

// newRows gives one params map per chunk of 10000 (SIZE) edges, as the loader does.
func newRows(k EdgeKind) func([]*Record) ([]any, func(any) int) {
	return func(recs []*Record) ([]any, func(any) int) {
		var es []*Edge
		for _, r := range recs {
			for i := range r.Edges {
				if r.Edges[i].Kind() == k {
					es = append(es, &r.Edges[i])
				}
			}
		}
		size := 10000
		if n, err := strconv.Atoi(os.Getenv("SIZE")); err == nil {
			size = n
		}
		var out []any
		for s := 0; s < len(es); s += size {
			out = append(out, edgeParams(k, s, min(s+size, len(es)), func(j int) *Edge { return es[j] }))
		}
		return out, nil
	}
}

func TestZZVar(t *testing.T) {
	drv, c := testDriver(t)
	ctx := context.Background()
	next := synthetic(6000, 20000, 8)
	nb := newBatch()
	var recs []*Record
	for i := 0; i < 6000; i++ {
		r := next(i)
		recs = append(recs, r)
		nb.add(&Record{Cable: r.Cable, Nodes: r.Nodes})
	}
	size := 10000
	if n, err := strconv.Atoi(os.Getenv("SIZE")); err == nil {
		size = n
	}
	clock := newCPUClock()
	phase := func(name string, n int, f func()) {
		c0, s0 := clock.now()
		start := time.Now()
		f()
		w := time.Since(start)
		c1, s1 := clock.now()
		t.Logf("%-24s %7d rows %6.2fs wall %8.0f rows/s  client %5.2fs server %5.2fs cpu  %.1f us/row server", name, n, w.Seconds(), float64(n)/w.Seconds(), (c1 - c0).Seconds(), (s1 - s0).Seconds(), float64((s1-s0).Microseconds())/float64(n))
	}
	var want Fingerprint
	reps, _ := strconv.Atoi(os.Getenv("REPS"))
	for rep := 0; rep < max(reps, 1); rep++ {
		for _, vn := range strings.Split(os.Getenv("VARIANTS"), ",") {
			v := variants[vn]
			if err := Wipe(ctx, drv, c.Database); err != nil {
				t.Fatal(err)
			}
			l, err := NewLoader(ctx, drv, c.Database, size)
			if err != nil {
				t.Fatal(err)
			}
			if err := l.Write(ctx, nb); err != nil {
				t.Fatal(err)
			}
			mrows, mw := v.mrows(recs)
			trows, tw := v.trows(recs)
			if os.Getenv("PROFILE") != "" && rep == 0 {
				if mw == nil {
					profile(t, drv, v.ment, mrows[0].(map[string]any))
					profile(t, drv, v.met, trows[0].(map[string]any))
				} else {
					profile(t, drv, v.ment, map[string]any{"rows": mrows[:50]})
					profile(t, drv, v.met, map[string]any{"rows": trows[:50]})
				}
			}
			phase("MENTIONS "+vn, 48000, func() { runRaw(t, drv, v.ment, mrows, mw, size) })
			phase("MET "+vn, 168000, func() { runRaw(t, drv, v.met, trows, tw, size) })
			f := checksum(t, drv, c.Database)
			if want.Sum == "" {
				want = f
			} else if f != want {
				t.Errorf("%s: %v, want %v", vn, f, want)
			}
			phase("MET again "+vn, 168000, func() { runRaw(t, drv, v.met, trows, tw, size) })
		}
	}
}
