package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/cablegraph/cablegraph/graph"
	"github.com/cablegraph/cablegraph/schema"
)

const queryUsage = `usage: cablegraph query [flags] [NAME [key=value]...]

Run a canned Cypher query against Neo4j; without NAME, list the queries.
Every query runs in a read transaction that the server stops after -timeout.
`

// runQuery implements "cablegraph query [flags] [NAME [key=value]...]": a
// canned query of schema/queries.cypher, printed as a table or as JSON
// Lines. Without a name it lists the queries.
func runQuery(ctx context.Context, e env) int {
	fl := newFlagSet("query", queryUsage, e.stderr)
	rf := newReadFlags(fl, e.getenv)
	if code, done := parseFlags(fl, flagsFirst(e.args, takesValue(fl))); done {
		return code
	}
	queries, err := schema.Queries()
	if err != nil {
		fmt.Fprintf(e.stderr, "cablegraph query: %v\n", err)
		return 1
	}
	if fl.NArg() == 0 {
		listQueries(e.stdout, queries)
		return 0
	}
	q, err := schema.Lookup(fl.Arg(0))
	if err != nil {
		fmt.Fprintf(e.stderr, "cablegraph query: %v\n", err)
		listQueries(e.stderr, queries)
		return 2
	}
	args := make(map[string]string)
	for _, a := range fl.Args()[1:] {
		k, v, ok := strings.Cut(a, "=")
		if !ok || k == "" {
			fmt.Fprintf(e.stderr, "cablegraph query: %q is not key=value\n", a)
			return 2
		}
		args[k] = v
	}
	params, err := q.Bind(args)
	if err != nil {
		fmt.Fprintf(e.stderr, "cablegraph query: %v\n", err)
		return 2
	}
	reader, closeReader, code := rf.open(ctx, "query", e.stderr)
	if code != 0 {
		return code
	}
	defer closeReader()
	tab, err := reader.Read(ctx, q.Cypher, params)
	if err != nil {
		return readFailed(e.stderr, "query "+q.Name, err)
	}
	if err := printTable(e.stdout, tab, *rf.json); err != nil {
		fmt.Fprintf(e.stderr, "cablegraph query: writing output: %v\n", err)
		return 1
	}
	return 0
}

// flagsFirst moves the flags among args in front of the positional
// arguments, so that "query met name=X -json" works as users type it. A
// flag named in withValue takes the next argument unless written -f=v.
func flagsFirst(args []string, withValue map[string]bool) []string {
	var flags, rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			rest = append(rest, args[i+1:]...)
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			rest = append(rest, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if withValue[name] && i+1 < len(args) {
			flags = append(flags, args[i+1])
			i++
		}
	}
	return append(append(flags, "--"), rest...)
}

// takesValue names the flags of fl that take a value (all but the boolean
// ones), for flagsFirst.
func takesValue(fl *flag.FlagSet) map[string]bool {
	names := make(map[string]bool)
	fl.VisitAll(func(f *flag.Flag) {
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); !ok || !b.IsBoolFlag() {
			names[f.Name] = true
		}
	})
	return names
}

func listQueries(w io.Writer, qs []schema.Query) {
	tw := tabwriter.NewWriter(w, 2, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "QUERY\tPARAMETERS\tWHAT")
	for _, q := range qs {
		var ps []string
		for _, p := range q.Params {
			if p.Required {
				ps = append(ps, p.Name+"=")
			} else {
				ps = append(ps, fmt.Sprintf("[%s=%v]", p.Name, p.Default))
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", q.Name, strings.Join(ps, " "), q.Summary)
	}
	tw.Flush()
}

func writeTable(w io.Writer, t *graph.Table) error {
	tw := tabwriter.NewWriter(w, 2, 8, 2, ' ', 0)
	fmt.Fprintln(tw, strings.ToUpper(strings.Join(t.Columns, "\t")))
	for _, row := range t.Rows {
		cells := make([]string, len(row))
		for i, v := range row {
			cells[i] = cell(v)
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "(%d rows)\n", len(t.Rows))
	return err
}

// cell renders a value for the table on one line: lists joined with ", ".
func cell(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case []any:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = cell(x)
		}
		return strings.Join(parts, ", ")
	case string:
		return strings.Join(strings.Fields(v), " ") // no tabs or newlines in a cell
	}
	return fmt.Sprint(v)
}

// writeJSONRows prints each row as a JSON object with the columns in query
// order.
func writeJSONRows(w io.Writer, t *graph.Table) error {
	for _, row := range t.Rows {
		var b bytes.Buffer
		b.WriteByte('{')
		for i, v := range row {
			if i > 0 {
				b.WriteByte(',')
			}
			k, _ := json.Marshal(t.Columns[i])
			val, err := json.Marshal(v)
			if err != nil {
				return err
			}
			b.Write(k)
			b.WriteByte(':')
			b.Write(val)
		}
		b.WriteString("}\n")
		if _, err := w.Write(b.Bytes()); err != nil {
			return err
		}
	}
	return nil
}
