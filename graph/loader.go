package graph

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Loader is a Sink that MERGEs batches into Neo4j over Bolt.
//
// Each batch is written in two phases. First the nodes: one goroutine per
// label (at most Workers at once), each running UNWIND $rows ... MERGE in
// transactions of BatchSize rows. Labels never share a node or a
// constraint index entry, so these transactions do not deadlock one
// another; within a label the chunks run in order, which keeps "the first
// full row wins" deterministic.
//
// Then the edges, which run in the background while Write returns and the
// nodes of the next batch are merged: the server works on two
// transactions at once, on two cores, and a batch's edges still start
// only once its nodes are in. The next Write, and Close, wait for them and
// report their error. Nodes of the next batch are new or, when they exist
// already, only read, except for a stub gaining its properties; so the two
// rarely want the same lock, and when they do deadlock the server aborts
// one, which ExecuteWrite retries.
//
// Merging a relationship locks both of its end nodes, and a few hub nodes
// (SECSTATE WASHDC, the United States, the PREL tag) sit at the end of a
// large share of all edges, so two edge transactions taking edges in input
// order would deadlock again and again. By default (EdgeWorkers = 1) the
// edges go one kind after the other in a single goroutine, which cannot
// deadlock. With EdgeWorkers > 1 the nodes are hashed into 2×EdgeWorkers
// buckets, the edges grouped by the pair of buckets of their ends, and the
// groups run in rounds, each round a set of pairs in which no bucket
// appears twice (a round-robin schedule): transactions that run at the
// same time never touch the same node, so they neither wait for each
// other nor deadlock.
//
// Every value travels as a parameter; the Cypher text is built only from the
// fixed labels and types of the model. A transaction that fails with an
// error the server calls transient (a deadlock, a leader switch) is tried
// again; one that finds the server gone waits, with all the others, for
// the Loader's one reconnection (see retry.go). Once a batch is committed
// its cables are marked loaded, and a later load skips them (resume.go).
type Loader struct {
	drv  neo4j.DriverWithContext
	db   string
	size int

	// Workers bounds the node transactions run at once (default 2).
	Workers int

	// EdgeWorkers is the number of edge transactions run at once (default
	// 1). Above 1 the edges are partitioned as described above. On the
	// two-core test machine partitioning cuts the batches into smaller
	// transactions, and the server spent almost twice the CPU time per
	// relationship: two workers loaded 40% fewer relationships a second
	// than one, so one is the default.
	EdgeWorkers int

	// Retries is how many attempts in a row to reach a lost server the
	// whole load makes before it stops with an *UnreachableError (default
	// 5). The first waits RetryWait (default 1 s), each next one twice
	// as long, at most 30 s.
	Retries   int
	RetryWait time.Duration

	// OnRetry, when set, is told of each attempt to reach a lost server
	// and of its return, as they happen. It is called from the goroutine
	// that probes the server, which waits for it.
	OnRetry func(RetryEvent)

	// Reload makes Stored report every cable as not loaded yet, so that
	// every record is written even when an earlier load marked it done.
	Reload bool

	edges     chan error // the edges of the previous batch, when still running
	reconnect reconnection
	stored    map[string]string // the load hash of each cable marked loaded, read at the first Stored

	nodesCreated, relsCreated, propsSet, rows, cables atomic.Int64
}

// LoadStats counts what a Loader did to the graph.
type LoadStats struct {
	Cables        int64 // cables whose every row is committed, and marked so
	Rows          int64 // node and edge rows committed
	NodesCreated  int64
	RelsCreated   int64
	PropertiesSet int64
}

// NewLoader returns a Loader writing to database db (the default when
// empty) in transactions of batchSize rows (10,000 when <= 0). It applies
// the schema first, so that every MERGE finds its constraint.
func NewLoader(ctx context.Context, drv neo4j.DriverWithContext, db string, batchSize int) (*Loader, error) {
	if batchSize <= 0 {
		batchSize = 10000
	}
	if err := ApplySchema(ctx, drv, db); err != nil {
		return nil, err
	}
	return &Loader{drv: drv, db: db, size: batchSize, Workers: 2, EdgeWorkers: 1}, nil
}

