// Package golden reads the parser's golden files (cable/testdata/golden),
// txtar archives whose "input" section is a cable as it comes and whose
// other sections are what the parser makes of it, for the tests of every
// package that reads cables.
package golden

import (
	"bytes"
	"os"
	"testing"
)

// Input returns the input section of the golden file at path.
func Input(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, in, ok := bytes.Cut(b, []byte("-- input --\n"))
	if !ok {
		t.Fatalf("%s: no input section", path)
	}
	if i := bytes.Index(in, []byte("\n-- cables.json --\n")); i >= 0 {
		in = in[:i+1]
	}
	return in
}
