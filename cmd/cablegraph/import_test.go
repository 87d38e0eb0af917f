package main

import (
	"context"
	"encoding/csv"
	"errors"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/cablegraph/cablegraph/graph"
)

// TestImportUsage: import wants one directory, NEO4J_HOME and a database
// name Neo4j accepts, and says so with exit status 2.
func TestImportUsage(t *testing.T) {
	t.Setenv("NEO4J_HOME", "")
	t.Setenv("NEO4J_ADMIN", "")
	if code, _, stderr := runCmd(t, "import", "somewhere"); code != 2 || !strings.Contains(stderr, "NEO4J_HOME is not set") {
		t.Errorf("without NEO4J_HOME: exit %d, stderr:\n%s", code, stderr)
	}
	t.Setenv("NEO4J_HOME", t.TempDir())
	for i, tt := range []struct {
		args []string
		want string
	}{
		0: {[]string{"import"}, "usage: cablegraph import"},
		1: {[]string{"import", "a", "b"}, "usage: cablegraph import"},
		2: {[]string{"import", "-database", "../../x", "dir"}, "not a database name"},
		3: {[]string{"import", "-database", "system", "dir"}, "not a database name"},
		4: {[]string{"import", "-database", "ab", "dir"}, "not a database name"},
		5: {[]string{"import", "-max-off-heap-memory", "lots", "dir"}, "want a size"},
		6: {[]string{"import", "-max-off-heap-memory", "101%", "dir"}, "want a size"},
	} {
		if code, _, stderr := runCmd(t, tt.args...); code != 2 || !strings.Contains(stderr, tt.want) {
			t.Errorf("%d: %v: exit %d, want 2 and %q; stderr:\n%s", i, tt.args, code, tt.want, stderr)
		}
	}
}

