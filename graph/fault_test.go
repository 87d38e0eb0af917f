package graph

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/cablegraph/cablegraph/graph/graphtest"
)

// Faults during a load: the server lost (through a proxy that cuts the
// connections, or a server of the test's own killed), one retry budget
// for the whole load, one error, and a second run that resumes.

// afterWrites is a Sink that runs fault after the n-th batch written, so
// that a server is lost in the middle of a load at a point that does not
// depend on timing. It passes Stored on, so that the Batcher resumes.
type afterWrites struct {
	*Loader
	n, writes int
	fault     func()
}

func (s *afterWrites) Write(ctx context.Context, b *Batch) error {
	err := s.Loader.Write(ctx, b)
	if s.writes++; s.writes == s.n {
		s.fault()
	}
	return err
}

// events records the Loader's retry events.
type events struct {
	mu   sync.Mutex
	list []RetryEvent
}

func (e *events) add(ev RetryEvent) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.list = append(e.list, ev)
}

// String renders the events as "1 2 back", the attempts and returns.
func (e *events) String() string {
	e.mu.Lock()
	defer e.mu.Unlock()
	var parts []string
	for _, ev := range e.list {
		if ev.Back {
			parts = append(parts, "back")
		} else {
			parts = append(parts, fmt.Sprintf("%d/%d", ev.Attempt, ev.Retries))
		}
	}
	return strings.Join(parts, " ")
}

// loadThrough loads recs through a Loader set up by setup and wrapped by
// wrap (either may be nil) and returns the Batcher and the load's error.
func loadThrough(t testing.TB, drv neo4j.DriverWithContext, db string, recs []*Record, size int,
	setup func(*Loader), wrap func(*Loader) Sink) (*Loader, *Batcher, error) {
	t.Helper()
	ctx := context.Background()
	l, err := NewLoader(ctx, drv, db, size)
	if err != nil {
		t.Fatal(err)
	}
	l.RetryWait = 1 // the waits grow from 1 ns: no test waits on them
	if setup != nil {
		setup(l)
	}
	var sink Sink = l
	if wrap != nil {
		sink = wrap(l)
	}
	bt := NewBatcher(sink, size)
	for _, r := range recs {
		if _, err := bt.Add(ctx, r); err != nil {
			return l, bt, err
		}
	}
	return l, bt, bt.Close(ctx)
}

func syntheticRecords(n int) []*Record {
	next := synthetic(n, n/2, 5)
	recs := make([]*Record, n)
	for i := range recs {
		recs[i] = next(i)
	}
	return recs
}

// marked counts the cables marked loaded.
func marked(t testing.TB, drv neo4j.DriverWithContext, db string) int {
	t.Helper()
	tab, err := Read(context.Background(), drv, db, "MATCH (c:Cable) WHERE c.load_hash IS NOT NULL RETURN count(c)", nil)
	if err != nil {
		t.Fatal(err)
	}
	return int(tab.Rows[0][0].(int64))
}

