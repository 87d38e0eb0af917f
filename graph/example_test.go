package graph_test

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/cablegraph/cablegraph/graph"
)

// A Batcher feeds records to a sink; here the bulk-import writer, which
// needs no server.
func ExampleBulkWriter() {
	dir, err := os.MkdirTemp("", "bulk")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	w, err := graph.NewBulkWriter(dir)
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	b := graph.NewBatcher(w, 10000)
	met, _ := graph.ParseDate("2007-09-18")
	rec := &graph.Record{
		Cable: "07PARIS3972",
		Nodes: []graph.Node{
			{Label: graph.Person, Key: "person:kouchner", Props: graph.Props{"name": "Kouchner"}},
			{Label: graph.Person, Key: "person:lavrov", Props: graph.Props{"name": "Lavrov"}},
		},
		Edges: []graph.Edge{{
			Type: graph.Met,
			From: graph.NodeRef{Label: graph.Person, Key: "person:kouchner"},
			To:   graph.NodeRef{Label: graph.Person, Key: "person:lavrov"},
			Props: graph.Props{"key": "07PARIS3972|1|person:kouchner|person:lavrov",
				"cable": "07PARIS3972", "paragraph": int64(1), "date": met},
		}},
	}
	if _, err := b.Add(ctx, rec); err != nil {
		log.Fatal(err)
	}
	if err := b.Close(ctx); err != nil {
		log.Fatal(err)
	}
	fmt.Println(w.NodesWritten, "nodes,", w.EdgesWritten, "edge")
	fmt.Println(w.ImportArgs("neo4j")[3:])
	// Output:
	// 2 nodes, 1 edge
	// [neo4j --overwrite-destination=true --multiline-fields=true --array-delimiter=; --id-type=string --bad-tolerance=0 --nodes=nodes-Person.csv --relationships=rels-MET-Person-Person.csv]
}
