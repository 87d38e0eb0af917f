package graph

import (
	"context"
	"fmt"
	"hash/maphash"
	"maps"
	"slices"
	"sort"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// Date is a calendar date, stored in Neo4j as a DATE.
type Date = dbtype.Date

// ParseDate reads an ISO date (2007-09-18).
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	return Date(t), err
}

// DateOf returns the calendar date of t, in t's own location.
func DateOf(t time.Time) Date {
	return Date(time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC))
}

func formatDate(d Date) string { return time.Time(d).Format(time.DateOnly) }

// Sink stores batches of the graph.
type Sink interface {
	// Write stores b. Every node an edge of b refers to is either in b or
	// was in an earlier batch.
	Write(ctx context.Context, b *Batch) error
	// Close finishes the store; no Write follows.
	Close(ctx context.Context) error
}

// A ResumableSink is a Sink that knows which records earlier runs stored
// completely, so that a Batcher skips them (the Loader).
type ResumableSink interface {
	Sink
	// Stored reports whether an earlier run stored the record of cable,
	// whose Hash is hash, completely.
	Stored(ctx context.Context, cable, hash string) (bool, error)
}

// Batch is the rows of some cables, grouped the way sinks write them: nodes
// by label, edges by kind, each group in the order the cables came, with
// duplicates inside the batch already folded.
type Batch struct {
	Cables int // how many records the batch holds
	Nodes  map[Label][]Node
	Edges  map[EdgeKind][]Edge

	nodeAt map[NodeRef]int // index of a node in Nodes[label]
	rows   int
	marks  []cableMark // the cables of the batch and the hashes of their records
}

func newBatch() *Batch {
	return &Batch{
		Nodes:  make(map[Label][]Node),
		Edges:  make(map[EdgeKind][]Edge),
		nodeAt: make(map[NodeRef]int),
	}
}

// Rows returns the number of node and edge rows in b.
func (b *Batch) Rows() int { return b.rows }

// EdgeCount returns the number of edge rows in b.
func (b *Batch) EdgeCount() int {
	n := 0
	for _, es := range b.Edges {
		n += len(es)
	}
	return n
}

// NodeCount returns the number of node rows in b.
func (b *Batch) NodeCount() int {
	n := 0
	for _, ns := range b.Nodes {
		n += len(ns)
	}
	return n
}

// Kinds returns the edge kinds of b in a fixed order, so that sinks write
// them in the same order on every run.
func (b *Batch) Kinds() []EdgeKind {
	kinds := make([]EdgeKind, 0, len(b.Edges))
	for k := range b.Edges {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool { return kinds[i].String() < kinds[j].String() })
	return kinds
}

// add folds r into b. The first full row of a node wins over later ones, and
// a full row replaces a stub: that is the rule every sink follows, so the
// graph does not depend on how cables fall into batches.
func (b *Batch) add(r *Record) {
	b.Cables++
	for _, n := range r.Nodes {
		ref := NodeRef{n.Label, n.Key}
		if i, ok := b.nodeAt[ref]; ok {
			foldNode(&b.Nodes[n.Label][i], n)
			continue
		}
		b.nodeAt[ref] = len(b.Nodes[n.Label])
		b.Nodes[n.Label] = append(b.Nodes[n.Label], n)
		b.rows++
	}
	for _, e := range r.Edges {
		k := e.Kind()
		b.Edges[k] = append(b.Edges[k], e)
		b.rows++
	}
}

// foldNode folds row n into the row kept for the same node of a batch, as
// the loader does across transactions (see nodeCypher), so that how the
// cables fall into batches changes nothing: a full row replaces a stub,
// the row with the better name gives the properties (BetterName), and a
// Person's given names and aliases (unionProps) are the sorted union of
// both rows'. A Cable keeps its last row.
func foldNode(kept *Node, n Node) {
	switch {
	case !n.Full():
		return
	case !kept.Full() || n.Label == Cable:
		*kept = n
		return
	}
	newName, _ := n.Props["name"].(string)
	oldName, _ := kept.Props["name"].(string)
	better := BetterName(newName, oldName)
	if newName == oldName {
		// One name: the row with more properties set, then the one whose
		// properties print first (of two routing indicators, the smaller).
		a, b := propsSet(n.Props), propsSet(kept.Props)
		// The same row again, the common case, is no better; fmt
		// only orders two rows that differ.
		better = a > b || a == b && !sameProps(n.Props, kept.Props) && fmt.Sprint(n.Props) < fmt.Sprint(kept.Props)
	}
	old := kept.Props
	if better {
		*kept = Node{Label: n.Label, Key: n.Key, Props: maps.Clone(n.Props)}
	}
	cloned := better
	for name := range unionProps {
		a, _ := old[name].([]string)
		b, _ := n.Props[name].([]string)
		if a == nil && b == nil {
			continue
		}
		if !cloned {
			kept.Props, cloned = maps.Clone(kept.Props), true
		}
		all := append(slices.Clone(a), b...)
		slices.Sort(all)
		kept.Props[name] = slices.Compact(all)
	}
}