// Stats returns the counters so far.
func (l *Loader) Stats() LoadStats {
	return LoadStats{
		Cables:        l.cables.Load(),
		Rows:          l.rows.Load(),
		NodesCreated:  l.nodesCreated.Load(),
		RelsCreated:   l.relsCreated.Load(),
		PropertiesSet: l.propsSet.Load(),
	}
}

// Write MERGEs the nodes of b, waits for the edges of the previous batch,
// and starts merging the edges of b in the background. At most two
// batches are held: the one being written and the one whose edges run.
func (l *Loader) Write(ctx context.Context, b *Batch) error {
	var tasks []func() error
	for _, label := range Labels() {
		nodes := b.Nodes[label]
		if len(nodes) == 0 {
			continue
		}
		tasks = append(tasks, func() error { return l.writeNodes(ctx, label, nodes) })
	}
	nodeErr := l.parallel(tasks, l.Workers)
	if err := fatal(l.wait(), nodeErr); err != nil {
		return err
	}
	done := make(chan error, 1)
	l.edges = done
	go func() {
		err := l.writeBatchEdges(ctx, b)
		if err == nil {
			err = l.markStored(ctx, b)
		}
		if err != nil {
			done <- fmt.Errorf("edges of a batch of %d cables: %w", b.Cables, err)
		}
		close(done)
	}()
	return nil
}

// wait waits for the edges of the previous batch and returns their error.
func (l *Loader) wait() error {
	if l.edges == nil {
		return nil
	}
	err := <-l.edges
	l.edges = nil
	return err
}

// writeBatchEdges MERGEs the edges of b.
func (l *Loader) writeBatchEdges(ctx context.Context, b *Batch) error {
	workers := max(l.EdgeWorkers, 1)
	if workers == 1 {
		for _, kind := range b.Kinds() {
			edges := b.Edges[kind]
			if err := l.writeEdges(ctx, kind, len(edges), func(j int) *Edge { return &edges[j] }); err != nil {
				return err
			}
		}
		return nil
	}
	// Buckets partition the nodes; the edges between two buckets form a
	// group, and each round runs groups whose buckets are all different,
	// so that its transactions lock disjoint sets of nodes.
	buckets := 2 * workers
	groups := make(map[bucketPair]map[EdgeKind][]*Edge)
	for _, kind := range b.Kinds() {
		for i := range b.Edges[kind] {
			e := &b.Edges[kind][i]
			p := newBucketPair(bucketOf(e.From, buckets), bucketOf(e.To, buckets))
			if groups[p] == nil {
				groups[p] = make(map[EdgeKind][]*Edge)
			}
			groups[p][kind] = append(groups[p][kind], e)
		}
	}
	var tasks []func() error
	for _, round := range rounds(buckets) {
		tasks = tasks[:0]
		for _, p := range round {
			byKind := groups[p]
			if len(byKind) == 0 {
				continue
			}
			tasks = append(tasks, func() error {
				for _, kind := range b.Kinds() {
					edges := byKind[kind]
					if len(edges) == 0 {
						continue
					}
					if err := l.writeEdges(ctx, kind, len(edges), func(j int) *Edge { return edges[j] }); err != nil {
						return err
					}
				}
				return nil
			})
		}
		if err := l.parallel(tasks, workers); err != nil {
			return err
		}
	}
	return nil
}

// parallel runs tasks on at most workers goroutines and waits for all.
func (l *Loader) parallel(tasks []func() error, workers int) error {
	sem := make(chan struct{}, max(workers, 1))
	errs := make([]error, len(tasks))
	var wg sync.WaitGroup
	for i, task := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			errs[i] = task()
		}()
	}
	wg.Wait()
	return fatal(errs...)
}

// bucketPair is an unordered pair of node buckets.
type bucketPair struct{ lo, hi int }

