package pipeline

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cablegraph/cablegraph/cable"

	"github.com/cablegraph/cablegraph/internal/golden"
)

// goldenInput returns the input section of golden file name of package
// cable.
func goldenInput(t testing.TB, name string) []byte {
	t.Helper()
	return golden.Input(t, filepath.Join("../cable/testdata/golden", name+".txtar"))
}

// TestMultiReader reads a directory, a gzip file and stdin in one go, and
// goes on past an input that does not exist.
func TestMultiReader(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), goldenInput(t, "07PARIS3972"), 0o644)
	os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(goldenInput(t, "cables_tiny"))
	zw.Close()
	os.WriteFile(filepath.Join(dir, "sub", "rows.csv.gz"), gz.Bytes(), 0o644)
	os.WriteFile(filepath.Join(dir, "README.md"), []byte("# not a cable"), 0o644)
	m := NewMultiReader([]string{dir, filepath.Join(dir, "missing.txt"), "-"}, bytes.NewReader(goldenInput(t, "08MANAMA233")))
	var ids []string
	for m.Next() {
		ids = append(ids, m.Cable().ID)
	}
	if len(ids) != 1+12+1 || ids[0] != "07PARIS3972" || ids[len(ids)-1] != "08MANAMA233" {
		t.Errorf("read %v", ids)
	}
	if m.Failures() != 1 || !errors.Is(m.Err(), os.ErrNotExist) {
		t.Errorf("failures %d, err %v; want the missing file", m.Failures(), m.Err())
	}
}

// TestMultiReaderKeepsEveryPathError gives more bad paths than the
// errors a reader keeps, both kinds: paths missing when NewMultiReader
// expands them, and files that vanish before they are opened. Each must
// reach the caller the way the CLI takes them (Err right after
// NewMultiReader, then OnError) exactly once, and Failures must count it.
func TestMultiReaderKeepsEveryPathError(t *testing.T) {
	const n = maxKeptErrors + 25
	dir := t.TempDir()
	var missing []string
	for i := range n {
		missing = append(missing, filepath.Join(dir, fmt.Sprintf("missing%d.txt", i)))
	}
	vanishing := filepath.Join(dir, "vanishing")
	os.Mkdir(vanishing, 0o755)
	for i := range n {
		os.WriteFile(filepath.Join(vanishing, fmt.Sprintf("v%04d.txt", i)), []byte("x"), 0o644)
	}
	m := NewMultiReader(append(missing, vanishing), nil)
	if len(m.Inputs()) != n {
		t.Fatalf("%d inputs, want %d", len(m.Inputs()), n)
	}
	os.RemoveAll(vanishing)

	seen := map[string]int{}
	reportErr := func(err error) {
		var pe *cable.ParseError
		if !errors.As(err, &pe) || !errors.Is(err, os.ErrNotExist) {
			t.Errorf("unexpected error %v", err)
			return
		}
		seen[pe.File]++
	}
	m.OnError = reportErr
	for _, err := range m.Err().(cable.ErrorList) {
		reportErr(err)
	}
	for m.Next() {
		t.Errorf("read a cable from %s", m.Cable().Source.File)
	}
	if len(seen) != 2*n {
		t.Errorf("%d bad paths reported, want %d", len(seen), 2*n)
	}
	for file, k := range seen {
		if k != 1 {
			t.Errorf("%s reported %d times", file, k)
		}
	}
	if m.Failures() != 2*n {
		t.Errorf("Failures() = %d, want %d", m.Failures(), 2*n)
	}
	// Err holds every missing path, then the first of the later errors,
	// and counts the rest.
	l := m.Err().(cable.ErrorList)
	if last := l[len(l)-1].Error(); !strings.Contains(last, fmt.Sprintf("%d more errors not kept", 2*n-len(l)+1)) {
		t.Errorf("last error %q does not count the errors not kept", last)
	}
}
