package main

import (
	"context"
	"fmt"
)

// runExtract is being written; see the issue tracker.
func runExtract(ctx context.Context, e env) int {
	fmt.Fprintln(e.stderr, "cablegraph extract: not yet implemented")
	return 2
}
