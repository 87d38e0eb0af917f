package main

import (
	"context"
	"fmt"
)

// runLoad is being written; see the issue tracker.
func runLoad(ctx context.Context, e env) int {
	fmt.Fprintln(e.stderr, "cablegraph load: not yet implemented")
	return 2
}
