package main

import (
	"bytes"
	"context"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cablegraph/cablegraph/graph"
	"github.com/cablegraph/cablegraph/graph/graphtest"
)

// syncBuffer is stderr for a load under test: it may be written by the
// goroutine that probes a lost server while the test reads it, and calls
// onLine with every line written.
type syncBuffer struct {
	mu     sync.Mutex
	buf    bytes.Buffer
	onLine func(string)
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	n, err := b.buf.Write(p)
	var lines []string
	if b.onLine != nil {
		lines = strings.Split(strings.TrimRight(string(p), "\n"), "\n")
	}
	b.mu.Unlock()
	for _, l := range lines {
		b.onLine(l)
	}
	return n, err
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestLoadLostServer runs `cablegraph load` on the sample through a proxy
// that cuts the connections to the test server half-way through the load
// (by bytes sent, not by time). With the server gone for good, the load
// reports each of its attempts as it makes it, then stops with one error
// line that names the server and says how to go on; the same command run
// again, with the server back, skips the cables already loaded and gives
// the graph of a clean load. With the server back during the first wait,
// the load goes on and ends well.
func TestLoadLostServer(t *testing.T) {
	srv := graphtest.Claim(t)
	proxy := graphtest.NewProxy(t, srv)
	ps := proxy.Server()
	t.Setenv("NEO4J_URI", ps.URI)
	t.Setenv("NEO4J_USERNAME", ps.Username)
	t.Setenv("NEO4J_PASSWORD", ps.Password)
	t.Setenv("NEO4J_DATABASE", ps.Database)
	cfg := graph.Config{URI: ps.URI, Username: ps.Username, Password: ps.Password, Database: ps.Database}
	defer func(w time.Duration) { loadRetryWait = w }(loadRetryWait)
	loadRetryWait = 1 // the waits grow from 1 ns: no test waits on them
	args := []string{"load", "-batch-size", "10", sampleDir}

	// A clean load, to compare with and to learn how many bytes it sends.
	before := proxy.Sent()
	code, _, stderr := runCmd(t, args...)
	if code != 0 {
		t.Fatalf("clean load: exit %d\n%s", code, stderr)
	}
	t.Logf("clean:\n%s", stderr)
	half := (proxy.Sent() - before) / 2
	clean := fingerprint(t, cfg)
	cables := summaryCount(t, stderr, `load: (\d+) cables`)
	graphtest.Wipe(t, srv)

	// Lost for good.
	proxy.CutAfter(proxy.Sent() + half)
	var errOut syncBuffer
	code = run(context.Background(), append([]string{"load", "-retries", "3"}, args[1:]...), strings.NewReader(""), &bytes.Buffer{}, &errOut)
	stderr = errOut.String()
	t.Logf("lost for good:\n%s", stderr)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	var attempts []string
	var errLines []string
	for _, l := range lines {
		if m := regexp.MustCompile(`^load: Neo4j at \S+ unreachable, retrying \((\d/\d)\) in `).FindStringSubmatch(l); m != nil {
			attempts = append(attempts, m[1])
		}
		if strings.HasPrefix(l, "cablegraph load:") {
			errLines = append(errLines, l)
		}
	}
	if got := strings.Join(attempts, " "); got != "1/3 2/3 3/3" {
		t.Errorf("attempts reported: %q, want 1/3 2/3 3/3", got)
	}
	last := lines[len(lines)-1]
	if len(errLines) != 1 || errLines[0] != last || !strings.Contains(last, "Neo4j at "+ps.URI+" unreachable: gave up after 3 attempts") ||
		!strings.Contains(last, "run the same command again") || strings.Contains(stderr, ps.Password) {
		t.Errorf("want one last error line naming %s, saying how to go on, without the password; got %q", ps.URI, errLines)
	}
	loaded := summaryCount(t, last, `; (\d+) cables are loaded`)
	if loaded == 0 || loaded >= cables {
		t.Errorf("%d of %d cables loaded before the server was lost; want some", loaded, cables)
	}

	// The same command, with the server back, loads the rest.
	proxy.Restore()
	code, _, stderr = runCmd(t, args...)
	if code != 0 {
		t.Fatalf("resumed load: exit %d\n%s", code, stderr)
	}
	t.Logf("resumed:\n%s", stderr)
	if skipped := summaryCount(t, stderr, `(\d+) already loaded skipped`); skipped != loaded {
		t.Errorf("the resumed load skipped %d cables, want the %d loaded before", skipped, loaded)
	}
	if got := fingerprint(t, cfg); got != clean {
		t.Errorf("lost and resumed: %v, a clean load %v", got, clean)
	}

	// Lost, and back during the first wait.
	graphtest.Wipe(t, srv)
	proxy.CutAfter(proxy.Sent() + half)
	errOut = syncBuffer{onLine: func(l string) {
		if strings.Contains(l, "retrying (1/5)") {
			proxy.Restore()
		}
	}}
	code = run(context.Background(), args, strings.NewReader(""), &bytes.Buffer{}, &errOut)
	stderr = errOut.String()
	t.Logf("lost and back:\n%s", stderr)
	if code != 0 || !strings.Contains(stderr, ps.URI+" unreachable, retrying (1/5)") || !strings.Contains(stderr, ps.URI+" reachable again, loading on") ||
		strings.Contains(stderr, "(2/5)") {
		t.Errorf("exit %d; want 0, one attempt and the server back", code)
	}
	if got := fingerprint(t, cfg); got != clean {
		t.Errorf("lost and back: %v, a clean load %v", got, clean)
	}
}

// summaryCount reads the number that re's group matches in s.
func summaryCount(t *testing.T, s, re string) int {
	t.Helper()
	m := regexp.MustCompile(re).FindStringSubmatch(s)
	if m == nil {
		t.Fatalf("no %s in\n%s", re, s)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}
