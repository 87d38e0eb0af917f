package graph

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// Fingerprint summarises a whole graph: its counts and an order-independent
// checksum of every node (labels and properties) and every relationship
// (type, the label and key of both ends, properties). Two graphs with the
// same fingerprint hold the same data, whatever internal IDs they use.
type Fingerprint struct {
	Nodes, Edges int64
	Sum          string
}

func (f Fingerprint) String() string {
	return fmt.Sprintf("%d nodes, %d edges, sum %s", f.Nodes, f.Edges, f.Sum)
}

// Checksum computes the fingerprint of database db. It streams, so it runs
// in constant memory: each row is hashed with SHA-256 and the hashes are
// added up lane by lane, which makes the sum independent of row order but
// not of how many times a row occurs.
func Checksum(ctx context.Context, drv neo4j.DriverWithContext, db string) (Fingerprint, error) {
	sess := drv.NewSession(ctx, neo4j.SessionConfig{DatabaseName: db, AccessMode: neo4j.AccessModeRead})
	defer sess.Close(ctx)
	return neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) (Fingerprint, error) {
		var f Fingerprint
		var lanes [4]uint64
		add := func(line string) {
			h := sha256.Sum256([]byte(line))
			for i := range lanes {
				lanes[i] += binary.BigEndian.Uint64(h[i*8:])
			}
		}
		res, err := tx.Run(ctx, "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props", nil)
		if err != nil {
			return f, err
		}
		for res.Next(ctx) {
			v := res.Record().Values
			add("N " + canon(sortedStrings(v[0])) + " " + canon(v[1]))
			f.Nodes++
		}
		if err := res.Err(); err != nil {
			return f, err
		}
		res, err = tx.Run(ctx, `MATCH (a)-[r]->(b)
RETURN type(r) AS type, labels(a) AS al, a.key AS ak, labels(b) AS bl, b.key AS bk, properties(r) AS props`, nil)
		if err != nil {
			return f, err
		}
		for res.Next(ctx) {
			v := res.Record().Values
			add(fmt.Sprintf("E %s %s%s %s%s %s", v[0], canon(sortedStrings(v[1])), canon(v[2]), canon(sortedStrings(v[3])), canon(v[4]), canon(v[5])))
			f.Edges++
		}
		if err := res.Err(); err != nil {
			return f, err
		}
		var sum [32]byte
		for i, lane := range lanes {
			binary.BigEndian.PutUint64(sum[i*8:], lane)
		}
		f.Sum = fmt.Sprintf("%x", sum[:12])
		return f, nil
	})
}

func sortedStrings(v any) any {
	list, _ := v.([]any)
	s := make([]string, 0, len(list))
	for _, x := range list {
		s = append(s, fmt.Sprint(x))
	}
	sort.Strings(s)
	out := make([]any, len(s))
	for i := range s {
		out[i] = s[i]
	}
	return out
}

// canon renders a value returned by the driver with its type, maps in key
// order, so that equal values and only equal values render the same.
func canon(v any) string {
	switch v := v.(type) {
	case nil:
		return "null"
	case string:
		return strconv.Quote(v)
	case int64:
		return "i" + strconv.FormatInt(v, 10)
	case float64:
		return "f" + strconv.FormatFloat(v, 'g', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	case dbtype.Date:
		return "d" + formatDate(v)
	case []any:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = canon(x)
		}
		return "[" + strings.Join(parts, ",") + "]"
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = strconv.Quote(k) + ":" + canon(v[k])
		}
		return "{" + strings.Join(parts, ",") + "}"
	}
	return fmt.Sprintf("%T(%v)", v, v)
}

// Counts returns the number of nodes and relationships of db.
func Counts(ctx context.Context, drv neo4j.DriverWithContext, db string) (nodes, edges int64, err error) {
	res, err := neo4j.ExecuteQuery(ctx, drv,
		"CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS edges } RETURN nodes, edges",
		nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return 0, 0, err
	}
	v := res.Records[0].Values
	return v[0].(int64), v[1].(int64), nil
}

// Table is the result of a read query: column names and rows of plain
// values (see Plain).
type Table struct {
	Columns []string
	Rows    [][]any
}

// Read runs a read-only query with params and returns its result as plain
// values. It is meant for the canned queries, whose results are bounded.
func Read(ctx context.Context, drv neo4j.DriverWithContext, db, cypher string, params map[string]any) (*Table, error) {
	res, err := neo4j.ExecuteQuery(ctx, drv, cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(db), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		return nil, err
	}
	t := &Table{Columns: res.Keys}
	for _, rec := range res.Records {
		row := make([]any, len(rec.Values))
		for i, v := range rec.Values {
			row[i] = Plain(v)
		}
		t.Rows = append(t.Rows, row)
	}
	return t, nil
}

// Plain turns a driver value into one that prints well and marshals to
// JSON: dates become ISO strings, nodes and relationships their
// properties, paths the list of their nodes.
func Plain(v any) any {
	switch v := v.(type) {
	case dbtype.Date:
		return formatDate(v)
	case time.Time:
		return v.Format(time.RFC3339)
	case dbtype.LocalDateTime:
		return time.Time(v).Format("2006-01-02T15:04:05")
	case dbtype.Node:
		return Plain(v.Props)
	case dbtype.Relationship:
		return Plain(v.Props)
	case dbtype.Path:
		nodes := make([]any, len(v.Nodes))
		for i, n := range v.Nodes {
			nodes[i] = Plain(n.Props)
		}
		return nodes
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = Plain(x)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, x := range v {
			out[k] = Plain(x)
		}
		return out
	}
	return v
}
