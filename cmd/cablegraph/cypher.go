package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"
)

const cypherUsage = `usage: cablegraph cypher [flags] 'MATCH ...' [name=value]...

Run your own read-only Cypher query against Neo4j and print its rows as a
table (or JSON Lines with -json). Parameters are given as name=value and
used as $name: a value that reads as an integer is passed as one, the
others as strings; write name:=text to pass text that looks like a number.
The query runs in read access mode (the server refuses writes) and is
stopped by the server after -timeout.

  cablegraph cypher 'MATCH (p:Person)-[m:MET]-(o) WHERE p.key = $k RETURN o.name, m.date' k=person:kouchner
`

// runCypher implements "cablegraph cypher QUERY [name=value]...": the
// user's own read query, with the same output as the canned ones.
func runCypher(ctx context.Context, e env) int {
	fl := newFlagSet("cypher", cypherUsage, e.stderr)
	rf := newReadFlags(fl, e.getenv)
	if code, done := parseFlags(fl, flagsFirst(e.args, takesValue(fl))); done {
		return code
	}
	if fl.NArg() == 0 || strings.TrimSpace(fl.Arg(0)) == "" {
		fmt.Fprint(e.stderr, cypherUsage)
		return 2
	}
	params, err := cypherParams(fl.Args()[1:])
	if err != nil {
		fmt.Fprintf(e.stderr, "cablegraph cypher: %v\n", err)
		return 2
	}
	reader, closeReader, code := rf.open(ctx, "cypher", e.stderr)
	if code != 0 {
		return code
	}
	defer closeReader()
	tab, err := reader.Read(ctx, fl.Arg(0), params)
	if err != nil {
		return readFailed(e.stderr, "cypher", err)
	}
	if err := printTable(e.stdout, tab, *rf.json); err != nil {
		fmt.Fprintf(e.stderr, "cablegraph cypher: writing output: %v\n", err)
		return 1
	}
	return 0
}

// cypherParams reads name=value arguments. Integers are passed as
// integers because Cypher compares 5 and '5' as different values (LIMIT
// even refuses a string); name:=value keeps the value a string.
func cypherParams(args []string) (map[string]any, error) {
	params := make(map[string]any, len(args))
	for _, a := range args {
		k, v, ok := strings.Cut(a, "=")
		if !ok || k == "" || k == ":" {
			return nil, fmt.Errorf("%q is not name=value", a)
		}
		if name, isText := strings.CutSuffix(k, ":"); isText {
			params[name] = v
			continue
		}
		if n, err := strconv.ParseInt(v, 10, 64); err == nil {
			params[k] = n
		} else {
			params[k] = v
		}
	}
	return params, nil
}
