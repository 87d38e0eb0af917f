package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cablegraph/cablegraph/cable"
	"github.com/cablegraph/cablegraph/extract"
	"github.com/cablegraph/cablegraph/pipeline"
)

func TestExtractCommand(t *testing.T) {
	paris, err := os.ReadFile(parisCable)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args      []string
		stdin     string
		code      int
		cables    []string // IDs on stdout, in order
		stderrHas string
	}{
		0: {args: []string{"extract"}, stdin: string(paris), code: 0, cables: []string{"07PARIS3972"}, stderrHas: "extract: 1 cables, 0 failures"},
		1: {args: []string{"extract", "-j", "1", "-q", injectionCable, parisCable, injectionCable}, code: 0,
			cables: []string{"07PARIS9999", "07PARIS3972", "07PARIS9999"}},
		2: {args: []string{"extract", "-q", "testdata/load/missing.txt", parisCable}, code: 1, cables: []string{"07PARIS3972"}, stderrHas: "missing.txt: stat"},
		3: {args: []string{"extract", "-j", "0"}, code: 2, stderrHas: "-j must be at least 1"},
		4: {args: []string{"extract", "-nosuchflag"}, code: 2, stderrHas: "flag provided but not defined"},
	}
	for i, tt := range tests {
		code, stdout, stderr := runStdin(t, tt.stdin, tt.args...)
		if code != tt.code {
			t.Errorf("%d %v: exit %d, want %d; stderr:\n%s", i, tt.args, code, tt.code, stderr)
		}
		var ids []string
		dec := json.NewDecoder(strings.NewReader(stdout))
		for dec.More() {
			var res extract.Result
			if err := dec.Decode(&res); err != nil {
				t.Fatalf("%d: bad JSON: %v", i, err)
			}
			ids = append(ids, res.Cable)
		}
		if strings.Join(ids, " ") != strings.Join(tt.cables, " ") {
			t.Errorf("%d: cables %v on stdout, want %v", i, ids, tt.cables)
		}
		if !strings.Contains(stderr, tt.stderrHas) {
			t.Errorf("%d: stderr lacks %q:\n%s", i, tt.stderrHas, stderr)
		}
		if slices.Contains(tt.args, "-q") && strings.Contains(stderr, "extract:") {
			t.Errorf("%d: -q still prints a summary:\n%s", i, stderr)
		}
	}
}

// TestExtractOrdered: extracting a corpus on several workers writes what
// extracting it one cable after the other does.
func TestExtractOrdered(t *testing.T) {
	const dir = "../../testdata/gold/cables"
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no corpus: %v", err)
	}
	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	var x extract.Extractor
	m := pipeline.NewMultiReader([]string{dir}, nil)
	n, wantCode := 0, 0
	for m.Next() {
		res := x.Extract(m.Cable())
		if res.Error != "" {
			wantCode = 1
		}
		if err := enc.Encode(res); err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n < 10 {
		t.Fatalf("only %d cables in %s", n, dir)
	}
	if m.Failures() > 0 {
		wantCode = 1
	}
	code, stdout, stderr := runCmd(t, "extract", "-j", "3", "-q", dir)
	if code != wantCode {
		t.Errorf("exit %d, want %d\n%s", code, wantCode, stderr)
	}
	if stdout != want.String() {
		t.Errorf("parallel extraction of %d cables differs from one by one", n)
	}
}

// TestExtractStopsOnError: when the consumer fails, the pipeline stops and
// returns its error, even with the reader and the workers blocked sending.
func TestExtractStopsOnError(t *testing.T) {
	const dir = "../../testdata/gold/cables"
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no corpus: %v", err)
	}
	fl := flag.NewFlagSet("test", flag.ContinueOnError)
	ex := addExtractFlags(fl)
	if err := fl.Parse([]string{"-j", "1"}); err != nil {
		t.Fatal(err)
	}
	fails := &failures{w: io.Discard}
	m := openInputs([]string{dir}, nil, 0, fails)
	stop := errors.New("consumer failed")
	done := make(chan error)
	calls := 0
	go func() {
		done <- ex.run(context.Background(), m, fails, nil, func(*cable.Cable, *extract.Result) error {
			calls++
			return stop
		})
	}()
	select {
	case err := <-done:
		if err != stop || calls != 1 {
			t.Errorf("run = %v after %d calls, want %v after 1", err, calls, stop)
		}
	case <-time.After(time.Minute):
		t.Fatal("run hangs after its consumer failed")
	}
}

// TestExtractRulesOnly: -rules-only leaves out the pairs only the pair
// model accepts (08ISLAMABAD3733: the model adds Brinkley - Kayani) and
// keeps the rules' pairs.
func TestExtractRulesOnly(t *testing.T) {
	const file = "../../extract/testdata/cables/08ISLAMABAD3733.html"
	pairs := func(args ...string) []string {
		code, stdout, stderr := runStdin(t, "", append([]string{"extract", "-q"}, append(args, file)...)...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
		var res extract.Result
		if err := json.Unmarshal([]byte(stdout), &res); err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range res.Relations {
			if r.Type == extract.Met {
				out = append(out, r.From+" - "+r.To)
			}
		}
		return out
	}
	all, rules := pairs(), pairs("-rules-only")
	if !slices.Contains(all, "Brinkley - Kayani") && !slices.Contains(all, "Kayani - Brinkley") {
		t.Fatalf("the pair model's pair Brinkley - Kayani is missing by default: %v", all)
	}
	if slices.Contains(rules, "Brinkley - Kayani") || slices.Contains(rules, "Kayani - Brinkley") {
		t.Errorf("-rules-only keeps the model's pair: %v", rules)
	}
	if len(rules) == 0 || len(rules) >= len(all) {
		t.Errorf("-rules-only: %d pairs, default %d", len(rules), len(all))
	}
}
