package main

import (
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cablegraph/cablegraph/cable"
)

// TestScoreCopyBody: the clean body bytes counted byte-wise are those a
// rune-by-rune count gives: every rune but the replacement character (or a
// byte that is no UTF-8) and controls other than newline and tab.
func TestScoreCopyBody(t *testing.T) {
	runeWise := func(s string) int {
		n := 0
		for _, r := range s {
			if r != utf8.RuneError && (r >= ' ' || r == '\n' || r == '\t') {
				n += utf8.RuneLen(r)
			}
		}
		return n
	}
	for i, body := range []string{
		"",
		"plain text.\n\tTabbed.",
		"Bogotá’s mayor – “quoted” ¶ 5",
		"bad \xff\xfe bytes \xc3 and a cut \xe2\x80",
		"a real \uFFFD replacement, \x00 NUL, \r CR, \x7f DEL",
	} {
		c := &cable.Cable{}
		c.Body.String = body
		if got, want := scoreCopy(c).body, runeWise(body); got != want {
			t.Errorf("%d. %q: %d clean bytes, rune by rune %d", i, body, got, want)
		}
	}
}

// TestChooseCopiesWorkers: the first pass picks the same copies and
// writes the same report however many workers share its files: copies of
// 07PARIS3972 (two complete, cut at 300 bytes, cut at 2,000) among the
// bundled sample, read by 1, 2 and 5 workers.
func TestChooseCopiesWorkers(t *testing.T) {
	full, err := os.ReadFile(parisCable)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for name, n := range map[string]int{"a-trunc.txt": 300, "z-trunc.txt": 2000} {
		if err := os.WriteFile(filepath.Join(dir, name), full[:n], 0o644); err != nil {
			t.Fatal(err)
		}
	}
	paths := []string{dir, parisCable, sampleDir}
	var reports []string
	var keeps []map[string]copyID
	for _, workers := range []int{1, 2, 5} {
		var b strings.Builder
		cc := chooseCopies(paths, 0, workers, &b)
		reports, keeps = append(reports, b.String()), append(keeps, cc.keep)
	}
	// Four copies with the sample's own: a complete one is kept.
	if !strings.Contains(reports[0], "07PARIS3972: 4 copies; kept ") || strings.Contains(reports[0], "kept "+dir) {
		t.Fatalf("1 worker kept a cut copy:\n%s", reports[0])
	}
	for i := 1; i < len(reports); i++ {
		if reports[i] != reports[0] || !reflect.DeepEqual(keeps[i], keeps[0]) {
			t.Errorf("workers changed the choice:\n%s\n---\n%s", reports[0], reports[i])
		}
	}
}

// TestChooseCopiesCSV: rows of a cables.csv are skimmed for their IDs
// and only the copies of a repeated ID are parsed: of a row repeated with
// its body cut, in another CSV file, the complete row is kept whichever
// file comes first and however many workers read them; a CSV without
// repeats gives no choice to make.
func TestChooseCopiesCSV(t *testing.T) {
	dir := t.TempDir()
	// A row as the release's cables.csv writes it (MySQL's dump): every
	// field quoted, quotes and backslashes escaped with a backslash.
	row := func(serial int, date, id, origin, body string) string {
		fields := []string{strconv.Itoa(serial), date, id, origin, "CONFIDENTIAL", "", "", body}
		for i, f := range fields {
			f = strings.ReplaceAll(f, `\`, `\\`)
			fields[i] = `"` + strings.ReplaceAll(f, `"`, `\"`) + `"`
		}
		return strings.Join(fields, ",") + "\n"
	}
	write := func(name string, rows ...string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(strings.Join(rows, "")), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	paris := mustRead(t, parisCable)
	other := mustRead(t, filepath.Join(sampleDir, "09PARIS1040.txt"))
	whole := write("whole.csv", row(1, "3/10/2009 16:05", "09PARIS1040", "Embassy Paris", other), row(2, "9/24/2007 16:05", "07PARIS3972", "Embassy Paris", paris))
	part := write("part.csv", row(3, "9/24/2007 16:05", "07PARIS3972", "Embassy Paris", paris[:len(paris)/3]))
	for _, paths := range [][]string{{whole, part}, {part, whole}} {
		for _, workers := range []int{1, 2} {
			var b strings.Builder
			cc := chooseCopies(paths, 0, workers, &b)
			want := "07PARIS3972: 2 copies; kept " + whole + " row 2 ("
			if !strings.HasPrefix(b.String(), want) || strings.Count(b.String(), "\n") != 1 || cc.keep["07PARIS3972"].file != whole {
				t.Errorf("%v, %d workers: report %q, want it to start %q", paths, workers, b.String(), want)
			}
		}
	}
	var b strings.Builder
	if cc := chooseCopies([]string{whole}, 0, 2, &b); len(cc.keep) != 0 || b.Len() != 0 {
		t.Errorf("no repeats: keep %v, report %q", cc.keep, b.String())
	}
}
