package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/term"

	"github.com/cablegraph/cablegraph/cable"
	"github.com/cablegraph/cablegraph/extract"
	"github.com/cablegraph/cablegraph/graph"
	"github.com/cablegraph/cablegraph/graph/build"
)

// defaultBulkDir is where load writes bulk-import files when no Neo4j is
// configured.
const defaultBulkDir = "cablegraph-import"

const loadUsage = `usage: cablegraph load [flags] [FILE|DIR|-]...

Parse and extract cables and load the graph into Neo4j (NEO4J_URI, NEO4J_USERNAME,
NEO4J_PASSWORD, NEO4J_DATABASE or the flags). Loading again changes nothing.
A load that stopped (server lost, interrupt) resumes when run again: cables
loaded already, whose facts have not changed, are skipped (-reload loads all).
With no Neo4j configured, or with -out, write neo4j-admin bulk-import files
(and import.sh) instead and print who met whom. No argument or - reads stdin.
`

// runLoad implements "cablegraph load [flags] [FILE|DIR|-]...": parse,
// extract and load into Neo4j; with no Neo4j configured, write the graph as
// neo4j-admin bulk-import files and print who met whom.
func runLoad(ctx context.Context, e env) int {
	fl := newFlagSet("load", loadUsage, e.stderr)
	conn := connFlags(fl, e.getenv)
	ex := addExtractFlags(fl)
	batchSize := fl.Int("batch-size", 10000, "rows per Neo4j transaction")
	edgeWorkers := fl.Int("edge-workers", 1, "edge transactions run at once, on node sets that cannot overlap (more helps only on a server with idle cores)")
	out := fl.String("out", "", "write neo4j-admin bulk-import files into `DIR` instead of loading (default ./"+defaultBulkDir+" when no Neo4j is configured)")
	quiet := fl.Bool("q", false, "no who-met-whom table (bulk mode) and no summary line")
	reload := fl.Bool("reload", false, "load every cable, also those an earlier load stored as they are now (which it skips by default)")
	retries := fl.Int("retries", 5, "attempts to reach a lost Neo4j, 1 s, 2 s, 4 s ... apart (at most 30 s), before the load stops")
	maxSize := addMaxSizeFlag(fl)
	if code, done := parseFlags(fl, e.args); done {
		return code
	}
	if *batchSize < 1 || *ex.workers < 1 || *edgeWorkers < 1 || *retries < 1 {
		fmt.Fprintln(e.stderr, "cablegraph load: -batch-size, -edge-workers, -j and -retries must be at least 1")
		return 2
	}
	cfg := conn.config()
	bulk := *out != "" || cfg.URI == ""
	if bulk && *out == "" {
		*out = defaultBulkDir
	}

	var sink graph.Sink
	var loader *graph.Loader
	var writer *graph.BulkWriter
	if bulk {
		w, err := graph.NewBulkWriter(*out)
		if err != nil {
			fmt.Fprintf(e.stderr, "cablegraph load: %v\n", err)
			return 1
		}
		sink, writer = w, w
	} else {
		drv, err := graph.Connect(ctx, cfg)
		if err != nil {
			fmt.Fprintf(e.stderr, "cablegraph load: %v\n", err)
			return 1
		}
		defer drv.Close(context.Background())
		l, err := graph.NewLoader(ctx, drv, cfg.Database, *batchSize)
		if err != nil {
			fmt.Fprintf(e.stderr, "cablegraph load: %v\n", err)
			return 1
		}
		l.EdgeWorkers = *edgeWorkers
		l.Reload = *reload
		l.Retries = *retries
		l.RetryWait = loadRetryWait
		sink, loader = l, l
	}

	stdout := bufio.NewWriter(e.stdout)
	defer stdout.Flush()
	var table *metTable
	if bulk && !*quiet {
		table = &metTable{w: stdout}
	}

	start := time.Now()
	prog := newProgress(e.stderr)
	defer prog.stop()
	if loader != nil {
		// A lost server is told at once, on its own line (kept in a log
		// when stderr is not a terminal) and on the progress line.
		loader.OnRetry = func(ev graph.RetryEvent) {
			status := ""
			if !ev.Back {
				status = fmt.Sprintf("Neo4j unreachable, retrying (%d/%d)", ev.Attempt, ev.Retries)
			}
			prog.setStatus(status)
			fmt.Fprintf(prog, "load: %s\n", ev)
		}
	}
	fails := &failures{w: prog}
	ex.copies = chooseCopies(fl.Args(), int(*maxSize), *ex.workers, prog)
	m := openInputs(fl.Args(), e.stdin, int(*maxSize), fails)
	prog.start(m.Inputs())

	// A batch holds several transactions' worth of rows, so that each edge
	// kind (and each node-set partition with -edge-workers) fills whole
	// transactions; a batch of 50,000 rows takes about 15 MB.
	batcher := graph.NewBatcher(sink, 5**batchSize)
	var cables, nodes, edges int64
	err := ex.run(ctx, m, fails, &prog.bytes, func(c *cable.Cable, res *extract.Result) error {
		if c.ID == "" {
			fails.report(cableError(c, errors.New("cable without an ID; not loaded")))
			return nil
		}
		rec := build.Record(c, res)
		added, err := batcher.Add(ctx, rec)
		var bad *graph.RecordError
		if errors.As(err, &bad) {
			fails.report(cableError(c, fmt.Errorf("%v; not loaded", err)))
			return nil
		}
		if err != nil {
			return err
		}
		if !added {
			return nil
		}
		cables++
		nodes += int64(len(rec.Nodes))
		edges += int64(len(rec.Edges))
		prog.set(cables, nodes, edges)
		if table != nil {
			table.add(rec)
		}
		return nil
	})
	if err == nil && writer != nil && cables == 0 {
		// Nothing readable came in: leave an earlier run's files alone.
		writer.Abort()
		prog.stop()
		fmt.Fprintf(e.stderr, "cablegraph load: no cable loaded; %s left as it was\n", *out)
		return 1
	}
	if err == nil {
		err = batcher.Close(ctx)
	}
	if err != nil && writer != nil {
		writer.Abort()
	}
	prog.stop()
	var lost *graph.UnreachableError
	switch {
	case ctx.Err() != nil:
		fmt.Fprintf(e.stderr, "cablegraph load: interrupted%s\n", resumeHint(loader, batcher))
		return 1
	case errors.As(err, &lost):
		// One line, whatever number of transactions were waiting.
		fmt.Fprintf(e.stderr, "cablegraph load: %v%s\n", lost, resumeHint(loader, batcher))
		return 1
	case err != nil:
		fmt.Fprintf(e.stderr, "cablegraph load: %v\n", err)
		return 1
	}
	if err := stdout.Flush(); err != nil {
		fmt.Fprintf(e.stderr, "cablegraph load: writing output: %v\n", err)
		return 1
	}
	if !*quiet {
		more := []string{fmt.Sprintf("%d repeated copies skipped", batcher.Skipped+ex.copies.repeats())}
		if loader != nil {
			more = append(more, fmt.Sprintf("%d already loaded skipped", batcher.Resumed))
		}
		more = append(more, fmt.Sprintf("%d node and %d edge rows", nodes, edges))
		printSummary(e.stderr, "load", int(cables), fails.count(), m.BytesRead(), start, more...)
		if loader != nil {
			s := loader.Stats()
			fmt.Fprintf(e.stderr, "load: into %s: created %d nodes and %d relationships, set %d properties\n",
				cfg, s.NodesCreated, s.RelsCreated, s.PropertiesSet)
		} else {
			fmt.Fprintf(e.stderr, "load: wrote %d nodes and %d relationships to %s; import with: sh %s\n",
				writer.NodesWritten, writer.EdgesWritten, *out, filepath.Join(*out, "import.sh"))
		}
	}
	if fails.count() > 0 {
		return 1
	}
	return 0
}

