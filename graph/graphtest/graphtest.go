// Package graphtest gives integration tests a real Neo4j that they own, and
// keeps them away from any database that holds a user's data.
//
// The test server comes from CABLEGRAPH_TEST_NEO4J_URI (with
// CABLEGRAPH_TEST_NEO4J_USERNAME, _PASSWORD, _DATABASE) when that is set,
// else from the conventional NEO4J_URI and friends, which is what
// scripts/neo4j-test-server prints and .ci/run exports. Either way a test
// only ever uses a database that is empty when it takes it: Claim refuses,
// loudly, a database holding any node, because nothing tells a user's
// graph from a test's leftovers, and a user's graph is not ours to wipe.
// Every test empties the database again when it ends, so the next one finds
// it empty. A run killed half-way leaves its graph behind, and the next run
// refuses it and says how to start the test server afresh.
//
// Neo4j Community has a single user database, and `go test ./...` runs the
// test binaries of several packages at once, so Claim also takes an
// exclusive file lock on the server for the rest of the test:
//
//	func TestX(t *testing.T) {
//		srv := graphtest.Claim(t) // skips when no test server is configured
//		...
//	}
package graphtest

import (
	"context"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Server is the test database: where it is and how to log in.
type Server struct {
	URI      string
	Username string
	Password string
	Database string // "" for the server's default
}

// FromEnv reads the test server from getenv: the CABLEGRAPH_TEST_NEO4J_*
// variables when CABLEGRAPH_TEST_NEO4J_URI is set, else NEO4J_*. The
// second result is false when neither URI is set.
func FromEnv(getenv func(string) string) (Server, bool) {
	prefix := "CABLEGRAPH_TEST_NEO4J_"
	if getenv(prefix+"URI") == "" {
		prefix = "NEO4J_"
	}
	s := Server{
		URI:      getenv(prefix + "URI"),
		Username: getenv(prefix + "USERNAME"),
		Password: getenv(prefix + "PASSWORD"),
		Database: getenv(prefix + "DATABASE"),
	}
	if s.Username == "" {
		s.Username = getenv(prefix + "USER")
	}
	if s.Username == "" {
		s.Username = "neo4j"
	}
	return s, s.URI != ""
}

// Config returns the test server of the environment without claiming it.
// When none is configured the test is skipped, or fails if NEO4J_REQUIRED=1
// (as in CI, where a server must be there).
func Config(t testing.TB) Server {
	t.Helper()
	s, ok := FromEnv(os.Getenv)
	if !ok {
		if os.Getenv("NEO4J_REQUIRED") == "1" {
			t.Fatal("NEO4J_REQUIRED=1 but neither CABLEGRAPH_TEST_NEO4J_URI nor NEO4J_URI is set")
		}
		t.Skip("no test Neo4j (CABLEGRAPH_TEST_NEO4J_URI or NEO4J_URI); start one with: eval \"$(scripts/neo4j-test-server start)\"")
	}
	return s
}

// Claim returns the test server after taking its lock for the rest of the
// test and checking that its database is empty. It fails the test, and
// touches nothing, when the database holds any node. When the test ends it
// deletes everything the test created.
func Claim(t testing.TB) Server {
	t.Helper()
	s := Config(t)
	lock(t, s.URI)
	drv := s.driver(t)
	n, err := s.count(drv)
	if err != nil {
		t.Fatalf("test Neo4j %s: %v", s, err)
	}
	if n > 0 {
		t.Fatalf("REFUSING to use the Neo4j database at %s: it holds %d nodes that this test did not create, "+
			"and tests only use an empty database. Point CABLEGRAPH_TEST_NEO4J_URI at a server of its own, "+
			"for example: scripts/neo4j-test-server stop; eval \"$(scripts/neo4j-test-server start --fresh)\"", s, n)
	}
	t.Cleanup(func() {
		if err := s.wipe(drv); err != nil {
			t.Errorf("emptying the test database after the test: %v", err)
		}
	})
	return s
}

// Wipe deletes everything in the test database, which Claim found empty:
// all of it is the test's own. Constraints and indexes stay.
func Wipe(t testing.TB, s Server) {
	t.Helper()
	if err := s.wipe(s.driver(t)); err != nil {
		t.Fatal(err)
	}
}

// String describes s without its credentials.
func (s Server) String() string {
	if s.Database != "" {
		return s.URI + " database " + s.Database
	}
	return s.URI
}

func (s Server) driver(t testing.TB) neo4j.DriverWithContext {
	t.Helper()
	drv, err := neo4j.NewDriverWithContext(s.URI, neo4j.BasicAuth(s.Username, s.Password, ""))
	if err != nil {
		t.Fatalf("test Neo4j %s: %v", s, err)
	}
	// Registered before Claim's wipe, so it runs after it.
	t.Cleanup(func() { drv.Close(context.Background()) })
	return drv
}

func (s Server) count(drv neo4j.DriverWithContext) (int64, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	res, err := neo4j.ExecuteQuery(ctx, drv, "MATCH (n) RETURN count(n) AS n", nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.Database), neo4j.ExecuteQueryWithReadersRouting(),
		neo4j.ExecuteQueryWithoutBookmarkManager())
	if err != nil {
		return 0, err
	}
	v, _ := res.Records[0].Get("n")
	return v.(int64), nil
}

// wipe deletes in transactions of a bounded size, so that a large test
// graph does not exhaust the server's memory: the relationships first,
// 10,000 at a time, then the nodes. (10,000 nodes at a time with DETACH
// DELETE took their relationships too, 300,000 of them on the corpus
// graph, more than the 256 MiB of transaction memory of the bundled
// server.)
func (s Server) wipe(drv neo4j.DriverWithContext) error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	for _, q := range []string{
		"MATCH ()-[r]->() WITH r LIMIT 10000 DELETE r RETURN count(*) AS n",
		"MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS n",
	} {
		for {
			// No bookmarks: a test may have replaced the store under the
			// server (a bulk import), and the old ones would never be reached.
			res, err := neo4j.ExecuteQuery(ctx, drv, q, nil,
				neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.Database), neo4j.ExecuteQueryWithoutBookmarkManager())
			if err != nil {
				return fmt.Errorf("emptying the test database: %w", err)
			}
			if v, _ := res.Records[0].Get("n"); v.(int64) == 0 {
				break
			}
		}
	}
	return nil
}

// lock takes an exclusive lock on the server at uri until the test ends,
// so that tests in other packages neither wipe nor restart it meanwhile.
func lock(t testing.TB, uri string) {
	t.Helper()
	name := fmt.Sprintf("cablegraph-neo4j-test-%x", sha256.Sum256([]byte(uri)))
	f, err := os.OpenFile(filepath.Join(os.TempDir(), name[:40]+".lock"), os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		t.Fatal(err)
	}
	// Closing the file releases the lock, also if the test binary dies.
	t.Cleanup(func() { f.Close() })
}
