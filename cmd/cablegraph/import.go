package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/cablegraph/cablegraph/graph"
)

const importUsage = `usage: cablegraph import [flags] DIR

Import the bulk-import files that cablegraph load wrote into DIR into a
stopped Neo4j, by running neo4j-admin database import full. NEO4J_HOME names
the Neo4j home; neo4j-admin is $NEO4J_ADMIN (a command, split on spaces) when
set, else $NEO4J_HOME/bin/neo4j-admin, else neo4j-admin from PATH. With no
Neo4j install, scripts/neo4j-admin runs it from the jars of the bundled
server (NEO4J_HOME is then the --data DIR of scripts/neo4j-test-server).

A database that holds data is never replaced without -overwrite. Start the
server afterwards and run cablegraph schema to create the indexes.

Memory: neo4j-admin's import uses its JVM heap (HEAP_SIZE or JAVA_OPTS for
a Neo4j install's neo4j-admin, CABLEGRAPH_NEO4J_ADMIN_HEAP for
scripts/neo4j-admin, 512m), a page cache and off-heap memory up to
-max-off-heap-memory (neo4j-admin's default is 90% of the free memory;
scripts/neo4j-admin's is 256m, under 1 GiB of RSS in all for the whole
release).

  NEO4J_HOME=/opt/neo4j cablegraph import cablegraph-import
`

// runImport implements "cablegraph import [flags] DIR": neo4j-admin's
// full import of the files of cablegraph load, refusing to replace a
// database that holds data unless told to.
func runImport(ctx context.Context, e env) int {
	fl := newFlagSet("import", importUsage, e.stderr)
	database := fl.String("database", "neo4j", "the database to import into")
	overwrite := fl.Bool("overwrite", false, "replace the database even if it holds data (its data is deleted)")
	offHeap := fl.String("max-off-heap-memory", "", "neo4j-admin import's --max-off-heap-memory: `SIZE` such as 512m, 2g or 50% (default: neo4j-admin's)")
	if code, done := parseFlags(fl, flagsFirst(e.args, takesValue(fl))); done {
		return code
	}
	if fl.NArg() != 1 {
		fmt.Fprint(e.stderr, importUsage)
		return 2
	}
	if !validDatabaseName(*database) {
		fmt.Fprintf(e.stderr, "cablegraph import: %q is not a database name Neo4j accepts (3 to 63 letters, digits, dots and dashes, starting with a letter; not system)\n", *database)
		return 2
	}
	if *offHeap != "" && !offHeapSize.MatchString(*offHeap) {
		fmt.Fprintf(e.stderr, "cablegraph import: -max-off-heap-memory %q: want a size such as 512m, 2g or 50%%\n", *offHeap)
		return 2
	}
	home := e.getenv("NEO4J_HOME")
	if home == "" {
		fmt.Fprintln(e.stderr, "cablegraph import: NEO4J_HOME is not set; set it to the Neo4j home directory (for the bundled server, the --data DIR of scripts/neo4j-test-server, with NEO4J_ADMIN=scripts/neo4j-admin)")
		return 2
	}
	dir := fl.Arg(0)
	home, err := filepath.Abs(home)
	if err != nil {
		fmt.Fprintf(e.stderr, "cablegraph import: %v\n", err)
		return 1
	}
	conf := e.getenv("NEO4J_CONF")
	if conf != "" {
		if conf, err = filepath.Abs(conf); err != nil {
			fmt.Fprintf(e.stderr, "cablegraph import: %v\n", err)
			return 1
		}
	}

	dbDir, err := databaseDir(home, conf, *database)
	if err != nil {
		fmt.Fprintf(e.stderr, "cablegraph import: %v\n", err)
		return 1
	}
	state, err := storeState(dbDir)
	if err != nil {
		fmt.Fprintf(e.stderr, "cablegraph import: %v\n", err)
		return 1
	}
	if state == storeWithData && !*overwrite {
		fmt.Fprintf(e.stderr, "cablegraph import: REFUSING to replace database %s (%s): it holds data, or did.\n"+
			"Pass -overwrite to delete it and import in its place, or import into another database with -database NAME.\n",
			*database, dbDir)
		return 1
	}
	args, err := graph.ImportArgs(dir, *database, state != noStore)
	if err != nil {
		fmt.Fprintf(e.stderr, "cablegraph import: %v\n", err)
		return 1
	}

	if *offHeap != "" {
		// After "database import full": options may come anywhere there.
		args = append(args[:3:3], append([]string{"--max-off-heap-memory=" + *offHeap}, args[3:]...)...)
	}

	admin, err := adminCommand(e.getenv, home)
	if err != nil {
		fmt.Fprintf(e.stderr, "cablegraph import: %v\n", err)
		return 1
	}
	absDir, err := filepath.Abs(dir)
	if err != nil {
		fmt.Fprintf(e.stderr, "cablegraph import: %v\n", err)
		return 1
	}
	cmd := exec.CommandContext(ctx, admin[0], append(admin[1:], args...)...)
	cmd.Dir = absDir
	cmd.Env = append(os.Environ(), "NEO4J_HOME="+home)
	if conf != "" {
		cmd.Env = append(cmd.Env, "NEO4J_CONF="+conf)
	}
	// neo4j-admin's report and progress are diagnostics, not data.
	cmd.Stdout, cmd.Stderr = e.stderr, e.stderr
	fmt.Fprintf(e.stderr, "cablegraph import: running, with NEO4J_HOME=%s:\n  cd %s && %s\n",
		shellWord(home), shellWord(absDir), shellLine(append(admin, args...)))
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			fmt.Fprintln(e.stderr, "cablegraph import: interrupted")
			return 1
		}
		fmt.Fprintf(e.stderr, "cablegraph import: neo4j-admin failed (%v); its messages are above. "+
			"If it says the database is in use, stop the server first.\n", err)
		return 1
	}
	fmt.Fprintf(e.stderr, "cablegraph import: imported %s into database %s. Start the server, then create the constraints and indexes with: cablegraph schema\n",
		dir, *database)
	return 0
}

