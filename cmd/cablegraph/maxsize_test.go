package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cablegraph/cablegraph/cable"
	"github.com/cablegraph/cablegraph/internal/bigcable"
)

// TestMaxSize: every command that reads cables skips one over -max-size
// with a message in the flag's terms, reads the others, and exits 1.
func TestMaxSize(t *testing.T) {
	paris, err := os.ReadFile(parisCable)
	if err != nil {
		t.Fatal(err)
	}
	// A 300 KB cable made of the Paris cable's paragraphs.
	r := cable.NewReader(strings.NewReader(string(paris)), parisCable)
	if !r.Next() {
		t.Fatal(r.Err())
	}
	var paras []string
	for _, p := range r.Cable().Paragraphs {
		paras = append(paras, p.Text)
	}
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	in := bigcable.Text(paras, 300<<10, nil)
	if err := os.WriteFile(big, in, 0o644); err != nil {
		t.Fatal(err)
	}
	want := big + ":1: cable is " + cable.FormatSize(int64(len(in))) + ", over -max-size 100 KB"

	for i, args := range [][]string{
		{"parse", "-q", "-max-size", "100KB", big, parisCable},
		{"extract", "-q", "-max-size", "100KB", big, parisCable},
		{"load", "-q", "-max-size", "100KB", "-out", filepath.Join(dir, "bulk"), big, parisCable},
	} {
		code, stdout, stderr := runStdin(t, "", args...)
		if code != 1 {
			t.Errorf("%d %v: exit %d, want 1", i, args, code)
		}
		if !strings.Contains(stderr, want) || strings.Contains(stderr, "MaxCableSize") {
			t.Errorf("%d %v: stderr lacks %q:\n%s", i, args, want, stderr)
		}
		if args[0] != "load" && !strings.Contains(stdout, "07PARIS3972") {
			t.Errorf("%d %v: the cable under the limit was not read:\n%.300s", i, args, stdout)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "bulk")); err != nil {
		t.Errorf("load wrote no bulk files for the cable under the limit: %v", err)
	}

	// Without the flag, the default takes it.
	if code, _, stderr := runStdin(t, "", "extract", "-q", big); code != 0 {
		t.Errorf("extract of a 300 KB cable under the default limit: exit %d\n%s", code, stderr)
	}
	for i, size := range []string{"0", "-1", "8XB", "MB"} {
		if code, _, stderr := runStdin(t, "", "extract", "-max-size", size); code != 2 || !strings.Contains(stderr, "not a size") {
			t.Errorf("%d: -max-size %s: exit %d, want 2\n%s", i, size, code, stderr)
		}
	}
}

func TestMaxSizeFlag(t *testing.T) {
	for i, tt := range []struct {
		in   string
		want int
	}{
		0: {"8MB", 8 << 20},
		1: {"8 mb", 8 << 20},
		2: {"1.5M", 3 << 19},
		3: {"512KB", 512 << 10},
		4: {"100", 100},
		5: {"100B", 100},
	} {
		var n maxSize
		if err := n.Set(tt.in); err != nil || int(n) != tt.want {
			t.Errorf("%d: Set(%q) = %d, %v; want %d", i, tt.in, n, err, tt.want)
		}
	}
}