func newBucketPair(a, b int) bucketPair {
	if b < a {
		a, b = b, a
	}
	return bucketPair{a, b}
}

// bucketOf puts a node in one of n buckets by a hash of its label and key
// (FNV-1a: stable across runs, which keeps retries and reloads alike).
func bucketOf(r NodeRef, n int) int {
	h := uint32(2166136261)
	for _, s := range []string{string(r.Label), "\x00", r.Key} {
		for i := 0; i < len(s); i++ {
			h ^= uint32(s[i])
			h *= 16777619
		}
	}
	return int(h % uint32(n))
}

// rounds schedules every pair of n buckets (n even), the pairs of a bucket
// with itself included, into rounds in which no bucket appears twice: the
// circle method of round-robin tournaments, plus one round of the diagonal.
func rounds(n int) [][]bucketPair {
	var out [][]bucketPair
	diag := make([]bucketPair, n)
	for i := range diag {
		diag[i] = bucketPair{i, i}
	}
	out = append(out, diag)
	for r := 0; r < n-1; r++ {
		var round []bucketPair
		round = append(round, newBucketPair(n-1, r))
		for i := 1; i < n/2; i++ {
			round = append(round, newBucketPair((r+i)%(n-1), (r-i+n-1)%(n-1)))
		}
		out = append(out, round)
	}
	return out
}

// Close waits for the edges of the last batch. The driver belongs to the
// caller and stays open.
func (l *Loader) Close(ctx context.Context) error { return l.wait() }

// run sends n rows in transactions of l.size rows; chunk gives the
// parameters of rows [start, end).
func (l *Loader) run(ctx context.Context, what, cypher string, n int, chunk func(start, end int) map[string]any) error {
	sess := l.drv.NewSession(ctx, neo4j.SessionConfig{DatabaseName: l.db, AccessMode: neo4j.AccessModeWrite})
	defer sess.Close(ctx)
	for start := 0; start < n; start += l.size {
		end := min(start+l.size, n)
		if err := l.write(ctx, sess, cypher, chunk(start, end)); err != nil {
			return fmt.Errorf("merging %s: %w", what, err)
		}
		l.rows.Add(int64(end - start))
	}
	return nil
}

// write runs one transaction until it commits. The driver's managed
// transactions are not used: each retries alone, for 30 s, whatever the
// others learn (see retry.go). A transient error is retried here a few
// times; a lost server waits for the Loader's one reconnection. Every
// statement MERGEs, so running one again after a commit whose answer was
// lost changes nothing.
func (l *Loader) write(ctx context.Context, sess neo4j.SessionWithContext, cypher string, params map[string]any) error {
	for transient := 0; ; {
		gen := l.reconnect.generation()
		c, err := l.try(ctx, sess, cypher, params)
		switch {
		case err == nil:
			l.reconnect.ok()
			l.nodesCreated.Add(int64(c.NodesCreated()))
			l.relsCreated.Add(int64(c.RelationshipsCreated()))
			l.propsSet.Add(int64(c.PropertiesSet()))
			return nil
		case ctx.Err() != nil:
			return ctx.Err()
		case lostServer(err):
			if err := l.lost(ctx, gen, err); err != nil {
				return err
			}
		case neo4j.IsRetryable(err) && transient < transientRetries:
			if err := sleep(ctx, transientWait<<transient); err != nil {
				return err
			}
			transient++
		default:
			return err
		}
	}
}

// try runs cypher once in a transaction of its own.
func (l *Loader) try(ctx context.Context, sess neo4j.SessionWithContext, cypher string, params map[string]any) (neo4j.Counters, error) {
	tx, err := sess.BeginTransaction(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Close(ctx) // rolls back unless committed
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return nil, err
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, err
	}
	return sum.Counters(), nil
}

