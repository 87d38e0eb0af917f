package graph

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// peopleCypher reads every named person with one country: the smallest
// key among its OF_COUNTRY edges, so that the answer does not depend on
// the order the server keeps them in (a person loaded with one resolver
// has one; only a graph merged from runs that did not share people has
// more). Ordered by key so that every run sees the people in the same
// order.
const peopleCypher = `MATCH (p:Person) WHERE p.name IS NOT NULL
OPTIONAL MATCH (p)-[:OF_COUNTRY]->(c:Country)
WITH p, min(c.key) AS country
RETURN p.key AS key, p.name AS name, coalesce(country, '') AS country
ORDER BY key`

// People streams the Person nodes of database db to fn: key, name and
// ISO country ("" when none), in key order, so that a new load can give
// the people it meets the keys they already have. It holds one row at a
// time. An error from fn stops the read and is returned. Should the read
// be retried after a transient error, fn sees the people again from the
// start.
func People(ctx context.Context, drv neo4j.DriverWithContext, db string, fn func(key, name, country string) error) error {
	sess := drv.NewSession(ctx, neo4j.SessionConfig{DatabaseName: db, AccessMode: neo4j.AccessModeRead})
	defer sess.Close(ctx)
	_, err := sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, peopleCypher, nil)
		if err != nil {
			return nil, err
		}
		for res.Next(ctx) {
			v := res.Record().Values
			key, _ := v[0].(string)
			name, _ := v[1].(string)
			country, _ := v[2].(string)
			if err := fn(key, name, country); err != nil {
				return nil, err
			}
		}
		return nil, res.Err()
	})
	return err
}
