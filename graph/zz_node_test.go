package graph

import (
	"context"
	"testing"
)

func TestZZNode(t *testing.T) {
	drv, c := testDriver(t)
	ctx := context.Background()
	_ = ctx
	_ = c
	rows := []any{[]any{"p1", true, "P One"}, []any{"p2", false, nil}}
	prow := []any{[]any{"x", true, "X", "RUX"}, []any{"y", false, nil, nil}}
	for _, q := range []string{
		`UNWIND $rows AS row
MERGE (n:Person {key: row[0]})
ON CREATE SET n.name = row[2]
ON MATCH SET n.name = coalesce(n.name, row[2])`,
		`UNWIND $rows AS row
MERGE (n:Person {key: row[0]})
SET n.name = coalesce(n.name, row[2])`,
		`UNWIND $rows AS row
MERGE (n:Person {key: row[0]})
FOREACH (_ IN CASE WHEN row[1] AND n.name IS NULL THEN [1] ELSE [] END | SET n.name = row[2])`,
	} {
		profile(t, drv, q, map[string]any{"rows": rows})
	}
	for _, q := range []string{
		`UNWIND $rows AS row
MERGE (n:Post {key: row[0]})
ON CREATE SET n.name = row[2], n.route = row[3]
ON MATCH SET n.route = CASE WHEN n.name IS NULL THEN row[3] ELSE n.route END, n.name = coalesce(n.name, row[2])`,
	} {
		profile(t, drv, q, map[string]any{"rows": prow})
	}
}
