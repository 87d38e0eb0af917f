package graph
import ("testing";"context";"fmt";"time";"github.com/neo4j/neo4j-go-driver/v5/neo4j")
func TestScratch(t *testing.T){
	drv, c := testDriver(t)
	ctx := context.Background()
	next := synthetic(2000, 20000, 8)
	var recs []*Record
	for i:=0;i<2000;i++{ recs=append(recs,next(i)) }
	st:=time.Now(); load(t, drv, c.Database, recs[:1000], 10000); fmt.Println("first load", time.Since(st))
	b := newBatch()
	for _, r := range recs[1000:] { b.add(r) }
	l, _ := NewLoader(ctx, drv, c.Database, 10000)
	for _, label := range Labels() { if len(b.Nodes[label])>0 { st:=time.Now(); l.run(ctx, "n", nodeCypher(label), len(b.Nodes[label]), func(j int) map[string]any { return nodeRow(b.Nodes[label][j]) }); fmt.Println(label, len(b.Nodes[label]), time.Since(st)) } }
	for _, k := range b.Kinds() {
		edges := b.Edges[k]
		rows := []map[string]any{}
		for j := range edges { rows = append(rows, edgeRow(&edges[j])) }
		res, err := neo4j.ExecuteQuery(ctx, drv, "PROFILE "+edgeCypher(k), map[string]any{"rows": rows}, neo4j.EagerResultTransformer)
		if err != nil { t.Fatal(err) }
		p := res.Summary.Profile()
		var walk func(p neo4j.ProfiledPlan, d int)
		walk = func(p neo4j.ProfiledPlan, d int){ fmt.Printf("%*s%s rows=%d hits=%d time=%v\n", d*2, "", p.Operator(), p.Records(), p.DbHits(), p.Arguments()["Time"]); for _, ch := range p.Children(){ walk(ch, d+1)} }
		fmt.Println(k, len(rows), res.Summary.ResultAvailableAfter()+res.Summary.ResultConsumedAfter())
		walk(p, 0)
	}
}
