package graph
import ("testing";"context";"fmt";"time")
func TestScratch(t *testing.T){
	drv, c := testDriver(t)
	ctx := context.Background()
	next := synthetic(24000, 20000, 8)
	var recs []*Record
	for i:=0;i<24000;i++{ recs=append(recs,next(i)) }
	variants := []string{
		"UNWIND $rows AS row\nMATCH (a:Person {key: row.from})\nMATCH (b:Person {key: row.to})\nMERGE (a)-[r:MET {key: row.key}]->(b)\nSET r = row.props",
		"UNWIND $rows AS row\nMATCH (a:Person {key: row.from})\nMATCH (b:Person {key: row.to})\nMERGE (a)-[r:MET {cable: row.props.cable, paragraph: row.props.paragraph}]->(b)\nSET r.date = row.props.date",
		"UNWIND $rows AS row\nMATCH (a:Person {key: row.from})\nMATCH (b:Person {key: row.to})\nMERGE (a)-[r:MET {key: row.key}]->(b)",
		"UNWIND $rows AS row\nMATCH (a:Person {key: row.from})\nMATCH (b:Person {key: row.to})\nCREATE (a)-[r:MET]->(b) SET r = row.props",
	}
	l, _ := NewLoader(ctx, drv, c.Database, 10000)
	b := newBatch()
	for _, r := range recs { b.add(r) }
	for _, label := range Labels() { if len(b.Nodes[label])>0 { l.run(ctx, "n", nodeCypher(label), len(b.Nodes[label]), func(j int) map[string]any { return nodeRow(b.Nodes[label][j]) }) } }
	edges := b.Edges[EdgeKind{Met, Person, Person}]
	for round := 0; round < 2; round++ {
	for vi, cy := range variants {
		part := edges[(round*4+vi)*20000:(round*4+vi+1)*20000]
		st := time.Now(); clk := newCPUClock(); c0, s0 := clk.now()
		if err := l.run(ctx, "x", cy, len(part), func(j int) map[string]any { return edgeRow(&part[j]) }); err != nil { t.Fatal(err) }
		c1, s1 := clk.now()
		fmt.Printf("%d wall %.0f/s server %v cpu-rate %.0f/s\n", vi, float64(len(part))/time.Since(st).Seconds(), s1-s0, float64(len(part))/(s1-s0+c1-c0).Seconds())
	}
	}
}
