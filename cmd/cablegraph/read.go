package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/cablegraph/cablegraph/graph"
)

// Exit codes of the commands that look people up, beside 0, 1 and 2, so
// that a script can tell "no such person" from "say which one".
const (
	exitNotFound  = 3 // no person matches the name
	exitAmbiguous = 4 // several people match; the candidates are listed
)

// readFlags are the flags of every command that reads the graph in Neo4j:
// where it is, how long a query may run, and whether to print JSON.
type readFlags struct {
	conn    *connection
	timeout *time.Duration
	json    *bool
}

func newReadFlags(fl *flag.FlagSet, getenv func(string) string) readFlags {
	return readFlags{
		conn:    connFlags(fl, getenv),
		timeout: fl.Duration("timeout", graph.DefaultTimeout, "stop a query that runs longer than this (enforced by the server)"),
		json:    fl.Bool("json", false, "print JSON Lines instead of a table"),
	}
}

// open connects to the configured Neo4j. It prints the reason and returns
// a non-zero exit code when it cannot.
func (f readFlags) open(ctx context.Context, name string, stderr io.Writer) (graph.Reader, func(), int) {
	cfg := f.conn.config()
	if cfg.URI == "" {
		fmt.Fprintf(stderr, "cablegraph %s: no Neo4j configured (set NEO4J_URI or -uri)\n", name)
		return graph.Reader{}, nil, 2
	}
	if *f.timeout <= 0 {
		fmt.Fprintf(stderr, "cablegraph %s: -timeout must be positive\n", name)
		return graph.Reader{}, nil, 2
	}
	drv, err := graph.Connect(ctx, cfg)
	if err != nil {
		fmt.Fprintf(stderr, "cablegraph %s: %v\n", name, err)
		return graph.Reader{}, nil, 1
	}
	closer := func() { drv.Close(context.Background()) }
	return graph.Reader{Driver: drv, Database: cfg.Database, Timeout: *f.timeout}, closer, 0
}

// readFailed prints err for command name and returns the exit code; a
// server timeout gets a hint on what to do about it.
func readFailed(stderr io.Writer, name string, err error) int {
	var te *graph.TimeoutError
	if errors.As(err, &te) {
		fmt.Fprintf(stderr, "cablegraph %s: %v; narrow the question or raise -timeout\n", name, err)
		return 1
	}
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) && ne.Classification() == "ClientError" {
		// The server's own words (a syntax error, a write in read mode)
		// are what the user needs.
		fmt.Fprintf(stderr, "cablegraph %s: %s\n", name, ne.Msg)
		return 1
	}
	fmt.Fprintf(stderr, "cablegraph %s: %v\n", name, err)
	return 1
}

// printTable writes t as a table or as JSON Lines.
func printTable(w io.Writer, t *graph.Table, asJSON bool) error {
	out := bufio.NewWriter(w)
	var err error
	if asJSON {
		err = writeJSONRows(out, t)
	} else {
		err = writeTable(out, t)
	}
	if err != nil {
		return err
	}
	return out.Flush()
}
