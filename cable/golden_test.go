package cable

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenFiles returns the golden archives: each holds a real cable
// ("input", byte for byte as in the corpus) and what the parser makes of
// it ("cables": the JSON of every cable; "body": the repaired body text).
func goldenFiles(t testing.TB) []string {
	files, err := filepath.Glob("testdata/golden/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	return files
}

func readAll(t testing.TB, name string, input []byte) []*Cable {
	r := NewReader(bytes.NewReader(input), name)
	var cs []*Cable
	for r.Next() {
		cs = append(cs, r.Cable())
	}
	if err := r.Err(); err != nil {
		t.Errorf("%s: %v", name, err)
	}
	return cs
}

// goldenView is what the golden files record of a cable: everything
// except the body, which gets its own section so that it reads as text.
func goldenView(cs []*Cable) (js, body []byte) {
	var jb, bb bytes.Buffer
	for _, c := range cs {
		cc := *c
		cc.Body = Text{}
		b, _ := json.MarshalIndent(struct {
			*Cable
			Body   string   `json:"body,omitempty"`
			Errors []string `json:"errors,omitempty"`
		}{Cable: &cc, Errors: errStrings(c.Errors)}, "", "  ")
		jb.Write(b)
		jb.WriteByte('\n')
		fmt.Fprintf(&bb, "==== %s\n%s\n", c.ID, c.Body.String)
	}
	return jb.Bytes(), bb.Bytes()
}

func errStrings(errs []error) []string {
	var s []string
	for _, e := range errs {
		s = append(s, e.Error())
	}
	return s
}

func TestGolden(t *testing.T) {
	n := 0
	for _, file := range goldenFiles(t) {
		t.Run(filepath.Base(file), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var input []byte
			want := map[string][]byte{}
			for _, f := range ar.Files {
				if f.Name == "input" {
					input = f.Data
				} else {
					want[f.Name] = f.Data
				}
			}
			cs := readAll(t, strings.TrimSuffix(filepath.Base(file), ".txtar"), input)
			n += len(cs)
			if len(cs) == 0 {
				t.Fatal("no cable parsed")
			}
			js, body := goldenView(cs)
			if *update {
				ar.Files = []txtar.File{{Name: "input", Data: input}, {Name: "cables.json", Data: js}, {Name: "body", Data: body}}
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			for name, got := range map[string][]byte{"cables.json": js, "body": body} {
				if !bytes.Equal(got, want[name]) {
					t.Errorf("%s differs from the golden file (run go test -update and review the diff):\n%s", name, firstDiff(got, want[name]))
				}
			}
		})
	}
	if n < 30 {
		t.Errorf("golden files hold %d cables, want at least 30", n)
	}
}

func firstDiff(got, want []byte) string {
	gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(gl) || i < len(wl); i++ {
		var g, w string
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w {
			return fmt.Sprintf("line %d:\n got: %s\nwant: %s", i+1, g, w)
		}
	}
	return ""
}

// TestOffsetsMapBack checks the offset map on every golden cable: each
// byte of the repaired body that was copied must be the input byte its
// position names, and positions of paragraphs and fields must land inside
// the input on the right line.
func TestOffsetsMapBack(t *testing.T) {
	for _, file := range goldenFiles(t) {
		ar, err := txtar.ParseFile(file)
		if err != nil {
			t.Fatal(err)
		}
		input := ar.Files[0].Data
		lineOf := func(off int) int { return 1 + bytes.Count(input[:off], newline) }
		for _, c := range readAll(t, file, input) {
			body := c.Body
			checked := 0
			for _, r := range body.runs {
				if !r.copied {
					continue
				}
				p := body.Orig(r.clean)
				if p.Offset >= len(input) || input[p.Offset] != body.String[r.clean] {
					t.Errorf("%s %s: body byte %d %q maps to offset %d", file, c.ID, r.clean, body.String[r.clean], p.Offset)
					break
				}
				if got := lineOf(p.Offset); got != p.Line {
					t.Errorf("%s %s: offset %d is on line %d, map says %d", file, c.ID, p.Offset, got, p.Line)
					break
				}
				checked++
			}
			if checked == 0 {
				t.Errorf("%s %s: no copied run in the body", file, c.ID)
			}
			for _, para := range c.Paragraphs {
				if para.Text != body.String[para.Start:para.Start+len(para.Text)] {
					t.Errorf("%s %s: paragraph %d text is not Body[Start:]", file, c.ID, para.Number)
				}
				if para.Pos.Offset <= 0 || para.Pos.Offset >= len(input) || lineOf(para.Pos.Offset) != para.Pos.Line {
					t.Errorf("%s %s: paragraph %d position %+v is off", file, c.ID, para.Number, para.Pos)
				}
			}
			if c.Subject.Text != "" {
				p := c.Subject.Pos
				w := strings.Fields(c.Subject.Text)[0]
				if !bytes.HasPrefix(bytes.ToUpper(input[p.Offset:]), []byte(strings.ToUpper(w)[:1])) {
					t.Errorf("%s %s: subject position %+v points at %q", file, c.ID, p, input[p.Offset:min(len(input), p.Offset+20)])
				}
			}
		}
	}
}
