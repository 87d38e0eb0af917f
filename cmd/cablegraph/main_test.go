package main

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"

	"github.com/cablegraph/cablegraph/graph/graphtest"
)

// runCmd runs the CLI with args and empty stdin, and returns its exit code
// and output.
func runCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	return runStdin(t, "", args...)
}

// runStdin runs the CLI with args, reading stdin.
func runStdin(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// TestHelp: every command answers -h with its usage and flags on stderr,
// nothing on stdout, and exit status 0; the command list is a usage error
// without a command.
func TestHelp(t *testing.T) {
	for name := range commands {
		code, stdout, stderr := runCmd(t, name, "-h")
		if code != 0 || stdout != "" || !strings.HasPrefix(stderr, "usage: cablegraph "+name+" ") || !strings.Contains(stderr, "\nflags:\n") {
			t.Errorf("%s -h: exit %d, stdout %q, stderr:\n%s", name, code, stdout, stderr)
		}
	}
	for _, tt := range []struct {
		args []string
		code int
	}{
		{nil, 2},
		{[]string{"-h"}, 0},
		{[]string{"help"}, 0},
		{[]string{"nosuch"}, 2},
	} {
		code, _, stderr := runCmd(t, tt.args...)
		if code != tt.code || !strings.Contains(stderr, "usage: cablegraph COMMAND") {
			t.Errorf("%v: exit %d, want %d; stderr:\n%s", tt.args, code, tt.code, stderr)
		}
	}
}

// TestMain clears the NEO4J_* variables before any test runs: the commands
// under test read them, and a developer's shell may point them at a real
// database with real data. Only the tests that claim the test server (see
// neo4jTest) set them again, to that server, for their own duration.
func TestMain(m *testing.M) {
	if s, ok := graphtest.FromEnv(os.Getenv); ok {
		// Keep the test server for graphtest, which reads it from here.
		os.Setenv("CABLEGRAPH_TEST_NEO4J_URI", s.URI)
		os.Setenv("CABLEGRAPH_TEST_NEO4J_USERNAME", s.Username)
		os.Setenv("CABLEGRAPH_TEST_NEO4J_PASSWORD", s.Password)
		os.Setenv("CABLEGRAPH_TEST_NEO4J_DATABASE", s.Database)
	}
	for _, v := range []string{"NEO4J_URI", "NEO4J_USERNAME", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"} {
		os.Unsetenv(v)
	}
	os.Exit(m.Run())
}
