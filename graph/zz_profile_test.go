package graph

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func printPlan(sb *strings.Builder, p neo4j.ProfiledPlan, depth int) {
	args := p.Arguments()
	extra := ""
	for _, k := range []string{"Details", "EstimatedRows"} {
		if v, ok := args[k]; ok {
			extra += fmt.Sprintf(" %s=%v", k, v)
		}
	}
	fmt.Fprintf(sb, "%s%s rows=%d dbhits=%d time=%v%s\n", strings.Repeat("  ", depth), p.Operator(), p.Records(), p.DbHits(), args["Time"], extra)
	for _, c := range p.Children() {
		printPlan(sb, c, depth+1)
	}
}

// profile runs PROFILE cypher with params in a transaction that is rolled back.
func profile(t *testing.T, drv neo4j.DriverWithContext, cypher string, params map[string]any) {
	ctx := context.Background()
	sess := drv.NewSession(ctx, neo4j.SessionConfig{})
	defer sess.Close(ctx)
	tx, err := sess.BeginTransaction(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(ctx)
	res, err := tx.Run(ctx, "PROFILE "+cypher, params)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	printPlan(&sb, sum.Profile(), 0)
	t.Logf("%s\n%s", cypher, sb.String())
}

func TestZZProfile(t *testing.T) {
	drv, c := testDriver(t)
	ctx := context.Background()
	next := synthetic(6000, 20000, 8)
	recs := make([]*Record, 5000)
	for i := range recs {
		recs[i] = next(i)
	}
	load(t, drv, c.Database, recs, 10000)
	b := newBatch()
	for i := 5000; i < 5300; i++ {
		r := next(i)
		b.add(r)
	}
	for _, label := range []Label{Cable, Person} {
		nodes := b.Nodes[label]
		rows := make([]any, len(nodes))
		for j := range nodes {
			rows[j] = nodeRow(nodes[j])
		}
		profile(t, drv, nodeCypher(label), map[string]any{"rows": rows})
	}
	l, _ := NewLoader(ctx, drv, c.Database, 10000)
	var nb = newBatch()
	for i := 5000; i < 5300; i++ {
		r := next(i)
		nb.add(&Record{Cable: r.Cable, Nodes: r.Nodes})
	}
	if err := l.Write(ctx, nb); err != nil {
		t.Fatal(err)
	}
	for _, kind := range b.Kinds() {
		edges := b.Edges[kind]
		rows := make([]any, len(edges))
		for j := range edges {
			rows[j] = edgeRow(&edges[j])
		}
		profile(t, drv, edgeCypher(kind), map[string]any{"rows": rows})
	}
}
