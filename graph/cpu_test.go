package graph

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// cpuClock measures the CPU time spent by this process and, when it runs
// under scripts/neo4j-test-server on this machine, by the Neo4j server. On
// a shared machine wall-clock rates say as much about the neighbours as
// about the loader; CPU time does not.
type cpuClock struct{ serverPid int }

func newCPUClock() cpuClock {
	state := os.Getenv("CABLEGRAPH_NEO4J_STATE")
	if state == "" {
		state = "/tmp/cablegraph-neo4j"
	}
	data, err := os.ReadFile(filepath.Join(state, "neo4j.pid"))
	if err != nil {
		return cpuClock{}
	}
	pid, _ := strconv.Atoi(strings.TrimSpace(string(data)))
	return cpuClock{serverPid: pid}
}

// now returns the CPU time used so far by the client and by the server
// (zero when unknown).
func (c cpuClock) now() (client, server time.Duration) {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		client = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	if c.serverPid == 0 {
		return client, 0
	}
	stat, err := os.ReadFile("/proc/" + strconv.Itoa(c.serverPid) + "/stat")
	if err != nil {
		return client, 0
	}
	// Fields after the command name (which may hold spaces): utime and
	// stime are the 12th and 13th, in clock ticks of 1/100 s on Linux.
	s := string(stat)
	fields := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(fields) < 13 {
		return client, 0
	}
	ut, _ := strconv.ParseInt(fields[11], 10, 64)
	st, _ := strconv.ParseInt(fields[12], 10, 64)
	return client, time.Duration(ut+st) * 10 * time.Millisecond
}
