package cable

import (
	"bytes"
	"errors"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/txtar"
)

// seed adds the golden inputs of one format to a fuzz corpus.
func seed(f *testing.F, format Format) {
	files, _ := filepath.Glob("testdata/golden/*.txtar")
	for _, file := range files {
		ar, err := txtar.ParseFile(file)
		if err != nil || len(ar.Files) == 0 {
			continue
		}
		in := ar.Files[0].Data
		if detect(in[:min(len(in), 4096)]) == format {
			f.Add(in)
		}
	}
}

// csvRows splits the golden CSV sample into its rows.
func csvRows(f *testing.F) [][]byte {
	ar, err := txtar.ParseFile("testdata/golden/cables_tiny.txtar")
	if err != nil {
		f.Fatal(err)
	}
	in := ar.Files[0].Data
	var rows [][]byte
	start := 0
	for off := 0; off < len(in); {
		nl := bytes.IndexByte(in[off:], '\n')
		if nl < 0 {
			break
		}
		off += nl + 1
		if off < len(in) && startsRow(in[off:]) {
			rows = append(rows, in[start:off])
			start = off
		}
	}
	return append(rows, in[start:])
}

// checkReader reads everything from data in the given format and checks
// that the parser neither panicked (the Reader would have recovered and
// said so) nor produced positions outside the input.
func checkReader(t *testing.T, data []byte, format Format) {
	r := NewReader(bytes.NewReader(data), "fuzz")
	r.Format = format
	r.MaxCableSize = 1 << 20
	for r.Next() {
		c := r.Cable()
		for _, e := range c.Errors {
			if errors.Is(e, ErrPanic) {
				t.Fatalf("parser panicked: %v", e)
			}
		}
		for _, p := range c.Paragraphs {
			if p.Start < 0 || p.Start+len(p.Text) > len(c.Body.String) || c.Body.String[p.Start:p.Start+len(p.Text)] != p.Text {
				t.Fatalf("paragraph %d is not a slice of the body", p.Number)
			}
		}
		for i := 0; i < len(c.Body.String); i += 1 + i/8 {
			if o := c.Body.Orig(i); o.Offset < 0 || o.Offset > len(data) || o.Line < 0 {
				t.Fatalf("body byte %d maps outside the input: %+v", i, o)
			}
		}
	}
	if err := r.Err(); err != nil {
		if errors.Is(err, ErrPanic) {
			t.Fatalf("parser panicked: %v", err)
		}
		var l ErrorList
		if !errors.As(err, &l) {
			t.Fatalf("Err is %T, want ErrorList", err)
		}
	}
}

func FuzzText(f *testing.F) {
	seed(f, FormatText)
	f.Add([]byte("VZCZC\nO 211612Z SEP 07\nFM X\nTO Y\n\nSECRET\nTAGS: A\nSUBJECT: B\n\n1. (C) x"))
	// Two cables in one stream, the second glued to the first's last line.
	f.Add([]byte("VZCZCA1\r\nO 211612Z SEP 07\r\nFM X\r\n\r\nSECRET X 0001\r\nSUBJECT: B\r\n1. (C) x \xb6\r\nNAMEVZCZCB22\nR 011200Z JAN 08\nFM Y\nUNCLAS Y 000002\nSUBJECT: C\n\nTEXT.    NAME"))
	f.Fuzz(func(t *testing.T, data []byte) { checkReader(t, data, FormatText) })
}

func FuzzHTML(f *testing.F) {
	seed(f, FormatHTML)
	seed(f, FormatPlusD)
	f.Add([]byte("<h3>Viewing cable 1, 2</h3><table class='cable'><a >x</a></table><pre>&#x000A;&#x</pre>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkReader(t, data, FormatHTML)
		checkReader(t, data, FormatPlusD)
	})
}

func FuzzCSV(f *testing.F) {
	// The golden sample (57 KB) is slow to mutate and to minimise: seed
	// with its rows instead, the small ones alone and the two smallest
	// together.
	rows := csvRows(f)
	slices.SortFunc(rows, func(a, b []byte) int { return len(a) - len(b) })
	for _, row := range rows {
		if len(row) <= 8<<10 {
			f.Add(row)
		}
	}
	if len(rows) >= 2 {
		f.Add(append(append([]byte{}, rows[0]...), rows[1]...))
	}
	f.Add([]byte("\"7\",\"1/2/2006 10:00\",\"06PARIS7\",\"Embassy Paris\",\"SECRET\",\"\",\"VZCZC\\\nFM X\",\"S E C R E T PARIS 000007\\\nSUBJECT: \\\"Q\\\" \xb6\"\n"))
	f.Add([]byte("\"1\",\"12/28/1966 18:48\",\"66X1\",\"o\",\"C\",\"\",\"h\\\"\",\"b\\\n\"\n\"2\",\""))
	f.Fuzz(func(t *testing.T, data []byte) { checkReader(t, data, FormatCSV) })
}
