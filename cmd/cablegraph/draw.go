package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/cablegraph/cablegraph/draw"
	"github.com/cablegraph/cablegraph/explore"
)

const drawUsage = `usage: cablegraph draw [flags] NAME
       cablegraph draw [flags] -path A B
       cablegraph draw [flags] -all

Write a standalone HTML page (it opens offline) with the network of who
met whom around NAME (-depth 1 or 2), the shortest chains between A and B
(-path), or everyone, the most met first (-all, with -in only). People are
coloured by country; each meeting is an edge labelled with its date that
links to its cable and paragraph; the sliders keep the meetings of a period.
At most 100 people are drawn.

The graph comes from Neo4j when one is configured (NEO4J_URI or -uri), or
from -in: the output of cablegraph extract (a FILE, or - for stdin) or a
directory of bulk files written by cablegraph load. With neither, the bulk
files of a server-less load in ./cablegraph-import are used:

  cablegraph load testdata/sample && cablegraph draw Kouchner -o kouchner.html
`

func runDraw(ctx context.Context, e env) int {
	fl := newFlagSet("draw", drawUsage, e.stderr)
	rf := newReadFlags(fl, e.getenv)
	in := fl.String("in", "", "read extract output (FILE or -) or a bulk-import `DIR` instead of Neo4j")
	depth := fl.Int("depth", 1, "1: the people NAME met; 2: and the people they met")
	path := fl.Bool("path", false, "draw the shortest chains of meetings between two people")
	all := fl.Bool("all", false, "draw everyone (with -in), the most met first")
	outName := fl.String("o", "", "write the page to `FILE` (- for stdout; default cablegraph-NAME.html)")
	cableURL := fl.String("cable-url", "", "link edges to this address, {cable} and {paragraph} replaced (default WikiLeaks' PlusD)")
	if code, done := parseFlags(fl, flagsFirst(e.args, takesValue(fl))); done {
		return code
	}
	want := 1
	switch {
	case *path:
		want = 2
	case *all:
		want = 0
	}
	if fl.NArg() != want || *path && *all || *depth < 1 || *depth > 2 {
		fl.Usage()
		return 2
	}
	if *all && *in == "" && rf.conn.config().URI != "" {
		fmt.Fprintln(e.stderr, "cablegraph draw: -all draws files read with -in; in Neo4j, draw around a person")
		return 2
	}
	src, closeSource, code := openSource(ctx, e, "draw", rf, *in)
	if code != 0 {
		return code
	}
	defer closeSource()

	var net *draw.Network
	var err error
	switch {
	case *all:
		net = src.(explore.Memory).All()
		net.Title = "Who met whom"
	case *path:
		a, b, code := resolvePair(ctx, e, "draw", src, fl.Arg(0), fl.Arg(1), false)
		if code != 0 {
			return code
		}
		chains, err := src.Path(ctx, a.Key, b.Key, explore.MaxHops)
		if err != nil {
			return readFailed(e.stderr, "draw", err)
		}
		if len(chains) == 0 {
			fmt.Fprintf(e.stderr, "cablegraph draw: no chain of at most %d meetings between %s and %s\n", explore.MaxHops, a.Name, b.Name)
			return exitNotFound
		}
		if net, err = src.PathNetwork(ctx, chains); err != nil {
			return readFailed(e.stderr, "draw", err)
		}
		net.Title = fmt.Sprintf("From %s to %s in %d meetings", a.Name, b.Name, len(chains[0].Hops))
	default:
		who, err := src.Resolve(ctx, fl.Arg(0))
		if err != nil {
			return resolveFailed(e, "draw", err, false)
		}
		if net, err = src.Ego(ctx, who.Key, *depth); err != nil {
			return readFailed(e.stderr, "draw", err)
		}
		net.Title = "Who met " + who.Name
		if *depth == 2 {
			net.Title += ", and whom they met"
		}
	}

	name := *outName
	if name == "" {
		name = "cablegraph-" + slug(strings.Join(fl.Args(), "-")) + ".html"
		if *all {
			name = "cablegraph-all.html"
		}
	}
	w := e.stdout
	var f *os.File
	if name != "-" {
		if f, err = os.Create(name); err != nil {
			fmt.Fprintf(e.stderr, "cablegraph draw: %v\n", err)
			return 1
		}
		w = f
	}
	err = draw.Write(w, net, draw.Options{CableURL: *cableURL})
	if f != nil {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "cablegraph draw: %v\n", err)
		return 1
	}
	if f != nil {
		fmt.Fprintf(e.stderr, "cablegraph draw: %d people, %d meetings: %s\n", len(net.People), len(net.Meetings), name)
	}
	return 0
}

// openSource picks where people and meetings come from: the files of -in,
// else Neo4j when configured, else the bulk files of a server-less load in
// ./cablegraph-import.
func openSource(ctx context.Context, e env, name string, rf readFlags, in string) (explore.Source, func(), int) {
	if in == "" && rf.conn.config().URI != "" {
		reader, closeReader, code := rf.open(ctx, name, e.stderr)
		if code != 0 {
			return nil, nil, code
		}
		return explore.Graph{Reader: reader}, closeReader, 0
	}
	if in == "" {
		if !explore.IsBulkDir(defaultBulkDir) {
			fmt.Fprintf(e.stderr, "cablegraph %s: no Neo4j configured (NEO4J_URI or -uri), no -in, and no ./%s from a load\n", name, defaultBulkDir)
			return nil, nil, 2
		}
		in = defaultBulkDir
		fmt.Fprintf(e.stderr, "cablegraph %s: no Neo4j configured; reading ./%s\n", name, defaultBulkDir)
	}
	x := explore.NewIndex()
	var err error
	switch st, statErr := os.Stat(in); {
	case in == "-":
		err = x.ReadExtract(e.stdin)
	case statErr != nil:
		err = statErr
	case st.IsDir() && explore.IsBulkDir(in):
		err = x.ReadBulk(in)
	case st.IsDir():
		err = fmt.Errorf("%s holds no bulk-import files (nodes-Person.csv)", in)
	default:
		var f *os.File
		if f, err = os.Open(in); err == nil {
			err = x.ReadExtract(f)
			f.Close()
		}
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "cablegraph %s: %v\n", name, err)
		return nil, nil, 1
	}
	return explore.Memory{Index: x}, func() {}, 0
}

// slug makes a file name from names: lower-case letters, digits, dashes.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return filepath.Base(strings.TrimSuffix(b.String(), "-"))
}