// writeNodes MERGEs nodes of one label.
func (l *Loader) writeNodes(ctx context.Context, label Label, nodes []Node) error {
	return l.run(ctx, string(label)+" nodes", nodeCypher(label), len(nodes), func(start, end int) map[string]any {
		rows := make([]any, 0, end-start)
		for _, n := range nodes[start:end] {
			rows = append(rows, nodeRow(n))
		}
		return map[string]any{"rows": rows}
	})
}

// writeEdges MERGEs n edges of kind k, edge(j) giving the j-th.
func (l *Loader) writeEdges(ctx context.Context, k EdgeKind, n int, edge func(j int) *Edge) error {
	return l.run(ctx, k.String()+" edges", edgeCypher(k), n, func(start, end int) map[string]any {
		return edgeParams(k, start, end, edge)
	})
}

// edgeParams gives the parameters of edgeCypher for edges [start, end):
// the distinct keys of their ends, $from and $to (one list when both ends
// have the same label), and one row per edge that points into them. A
// transaction so looks up each node once, however many of its edges it
// holds (a hub such as SECSTATE WASHDC once, not once per edge): when
// every row looked up both of its ends, the index seeks took a fifth of
// the server's time per MET edge.
func edgeParams(k EdgeKind, start, end int, edge func(j int) *Edge) map[string]any {
	fromAt := make(map[string]int64)
	toAt := fromAt
	if k.From != k.To {
		toAt = make(map[string]int64)
	}
	var from, to []any
	at := func(index map[string]int64, keys *[]any, key string) int64 {
		i, ok := index[key]
		if !ok {
			i = int64(len(*keys))
			index[key] = i
			*keys = append(*keys, key)
		}
		return i
	}
	rows := make([]any, 0, end-start)
	for j := start; j < end; j++ {
		e := edge(j)
		row := edgeRow(e)
		row[0] = at(fromAt, &from, e.From.Key)
		if k.From == k.To {
			row[1] = at(fromAt, &from, e.To.Key)
		} else {
			row[1] = at(toAt, &to, e.To.Key)
		}
		rows = append(rows, row)
	}
	p := map[string]any{"from": from, "rows": rows}
	if k.From != k.To {
		p["to"] = to
	}
	return p
}

// Rows travel as lists rather than maps: the server decodes and indexes a
// list faster, which measurably speeds up large loads. nodeRow gives
// [key, full, props in NodeProps order...].
func nodeRow(n Node) any {
	specs := nodeProps[n.Label]
	row := make([]any, 2, 2+len(specs))
	row[0], row[1] = n.Key, n.Full()
	for _, p := range specs {
		row = append(row, n.Props[p.Name]) // nil when absent: SET to null leaves it unset
	}
	return row
}

// edgeRow gives [from key, to key, props in RelProps order...].
func edgeRow(e *Edge) []any {
	specs := relProps[e.Type]
	row := make([]any, 2, 2+len(specs))
	row[0], row[1] = e.From.Key, e.To.Key
	for _, p := range specs {
		row = append(row, e.Props[p.Name])
	}
	return row
}

// setProps renders "SET v.p = row[i], ..." for the properties specs, the
// first at row index first. Names come from the model, never from data.
func setProps(v string, specs []PropSpec, first int) string {
	if len(specs) == 0 {
		return ""
	}
	parts := make([]string, len(specs))
	for i, p := range specs {
		parts[i] = fmt.Sprintf("%s.%s = row[%d]", v, p.Name, first+i)
	}
	return "\nSET " + strings.Join(parts, ", ")
}

// nodeCypher MERGEs nodes of label l. A node's properties come from the
// full row with the best name, whatever order the rows come in: the longest
// name, and of two as long the one that sorts first, and of two rows with
// one name the one with more properties (a post's routing indicator); a
// stub carries none.
// So loading cables in another order, or in several runs, gives the same
// graph: "Kurdistan Regional Government" wins over "KRG", "Ahmed Abdel
// Halim" over "Ahmed Abdel-Halim". A Person's given names and aliases
// (unionProps) are the union of every row's, sorted. A Cable's properties come from its latest load, so