// loadRetryWait is the first wait before trying a lost server again (0:
// the Loader's default, 1 s); tests shorten it.
var loadRetryWait time.Duration

// resumeHint tells how to go on after a load into Neo4j stopped: what is
// loaded stays, and the same command loads the rest.
func resumeHint(l *graph.Loader, b *graph.Batcher) string {
	if l == nil {
		return ""
	}
	return fmt.Sprintf("; %d cables are loaded (%d by this run) and stay; run the same command again to load the rest",
		l.Stats().Cables+int64(b.Resumed), l.Stats().Cables)
}

// metTable prints the MET edges of each record as it comes, in columns of
// fixed width so that it streams instead of holding the corpus.
type metTable struct {
	w      io.Writer
	header bool
}

func (t *metTable) add(rec *graph.Record) {
	names := make(map[string]string)
	for _, n := range rec.Nodes {
		if name, ok := n.Props["name"].(string); ok && n.Label == graph.Person && n.Full() {
			names[n.Key] = name
		}
	}
	var rows [][5]string
	for _, ed := range rec.Edges {
		if ed.Type != graph.Met {
			continue
		}
		a, b := names[ed.From.Key], names[ed.To.Key]
		if b < a {
			a, b = b, a
		}
		date := ""
		if d, ok := ed.Props["date"].(graph.Date); ok {
			date = time.Time(d).Format(time.DateOnly)
		}
		place, _ := ed.Props["place"].(string)
		rows = append(rows, [5]string{a, b, date, place, rec.Cable})
	}
	sort.Slice(rows, func(i, j int) bool { return strings.Join(rows[i][:], "\x00") < strings.Join(rows[j][:], "\x00") })
	for _, r := range rows {
		if !t.header {
			fmt.Fprintf(t.w, "%-28s %-28s %-10s %-20s %s\n", "PERSON", "MET", "DATE", "PLACE", "CABLE")
			t.header = true
		}
		fmt.Fprintf(t.w, "%-28s %-28s %-10s %-20s %s\n", clip(r[0], 28), clip(r[1], 28), r[2], clip(r[3], 20), r[4])
	}
}