// sameProps reports whether a and b hold the same values; false when it
// cannot tell (a type it does not compare), which only costs the caller
// the slower comparison.
func sameProps(a, b Props) bool {
	if len(a) != len(b) {
		return false
	}
	for name, x := range a {
		y, ok := b[name]
		if !ok {
			return false
		}
		switch x := x.(type) {
		case string:
			if y, ok := y.(string); !ok || x != y {
				return false
			}
		case int64:
			if y, ok := y.(int64); !ok || x != y {
				return false
			}
		case []string:
			if y, ok := y.([]string); !ok || !slices.Equal(x, y) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// propsSet counts the properties of a row that are set.
func propsSet(p Props) int {
	n := 0
	for _, v := range p {
		if v != nil && v != "" {
			n++
		}
	}
	return n
}

// BetterName reports whether name a is to be kept over b for one node: the
// longer, and of two as long the one that sorts first. The rule depends on
// the two names alone, so the order the cables come in does not matter.
func BetterName(a, b string) bool {
	if len([]rune(a)) != len([]rune(b)) {
		return len([]rune(a)) > len([]rune(b))
	}
	return a < b
}

// Batcher gathers records into batches of about Size rows and writes them
// to a sink. It loads every cable ID once per run: a corpus that carries
// the same cable in two formats would otherwise load whichever came last.
type Batcher struct {
	sink Sink
	size int
	b    *Batch
	seen map[uint64]struct{} // hashes of the cable IDs added so far
	seed maphash.Seed

	// Skipped counts records dropped because their cable was already added.
	Skipped int
	// Resumed counts records not written because an earlier run stored
	// them as they are (see ResumableSink).
	Resumed int
}

// NewBatcher returns a Batcher writing to sink in batches of about size
// rows (10,000 when size <= 0).
func NewBatcher(sink Sink, size int) *Batcher {
	if size <= 0 {
		size = 10000
	}
	return &Batcher{sink: sink, size: size, b: newBatch(), seen: make(map[uint64]struct{}), seed: maphash.MakeSeed()}
}

// RecordError reports a record that breaks the model (see
// Record.Validate). The record is dropped; the batch is unharmed, so the
// caller may report it and go on with the next cable.
type RecordError struct {
	Cable string
	Err   error
}

func (e *RecordError) Error() string { return e.Err.Error() }
func (e *RecordError) Unwrap() error { return e.Err }

// Add adds the record of one cable, writing a batch when it is full. It
// reports false when the cable was already added in this run, or when the
// sink stored it in an earlier run as it is now. An invalid record is a
// *RecordError; any other error comes from the sink.
func (bt *Batcher) Add(ctx context.Context, r *Record) (bool, error) {
	if err := r.Validate(); err != nil {
		return false, &RecordError{Cable: r.Cable, Err: err}
	}
	h := maphash.String(bt.seed, r.Cable)
	if _, dup := bt.seen[h]; dup {
		bt.Skipped++
		return false, nil
	}
	bt.seen[h] = struct{}{}
	hash := r.Hash()
	if rs, ok := bt.sink.(ResumableSink); ok {
		done, err := rs.Stored(ctx, r.Cable, hash)
		if err != nil {
			return false, err
		}
		if done {
			bt.Resumed++
			return false, nil
		}
	}
	bt.b.add(r)
	bt.b.marks = append(bt.b.marks, cableMark{r.Cable, hash})
	if bt.b.rows >= bt.size {
		return true, bt.Flush(ctx)
	}
	return true, nil
}

// Flush writes the pending batch, if any.
func (bt *Batcher) Flush(ctx context.Context) error {
	if bt.b.Cables == 0 {
		return nil
	}
	b := bt.b
	bt.b = newBatch()
	if err := bt.sink.Write(ctx, b); err != nil {
		return fmt.Errorf("writing batch of %d cables: %w", b.Cables, err)
	}
	return nil
}

// Close flushes and closes the sink.
func (bt *Batcher) Close(ctx context.Context) error {
	err := bt.Flush(ctx)
	if cerr := bt.sink.Close(ctx); err == nil {
		err = cerr
	}
	return err
}
