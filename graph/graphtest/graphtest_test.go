package graphtest

import (
	"context"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// TestClaimRefusesUserData plays a user whose database holds a graph: a
// node this test writes stands for it. A second test process, pointed at
// that database as CABLEGRAPH_TEST_NEO4J_URI, must refuse it, say so, and
// leave the node in place.
func TestClaimRefusesUserData(t *testing.T) {
	if os.Getenv("GRAPHTEST_CHILD") == "1" {
		Claim(t)
		t.Log("claimed a database that holds data")
		return
	}
	s := Claim(t)
	drv := s.driver(t)
	ctx := context.Background()
	if _, err := neo4j.ExecuteQuery(ctx, drv, "CREATE (:UserData {name: 'precious'})", nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(s.Database)); err != nil {
		t.Fatal(err)
	}
	// The same server under another host name: the child takes another
	// lock file and does not wait for ours.
	u, err := url.Parse(s.URI)
	if err != nil {
		t.Fatal(err)
	}
	switch u.Hostname() {
	case "127.0.0.1":
		u.Host = "localhost:" + u.Port()
	case "localhost":
		u.Host = "127.0.0.1:" + u.Port()
	default:
		t.Skipf("cannot name %s in a second way", s.URI)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestClaimRefusesUserData$", "-test.v")
	cmd.Env = append(os.Environ(), "GRAPHTEST_CHILD=1",
		"CABLEGRAPH_TEST_NEO4J_URI="+u.String(),
		"CABLEGRAPH_TEST_NEO4J_USERNAME="+s.Username,
		"CABLEGRAPH_TEST_NEO4J_PASSWORD="+s.Password,
		"CABLEGRAPH_TEST_NEO4J_DATABASE="+s.Database)
	out, err := cmd.CombinedOutput()
	if err == nil || !strings.Contains(string(out), "REFUSING to use the Neo4j database") {
		t.Errorf("a test claimed a database holding data (err %v):\n%s", err, out)
	}
	if n, err := s.count(drv); err != nil || n != 1 {
		t.Errorf("after the refused claim the database holds %d nodes (%v), want the 1 it had", n, err)
	}
}

// TestFromEnv: the test-only variables win over NEO4J_*, and NEO4J_* still
// name the test server when they are the only ones (as .ci/run sets them).
func TestFromEnv(t *testing.T) {
	env := map[string]string{
		"NEO4J_URI": "bolt://user.example:7687", "NEO4J_PASSWORD": "users",
		"CABLEGRAPH_TEST_NEO4J_URI": "bolt://127.0.0.1:7699", "CABLEGRAPH_TEST_NEO4J_PASSWORD": "tests",
	}
	s, ok := FromEnv(func(k string) string { return env[k] })
	if !ok || s.URI != "bolt://127.0.0.1:7699" || s.Password != "tests" || s.Username != "neo4j" {
		t.Errorf("FromEnv = %+v, %v; want the CABLEGRAPH_TEST_ server", s, ok)
	}
	delete(env, "CABLEGRAPH_TEST_NEO4J_URI")
	s, ok = FromEnv(func(k string) string { return env[k] })
	if !ok || s.URI != "bolt://user.example:7687" || s.Password != "users" {
		t.Errorf("FromEnv = %+v, %v; want the NEO4J_ server", s, ok)
	}
	if _, ok := FromEnv(func(string) string { return "" }); ok {
		t.Error("FromEnv found a server in an empty environment")
	}
}
