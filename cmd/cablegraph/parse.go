package main

import (
	"context"
	"fmt"
)

// runParse is being written; see the issue tracker.
func runParse(ctx context.Context, e env) int {
	fmt.Fprintln(e.stderr, "cablegraph parse: not yet implemented")
	return 2
}
