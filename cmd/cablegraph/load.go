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
	"runtime"
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

// runLoad implements "cablegraph load [flags] [FILE|DIR|-]...": parse,
// extract and load into Neo4j; with no Neo4j configured, write the graph as
// neo4j-admin bulk-import files and print who met whom.
func runLoad(ctx context.Context, e env) int {
	fl := flag.NewFlagSet("load", flag.ContinueOnError)
	fl.SetOutput(e.stderr)
	conn := connFlags(fl, e.getenv)
	var x extract.Extractor
	fl.BoolVar(&x.LooseNames, "loose-names", false, "take a lone unknown capitalised word for a person (more recall, less precision)")
	resolve := fl.Bool("resolve", true, "give the same person the same key across the cables of this run (in input order)")
	batchSize := fl.Int("batch-size", 10000, "rows per Neo4j transaction")
	edgeWorkers := fl.Int("edge-workers", 1, "edge transactions run at once, on node sets that cannot overlap (more helps only on a server with idle cores)")
	workers := fl.Int("j", runtime.NumCPU(), "parse and extract this many cables in parallel")
	out := fl.String("out", "", "write neo4j-admin bulk-import files into `DIR` instead of loading (default ./"+defaultBulkDir+" when no Neo4j is configured)")
	quiet := fl.Bool("q", false, "no who-met-whom table (bulk mode) and no summary line")
	fl.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: cablegraph load [flags] [FILE|DIR|-]...")
		fmt.Fprintln(e.stderr, "\nParse and extract cables and load the graph into Neo4j (NEO4J_URI, NEO4J_USERNAME,")
		fmt.Fprintln(e.stderr, "NEO4J_PASSWORD, NEO4J_DATABASE or the flags). Loading again changes nothing.")
		fmt.Fprintln(e.stderr, "With no Neo4j configured, or with -out, write neo4j-admin bulk-import files")
		fmt.Fprintln(e.stderr, "(and import.sh) instead and print who met whom. No argument or - reads stdin.")
		fmt.Fprintln(e.stderr, "\nflags:")
		fl.PrintDefaults()
	}
	if err := fl.Parse(e.args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if *batchSize < 1 || *workers < 1 || *edgeWorkers < 1 {
		fmt.Fprintln(e.stderr, "cablegraph load: -batch-size, -edge-workers and -j must be at least 1")
		return 2
	}
	paths := fl.Args()
	if len(paths) == 0 {
		paths = []string{"-"}
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
		sink, loader = l, l
	}

	stdout := bufio.NewWriter(e.stdout)
	defer stdout.Flush()
	var table *metTable
	if bulk && !*quiet {
		table = &metTable{w: stdout}
	}

	start := time.Now()
	m := cable.NewMultiReader(paths, e.stdin)
	prog := newProgress(e.stderr, m.Inputs())
	defer prog.stop()
	var failed atomic.Int64
	report := func(err error) {
		failed.Add(1)
		prog.println(err)
	}
	m.OnError = report
	if err := m.Err(); err != nil {
		for _, pe := range err.(cable.ErrorList) {
			report(pe)
		}
	}

	// A batch holds several transactions' worth of rows, so that each edge
	// kind (and each node-set partition with -edge-workers) fills whole
	// transactions; a batch of 50,000 rows takes about 15 MB.
	batcher := graph.NewBatcher(sink, 5**batchSize)
	var resolver extract.Resolver
	var cables, nodes, edges int64
	err := extractOrdered(ctx, m, &x, *workers, &prog.bytes, report, func(c *cable.Cable, res *extract.Result) error {
		if c.ID == "" {
			report(fmt.Errorf("%s: cable without an ID; not loaded", c.Source.File))
			return nil
		}
		if *resolve {
			resolver.Resolve(res)
		}
		rec := build.Record(c, res)
		added, err := batcher.Add(ctx, rec)
		var bad *graph.RecordError
		if errors.As(err, &bad) {
			report(fmt.Errorf("%s: %v; not loaded", c.Source.File, err))
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
	if err == nil {
		err = batcher.Close(ctx)
	}
	prog.stop()
	if err != nil {
		fmt.Fprintf(e.stderr, "cablegraph load: %v\n", err)
		return 1
	}
	if err := stdout.Flush(); err != nil {
		fmt.Fprintf(e.stderr, "cablegraph load: writing output: %v\n", err)
		return 1
	}
	if !*quiet {
		secs := time.Since(start).Seconds()
		fmt.Fprintf(e.stderr, "load: %d cables (%d repeated, skipped), %d failures, %d node and %d edge rows in %.2fs (%.0f cables/s)\n",
			cables, batcher.Skipped, failed.Load(), nodes, edges, secs, float64(cables)/max(secs, 1e-9))
		if loader != nil {
			s := loader.Stats()
			fmt.Fprintf(e.stderr, "load: into %s: created %d nodes and %d relationships, set %d properties\n",
				cfg, s.NodesCreated, s.RelsCreated, s.PropertiesSet)
		} else {
			fmt.Fprintf(e.stderr, "load: wrote %d nodes and %d relationships to %s; import with: sh %s\n",
				writer.NodesWritten, writer.EdgesWritten, *out, filepath.Join(*out, "import.sh"))
		}
	}
	if failed.Load() > 0 {
		return 1
	}
	return 0
}

// extractOrdered reads the cables of m, extracts them on workers
// goroutines, and calls fn with each cable and its result in input order.
// At most a few cables per worker are in flight, so memory does not grow
// with the input.
func extractOrdered(ctx context.Context, m *cable.MultiReader, x *extract.Extractor, workers int, bytes *atomic.Int64,
	report func(error), fn func(*cable.Cable, *extract.Result) error) error {
	type job struct {
		c   *cable.Cable
		res chan *extract.Result
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job, workers*4)
	ordered := make(chan job, workers*4)
	go func() {
		defer close(jobs)
		defer close(ordered)
		for m.Next() {
			j := job{m.Cable(), make(chan *extract.Result, 1)}
			bytes.Store(m.BytesRead())
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
			select {
			case ordered <- j:
			case <-ctx.Done():
				return
			}
		}
		bytes.Store(m.BytesRead())
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.res <- safeExtract(x, j.c, report)
			}
		}()
	}
	defer wg.Wait()
	for j := range ordered {
		var res *extract.Result
		select {
		case res = <-j.res:
		case <-ctx.Done():
			return ctx.Err()
		}
		if err := fn(j.c, res); err != nil {
			return err
		}
	}
	return ctx.Err()
}

// safeExtract extracts c, turning a panic of the extractor into a reported
// error and a nil result: the cable's header still loads, and one bad cable
// does not stop a corpus.
func safeExtract(x *extract.Extractor, c *cable.Cable, report func(error)) (res *extract.Result) {
	defer func() {
		if p := recover(); p != nil {
			report(fmt.Errorf("%s: %s: extraction failed: %v", c.Source.File, c.ID, p))
			res = nil
		}
	}()
	return x.Extract(c)
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
		if n.Label == graph.Person && n.Full() {
			names[n.Key] = n.Props["name"].(string)
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
	getenv := c.getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	cfg := graph.ConfigFromEnv(getenv)
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
	total int64 // input bytes, 0 when unknown (stdin)
	start time.Time
	bytes atomic.Int64

	cables, nodes, edges atomic.Int64
	done                 chan struct{}
	once                 sync.Once
	wg                   sync.WaitGroup

	mu    sync.Mutex // serialises writes to w
	shown bool       // a progress line is on the screen
}

// println writes a diagnostic line, first clearing the progress line so
// that the two do not mix; the next tick redraws it.
func (p *progress) println(a ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
		p.shown = false
	}
	fmt.Fprintln(p.w, a...)
}

func newProgress(w io.Writer, inputs []string) *progress {
	p := &progress{w: w, start: time.Now(), done: make(chan struct{})}
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		close(p.done)
		return p
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
				}
				p.mu.Unlock()
				return
			case <-tick.C:
				p.draw()
			}
		}
	}()
	return p
}

func (p *progress) set(cables, nodes, edges int64) {
	p.cables.Store(cables)
	p.nodes.Store(nodes)
	p.edges.Store(edges)
}

func (p *progress) draw() {
	secs := time.Since(p.start).Seconds()
	cables := p.cables.Load()
	line := fmt.Sprintf("%d cables, %d nodes, %d edges, %.0f cables/s", cables, p.nodes.Load(), p.edges.Load(), float64(cables)/secs)
	if read := p.bytes.Load(); p.total > 0 && read > 0 {
		left := time.Duration(secs * float64(p.total-read) / float64(read) * float64(time.Second))
		line += fmt.Sprintf(", %.0f%%, ETA %s", 100*float64(read)/float64(p.total), left.Round(time.Second))
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprintf(p.w, "\r\033[K%s", line)
	p.shown = true
}

func (p *progress) stop() {
	p.once.Do(func() {
		select {
		case <-p.done:
		default:
			close(p.done)
		}
	})
	p.wg.Wait()
}
