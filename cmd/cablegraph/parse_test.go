package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseCommand(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile("../../../shared/cables/07PARIS3972.txt")
	if err != nil {
		t.Skipf("shared sample not available: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "07PARIS3972.txt"), good, 0o644)
	os.WriteFile(filepath.Join(dir, "junk.bin"), []byte("\x00\x01\x02binary"), 0o644)

	tests := []struct {
		args      []string
		stdin     string
		code      int
		cables    int
		stderrHas string
	}{
		0: {args: []string{"parse", filepath.Join(dir, "07PARIS3972.txt")}, code: 0, cables: 1, stderrHas: "1 cables, 0 failures"},
		1: {args: []string{"parse"}, stdin: string(good), code: 0, cables: 1},
		2: {args: []string{"parse", dir}, code: 1, cables: 1, stderrHas: "junk.bin:1: binary data"},
		3: {args: []string{"parse", "-max-size", "100", "-"}, stdin: string(good), code: 1, cables: 0, stderrHas: "<stdin>:1: cable is 2.7 KB, over -max-size 100 bytes"},
		4: {args: []string{"parse", "-nosuchflag"}, code: 2},
		5: {args: []string{"parse", filepath.Join(dir, "missing")}, code: 1, stderrHas: "missing"},
		// "cat a.txt a.txt | cablegraph parse": the file ends without a
		// newline, so the second VZCZC is glued to the signature.
		6: {args: []string{"parse", "-"}, stdin: string(good) + string(good), code: 0, cables: 2, stderrHas: "2 cables, 0 failures"},
		7: {args: []string{"parse", "-j", "1", "-"}, stdin: string(good) + string(good), code: 0, cables: 2, stderrHas: "2 cables, 0 failures"},
		8: {args: []string{"parse", "-j", "0", "-"}, code: 2, stderrHas: "-j must be at least 1"},
	}
	for i, tt := range tests {
		code, stdout, stderr := runStdin(t, tt.stdin, tt.args...)
		if code != tt.code {
			t.Errorf("%d %v: exit %d, want %d; stderr:\n%s", i, tt.args, code, tt.code, stderr)
		}
		n := 0
		for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
			if line == "" {
				continue
			}
			var c struct {
				ID         string `json:"id"`
				Paragraphs []any  `json:"paragraphs"`
			}
			if err := json.Unmarshal([]byte(line), &c); err != nil {
				t.Errorf("%d: bad JSON line: %v", i, err)
			}
			if c.ID != "07PARIS3972" || len(c.Paragraphs) != 3 {
				t.Errorf("%d: got cable %q with %d paragraphs", i, c.ID, len(c.Paragraphs))
			}
			n++
		}
		if n != tt.cables {
			t.Errorf("%d: %d cables on stdout, want %d", i, n, tt.cables)
		}
		if !strings.Contains(stderr, tt.stderrHas) {
			t.Errorf("%d: stderr lacks %q:\n%s", i, tt.stderrHas, stderr)
		}
	}
}