// TestImportOffHeap: -max-off-heap-memory reaches neo4j-admin as
// --max-off-heap-memory, after "database import full".
func TestImportOffHeap(t *testing.T) {
	home, bulk := t.TempDir(), t.TempDir()
	t.Setenv("NEO4J_HOME", home)
	for _, f := range []string{"nodes-Cable.csv", "rels-MET-Person-Person.csv"} {
		if err := os.WriteFile(filepath.Join(bulk, f), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A neo4j-admin that prints its arguments.
	admin := filepath.Join(home, "fake-admin")
	if err := os.WriteFile(admin, []byte("#!/bin/sh\necho \"ARGS: $*\" >&2\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("NEO4J_ADMIN", admin)
	code, _, stderr := runCmd(t, "import", "-max-off-heap-memory", "512m", bulk)
	if code != 0 || !strings.Contains(stderr, "ARGS: database import full --max-off-heap-memory=512m neo4j --overwrite-destination=false") {
		t.Errorf("exit %d, stderr:\n%s", code, stderr)
	}
	code, _, stderr = runCmd(t, "import", bulk)
	if code != 0 || strings.Contains(stderr, "max-off-heap") {
		t.Errorf("without the flag: exit %d, stderr:\n%s", code, stderr)
	}
}

// TestImportRefusesData: a database directory holding anything but a
// store nothing was ever written to is refused without -overwrite, before
// neo4j-admin is even looked for, and is left as it was.
func TestImportRefusesData(t *testing.T) {
	home := t.TempDir()
	db := filepath.Join(home, "data", "databases", "neo4j")
	if err := os.MkdirAll(db, 0o755); err != nil {
		t.Fatal(err)
	}
	keep := filepath.Join(db, "precious")
	if err := os.WriteFile(keep, []byte("a user's data"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("NEO4J_HOME", home)
	// A neo4j-admin that does not exist: reaching it would be another error.
	t.Setenv("NEO4J_ADMIN", filepath.Join(home, "no-such-neo4j-admin"))
	code, stdout, stderr := runCmd(t, "import", "testdata/no-such-dir")
	if code != 1 || stdout != "" || !strings.Contains(stderr, "REFUSING to replace database neo4j") || !strings.Contains(stderr, "-overwrite") {
		t.Errorf("exit %d, stdout %q, stderr:\n%s", code, stdout, stderr)
	}
	if b, err := os.ReadFile(keep); err != nil || string(b) != "a user's data" {
		t.Errorf("the database's file after the refusal: %q, %v", b, err)
	}
	// Another database of the same home is free.
	code, _, stderr = runCmd(t, "import", "-database", "other", t.TempDir())
	if code != 1 || !strings.Contains(stderr, "holds no bulk-import files") {
		t.Errorf("-database other, empty DIR: exit %d, stderr:\n%s", code, stderr)
	}
}

// TestStoreState: what counts as a database that may be replaced without
// asking. The real stores are checked by TestImportBundled.
func TestStoreState(t *testing.T) {
	type file struct {
		name string
		size int
	}
	for i, tt := range []struct {
		files []file // nil: no directory at all
		want  storeKind
	}{
		0: {nil, noStore},
		1: {[]file{}, noStore},
		2: {[]file{{"neostore", 8192}, {"neostore.nodestore.db", 0}, {"neostore.relationshipstore.db", 0}}, emptyStore},
		3: {[]file{{"neostore", 8192}, {"neostore.nodestore.db", 16384}, {"neostore.relationshipstore.db", 0}}, storeWithData},
		4: {[]file{{"neostore", 8192}, {"neostore.nodestore.db", 0}, {"neostore.relationshipstore.db", 8192}}, storeWithData},
		5: {[]file{{"neostore", 8192}, {"neostore.nodestore.db", 0}}, storeWithData},                   // a layout we do not know
		6: {[]file{{"neostore.nodestore.db", 0}, {"neostore.relationshipstore.db", 0}}, storeWithData}, // no neostore
		7: {[]file{{"block.big_values.db", 100}}, storeWithData},
	} {
		dir := filepath.Join(t.TempDir(), "neo4j")
		if tt.files != nil {
			if err := os.Mkdir(dir, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		for _, f := range tt.files {
			if err := os.WriteFile(filepath.Join(dir, f.name), make([]byte, f.size), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		got, err := storeState(dir)
		if err != nil || got != tt.want {
			t.Errorf("%d: storeState = %v, %v; want %v", i, got, err, tt.want)
		}
	}
}

// TestDatabaseDir: the store is under server.directories.data of
// neo4j.conf, relative to the home, by default home/data.
func TestDatabaseDir(t *testing.T) {
	home := t.TempDir()
	if got, err := databaseDir(home, "", "neo4j"); err != nil || got != filepath.Join(home, "data", "databases", "neo4j") {
		t.Errorf("no conf: %q, %v", got, err)
	}
	conf := filepath.Join(home, "conf")
	os.Mkdir(conf, 0o755)
	if err := os.WriteFile(filepath.Join(conf, "neo4j.conf"), []byte("# a comment\nserver.directories.data = store\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, err := databaseDir(home, "", "movies"); err != nil || got != filepath.Join(home, "store", "databases", "movies") {
		t.Errorf("relative data dir: %q, %v", got, err)
	}
	other := t.TempDir()
	if err := os.WriteFile(filepath.Join(other, "neo4j.conf"), []byte("server.directories.data=/srv/neo4j\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, err := databaseDir(home, other, "neo4j"); err != nil || got != "/srv/neo4j/databases/neo4j" {
		t.Errorf("NEO4J_CONF with an absolute data dir: %q, %v", got, err)
	}
}

// TestImportBundled writes the bulk files of the sample, imports them with
// the real neo4j-admin (scripts/neo4j-admin: Neo4j 5.26's AdminTool from
// the Maven jars of the bundled server) into a data directory of its own,
// serves it with scripts/neo4j-test-server on a port and state directory of
// its own, and checks that the graph holds exactly the rows of the files.
// On the way: the imported database is refused without -overwrite, and
// with it while the server runs (by neo4j-admin itself), and import.sh's
// recipe works as written. About 45 s on an idle 2-core machine, 90 s on a
// busy one (one server start, three runs of neo4j-admin); skipped with
// -short, and without Java and Maven unless NEO4J_REQUIRED=1.
func TestImportBundled(t *testing.T) {
	if testing.Short() {
		t.Skip("runs neo4j-admin and a server (about a minute)")
	}
	for _, tool := range []string{"java", "mvn"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("NEO4J_REQUIRED") == "1" {
				t.Fatalf("NEO4J_REQUIRED=1 but %s is not installed", tool)
			}
			t.Skipf("%s not installed; the bundled neo4j-admin needs Java and Maven", tool)
		}
	}
	scripts, err := filepath.Abs(filepath.Join("..", "..", "scripts"))
	if err != nil {
		t.Fatal(err)
	}
	tmp, err := os.MkdirTemp("", "neo4j-import-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(tmp) })
	bulk, home, state := filepath.Join(tmp, "bulk"), filepath.Join(tmp, "home"), filepath.Join(tmp, "state")
	port := freePort(t)
	const password = "import-test"
	srv := func(args ...string) error {
		defer logTime(t, "neo4j-test-server "+args[0])()
		cmd := exec.Command(filepath.Join(scripts, "neo4j-test-server"), args...)
		// The server stops by itself when this test binary is gone.
		cmd.Env = append(os.Environ(), "CABLEGRAPH_NEO4J_STATE="+state, "NEO4J_PASSWORD="+password,
			"CABLEGRAPH_NEO4J_WATCH_PID="+strconv.Itoa(os.Getpid()))
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Logf("neo4j-test-server %s:\n%s", strings.Join(args, " "), out)
		}
		return err
	}
	start := func() {
		t.Helper()
		if err := srv("start", "--data", home, "--port", port); err != nil {
			t.Fatal("the server did not start")
		}
	}
	t.Cleanup(func() { srv("stop") })

	if code, _, stderr := runCmd(t, "load", "-q", "-out", bulk, "../../testdata/sample"); code != 0 {
		t.Fatalf("load: exit %d\n%s", code, stderr)
	}
	wantNodes, wantRels := bulkRows(t, bulk)

	t.Setenv("NEO4J_HOME", home)
	t.Setenv("NEO4J_ADMIN", filepath.Join(scripts, "neo4j-admin"))
	code, _, stderr := runCmd(t, "import", bulk)
	if code != 0 || !strings.Contains(stderr, "neo4j-admin database import full neo4j --overwrite-destination=false") ||
		!strings.Contains(stderr, "IMPORT DONE") {
		t.Fatalf("import into a fresh directory: exit %d\n%s", code, stderr)
	}

	nodeStore := filepath.Join(home, "data", "databases", "neo4j", "neostore.nodestore.db")
	before, err := os.Stat(nodeStore)
	if err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runCmd(t, "import", bulk)
	if code != 1 || !strings.Contains(stderr, "REFUSING") || strings.Contains(stderr, "neo4j-admin database") {
		t.Errorf("import over the imported store: exit %d\n%s", code, stderr)
	}
	if after, err := os.Stat(nodeStore); err != nil || after.Size() != before.Size() || !after.ModTime().Equal(before.ModTime()) {
		t.Errorf("the refused import touched the store: %v", err)
	}

	start()
	t.Setenv("NEO4J_URI", "bolt://127.0.0.1:"+port)
	t.Setenv("NEO4J_USERNAME", "neo4j")
	t.Setenv("NEO4J_PASSWORD", password)
	gotNodes, gotRels := graphCounts(t, "bolt://127.0.0.1:"+port, password)
	if !equalCounts(gotNodes, wantNodes) || !equalCounts(gotRels, wantRels) {
		t.Errorf("the imported graph has nodes %v, relationships %v;\nthe files have rows %v, %v", gotNodes, gotRels, wantNodes, wantRels)
	} else {
		t.Logf("nodes %v, relationships %v", gotNodes, gotRels)
	}
	if code, _, stderr := runCmd(t, "schema"); code != 0 {
		t.Fatalf("schema: exit %d\n%s", code, stderr)
	}
	if code, stdout, stderr := runCmd(t, "who-met", "Kouchner"); code != 0 || !strings.Contains(stdout, "Sergey Lavrov") {
		t.Errorf("who-met Kouchner: exit %d\n%s%s", code, stdout, stderr)
	}

	// The server holds the store: neo4j-admin refuses, even with -overwrite.
	code, _, stderr = runCmd(t, "import", "-overwrite", bulk)
	if code != 1 || !strings.Contains(stderr, "The database is in use") || !strings.Contains(stderr, "stop the server first") {
		t.Errorf("import -overwrite into the running server: exit %d\n%s", code, stderr)
	}
	if n, _ := graphCounts(t, "bolt://127.0.0.1:"+port, password); !equalCounts(n, wantNodes) {
		t.Errorf("after the refused import the graph has nodes %v", n)
	}
	if err := srv("stop"); err != nil {
		t.Fatal(err)
	}

	// import.sh's recipe, as its comment writes it, from another directory.
	sh := func() (string, error) {
		cmd := exec.Command("sh", filepath.Join(bulk, "import.sh"), "other")
		cmd.Dir = tmp
		defer logTime(t, "sh import.sh")()
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	if out, err := sh(); err != nil || !strings.Contains(out, "IMPORT DONE") {
		t.Errorf("sh DIR/import.sh other: %v\n%s", err, out)
	}
	if out, err := sh(); err == nil || !strings.Contains(out, "OVERWRITE=1") {
		t.Errorf("sh DIR/import.sh other, again: %v\n%s", err, out)
	}
}

// bulkRows counts the rows of each label and relationship type in the
// bulk files of dir.
// logTime logs how long what it was called for took, when the function it
// returns is called.
func logTime(t *testing.T, what string) func() {
	began := time.Now()
	return func() { t.Logf("%s: %.1fs", what, time.Since(began).Seconds()) }
}

func bulkRows(t *testing.T, dir string) (nodes, rels map[string]int64) {
	t.Helper()
	nodes, rels = make(map[string]int64), make(map[string]int64)
	files, _ := filepath.Glob(filepath.Join(dir, "*.csv"))
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(f)
		header, err := r.Read()
		if err != nil {
			t.Fatal(err)
		}
		for {
			row, err := r.Read()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			// The label and the type are columns of their own.
			for i, h := range header {
				if h == ":LABEL" {
					nodes[row[i]]++
				} else if h == ":TYPE" {
					rels[row[i]]++
				}
			}
		}
		f.Close()
	}
	return nodes, rels
}

// graphCounts counts the nodes of each label and the relationships of each
// type in the graph at uri.
func graphCounts(t *testing.T, uri, password string) (nodes, rels map[string]int64) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	drv, err := graph.Connect(ctx, graph.Config{URI: uri, Username: "neo4j", Password: password})
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(ctx)
	count := func(q string) map[string]int64 {
		res, err := neo4j.ExecuteQuery(ctx, drv, q, nil, neo4j.EagerResultTransformer)
		if err != nil {
			t.Fatal(err)
		}
		m := make(map[string]int64)
		for _, rec := range res.Records {
			m[rec.Values[0].(string)] = rec.Values[1].(int64)
		}
		return m
	}
	return count("MATCH (n) UNWIND labels(n) AS l RETURN l, count(*)"),
		count("MATCH ()-[r]->() RETURN type(r), count(*)")
}

func equalCounts(a, b map[string]int64) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// freePort returns a loopback port that was free a moment ago.
func freePort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return strconv.Itoa(l.Addr().(*net.TCPAddr).Port)
}
