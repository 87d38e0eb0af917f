package graph

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"strconv"
	"testing"
	"time"
)

func TestZZPhase(t *testing.T) {
	drv, c := testDriver(t)
	ctx := context.Background()
	next := synthetic(6000, 20000, 8)
	nb, eb := newBatch(), newBatch()
	for i := 0; i < 6000; i++ {
		r := next(i)
		nb.add(&Record{Cable: r.Cable, Nodes: r.Nodes})
		eb.add(&Record{Cable: r.Cable, Edges: r.Edges})
	}
	size := 10000
	if n, err := strconv.Atoi(os.Getenv("SIZE")); err == nil {
		size = n
	}
	l, err := NewLoader(ctx, drv, c.Database, size)
	if err != nil {
		t.Fatal(err)
	}
	clock := newCPUClock()
	phase := func(name string, n int, f func() error) {
		jfr := os.Getenv("JFR") != "" && strings.HasPrefix(name, os.Getenv("JFR"))
		if jfr {
			exec.Command("jcmd", strconv.Itoa(clock.serverPid), "JFR.start", "name=z", "settings=/tmp/cg-speed/fast.jfc", "filename=/tmp/cg-speed/z.jfr").Run()
		}
		c0, s0 := clock.now()
		start := time.Now()
		if err := f(); err != nil {
			t.Fatal(err)
		}
		w := time.Since(start)
		c1, s1 := clock.now()
		if jfr {
			exec.Command("jcmd", strconv.Itoa(clock.serverPid), "JFR.stop", "name=z").Run()
		}
		t.Logf("%-28s %7d rows %6.2fs wall %8.0f rows/s  client %5.2fs server %5.2fs cpu  %.1f us/row server", name, n, w.Seconds(), float64(n)/w.Seconds(), (c1 - c0).Seconds(), (s1 - s0).Seconds(), float64((s1-s0).Microseconds())/float64(n))
	}
	phase("nodes", nb.NodeCount(), func() error { return l.Write(ctx, nb) })
	for _, kind := range eb.Kinds() {
		one := &Batch{Edges: map[EdgeKind][]Edge{kind: eb.Edges[kind]}}
		phase(kind.String(), len(eb.Edges[kind]), func() error { return l.Write(ctx, one) })
	}
}