// TestLoadResume: a second load skips the cables the first stored, gives
// the graph of one load, reloads a cable whose facts changed, and with
// Reload skips nothing.
func TestLoadResume(t *testing.T) {
	drv, c := testDriver(t)
	recs := append(fixture(), syntheticRecords(200)...)
	load(t, drv, c.Database, recs, 300)
	whole := checksum(t, drv, c.Database)
	wipe(t, c)

	_, bt, err := loadThrough(t, drv, c.Database, recs[:100], 300, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	first := 100 - bt.Skipped // the fixture holds one cable twice
	_, bt, err = loadThrough(t, drv, c.Database, recs, 300, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bt.Resumed != first {
		t.Errorf("the second load skipped %d cables, want the %d of the first", bt.Resumed, first)
	}
	if got := checksum(t, drv, c.Database); got != whole {
		t.Errorf("two loads give %v, one %v", got, whole)
	}

	// A cable whose text changed gives other facts: loaded again.
	changed := *recs[50]
	changed.Nodes = append([]Node(nil), changed.Nodes...)
	changed.Nodes[0].Props = Props{"date": changed.Nodes[0].Props["date"], "subject": "CORRECTED SUBJECT", "classification": "UNCLASSIFIED"}
	recs[50] = &changed
	l, bt, err := loadThrough(t, drv, c.Database, recs, 300, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if all := len(recs) - bt.Skipped; bt.Resumed != all-1 || l.Stats().Cables != 1 {
		t.Errorf("after changing one cable: %d skipped, %d loaded; want %d and 1", bt.Resumed, l.Stats().Cables, all-1)
	}
	tab, err := Read(context.Background(), drv, c.Database, "MATCH (c:Cable {key: $k}) RETURN c.subject", map[string]any{"k": changed.Cable})
	if err != nil || len(tab.Rows) != 1 || tab.Rows[0][0] != "CORRECTED SUBJECT" {
		t.Errorf("the changed cable was not reloaded: %v %v", tab, err)
	}

	_, bt, err = loadThrough(t, drv, c.Database, recs, 300, func(l *Loader) { l.Reload = true }, nil)
	if err != nil || bt.Resumed != 0 {
		t.Errorf("with Reload: %d skipped (%v), want 0", bt.Resumed, err)
	}
}

// cleanLoadThroughProxy claims the test server, connects to it through a
// proxy that can cut the connections, and loads synthetic records once to
// know the checksum of a clean load; the graph is emptied again for the
// load under test.
func cleanLoadThroughProxy(t *testing.T) (proxy *graphtest.Proxy, drv neo4j.DriverWithContext, c Config, recs []*Record, clean Fingerprint) {
	t.Helper()
	srv := graphtest.Claim(t)
	proxy = graphtest.NewProxy(t, srv)
	c = configOf(proxy.Server())
	ctx := context.Background()
	drv, err := Connect(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { drv.Close(ctx) })
	recs = syntheticRecords(300)
	load(t, drv, c.Database, recs, 200)
	clean = checksum(t, drv, c.Database)
	wipe(t, c)
	return proxy, drv, c, recs, clean
}

// TestLoadServerLostAndBack: the connections to the server are cut in the
// middle of a load and the server comes back during the first wait. One
// attempt is reported for the whole load, however many transactions
// failed, and the load ends with the graph of a clean load.
func TestLoadServerLostAndBack(t *testing.T) {
	proxy, drv, c, recs, clean := cleanLoadThroughProxy(t)

	var ev events
	_, bt, err := loadThrough(t, drv, c.Database, recs, 200, func(l *Loader) {
		l.Workers = 4
		l.OnRetry = func(e RetryEvent) {
			ev.add(e)
			if !e.Back {
				proxy.Restore()
			}
		}
	}, func(l *Loader) Sink { return &afterWrites{Loader: l, n: 3, fault: proxy.Cut} })
	if err != nil {
		t.Fatalf("the load failed although the server came back: %v (events %s)", err, &ev)
	}
	if got, want := ev.String(), "1/5 back"; got != want {
		t.Errorf("retry events %q, want %q", got, want)
	}
	if bt.Resumed != 0 {
		t.Errorf("%d cables skipped in a first load", bt.Resumed)
	}
	if got := checksum(t, drv, c.Database); got != clean {
		t.Errorf("a load that lost its server gives %v, a clean load %v", got, clean)
	}
}

// TestLoadServerLostGivesUp: the server stays lost. Every transaction
// waits on the same attempts, 3 of them, reported in order; then the load
// fails with one error of one line naming the server. Loading again, with
// the server back, skips the cables the first load finished and gives the
// graph of a clean load.
func TestLoadServerLostGivesUp(t *testing.T) {
	proxy, drv, c, recs, clean := cleanLoadThroughProxy(t)

	var ev events
	l, _, err := loadThrough(t, drv, c.Database, recs, 200, func(l *Loader) {
		l.Workers = 4
		l.Retries = 3
		l.OnRetry = ev.add
	}, func(l *Loader) Sink { return &afterWrites{Loader: l, n: 3, fault: proxy.Cut} })
	checkGaveUp(t, err, &ev, "1/3 2/3 3/3", c)

	proxy.Restore()
	done := marked(t, drv, c.Database)
	if done == 0 || done == len(recs) || int64(done) != l.Stats().Cables {
		t.Errorf("%d cables marked loaded, the loader says %d; want some of %d", done, l.Stats().Cables, len(recs))
	}
	_, bt, err := loadThrough(t, drv, c.Database, recs, 200, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bt.Resumed != done {
		t.Errorf("the second load skipped %d cables, want the %d the first finished", bt.Resumed, done)
	}
	if got := checksum(t, drv, c.Database); got != clean {
		t.Errorf("a resumed load gives %v, a clean load %v", got, clean)
	}
}

// checkGaveUp checks the error of a load whose server stayed lost: one
// UnreachableError, after the retry events want, one line naming the
// server without the password.
func checkGaveUp(t *testing.T, err error, ev *events, want string, c Config) {
	t.Helper()
	var lost *UnreachableError
	if !errors.As(err, &lost) {
		t.Fatalf("the load ended with %v, want an UnreachableError (events %s)", err, ev)
	}
	t.Logf("error: %v", err)
	if got := ev.String(); got != want {
		t.Errorf("retry events %q, want %q", got, want)
	}
	msg := err.Error()
	if strings.Contains(msg, "\n") || strings.Count(msg, "unreachable") != 1 || !strings.Contains(msg, c.URI) ||
		strings.Contains(msg, c.Password) {
		t.Errorf("want one line naming %s once, without the password: %q", c.URI, msg)
	}
}

// ownServer starts a Neo4j of the test's own, on a free port with its
// store in a temporary directory, and stops it when the test ends: a test
// that kills a server kills only its own. The server watches a process
// (the test binary, unless told otherwise) and stops itself when that
// process is gone, so that a killed test leaves no server behind.
type ownServer struct {
	t      *testing.T
	script string
	state  string
	port   string
	watch  int // the pid the server watches
	cfg    Config
}

func startOwnServer(t *testing.T) *ownServer {
	t.Helper()
	s := newOwnServer(t, os.Getpid())
	start := time.Now()
	s.run("start", "--fresh", "--port", s.port)
	t.Logf("own server started in %v", time.Since(start).Round(time.Millisecond))
	t.Cleanup(func() { s.run("stop") })
	return s
}

// newOwnServer readies a server of the test's own that watches pid,
// without starting it.
func newOwnServer(t *testing.T, pid int) *ownServer {
	t.Helper()
	graphtest.Config(t) // skips without a test server, as every Neo4j test
	script, err := filepath.Abs(filepath.Join("..", "scripts", "neo4j-test-server"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := exec.LookPath("java"); err != nil {
		skipUnlessRequired(t, "no java to run a server of the test's own")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	ln.Close()
	s := &ownServer{t: t, script: script, state: t.TempDir(), port: port, watch: pid}
	s.cfg = Config{URI: "bolt://127.0.0.1:" + port, Username: "neo4j", Password: "own-server-password"}
	return s
}

// run runs the test-server script on this server's state directory only.
func (s *ownServer) run(args ...string) {
	s.t.Helper()
	if out, err := s.command(args...).CombinedOutput(); err != nil {
		s.t.Fatalf("neo4j-test-server %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

func (s *ownServer) command(args ...string) *exec.Cmd {
	cmd := exec.Command(s.script, args...)
	cmd.Env = append(os.Environ(), "CABLEGRAPH_NEO4J_STATE="+s.state, "NEO4J_PASSWORD="+s.cfg.Password,
		"CABLEGRAPH_NEO4J_WATCH_PID="+strconv.Itoa(s.watch))
	return cmd
}

// TestOwnServerStopsWithItsParent: a server started for a process that is
// then killed (SIGKILL, no clean-up of its own) stops by itself, as a test
// binary's own server does when the binary is killed.
func TestOwnServerStopsWithItsParent(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a server")
	}
	parent := exec.Command("sleep", "600")
	if err := parent.Start(); err != nil {
		t.Fatal(err)
	}
	defer parent.Process.Kill()
	s := newOwnServer(t, parent.Process.Pid)
	s.run("start", "--fresh", "--port", s.port)
	t.Cleanup(func() { s.run("stop") }) // in case it does not stop by itself
	pid, err := os.ReadFile(filepath.Join(s.state, "neo4j.pid"))
	if err != nil {
		t.Fatal(err)
	}
	parent.Process.Kill()
	parent.Wait()
	killed := time.Now()
	for s.command("status").Run() == nil { // status exits 3 once the server is gone
		if time.Since(killed) > 90*time.Second {
			t.Fatalf("the server (pid %s) still runs 90 s after the process it watches was killed", strings.TrimSpace(string(pid)))
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Logf("the server stopped %v after its parent was killed", time.Since(killed).Round(time.Millisecond))
	if c, err := net.DialTimeout("tcp", "127.0.0.1:"+s.port, time.Second); err == nil {
		c.Close()
		t.Errorf("port %s still open after the server stopped", s.port)
	}
	log, _ := os.ReadFile(filepath.Join(s.state, "neo4j.log"))
	if !strings.Contains(string(log), "is gone; shutting down") || !strings.Contains(string(log), "cablegraph-neo4j: stopped") {
		t.Errorf("the server's log does not show a clean stop on its parent's death:\n%s", log)
	}
}

// TestLoadServerKilled kills (SIGKILL) a server of the test's own in the
// middle of a load: the load gives up after its retries with one error,
// and once the server is restarted on the same store a second load skips
// what the first committed and gives the graph of a clean load.
func TestLoadServerKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("starts, kills and restarts a server")
	}
	s := startOwnServer(t)
	ctx := context.Background()
	drv, err := Connect(ctx, s.cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(ctx)
	recs := syntheticRecords(400)
	start := time.Now()
	load(t, drv, "", recs, 1000)
	clean := checksum(t, drv, "")
	t.Logf("clean load: %v in %v", clean, time.Since(start).Round(time.Millisecond))
	graphtest.Wipe(t, graphtest.Server{URI: s.cfg.URI, Username: s.cfg.Username, Password: s.cfg.Password}) // our own server

	var ev events
	l, _, err := loadThrough(t, drv, "", recs, 1000, func(l *Loader) {
		l.Retries = 3
		l.OnRetry = ev.add
	}, func(l *Loader) Sink { return &afterWrites{Loader: l, n: 3, fault: func() { s.run("kill") }} })
	checkGaveUp(t, err, &ev, "1/3 2/3 3/3", s.cfg)
	done := l.Stats().Cables
	t.Logf("killed after %d cables loaded, %v after the clean load", done, time.Since(start).Round(time.Millisecond))

	s.run("start", "--port", s.port)
	t.Logf("restarted, %v after the clean load", time.Since(start).Round(time.Millisecond))
	drv2, err := Connect(ctx, s.cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer drv2.Close(ctx)
	if got := marked(t, drv2, ""); int64(got) != done || got == 0 || got == len(recs) {
		t.Errorf("after the restart %d cables are marked loaded, the loader said %d; want some of %d", got, done, len(recs))
	}
	_, bt, err := loadThrough(t, drv2, "", recs, 1000, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if int64(bt.Resumed) != done {
		t.Errorf("the second load skipped %d cables, want the %d the first finished", bt.Resumed, done)
	}
	if got := checksum(t, drv2, ""); got != clean {
		t.Errorf("killed and resumed: %v, a clean load %v", got, clean)
	}
}
