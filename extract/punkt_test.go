package extract

import (
	"path/filepath"
	"testing"

	"github.com/jdkato/prose/v3/segment"
)

// proseSpans is what punktSpans stands in for: prose's own segmenter.
func proseSpans(t testing.TB, text string) [][2]int {
	t.Helper()
	seg, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	var spans [][2]int
	for _, s := range seg.Segment(text) {
		spans = append(spans, [2]int{s.Start, s.End()})
	}
	return spans
}

func samePunkt(t *testing.T, text string) {
	t.Helper()
	var p punkt
	got, err := p.spans(text, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := proseSpans(t, text)
	if len(got) != len(want) {
		t.Fatalf("%q:\n got %v\nwant %v", text, got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("%q:\n got %v\nwant %v", text, got, want)
		}
	}
}

// punktSeeds are texts that walk the rules of punkt.go one by one.
var punktSeeds = []string{
	"",
	" ",
	"no punctuation at all",
	"One. Two.",
	"Amb. Smith met Mr. Jones on Jan. 5. They talked.",
	"The U.S. Embassy said so. The U.S. Government agreed.",
	"He paid 1,000.50 dollars. Then 3. Then 4.5 more.",
	"J. Bach wrote it. A. Someone else did.",
	"Wait... What? Yes! No!) Fine.\" Good.' End.” Then.’ more",
	"Yahoo! Inc. is here. Yahoo! said.",
	"x.[1] y.(2) z?[3] w![4] v?(5) u!(6) t.\"q\" s",
	". . . and then . .",
	"e.g. this i.e. that etc. The End.",
	"Pol. M/C Smith; Gov. Jones; Sgt. Pepper; no. 5; Mt. Fuji.",
	"Café. Über alles. Ñandú. naïve.",
	"ends with a multi-byte word.”",
	"ends with a multi-byte word.” ",
	"trailing space. ",
	"tab\tsep.\tNext\u00a0word. Nbsp\u00a0. End",
	"line one.\nLine two.\n\nParagraph three.",
	"co-op. Vice-pres. ex-gov. Then",
	"U.S.-Russia talks. A.B.C. News. a.b. c.",
	"invalid \xff\xfe bytes. More \xc3. text.",
	"Sept. 11. The 2nd. 3rd. 1990s. The",
	"He said: \"Go.\" She said (no.) And ... Then",
}

func TestPunktSeeds(t *testing.T) {
	for _, s := range punktSeeds {
		samePunkt(t, s)
	}
}

// TestPunktMatchesProse compares the splitter with prose's on every unit
// of the bundled cables and, when ../shared is there, of some hundreds of
// the mirror's.
func TestPunktMatchesProse(t *testing.T) {
	cables := readCables(t, "testdata/cables/*")
	if files, _ := filepath.Glob("../../shared/cables-raw/avilaroman__Wikileaks-Mirror/cable/2008/0[1-3]/*.html"); len(files) > 0 && !testing.Short() {
		cables = append(cables, readCables(t, "../../shared/cables-raw/avilaroman__Wikileaks-Mirror/cable/2008/0[1-3]/*.html")...)
	}
	n := 0
	for _, c := range cables {
		for _, u := range textUnits(c, nil) {
			samePunkt(t, u.text)
			n++
		}
	}
	t.Logf("%d units of %d cables", n, len(cables))
}

func FuzzPunkt(f *testing.F) {
	for _, s := range punktSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		samePunkt(t, text)
	})
}
