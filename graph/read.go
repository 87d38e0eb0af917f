package graph

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
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

// DefaultTimeout bounds a read query whose Reader has no Timeout. Half a
// minute answers any of the canned questions on the whole release, and it
// stops a runaway path search long before it hurts the server.
const DefaultTimeout = 30 * time.Second

// Reader runs read-only queries, each in a read transaction that the server
// itself stops after Timeout: a query that the server plans badly or that
// meets a huge neighbourhood fails with a TimeoutError instead of holding
// the server's CPU for minutes. The zero Timeout is DefaultTimeout.
type Reader struct {
	Driver   neo4j.DriverWithContext
	Database string // "" for the server's default
	Timeout  time.Duration
}

// TimeoutError reports that the server stopped a query at its transaction
// timeout.
type TimeoutError struct {
	Timeout time.Duration
}

func (e *TimeoutError) Error() string {
	return fmt.Sprintf("the query ran longer than %s and the server stopped it", e.Timeout)
}

func (r Reader) timeout() time.Duration {
	if r.Timeout > 0 {
		return r.Timeout
	}
	return DefaultTimeout
}

// Read runs cypher with params in read access mode and returns its result
// as plain values (see Plain). The server refuses writes in read mode, so
// Read is safe for queries typed by users. Results are held in memory:
// queries are expected to bound their rows.
func (r Reader) Read(ctx context.Context, cypher string, params map[string]any) (*Table, error) {
	timeout := r.timeout()
	// The server enforces the timeout; the client deadline only keeps a
	// lost connection from hanging the caller, so it is a little longer.
	ctx, cancel := context.WithTimeout(ctx, timeout+15*time.Second)
	defer cancel()
	sess := r.Driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: r.Database, AccessMode: neo4j.AccessModeRead})
	defer sess.Close(context.Background())
	t, err := neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) (*Table, error) {
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return nil, err
		}
		keys, err := res.Keys()
		if err != nil {
			return nil, err
		}
		t := &Table{Columns: keys}
		for res.Next(ctx) {
			rec := res.Record()
			row := make([]any, len(rec.Values))
			for i, v := range rec.Values {
				row[i] = Plain(v)
			}
			t.Rows = append(t.Rows, row)
		}
		return t, res.Err()
	}, neo4j.WithTxTimeout(timeout))
	if err != nil {
		if isTimeout(err) || errors.Is(err, context.DeadlineExceeded) && ctx.Err() != nil {
			return nil, &TimeoutError{Timeout: timeout}
		}
		return nil, err
	}
	return t, nil
}

// isTimeout reports whether err is the server's transaction timeout
// (Neo.ClientError.Transaction.TransactionTimedOut, or
// ...TransactionTimedOutClientConfiguration when the client set it).
func isTimeout(err error) bool {
	var ne *neo4j.Neo4jError
	return errors.As(err, &ne) && strings.Contains(ne.Code, "TransactionTimedOut")
}

// Read runs a read-only query with params under DefaultTimeout and returns
// its result as plain values; see Reader.
func Read(ctx context.Context, drv neo4j.DriverWithContext, db, cypher string, params map[string]any) (*Table, error) {
	return Reader{Driver: drv, Database: db}.Read(ctx, cypher, params)
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
