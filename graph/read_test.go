package graph

import (
	"context"
	"errors"
	"testing"
	"time"
)

// TestReaderTimeout: a query that cannot finish (a trillion rows) is
// stopped by the server at the Reader's timeout and reported as a
// TimeoutError, not left running.
func TestReaderTimeout(t *testing.T) {
	c := testConfig(t)
	ctx := context.Background()
	drv, err := Connect(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(ctx)
	r := Reader{Driver: drv, Database: c.Database, Timeout: time.Second}
	_, err = r.Read(ctx, "UNWIND range(1, 1000000000000) AS x WITH x WHERE x = -1 RETURN count(x) AS n", nil)
	var te *TimeoutError
	if !errors.As(err, &te) {
		t.Fatalf("err = %v, want a TimeoutError", err)
	}
	if te.Timeout != time.Second {
		t.Errorf("Timeout = %v, want 1s", te.Timeout)
	}
	// A bounded query on the same reader still answers.
	tab, err := r.Read(ctx, "UNWIND range(1, 3) AS x RETURN sum(x) AS n", nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := tab.Rows[0][0]; got != int64(6) {
		t.Errorf("sum = %v, want 6", got)
	}
}

// TestReaderRefusesWrites: Reader runs in read access mode, so a user's
// query cannot change the graph.
func TestReaderRefusesWrites(t *testing.T) {
	drv, c := testDriver(t)
	ctx := context.Background()
	_, err := Reader{Driver: drv, Database: c.Database}.Read(ctx, "CREATE (n:ReaderProbe {key: 'x'}) RETURN n", nil)
	if err == nil {
		t.Fatal("a CREATE ran in read mode")
	}
	nodes, _, err := Counts(ctx, drv, c.Database)
	if err != nil {
		t.Fatal(err)
	}
	if nodes != 0 {
		t.Errorf("%d nodes after a refused write, want 0", nodes)
	}
}
