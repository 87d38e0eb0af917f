package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// A failed load resumes where it stopped, from what the graph itself says:
// once every node and edge of a batch is committed, one more transaction
// sets load_hash on the Cable node of each cable of the batch, a hash of
// everything the cable contributes (its Record) and of loadFormat. A
// later run skips a cable whose stored hash is the hash of its record
// now, and loads one whose text, or whose extraction, changed.
//
// Why in the graph and not in a checkpoint file: the graph is the one
// thing that knows what it holds. A file beside the command would be
// wrong after a restore from backup, a load from another machine or
// directory, a wiped database or a change of NEO4J_URI, and a user would
// have to know to delete it; a hash on the Cable node is right in all of
// these, and a graph built by the bulk import carries it too. Why a hash
// of the record and not of the input text: the same text gives other facts
// when the extractor improves or its flags change, and those facts must be
// loaded; the record is what the graph is made of, so its hash is exactly
// the test "would loading this cable change anything".
//
// The mark is written only after the cable's facts are committed: a crash
// between the two leaves a cable that the next run loads again, which the
// MERGE-based loader makes harmless; it never leaves a marked cable with
// missing facts.

// loadFormat changes whenever the loader writes the same record in
// another way (its Cypher or the model's properties), so that a graph
// loaded by an older cablegraph is loaded again rather than skipped.
const loadFormat = "cablegraph-load-1"

// LoadHashProperty is the property of a Cable node that records its
// completed load.
const LoadHashProperty = "load_hash"

// Hash returns the hash of r that marks its cable loaded: 32 hex digits
// of SHA-256 over loadFormat and every node and edge of r, properties in
// name order. The order of nodes and edges counts, as the record of one
// cable is built the same way every time.
func (r *Record) Hash() string {
	// The bytes hashed are those fmt would print ("%q" quotes as
	// strconv.Quote does), appended by hand: this runs for every cable of
	// the corpus, and fmt was a tenth of a bulk load's CPU.
	buf := make([]byte, 0, 4096)
	buf = append(buf, loadFormat...)
	for _, n := range r.Nodes {
		buf = append(buf, "\nN "...)
		buf = appendQuote(buf, string(n.Label))
		buf = append(buf, ' ')
		buf = appendQuote(buf, n.Key)
		buf = append(buf, ' ')
		buf = strconv.AppendBool(buf, n.Full())
		buf = appendProps(buf, n.Props)
	}
	for _, e := range r.Edges {
		buf = append(buf, "\nE "...)
		for i, s := range [...]string{string(e.Type), string(e.From.Label), e.From.Key, string(e.To.Label), e.To.Key} {
			if i > 0 {
				buf = append(buf, ' ')
			}
			buf = appendQuote(buf, s)
		}
		buf = appendProps(buf, e.Props)
	}
	sum := sha256.Sum256(buf)
	return hex.EncodeToString(sum[:16])
}

// appendProps appends " name=value" for every property of p in name
// order, each value printed unambiguously with its type.
func appendProps(buf []byte, p Props) []byte {
	var scratch [16]string
	names := scratch[:0]
	for name := range p {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		buf = append(buf, ' ')
		buf = append(buf, name...)
		buf = append(buf, '=')
		switch x := p[name].(type) {
		case string:
			buf = appendQuote(buf, x)
		case Date:
			buf = append(buf, 'd')
			buf = append(buf, formatDate(x)...)
		case []string:
			// fmt's "%T%#v": []string[]string{"a", "b"}
			if x == nil {
				buf = append(buf, "[]string[]string(nil)"...)
				break
			}
			buf = append(buf, "[]string[]string{"...)
			for i, s := range x {
				if i > 0 {
					buf = append(buf, ", "...)
				}
				buf = appendQuote(buf, s)
			}
			buf = append(buf, '}')
		case int64:
			buf = append(buf, "int64"...)
			buf = strconv.AppendInt(buf, x, 10)
		case []int64:
			if x == nil {
				buf = append(buf, "[]int64[]int64(nil)"...)
				break
			}
			buf = append(buf, "[]int64[]int64{"...)
			for i, v := range x {
				if i > 0 {
					buf = append(buf, ", "...)
				}
				buf = strconv.AppendInt(buf, v, 10)
			}
			buf = append(buf, '}')
		default: // any other type prints unambiguously with its type
			buf = fmt.Appendf(buf, "%T%#v", x, x)
		}
	}
	return buf
}

// appendQuote appends s quoted as strconv.Quote does. Almost every
// string of a record is printable ASCII with nothing to escape, which
// needs no rune-by-rune look-up: strconv's quoting was 3% of a bulk
// load's CPU.
func appendQuote(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c > '~' || c == '"' || c == '\\' {
			return strconv.AppendQuote(buf, s)
		}
	}
	buf = append(buf, '"')
	buf = append(buf, s...)
	return append(buf, '"')
}

// cableMark is a cable of a batch and the hash of its record.
type cableMark struct{ cable, hash string }

// Stored reports whether an earlier load stored the record of cable,
// whose hash is hash, completely: its Cable node carries that hash. It is
// false for every cable when l.Reload is set.
//
// The first call reads the hashes of every loaded cable, about 60 bytes of
// memory per cable (15 MB for the whole release); each is dropped once
// looked up, since a Batcher asks about each cable once.
func (l *Loader) Stored(ctx context.Context, cable, hash string) (bool, error) {
	if l.Reload {
		return false, nil
	}
	if l.stored == nil {
		stored, err := l.readHashes(ctx)
		if err != nil {
			return false, fmt.Errorf("reading which cables are loaded already: %w", err)
		}
		l.stored = stored
	}
	h, ok := l.stored[cable]
	delete(l.stored, cable)
	return ok && h == hash, nil
}

func (l *Loader) readHashes(ctx context.Context) (map[string]string, error) {
	sess := l.drv.NewSession(ctx, neo4j.SessionConfig{DatabaseName: l.db, AccessMode: neo4j.AccessModeRead})
	defer sess.Close(ctx)
	return neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) (map[string]string, error) {
		res, err := tx.Run(ctx, "MATCH (c:Cable) WHERE c."+LoadHashProperty+" IS NOT NULL RETURN c.key, c."+LoadHashProperty, nil)
		if err != nil {
			return nil, err
		}
		stored := make(map[string]string)
		for res.Next(ctx) {
			v := res.Record().Values
			k, _ := v[0].(string)
			h, _ := v[1].(string)
			stored[k] = h
		}
		return stored, res.Err()
	})
}

// markStored sets the load hash of every cable of b, whose nodes and
// edges are all committed.
func (l *Loader) markStored(ctx context.Context, b *Batch) error {
	if len(b.marks) == 0 {
		return nil
	}
	cypher := "UNWIND $rows AS row MATCH (c:Cable {key: row[0]}) SET c." + LoadHashProperty + " = row[1]"
	err := l.run(ctx, "load marks", cypher, len(b.marks), func(start, end int) map[string]any {
		rows := make([]any, 0, end-start)
		for _, m := range b.marks[start:end] {
			rows = append(rows, []any{m.cable, m.hash})
		}
		return map[string]any{"rows": rows}
	})
	if err == nil {
		l.cables.Add(int64(len(b.marks)))
	}
	return err
}

// sleep waits for d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
