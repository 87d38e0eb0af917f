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

// TestExtractModel: the built-in pair model adds no pair to the rules'
// (cross-validation found none that pays; extract/data/README.md), so the
// default is -rules-only; -model FILE decides with another model: the
// perceptron shipped until 2026-12-06 adds Brinkley - Kayani to
// 08ISLAMABAD3733 and keeps the rules' pairs.
func TestExtractModel(t *testing.T) {
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
	has := func(pairs []string) bool {
		return slices.Contains(pairs, "Brinkley - Kayani") || slices.Contains(pairs, "Kayani - Brinkley")
	}
	def, rules, model := pairs(), pairs("-rules-only"), pairs("-model", "testdata/meetmodel-2026-12-05.json")
	if !slices.Equal(def, rules) {
		t.Errorf("default pairs %v, -rules-only %v: the built-in model adds pairs", def, rules)
	}
	if has(rules) {
		t.Errorf("-rules-only has the model's pair Brinkley - Kayani: %v", rules)
	}
	if !has(model) {
		t.Errorf("-model: the old perceptron's pair Brinkley - Kayani is missing: %v", model)
	}
	for _, p := range rules {
		if !slices.Contains(model, p) {
			t.Errorf("-model drops the rules' pair %s (rules first)", p)
		}
	}
	if code, _, stderr := runStdin(t, "", "extract", "-q", "-model", "extract_test.go", file); code != 2 || !strings.Contains(stderr, "not a pair model") {
		t.Errorf("-model of a Go file: exit %d, %q", code, stderr)
	}
}
