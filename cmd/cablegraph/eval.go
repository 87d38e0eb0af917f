package main

import (
	"context"
	"fmt"
)

// runEval is being written; see the issue tracker.
func runEval(ctx context.Context, e env) int {
	fmt.Fprintln(e.stderr, "cablegraph eval: not yet implemented")
	return 2
}
