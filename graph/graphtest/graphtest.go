// Package graphtest helps integration tests share one real Neo4j.
//
// Neo4j Community has a single user database, and `go test ./...` runs the
// test binaries of several packages at once, so every test that writes to
// the server takes an exclusive file lock first:
//
//	func TestX(t *testing.T) {
//		uri := graphtest.Lock(t) // skips when NEO4J_URI is unset
//		...
//	}
package graphtest

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// URI returns NEO4J_URI. When it is unset the test is skipped, or fails if
// NEO4J_REQUIRED=1 (as in CI, where a server must be there).
func URI(t testing.TB) string {
	t.Helper()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		if os.Getenv("NEO4J_REQUIRED") == "1" {
			t.Fatal("NEO4J_REQUIRED=1 but NEO4J_URI is unset")
		}
		t.Skip("NEO4J_URI unset; start a server with: eval \"$(scripts/neo4j-test-server start)\"")
	}
	return uri
}

// Lock returns NEO4J_URI (see URI) after taking an exclusive lock on that
// server for the rest of the test, so that tests in other packages neither
// wipe nor restart the server under it.
func Lock(t testing.TB) string {
	t.Helper()
	uri := URI(t)
	name := fmt.Sprintf("cablegraph-neo4j-test-%x.lock", sha256.Sum256([]byte(uri)))
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
	return uri
}
