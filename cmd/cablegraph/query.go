package main

import (
	"context"
	"fmt"
)

// runQuery is being written; see the issue tracker.
func runQuery(ctx context.Context, e env) int {
	fmt.Fprintln(e.stderr, "cablegraph query: not yet implemented")
	return 2
}
