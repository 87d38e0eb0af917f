package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEmbeddedModelRebuilds: the pair model built into the binary is the
// one that extract/data/README.md's command makes from the committed gold
// sets, byte for byte. A change to the candidates, their features or the
// gold makes it stale: rerun that command and commit its output.
func TestEmbeddedModelRebuilds(t *testing.T) {
	if testing.Short() {
		t.Skip("retrains the model (half a minute)")
	}
	out := filepath.Join(t.TempDir(), "meetmodel.json")
	root := "../.."
	code, _, stderr := runStdin(t, "", "train", "-rules-first", "-o", out, "-dev", root+"/testdata/gold-meetings/dev",
		"-select", root+"/testdata/gold-meetings/dev,"+root+"/testdata/gold-meetings/seen-test",
		root+"/testdata/gold-meetings/train", root+"/testdata/gold", root+"/testdata/gold-heldout")
	if code != 0 {
		t.Fatalf("train: exit %d: %s", code, stderr)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(root + "/extract/data/meetmodel.json")
	if err != nil {
		t.Fatal(err)
	}
	// The about line names the gold sets as given on the command line.
	got = bytes.ReplaceAll(got, []byte(root+"/"), nil)
	if !bytes.Equal(got, want) {
		t.Errorf("extract/data/meetmodel.json is not what cablegraph train makes of the committed gold sets; rebuild it:\n  go run ./cmd/cablegraph train -rules-first testdata/gold-meetings/train testdata/gold testdata/gold-heldout\n(got %d bytes, want %d)", len(got), len(want))
	}
	if !strings.Contains(stderr, "candidates cover") {
		t.Errorf("train says nothing of its candidates' coverage: %q", stderr)
	}
}

// TestTrainRefusesTestSplit: a gold set named "test" is scored to report,
// never trained on nor used to choose between the model and the rules.
func TestTrainRefusesTestSplit(t *testing.T) {
	test := filepath.Join(t.TempDir(), "test")
	if err := os.Mkdir(test, 0o755); err != nil {
		t.Fatal(err)
	}
	root := "../.."
	for _, args := range [][]string{
		{"train", "-rules-first", "-o", filepath.Join(t.TempDir(), "m.json"), test},
		{"train", "-rules-first", "-o", filepath.Join(t.TempDir(), "m.json"), "-select", root + "/testdata/gold-meetings/dev, " + test, root + "/testdata/gold"},
	} {
		code, _, stderr := runStdin(t, "", args...)
		if code != 2 || !strings.Contains(stderr, "looks like a test split") {
			t.Errorf("%v: exit %d, %q; want 2 and a refusal", args, code, stderr)
		}
	}
}
