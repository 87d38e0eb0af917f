package main

import (
	"context"
	"fmt"

	"github.com/cablegraph/cablegraph/graph"
	"github.com/cablegraph/cablegraph/schema"
)

const schemaUsage = `usage: cablegraph schema [flags]

Create cablegraph's constraints and indexes (schema/*.cypher) in Neo4j
(NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE or the flags) and
wait until they are online. cablegraph load does this itself; run it after
cablegraph import, whose files carry no schema. Running it again changes
nothing.
`

// runSchema implements "cablegraph schema": the DDL that a Bolt load
// applies first, for a graph that came in through neo4j-admin.
func runSchema(ctx context.Context, e env) int {
	fl := newFlagSet("schema", schemaUsage, e.stderr)
	conn := connFlags(fl, e.getenv)
	if code, done := parseFlags(fl, e.args); done {
		return code
	}
	if fl.NArg() != 0 {
		fmt.Fprint(e.stderr, schemaUsage)
		return 2
	}
	cfg := conn.config()
	if cfg.URI == "" {
		fmt.Fprintln(e.stderr, "cablegraph schema: no Neo4j configured (set NEO4J_URI or -uri)")
		return 2
	}
	drv, err := graph.Connect(ctx, cfg)
	if err != nil {
		fmt.Fprintf(e.stderr, "cablegraph schema: %v\n", err)
		return 1
	}
	defer drv.Close(context.Background())
	if err := graph.ApplySchema(ctx, drv, cfg.Database); err != nil {
		fmt.Fprintf(e.stderr, "cablegraph schema: %v\n", err)
		return 1
	}
	ddl, _ := schema.DDL()
	fmt.Fprintf(e.stderr, "schema: %d constraints and indexes online in %s\n", len(ddl), cfg)
	return 0
}
