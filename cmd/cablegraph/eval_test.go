package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// parisGold annotates 07PARIS3972 for the CLI tests; the real gold set is
// testdata/gold, scored by extract/eval's TestGoldSet.
const parisGold = `{"cable": "07PARIS3972",
 "people": [
  {"name": "Kouchner", "aliases": [], "titles": ["Foreign Minister"], "country": "FR"},
  {"name": "Lavrov", "aliases": [], "titles": ["Foreign Minister"], "country": "RU"},
  {"name": "Josiah Rosenblatt", "aliases": ["Rosenblatt"], "titles": ["Political Minister-Counselor", "Pol M/C"], "country": "US"},
  {"name": "Isabelle Dumont", "aliases": ["Dumont"], "titles": ["MFA Cabinet Counselor for Russia, Balkans, CIS"], "country": "FR"}],
 "countries": ["FR", "RU", "XK", "IR", "US"],
 "met": [{"a": "Kouchner", "b": "Lavrov", "date": "2007-09-18", "place": "Moscow"},
         {"a": "Rosenblatt", "b": "Dumont", "date": "2007-09-20", "place": null}]}`

// evalFixture makes a gold dir holding parisGold and, under cables/, the
// real cable, plus whatever extra files are given.
func evalFixture(t *testing.T, extra map[string]string) string {
	t.Helper()
	text, err := os.ReadFile("../../testdata/gold/cables/07PARIS3972.txt")
	if err != nil {
		t.Skipf("no cable for the eval fixture: %v", err)
	}
	dir := t.TempDir()
	files := map[string]string{
		"07PARIS3972.json":       parisGold,
		"cables/07PARIS3972.txt": string(text),
	}
	for name, body := range extra {
		files[name] = body
	}
	for name, body := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestEvalCommand(t *testing.T) {
	tests := []struct {
		name     string
		args     func(dir string) []string
		extra    map[string]string
		code     int
		stdout   []string // substrings, in order
		stderr   []string
		noStdout bool
	}{
		{
			name:   "no gold dir is a usage error",
			args:   func(string) []string { return nil },
			code:   2,
			stderr: []string{"usage: cablegraph eval"},
		},
		{
			name:   "unknown flag",
			args:   func(dir string) []string { return []string{"-x", dir} },
			code:   2,
			stderr: []string{"flag provided but not defined: -x"},
		},
		{
			name:   "no workers",
			args:   func(dir string) []string { return []string{"-j", "0", dir} },
			code:   2,
			stderr: []string{"-j must be at least 1"},
		},
		{
			name:   "help",
			args:   func(string) []string { return []string{"-h"} },
			code:   0,
			stderr: []string{"usage: cablegraph eval", "-baseline"},
		},
		{
			name:     "gold dir without annotations",
			args:     func(dir string) []string { return []string{filepath.Join(dir, "cables")} },
			code:     1,
			stderr:   []string{"no gold annotations"},
			noStdout: true,
		},
		{
			name: "both systems side by side",
			args: func(dir string) []string { return []string{dir} },
			code: 0,
			stdout: []string{"cablegraph", "prose v3", "P", "R", "F1",
				"people", "titles", "countries", "MET", "MET date acc",
				"counts", "gold", "people", "4", "cables", "1"},
		},
		{
			name:   "verbose lists the errors of each cable",
			args:   func(dir string) []string { return []string{"-v", "-baseline=false", dir} },
			code:   0,
			stdout: []string{"people", "== 07PARIS3972", "-- cablegraph: people R"},
		},
		{
			name:   "a broken annotation fails the run but not the figures",
			args:   func(dir string) []string { return []string{"-baseline=false", dir, filepath.Join(dir, "cables")} },
			extra:  map[string]string{"08ROME1191.json": `{"cable": "08ROME1191", "people": [`},
			code:   1,
			stdout: []string{"people"},
			stderr: []string{"08ROME1191.json:1:"},
		},
		{
			name:     "a cable without gold is skipped, and nothing scored fails",
			args:     func(dir string) []string { return []string{dir, filepath.Join(dir, "other", "09PARIS1007.txt")} },
			extra:    map[string]string{"other/09PARIS1007.txt": mustRead(t, "../../testdata/gold/cables/09PARIS1007.txt")},
			code:     1,
			stderr:   []string{"cable 09PARIS1007 has no gold annotation", "nothing scored"},
			noStdout: true,
		},
		{
			name: "a missing file is reported",
			args: func(dir string) []string {
				return []string{"-baseline=false", dir, filepath.Join(dir, "cables"), filepath.Join(dir, "nope.txt")}
			},
			code:   1,
			stdout: []string{"people"},
			stderr: []string{"nope.txt"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := evalFixture(t, tt.extra)
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), append([]string{"eval"}, tt.args(dir)...), strings.NewReader(""), &stdout, &stderr)
			if code != tt.code {
				t.Errorf("exit %d, want %d\nstderr:\n%s", code, tt.code, stderr.String())
			}
			inOrder(t, "stdout", stdout.String(), tt.stdout)
			inOrder(t, "stderr", stderr.String(), tt.stderr)
			if tt.noStdout && stdout.Len() > 0 {
				t.Errorf("stdout should be empty:\n%s", stdout.String())
			}
		})
	}
}

func mustRead(t *testing.T, file string) string {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Skipf("%v", err)
	}
	return string(data)
}

// inOrder checks that text holds each of want, in order.
func inOrder(t *testing.T, name, text string, want []string) {
	t.Helper()
	rest := text
	for _, w := range want {
		i := strings.Index(rest, w)
		if i < 0 {
			t.Errorf("%s lacks %q (in order):\n%s", name, w, text)
			return
		}
		rest = rest[i+len(w):]
	}
}

// TestEvalSplits: a split gold set is scored on train, dev and seen-test
// unless -splits names the test split, which is scored only to report.
func TestEvalSplits(t *testing.T) {
	parent := t.TempDir()
	for _, split := range []string{"train", "test"} {
		if err := os.Rename(evalFixture(t, nil), filepath.Join(parent, split)); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		args       []string
		code       int
		want, not  string
		wantStderr string
	}{
		{[]string{"-baseline=false", parent}, 0, "== " + filepath.Join(parent, "train"), "== " + filepath.Join(parent, "test"), ""},
		{[]string{"-baseline=false", "-splits", "test", parent}, 0, "== " + filepath.Join(parent, "test"), "== " + filepath.Join(parent, "train"), ""},
		{[]string{"-baseline=false", "-splits", "dev", parent}, 1, "", "==", "has none of the splits dev"},
		{[]string{"-baseline=false", "-splits", "tset", parent}, 2, "", "==", `unknown split "tset"`},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), append([]string{"eval"}, tt.args...), strings.NewReader(""), &stdout, &stderr)
		if code != tt.code {
			t.Errorf("%v: exit %d, want %d\nstderr:\n%s", tt.args, code, tt.code, stderr.String())
		}
		if !strings.Contains(stdout.String(), tt.want) || strings.Contains(stdout.String(), tt.not) {
			t.Errorf("%v: stdout should hold %q and not %q:\n%s", tt.args, tt.want, tt.not, stdout.String())
		}
		if !strings.Contains(stderr.String(), tt.wantStderr) {
			t.Errorf("%v: stderr lacks %q:\n%s", tt.args, tt.wantStderr, stderr.String())
		}
	}
}
