// Command cablegraph turns US diplomatic cables into a graph of who met whom.
//
//	cablegraph parse   [FILE|DIR|-]...   cables → JSON Lines (one object per cable)
//	cablegraph extract [FILE|DIR|-]...   cables → entities and relations, JSON Lines
//	cablegraph load    [FILE|DIR|-]...   cables → Neo4j (or bulk-import files without a server)
//	cablegraph import  DIR               bulk-import files → a stopped Neo4j, through neo4j-admin
//	cablegraph schema                    constraints and indexes, after an import
//	cablegraph query   NAME [PARAMS]     canned who-met-whom Cypher queries
//	cablegraph cypher  'MATCH ...' [P]   your own read-only Cypher
//	cablegraph who-met NAME              everyone a person met, by meeting
//	cablegraph path    A B               shortest chains of meetings
//	cablegraph timeline NAME             a person's months
//	cablegraph person  NAME              who a person is: spellings, titles, namesakes kept apart
//	cablegraph draw    NAME | -path A B  an offline HTML picture
//	cablegraph eval    GOLD_DIR [FILES]  precision, recall and F1 against a gold set
//	cablegraph eval-identity GOLD_DIR    B-cubed precision and recall of person identity
//
// Data goes to stdout, diagnostics and progress to stderr. Exit status is 2
// for usage errors, 1 when some input failed, 0 otherwise; the commands
// that look people up exit 3 when a name matches nobody and 4 when it
// fits several people.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"runtime/pprof"
	"sort"
	"syscall"
)

// defaultMemoryLimit is the soft memory limit of a run without GOMEMLIMIT.
const defaultMemoryLimit = 1 << 30

// defaultGCPercent is the GOGC of a run without GOGC.
const defaultGCPercent = 200

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// The first interrupt lets a command stop cleanly; a read blocked on a
	// terminal may never see it, so a second one kills as usual.
	context.AfterFunc(ctx, stop)
	if os.Getenv("GOMEMLIMIT") == "" {
		// A soft limit of 1 GiB, a safety net: a whole-release load
		// peaks at about 525 MiB, but the heap's garbage may let a larger
		// corpus grow toward twice its live data. Below the limit nothing
		// changes; near it the collector works harder (on a load held
		// at the limit, about 40% more CPU), and it never fails an
		// allocation. GOMEMLIMIT sets another.
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
	if os.Getenv("GOGC") == "" {
		// The collector runs when the heap has grown by 200% of the live
		// data instead of Go's 100%: a bulk load of 10,000 generated
		// cables took 23% less CPU (28.4 s to 21.8 s) and peaked at 201
		// MB instead of 127. The soft memory limit above still bounds
		// the heap: near it the collector runs as often as it must.
		debug.SetGCPercent(defaultGCPercent)
	}
	if file := os.Getenv("CABLEGRAPH_CPUPROFILE"); file != "" {
		// For whoever measures where a run spends its time:
		// go tool pprof -top FILE. Stopped below, before os.Exit, which
		// runs no deferred call; the file is closed by the exit.
		if f, err := os.Create(file); err == nil {
			pprof.StartCPUProfile(f)
		}
	}
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	pprof.StopCPUProfile() // a no-op when no profile runs
	os.Exit(code)
}

// env is what every subcommand gets: its arguments and the process streams.
type env struct {
	args   []string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
}

type command struct {
	run     func(ctx context.Context, e env) int
	summary string
}

// commands is the table of subcommands; each lives in a file of its name.
var commands = map[string]command{
	"parse":         {runParse, "parse cables into JSON Lines"},
	"extract":       {runExtract, "extract entities and relations as JSON Lines"},
	"load":          {runLoad, "load cables into Neo4j, or write bulk-import files"},
	"import":        {runImport, "import the bulk-import files of load into a stopped Neo4j (neo4j-admin)"},
	"schema":        {runSchema, "create the constraints and indexes (after import)"},
	"query":         {runQuery, "run a canned Cypher query"},
	"cypher":        {runCypher, "run your own read-only Cypher query"},
	"who-met":       {runWhoMet, "everyone a person met, meeting by meeting"},
	"path":          {runPath, "the shortest chains of meetings between two people"},
	"timeline":      {runTimeline, "a person's meetings, titles and reporting posts by month"},
	"person":        {runPerson, "who a person is: spellings with their cables, titles with dates, namesakes kept apart"},
	"draw":          {runDraw, "an offline HTML picture of who met whom"},
	"eval":          {runEval, "score extraction against a gold set"},
	"eval-identity": {runEvalIdentity, "score person identity across cables against the identity gold"},
	"train":         {runTrain, "rebuild the who-met-whom pair model from annotated cables"},
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "cablegraph: unknown command %q\n", args[0])
		usage(stderr)
		return 2
	}
	return cmd.run(ctx, env{args: args[1:], stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv})
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: cablegraph COMMAND [flags] [ARGS]")
	fmt.Fprintln(w, "\ncommands:")
	names := make([]string, 0, len(commands))
	for name := range commands {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintf(w, "  %-9s %s\n", name, commands[name].summary)
	}
	fmt.Fprintln(w, "\nRun 'cablegraph COMMAND -h' for the flags of a command.")
}