// offHeapSize is a byte count, with an optional unit, or a percentage.
var offHeapSize = regexp.MustCompile(`^([0-9]+[kKmMgGtT]?|[0-9]{1,2}(\.[0-9]+)?%|100%)$`)

// databaseName is what Neo4j 5 accepts as a database name; checking it
// here also keeps a name from reaching outside the databases directory.
var databaseName = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9.-]{2,62}$`)

func validDatabaseName(s string) bool {
	return databaseName.MatchString(s) && !strings.EqualFold(s, "system")
}

// databaseDir returns where Neo4j keeps the store of database db: under
// server.directories.data of neo4j.conf (in conf, default home/conf), by
// default home/data.
func databaseDir(home, conf, db string) (string, error) {
	if conf == "" {
		conf = filepath.Join(home, "conf")
	}
	data := "data"
	f, err := os.Open(filepath.Join(conf, "neo4j.conf"))
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return "", err
	default:
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			k, v, ok := strings.Cut(strings.TrimSpace(sc.Text()), "=")
			if ok && strings.TrimSpace(k) == "server.directories.data" {
				data = strings.TrimSpace(v)
			}
		}
		if err := sc.Err(); err != nil {
			return "", err
		}
	}
	if !filepath.IsAbs(data) {
		data = filepath.Join(home, data)
	}
	return filepath.Join(data, "databases", db), nil
}

type storeKind int

const (
	noStore       storeKind = iota // no database there, or an empty directory
	emptyStore                     // a store no node or relationship was ever written to
	storeWithData                  // anything else, including a store we cannot read
)

// storeState tells whether the database in dir may be replaced without
// asking. A store the server created and never wrote a node or a
// relationship to has empty node and relationship files (the record
// formats of Neo4j 5); a store whose data was deleted, and any layout not
// recognised, counts as holding data.
func storeState(dir string) (storeKind, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return noStore, nil
	}
	if err != nil {
		return storeWithData, err
	}
	if len(entries) == 0 {
		return noStore, nil
	}
	if _, err := os.Stat(filepath.Join(dir, "neostore")); err != nil {
		return storeWithData, nil
	}
	for _, name := range []string{"neostore.nodestore.db", "neostore.relationshipstore.db"} {
		fi, err := os.Stat(filepath.Join(dir, name))
		if err != nil || fi.Size() != 0 {
			return storeWithData, nil
		}
	}
	return emptyStore, nil
}

// adminCommand returns the neo4j-admin to run: $NEO4J_ADMIN split on
// spaces, else home/bin/neo4j-admin when it exists, else neo4j-admin from
// PATH. A relative program is made absolute, since it runs in the import
// directory.
func adminCommand(getenv func(string) string, home string) ([]string, error) {
	if words := strings.Fields(getenv("NEO4J_ADMIN")); len(words) > 0 {
		path, err := exec.LookPath(words[0])
		if err != nil {
			return nil, fmt.Errorf("NEO4J_ADMIN: %w", err)
		}
		if words[0], err = filepath.Abs(path); err != nil {
			return nil, err
		}
		return words, nil
	}
	bin := filepath.Join(home, "bin", "neo4j-admin")
	if _, err := os.Stat(bin); err == nil {
		return []string{bin}, nil
	}
	path, err := exec.LookPath("neo4j-admin")
	if err != nil {
		return nil, fmt.Errorf("no neo4j-admin: not in %s, nor on PATH; set NEO4J_ADMIN "+
			"(with no Neo4j install, NEO4J_ADMIN=scripts/neo4j-admin of cablegraph's source runs it from Maven Central's jars)", filepath.Dir(bin))
	}
	return []string{path}, nil
}

// shellLine renders args as one line a POSIX shell reads back as args.
func shellLine(args []string) string {
	words := make([]string, len(args))
	for i, a := range args {
		words[i] = shellWord(a)
	}
	return strings.Join(words, " ")
}

func shellWord(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_=./:,+@%", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