// that a corrected cable replaces the old text. The condition sits in a
// FOREACH rather than a WHERE: reading n.name in a WHERE before setting it
// makes the planner add an Eager, which holds every row of the transaction
// in memory before the first write.
func nodeCypher(l Label) string {
	cond := "row[1] AND (n.name IS NULL OR size(row[2]) > size(n.name) OR size(row[2]) = size(n.name) AND (row[2] < n.name OR " +
		"row[2] = n.name AND size([x IN row[2..] WHERE x IS NOT NULL]) > size(keys(n)) - 1))"
	switch l {
	case Cable:
		cond = "row[1]"
	case Post:
		// One post written with two routing indicators: the one that
		// sorts first.
		cond = strings.TrimSuffix(cond, "))") + " OR row[2] = n.name AND row[3] IS NOT NULL AND (n.route IS NULL OR row[3] < n.route)))"
	}
	specs := nodeProps[l]
	first := len(specs) // the union properties come last, set apart from the others
	for first > 0 && unionProps[specs[first-1].Name] {
		first--
	}
	cy := fmt.Sprintf("UNWIND $rows AS row\nMERGE (n:%s {key: row[0]})\nFOREACH (_ IN CASE WHEN %s THEN [1] ELSE [] END |%s)",
		l, cond, setProps("n", specs[:first], 2))
	if first == len(specs) {
		return cy
	}
	cy += "\nWITH n, row WHERE row[1]"
	for i, p := range specs[first:] {
		cy += fmt.Sprintf("\nCALL { WITH n, row UNWIND coalesce(n.%[1]s, []) + coalesce(row[%[2]d], []) AS a WITH DISTINCT a ORDER BY a RETURN collect(a) AS u%[3]d }", p.Name, 2+first+i, i)
	}
	var sets []string
	for i, p := range specs[first:] {
		sets = append(sets, fmt.Sprintf("n.%s = CASE WHEN size(u%d) = 0 THEN null ELSE u%d END", p.Name, i, i))
	}
	return cy + "\nSET " + strings.Join(sets, ", ")
}

// edgeCypher MERGEs edges of kind k between nodes that exist already (an
// edge whose end is missing is skipped). It takes the parameters of
// edgeParams: each end node is found once, through its unique constraint,
// into a list that the rows index. The lists keep the order of the keys,
// nulls included, because an UNWIND and collect() keep the order of rows.
// A keyed edge is found by its key among the edges of its two ends; the
// others by their two ends alone.
func edgeCypher(k EdgeKind) string {
	lookup := func(keys, label, list string) string {
		return fmt.Sprintf("CALL { UNWIND %s AS k OPTIONAL MATCH (n:%s {key: k}) RETURN collect([n]) AS %s }\n", keys, label, list)
	}
	cy := lookup("$from", string(k.From), "froms")
	if k.From != k.To {
		cy += lookup("$to", string(k.To), "tos")
	} else {
		cy += "WITH froms, froms AS tos\n"
	}
	cy += `UNWIND $rows AS row
WITH froms[row[0]][0] AS a, tos[row[1]][0] AS b, row
WHERE a IS NOT NULL AND b IS NOT NULL
`
	return cy + mergeEdge(k)
}

// mergeEdge is the MERGE (and SET) that ends every edge statement, once a
// and b are bound: keyed edges by their key (row[2]), the others by the
// pair, properties from the row's remaining columns. The naive loader of
// the benchmark shares it, so the two differ only in how they find a and b.
func mergeEdge(k EdgeKind) string {
	specs := relProps[k.Type]
	switch {
	case keyed(k.Type):
		return fmt.Sprintf("MERGE (a)-[r:%s {key: row[2]}]->(b)", k.Type) + setProps("r", specs[1:], 3)
	case len(specs) > 0:
		return fmt.Sprintf("MERGE (a)-[r:%s]->(b)", k.Type) + setProps("r", specs, 2)
	default:
		return fmt.Sprintf("MERGE (a)-[:%s]->(b)", k.Type)
	}
}