func clip(s string, n int) string {
	if len([]rune(s)) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

// connection holds the Neo4j flags; environment variables fill what they
// leave empty. There is no password flag: a password on the command line
// shows in ps and shell history, so it comes from NEO4J_PASSWORD only.
type connection struct {
	uri, user, database *string
	getenv              func(string) string
}

func connFlags(fl *flag.FlagSet, getenv func(string) string) *connection {
	return &connection{
		uri:      fl.String("uri", "", "Neo4j `URI` (bolt://, neo4j://, neo4j+s:// ...; default $NEO4J_URI)"),
		user:     fl.String("user", "", "Neo4j user (default $NEO4J_USERNAME); the password comes from $NEO4J_PASSWORD"),
		database: fl.String("database", "", "Neo4j database (default $NEO4J_DATABASE, else the server's default)"),
		getenv:   getenv,
	}
}

func (c *connection) config() graph.Config {
	cfg := graph.ConfigFromEnv(c.getenv)
	if *c.uri != "" {
		cfg.URI = *c.uri
	}
	if *c.user != "" {
		cfg.Username = *c.user
	}
	if *c.database != "" {
		cfg.Database = *c.database
	}
	return cfg
}

// progress shows cables, rows, rate and ETA on stderr while a load runs,
// only when stderr is a terminal.
type progress struct {
	w     io.Writer
	live  bool  // w is a terminal
	total int64 // input bytes, 0 when unknown (stdin)
	began time.Time
	bytes atomic.Int64

	cables, nodes, edges atomic.Int64
	done                 chan struct{}
	once                 sync.Once
	wg                   sync.WaitGroup

	mu     sync.Mutex // serialises writes to w
	shown  bool       // a progress line is on the screen
	status string     // said at the end of the progress line, such as a lost server
}

func newProgress(w io.Writer) *progress {
	p := &progress{w: w, began: time.Now(), done: make(chan struct{})}
	f, ok := w.(*os.File)
	p.live = ok && term.IsTerminal(int(f.Fd()))
	return p
}

// Write writes diagnostic lines, first clearing the progress line so that
// the two do not mix; the next tick redraws it.
func (p *progress) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
		p.shown = false
	}
	return p.w.Write(b)
}

// start shows progress through inputs until stop, on a terminal.
func (p *progress) start(inputs []string) {
	if !p.live {
		return
	}
	for _, in := range inputs {
		if fi, err := os.Stat(in); err == nil && in != "-" {
			p.total += fi.Size()
		}
	}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		tick := time.NewTicker(500 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-p.done:
				p.mu.Lock()
				if p.shown {
					fmt.Fprint(p.w, "\r\033[K")
					p.shown = false
				}
				p.mu.Unlock()
				return
			case <-tick.C:
				p.draw()
			}
		}
	}()
}

func (p *progress) set(cables, nodes, edges int64) {
	p.cables.Store(cables)
	p.nodes.Store(nodes)
	p.edges.Store(edges)
}

func (p *progress) draw() {
	secs := time.Since(p.began).Seconds()
	cables := p.cables.Load()
	line := fmt.Sprintf("%d cables, %d nodes, %d edges, %.0f cables/s", cables, p.nodes.Load(), p.edges.Load(), float64(cables)/secs)
	if read := p.bytes.Load(); p.total > 0 && read > 0 {
		left := time.Duration(secs * float64(p.total-read) / float64(read) * float64(time.Second))
		line += fmt.Sprintf(", %.0f%%, ETA %s", 100*float64(read)/float64(p.total), left.Round(time.Second))
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.status != "" {
		line += " — " + p.status
	}
	fmt.Fprintf(p.w, "\r\033[K%s", line)
	p.shown = true
}

// setStatus shows s at the end of the progress line from the next tick
// on ("" for none).
func (p *progress) setStatus(s string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.status = s
}

// stop clears the progress line for good; it may be called more than once.
func (p *progress) stop() {
	p.once.Do(func() { close(p.done) })
	p.wg.Wait()
}
