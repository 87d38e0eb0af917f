package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/cablegraph/cablegraph/explore"
)

const personUsage = `usage: cablegraph person [flags] NAME

Who a person is across the cables: the key and name, every spelling with
the number of cables that write it and the first of them, the given names,
the titles with the dates of the first and last cable that gives them, the
countries, the number of cables, and the people of the same surname whom
the extractor kept apart, with its reasons. Reads Neo4j, or with -in the
output of cablegraph extract (JSON Lines) or a directory of bulk files from
cablegraph load (./cablegraph-import when no Neo4j is configured).
Exit status 3 when no person matches, 4 when several do (they are listed).
`

func runPerson(ctx context.Context, e env) int {
	fl := newFlagSet("person", personUsage, e.stderr)
	rf := newReadFlags(fl, e.getenv)
	in := fl.String("in", "", "read extract output (FILE or -) or a bulk-import `DIR` instead of Neo4j")
	if code, done := parseFlags(fl, flagsFirst(e.args, takesValue(fl))); done {
		return code
	}
	if fl.NArg() != 1 {
		fl.Usage()
		return 2
	}
	src, closeSource, code := openSource(ctx, e, "person", rf, *in)
	if code != 0 {
		return code
	}
	defer closeSource()
	who, err := src.Resolve(ctx, fl.Arg(0))
	if err != nil {
		return resolveFailed(e, "person", err, *rf.json)
	}
	rec, err := src.Person(ctx, who.Key)
	if err != nil {
		return readFailed(e.stderr, "person", err)
	}
	out := bufio.NewWriter(e.stdout)
	if *rf.json {
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		enc.Encode(rec)
	} else {
		writePerson(out, rec)
	}
	return flushed(e, "person", out)
}

// writePerson prints a record for reading: a head of plain lines, then
// one table per list.
func writePerson(w io.Writer, r *explore.Record) {
	fmt.Fprintf(w, "%s (%s)\n", r.Name, r.Key)
	span := r.First
	if r.Last != r.First {
		span += " to " + r.Last
	}
	if span != "" {
		span = ", " + span
	}
	fmt.Fprintf(w, "  cables:     %d%s\n", r.Cables, span)
	fmt.Fprintf(w, "  given:      %s\n", orDash(strings.Join(r.Given, ", ")))
	fmt.Fprintf(w, "  countries:  %s\n", orDash(strings.Join(r.Countries, ", ")))

	fmt.Fprintf(w, "\nwritten as (%d):\n", len(r.Aliases))
	tw := tabwriter.NewWriter(w, 2, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "  NAME\tCABLES\tFIRST CABLES")
	for _, a := range r.Aliases {
		fmt.Fprintf(tw, "  %s\t%d\t%s\n", cell(a.Name), a.Cables, strings.Join(a.Some, " "))
	}
	tw.Flush()

	if len(r.Titles) > 0 {
		fmt.Fprintf(w, "\ntitles (%d):\n", len(r.Titles))
		tw = tabwriter.NewWriter(w, 2, 8, 2, ' ', 0)
		fmt.Fprintln(tw, "  TITLE\tFIRST\tLAST\tCABLES")
		for _, t := range r.Titles {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%d\n", clip(cell(t.Title), 60), orDash(t.First), orDash(t.Last), t.Cables)
		}
		tw.Flush()
	}

	if len(r.Namesakes) > 0 {
		fmt.Fprintf(w, "\nkept apart (%d):\n", len(r.Namesakes))
		tw = tabwriter.NewWriter(w, 2, 8, 2, ' ', 0)
		fmt.Fprintln(tw, "  KEY\tNAME\tCABLES\tREASON")
		for _, n := range r.Namesakes {
			fmt.Fprintf(tw, "  %s\t%s\t%d (%s)\t%s\n", n.Key, cell(n.Name), n.Cables, strings.Join(n.Some, " "), cell(strings.Join(n.Reasons, "; ")))
		}
		tw.Flush()
	}
}
