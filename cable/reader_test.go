package cable

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cablegraph/cablegraph/internal/golden"
)

// goldenInput returns the input section of golden file name of package
// cable.
func goldenInput(t testing.TB, name string) []byte {
	t.Helper()
	return golden.Input(t, filepath.Join("testdata/golden", name+".txtar"))
}

// TestBadInput feeds inputs that are not good cables: each must give the
// expected error, naming file and line, without a panic, and the Reader
// must go on where it can.
func TestBadInput(t *testing.T) {
	csvRows := goldenInput(t, "cables_tiny")
	// A row whose body has an unescaped quote in the middle, between
	// two good rows: the good ones must still come out.
	firstRowEnd := bytes.Index(csvRows, []byte("\n\"2\",\""))
	secondRowEnd := bytes.Index(csvRows, []byte("\n\"3\",\""))
	if firstRowEnd < 0 || secondRowEnd < 0 {
		t.Fatal("cables_tiny rows not found")
	}
	second := csvRows[firstRowEnd+1 : secondRowEnd+1]
	brokenSecond := bytes.Replace(second, []byte(" THE "), []byte(` "THE" `), 1)
	if bytes.Equal(brokenSecond, second) {
		t.Fatal("row 2 has no word to quote")
	}
	brokenCSV := append(append(append([]byte{}, csvRows[:firstRowEnd+1]...), brokenSecond...), csvRows[secondRowEnd+1:]...)
	// A quote that is never closed swallows the rest of the file; the
	// scanner must see the next row start and recover.
	unclosed := bytes.Replace(csvRows, []byte("\",\"UNCLASSIFIED BUENOS AIRES 2481"), []byte("\",\"UNCLASSIFIED \\\"BUENOS AIRES 2481"), 1)
	unclosed = bytes.Replace(unclosed, []byte("\"\r\n\"2\",\""), []byte("\\\"\r\n\"2\",\""), 1)
	if bytes.Equal(unclosed, csvRows) {
		t.Fatal("could not break row 1")
	}
	// A cap between the largest row and the next largest: exactly one
	// row is too large.
	var sizes []int
	var starts []int
	for off := 0; off < len(csvRows); {
		if startsRow(csvRows[off:]) {
			starts = append(starts, off)
		}
		nl := bytes.IndexByte(csvRows[off:], '\n')
		if nl < 0 {
			break
		}
		off += nl + 1
	}
	for i, st := range starts {
		end := len(csvRows)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		sizes = append(sizes, end-st)
	}
	largest, nextSize := 0, 0
	for i, n := range sizes {
		if n > sizes[largest] {
			largest = i
		}
	}
	for i, n := range sizes {
		if i != largest && n > nextSize {
			nextSize = n
		}
	}
	capSize := (sizes[largest] + nextSize) / 2
	largestLine := 1 + bytes.Count(csvRows[:starts[largest]], newline)

	paris := goldenInput(t, "07PARIS3972")
	html := goldenInput(t, "08MANAMA233")
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(html)
	zw.Close()

	tests := []struct {
		name    string
		input   []byte
		max     int
		cables  int   // cables expected out
		err     error // expected sentinel, nil for none
		errLine int   // expected line of the first error, 0 to skip
		errRow  int
	}{
		0:  {name: "empty", input: nil, err: ErrEmpty, errLine: 1},
		1:  {name: "blank", input: []byte("  \n\n\t\n"), err: ErrEmpty, errLine: 1},
		2:  {name: "binary", input: []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00"), err: ErrBinary, errLine: 1},
		3:  {name: "random text", input: []byte("hello world\nthis is no cable at all\n"), err: ErrNotCable, errLine: 1},
		4:  {name: "truncated html", input: html[:len(html)/2], cables: 1, err: ErrTruncated},
		5:  {name: "truncated text", input: paris[:len(paris)/3], cables: 1},
		6:  {name: "latin1 text", input: goldenInput(t, "09PARIS997-latin1"), cables: 1},
		7:  {name: "utf16 text", input: utf16(paris), err: ErrBinary, errLine: 1},
		8:  {name: "oversize text", input: paris, max: 1000, err: ErrTooLarge, errLine: 1},
		9:  {name: "oversize csv row", input: csvRows, max: capSize, cables: 11, err: ErrTooLarge, errLine: largestLine, errRow: largest + 1},
		10: {name: "csv broken quote", input: brokenCSV, cables: 11, err: ErrQuote, errLine: bytes.Count(csvRows[:firstRowEnd+1], newline) + 1, errRow: 2},
		11: {name: "csv unclosed quote", input: unclosed, cables: 11, err: ErrQuote, errLine: 1, errRow: 1},
		12: {name: "csv truncated", input: csvRows[:len(csvRows)-200], cables: 11, err: ErrTruncated, errRow: 12},
		13: {name: "gzip", input: gz.Bytes(), cables: 1},
		14: {name: "bad gzip", input: gz.Bytes()[:20], err: ErrTruncated},
		15: {name: "html without pre", input: []byte("<html><body><h3>Viewing cable 01X1, S</h3></body></html>"), cables: 1, err: ErrNoBody},
	}
	for i, tt := range tests {
		r := NewReader(bytes.NewReader(tt.input), tt.name)
		r.MaxCableSize = tt.max
		n := 0
		done := make(chan struct{})
		go func() {
			defer close(done)
			for r.Next() {
				n++
			}
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("%d %s: reader hangs", i, tt.name)
		}
		if n != tt.cables {
			t.Errorf("%d %s: %d cables, want %d", i, tt.name, n, tt.cables)
		}
		err := r.Err()
		if tt.err == nil {
			if err != nil {
				t.Errorf("%d %s: unexpected error %v", i, tt.name, err)
			}
			continue
		}
		if !errors.Is(err, tt.err) && !(tt.err == ErrTruncated && errors.Is(err, io.ErrUnexpectedEOF)) {
			t.Errorf("%d %s: error %v, want %v", i, tt.name, err, tt.err)
			continue
		}
		var l ErrorList
		if !errors.As(err, &l) || len(l) == 0 {
			t.Errorf("%d %s: error %T is no ErrorList", i, tt.name, err)
			continue
		}
		pe := l[0]
		if pe.File != tt.name {
			t.Errorf("%d %s: error names file %q", i, tt.name, pe.File)
		}
		if tt.errLine > 0 && pe.Line != tt.errLine {
			t.Errorf("%d %s: error at line %d, want %d (%v)", i, tt.name, pe.Line, tt.errLine, pe)
		}
		if tt.errRow > 0 && pe.Row != tt.errRow {
			t.Errorf("%d %s: error at row %d, want %d (%v)", i, tt.name, pe.Row, tt.errRow, pe)
		}
		if !strings.HasPrefix(pe.Error(), tt.name+":") {
			t.Errorf("%d %s: error %q does not start with the file name", i, tt.name, pe)
		}
	}
}

func utf16(b []byte) []byte {
	out := []byte{0xff, 0xfe}
	for _, c := range b {
		out = append(out, c, 0)
	}
	return out
}

// TestHugeCable streams a 200 MB "cable" through the Reader: it must be
// reported as too large without holding it in memory, and the next input
// must still be read.
func TestHugeCable(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 200 MB")
	}
	huge := io.MultiReader(strings.NewReader("UNCLASSIFIED PARIS 001\n\n"), &repeatReader{b: []byte("lorem ipsum dolor sit amet "), n: 200 << 20})
	r := NewReader(huge, "huge")
	if r.Next() {
		t.Fatal("a 200 MB cable was returned")
	}
	if !errors.Is(r.Err(), ErrTooLarge) {
		t.Fatalf("error %v, want ErrTooLarge", r.Err())
	}
	if r.BytesRead() < 200<<20 {
		t.Errorf("read %d bytes: the rest of the oversized input was not drained", r.BytesRead())
	}
}

type repeatReader struct {
	b []byte
	n int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n <= 0 {
		return 0, io.EOF
	}
	k := 0
	for k < len(p) && r.n > 0 {
		c := copy(p[k:min(len(p), k+r.n)], r.b)
		k += c
		r.n -= c
	}
	return k, nil
}

// TestRepairs checks each text repair on a line made for it.
func TestRepairs(t *testing.T) {
	tests := []struct{ in, want string }{
		0:  {"support France,s increased emphasis", "support France's increased emphasis"},
		1:  {"we don,t know; they,re here", "we don't know; they're here"},
		2:  {"items A,B,C and 1,000 men", "items A,B,C and 1,000 men"},
		3:  {"he said &there,s a tradition8 in it", `he said "there's a tradition" in it`},
		4:  {"AT&T paid 8 million", "AT&T paid 8 million"},
		5:  {"France ) 2004 was a year", "France -- 2004 was a year"},
		6:  {"(as in Peru ) and Chile", "(as in Peru ) and Chile"},
		7:  {"for reaso ns 1.4 b and d", "for reasons 1.4 b and d"},
		8:  {"the end of it", "the end of it"},
		9:  {"Â¶1. (C) text", "¶1. (C) text"},
		10: {"a  lot   of spaces", "a lot of spaces"},
		11: {"line with backslash \\", "line with backslash "},
	}
	for i, tt := range tests {
		src := Text{String: tt.in}
		var b textBuilder
		b.reset(&src)
		var st repairState
		st.reset()
		appendRepaired(&b, 0, len(tt.in), &st)
		if got := string(b.buf); got != tt.want {
			t.Errorf("%d: %q → %q, want %q", i, tt.in, got, tt.want)
		}
	}
}

// TestJoinWrap checks the joining of hard-wrapped lines.
func TestJoinWrap(t *testing.T) {
	tests := []struct{ a, b, want string }{
		0: {"SEAS JURIS-", "DICTION NOW", "SEAS JURISDICTION NOW"},
		1: {"AND OTHER-", "WISE CONTROL", "AND OTHERWISE CONTROL"},
		2: {"UNDER CONSIDERATION DRAFT-", "LAW IN", "UNDER CONSIDERATION DRAFT-LAW IN"},
		3: {"for reaso", "ns 1.4", "for reasons 1.4"},
		4: {"the meeting", "was held", "the meeting was held"},
		5: {"a well-", "known man", "a well-known man"},
	}
	for i, tt := range tests {
		src := Text{String: tt.a + "\n" + tt.b}
		var b textBuilder
		b.reset(&src)
		b.copy(0, len(tt.a))
		joinWrap(&b, len(tt.a), len(tt.a)+1)
		b.copy(len(tt.a)+1, len(src.String))
		if got := string(b.buf); got != tt.want {
			t.Errorf("%d: got %q, want %q", i, got, tt.want)
		}
	}
}

func TestRefID(t *testing.T) {
	tests := []struct {
		item string
		year int
		want string
	}{
		0: {"PARIS 3889", 2007, "07PARIS3889"},
		1: {"07 STATE 123456", 2008, "07STATE123456"},
		2: {"ABU DHABI 001214", 2007, "07ABUDHABI1214"},
		3: {"06STATE12345", 2007, "06STATE12345"},
		4: {"STATE -097844", 1974, "74STATE97844"},
		5: {"SECDEF 31828", 2007, ""},
		6: {"WILSON/MACK TELECON", 1990, ""},
		7: {"USUN NEW YORK 0233", 2009, "09USUNNEWYORK233"},
		8: {"PARIS 3889", 0, ""},
	}
	for i, tt := range tests {
		if got := refID(tt.item, tt.year); got != tt.want {
			t.Errorf("%d: refID(%q, %d) = %q, want %q", i, tt.item, tt.year, got, tt.want)
		}
	}
}

func TestClassifiedBy(t *testing.T) {
	tests := []struct{ in, name, title, reasons string }{
		0: {"Political Minister-Counselor Josiah Rosenblatt for reasons 1.4 b and d.", "Josiah Rosenblatt", "Political Minister-Counselor", "1.4 b and d"},
		1: {"Ambassador Ryan C. Crocker, Reasons 1.4 (b) and (d)", "Ryan C. Crocker", "Ambassador", "1.4 (b) and (d)"},
		2: {"Julieta Valls Noyes, CDA, EXEC, State. REASON: 1.4 (b)", "Julieta Valls Noyes", "CDA, EXEC, State", "1.4 (b)"},
		3: {"AMB:WBWOOD for Reasons 1.4 (b)+(e)", "WBWOOD", "AMB", "1.4 (b)+(e)"},
		4: {"Charge d'Affaires Martin Quinn, reasons 1.4 (b) and (d).", "Martin Quinn", "Charge d'Affaires", "1.4 (b) and (d)"},
		5: {"Kathleen Allegrone, Political Minister-Counselor, 1.4 (b /d).", "Kathleen Allegrone", "Political Minister-Counselor", "1.4 (b /d)"},
		6: {"CDA JOSEPH MERANTE FOR REASONS 1.5 (B) AND (D).", "JOSEPH MERANTE", "CDA", "1.5 (B) AND (D)"},
		// The title's "a.i." between commas; the post's city inside the
		// title (09BRASILIA1342, 07WELLINGTON842, train split).
		7: {"Charge d'Affaires, a.i., Lisa Kubiske, reasons 1.4 (b) and (d)", "Lisa Kubiske", "Charge d'Affaires, a.i.", "1.4 (b) and (d)"},
		8: {"CDA, a.i., Hugo Llorens, Reasons 1.4(b) and (d)", "Hugo Llorens", "CDA, a.i.", "1.4(b) and (d)"},
		// The surname first, then the given name (10BUENOSAIRES55,
		// seen-test split).
		10: {"Martinez, Vilma, Ambassador; REASON: 1.4(B), (D)", "Vilma Martinez", "Ambassador", "1.4(B), (D)"},
		// No name after the commas: none made of an office's word.
		11: {"DCM, Embassy Kabul, for reasons 1.4 (b)", "", "DCM, Embassy Kabul", "1.4 (b)"},
		12: {"Smith, EconCouns, State, reasons 1.4 (b)", "Smith", "EconCouns, State", "1.4 (b)"},
		13: {"Consulate General Istanbul Deputy Principal Officer Win Dayton, reasons 1.4 (b)", "Win Dayton", "Deputy Principal Officer", "1.4 (b)"},
		9:  {"U.S. Embassy Wellington DCM David J. Keegan, Reasons 1.4 (b) and (d).", "David J. Keegan", "DCM", "1.4 (b) and (d)"},
		// The mirror's cut inside "for reasons", and its comma for an
		// apostrophe.
		14: {"COM JONATHAN FARRAR FOR REA...", "JONATHAN FARRAR", "COM", ""},
		15: {"Charge d,Affaires J. Robert Manzanares, reasons 1.4 (b) and (d).", "J. Robert Manzanares", "Charge d'Affaires", "1.4 (b) and (d)"},
		// Title words the table does not know: the name is read from the
		// end of the line (the mirror's Classified By lines).
		16: {"Economic-Political Minister-Counselor Donald A. Blome for reasons 1.4 (b) and (d).", "Donald A. Blome", "Economic-Political Minister-Counselor", "1.4 (b) and (d)"},
		17: {"ECPO A/Mincouns Catherine Hill-Herndon for reason 1.4 (d).", "Catherine Hill-Herndon", "ECPO A/Mincouns", "1.4 (d)"},
		18: {"USEU EconMinCouns Peter Chase for reasons 1.4 (b), (d), (e).", "Peter Chase", "USEU EconMinCouns", "1.4 (b), (d), (e)"},
		19: {"ISN/MTR DIRECTOR PAM DURHAM FOR REASONS 1.4 (B), (C), AND (D).", "PAM DURHAM", "ISN/MTR DIRECTOR", "1.4 (B), (C), AND (D)"},
		20: {"USEU Pol M-C Christopher Davis for reasons 1.4 (b) and ( d).", "Christopher Davis", "USEU Pol M-C", "1.4 (b) and ( d)"},
		21: {"A/PolAd A. \u201cHoot\u201d Baez. Reasons: 1.4 (b) and (d).", "A. \u201cHoot\u201d Baez", "A/PolAd", "1.4 (b) and (d)"},
		// Names that read as titles do not: initials, particles, an inner
		// capital.
		22: {"Ambassador W.R. Pearson, reasons 1.5 (b) and (d)", "W.R. Pearson", "Ambassador", "1.5 (b) and (d)"},
		23: {"Political Counselor Velia M. De Pirro, reasons 1.4 (b)", "Velia M. De Pirro", "Political Counselor", "1.4 (b)"},
		24: {"Ambassador Carol van Voorst for reasons 1.4 (b) and (d).", "Carol van Voorst", "Ambassador", "1.4 (b) and (d)"},
		25: {"CDA JoAnne Wagner for reasons 1.4 (b,d)", "JoAnne Wagner", "CDA", "1.4 (b,d)"},
		// The label written again, a curly apostrophe, the mirror's
		// "Charg" for "Chargé", its spaces inside "for", words after the
		// name.
		26: {"Classified by Ambassador Eduardo Aguirre for reasons 1.4 (b) & (d)", "Eduardo Aguirre", "Ambassador", "1.4 (b) & (d)"},
		27: {"Charg d\u2019Affaires Mark A. Pekala, reasons 1.4 (b) and (d) .", "Mark A. Pekala", "Charg d'Affaires", "1.4 (b) and (d)"},
		28: {"Minister Counselor for Political Affairs George Glass fo r reasons 1.4 (b,d).", "George Glass", "Minister Counselor for Political Affairs", "1.4 (b,d)"},
		29: {"Ambassador Ashe by reasons 1.4 b and d", "Ashe", "Ambassador", "1.4 b and d"},
		30: {"ECONOMIC-POLITICAL MINISTER COUNSELOR DONALD A. BLOME FO R REASONS 1.4 (B) AND (D)", "DONALD A. BLOME", "ECONOMIC-POLITICAL MINISTER COUNSELOR", "1.4 (B) AND (D)"},
		31: {"DRL Karen Stewart for reasons 1.4 (b) and (d)", "Karen Stewart", "DRL", "1.4 (b) and (d)"},
		// "reasons" broken by the mirror; a name it broke, or written with
		// letters beyond ASCII, an inner capital, a short last word; words
		// of the title after the name; no one.
		32: {"POLITICAL MINISTER COUNSELOR CHRISTOPHER DAVIS FOR REASO N 1.4 B/D", "CHRISTOPHER DAVIS", "POLITICAL MINISTER COUNSELOR", "1.4 B/D"},
		33: {"ConGen Istanbul Deputy Principal Officer Win Dayton; Rea son 1.5 (d).", "Win Dayton", "ConGen Istanbul Deputy Principal Officer", "1.5 (d)"},
		34: {"Minister Counselor for Economic and Political Affairs Do nald A. Blome for reasons 1.4 (b) and (d)", "Do nald A. Blome", "Minister Counselor for Economic and Political Affairs", "1.4 (b) and (d)"},
		35: {"Ambassador Jos\u00e9 \u00c1ngel for reasons 1.4 (b) and (d)", "Jos\u00e9 \u00c1ngel", "Ambassador", "1.4 (b) and (d)"},
		36: {"Political Counselor AnnMarie Smith for reasons 1.4 (b)", "AnnMarie Smith", "Political Counselor", "1.4 (b)"},
		37: {"DCM Dario Fo for reasons 1.4 (b) and (d)", "Dario Fo", "DCM", "1.4 (b) and (d)"},
		38: {"Charge d'Affaires John Smith a.i. for reasons 1.4 (b)", "John Smith", "Charge d'Affaires a.i", "1.4 (b)"},
		39: {"ACTING U/S FOR ARMS CONTROL AND INTERNATIONAL SECURITY (T) JOHN C. ROOD, REASONS, 1.4 (B)", "JOHN C. ROOD", "ACTING U/S FOR ARMS CONTROL AND INTERNATIONAL SECURITY (T)", "1.4 (B)"},
		40: {"Derived from Multiple Sources", "", "Derived from Multiple Sources", ""},
		41: {"DCM Robert Goldberg fo 1.4 (b) and (d)", "Robert Goldberg", "DCM", "1.4 (b) and (d)"},
		42: {"Ambassador \u00c1ngel Mart\u00ednez for reasons 1.4 (b)", "\u00c1ngel Mart\u00ednez", "Ambassador", "1.4 (b)"},
		43: {"Political Counselor John Smith Acting for reasons 1.4 (b)", "John Smith", "Political Counselor Acting", "1.4 (b)"},
	}
	for i, tt := range tests {
		cb := parseClassifiedBy(Text{String: tt.in})
		if cb.Name != tt.name || cb.Title != tt.title || cb.Reasons != tt.reasons {
			t.Errorf("%d: %q → name %q title %q reasons %q; want %q %q %q", i, tt.in, cb.Name, cb.Title, cb.Reasons, tt.name, tt.title, tt.reasons)
		}
	}
}

func TestParseTags(t *testing.T) {
	got, _ := parseTags(Text{String: "PINS, GR, (KALOUDIS, NICK), PREL KDEM UNO SARKOZY, NICOLAS"})
	want := []Tag{{Value: "PINS", Kind: TagSubject}, {Value: "GR", Kind: TagCountry}, {Value: "KALOUDIS, NICK", Kind: TagPerson},
		{Value: "PREL", Kind: TagSubject}, {Value: "KDEM", Kind: TagSubject}, {Value: "UNO", Kind: TagOrganization}, {Value: "SARKOZY, NICOLAS", Kind: TagPerson}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i].Value != want[i].Value || got[i].Kind != want[i].Kind {
			t.Errorf("%d: got %v, want %v", i, got[i], want[i])
		}
	}
}

// TestTextStream reads real text cables concatenated into one stream, as
// "cat *.txt | cablegraph parse -" makes: LF and CRLF, UTF-8 and Latin-1,
// a file that ends without a newline (so the next VZCZC is glued to its
// last line), and a garbled piece between them. Each cable must come out
// as it does alone, with positions that refer to the stream.
func TestTextStream(t *testing.T) {
	paris := goldenInput(t, "07PARIS3972")                       // LF, UTF-8, starts with VZCZC
	kingston := goldenInput(t, "07KINGSTON382-latin1")           // CRLF, Latin-1
	paris997 := goldenInput(t, "09PARIS997-latin1")              // CRLF, Latin-1
	garbled := []byte("VZCZCXYZ0000\nthis is no cable at all\n") // a header cut off at once
	kingstonNoNL := bytes.TrimRight(kingston, "\n")              // "JOHNSON" then PARIS's VZCZC on the same line

	tests := []struct {
		name   string
		pieces [][]byte
		ids    []string
		bad    []int // indices of pieces that must be reported as no cable
	}{
		0: {"lf then crlf", [][]byte{paris, kingston, paris997}, []string{"07PARIS3972", "07KINGSTON382", "09PARIS997"}, nil},
		1: {"glued", [][]byte{paris997, kingstonNoNL, paris}, []string{"09PARIS997", "07KINGSTON382", "07PARIS3972"}, nil},
		2: {"garbled between", [][]byte{kingston, garbled, paris}, []string{"07KINGSTON382", "07PARIS3972"}, []int{1}},
	}
	for i, tt := range tests {
		var stream []byte
		var starts []int
		for _, p := range tt.pieces {
			starts = append(starts, len(stream))
			stream = append(stream, p...)
		}
		lineAt := func(off int) int { return 1 + bytes.Count(stream[:off], newline) }
		r := NewReader(bytes.NewReader(stream), tt.name)
		var got []*Cable
		for r.Next() {
			got = append(got, r.Cable())
		}
		var ids []string
		for _, c := range got {
			ids = append(ids, c.ID)
		}
		if strings.Join(ids, " ") != strings.Join(tt.ids, " ") {
			t.Errorf("%d %s: cables %v, want %v", i, tt.name, ids, tt.ids)
			continue
		}
		// Each cable as parsed alone, shifted to where its piece starts.
		k := 0
		for pi, p := range tt.pieces {
			if slices.Contains(tt.bad, pi) {
				continue
			}
			alone := readAll(t, "alone", p)
			if len(alone) != 1 {
				t.Fatalf("%d: piece %d alone gives %d cables", i, pi, len(alone))
			}
			a, c := alone[0], got[k]
			k++
			if a.Body.String != c.Body.String || a.Subject.Text != c.Subject.Text || len(a.Paragraphs) != len(c.Paragraphs) {
				t.Errorf("%d %s: %s differs from the cable parsed alone", i, tt.name, c.ID)
				continue
			}
			for _, pos := range []struct {
				what        string
				alone, here Pos
			}{{"subject", a.Subject.Pos, c.Subject.Pos}, {"last paragraph", a.Paragraphs[len(a.Paragraphs)-1].Pos, c.Paragraphs[len(c.Paragraphs)-1].Pos}} {
				want := pos.alone.Offset + starts[pi]
				if pos.here.Offset != want || pos.here.Line != lineAt(want) {
					t.Errorf("%d %s: %s %s at %+v, want offset %d line %d", i, tt.name, c.ID, pos.what, pos.here, want, lineAt(want))
				}
			}
			// A cable starts at its VZCZC line; blank lines before it
			// end the cable before.
			if at := starts[pi] + bytes.Index(p, []byte("VZCZC")); pi > 0 && c.Source.Line != lineAt(at) {
				t.Errorf("%d %s: %s source line %d, want %d", i, tt.name, c.ID, c.Source.Line, lineAt(at))
			}
		}
		var l ErrorList
		errors.As(r.Err(), &l)
		if len(l) != len(tt.bad) {
			t.Errorf("%d %s: errors %v, want %d", i, tt.name, r.Err(), len(tt.bad))
			continue
		}
		for j, pi := range tt.bad {
			if !errors.Is(l[j], ErrNotCable) || l[j].Line != lineAt(starts[pi]) || l[j].Offset != starts[pi] {
				t.Errorf("%d %s: error %v (offset %d), want no cable at line %d offset %d", i, tt.name, l[j], l[j].Offset, lineAt(starts[pi]), starts[pi])
			}
		}
	}
}

// TestIndexUpper checks the allocation-free case-insensitive search
// against strings.Index on the upper-cased text.
func TestIndexUpper(t *testing.T) {
	tests := []struct{ s, sub string }{
		0: {"end summary. End Comment", "END COMMENT"},
		1: {"summary: the end", "SUMMARY"},
		2: {"no keyword here", "TAGS:"},
		3: {"tags: prel Tags: pgov", "TAGS:"},
		4: {"eEeEEND", "END"},
		5: {"", "END"},
		6: {"EN", "END"},
		7: {"x.e.o. 12958", "E.O. 1"},
		8: {"Comment:", ""},
	}
	for i, tt := range tests {
		want := strings.Index(strings.ToUpper(tt.s), tt.sub)
		if got := indexUpper(tt.s, tt.sub); got != want {
			t.Errorf("%d: indexUpper(%q, %q) = %d, want %d", i, tt.s, tt.sub, got, want)
		}
	}
}

// TestSkim: a Reader with Skim returns the CSV rows it accepts unparsed,
// with the ID, row and line a full parse gives them, and parses the rest.
func TestSkim(t *testing.T) {
	csvRows := goldenInput(t, "cables_tiny")
	read := func(skim func(string) bool) []*Cable {
		r := NewReader(bytes.NewReader(csvRows), "cables.csv")
		r.Skim = skim
		var out []*Cable
		for r.Next() {
			out = append(out, r.Cable())
		}
		return out
	}
	full := read(nil)
	odd := func(id string) bool { return id[len(id)-1]%2 == 1 } // about half
	skimmed := read(odd)
	if len(full) < 3 || len(skimmed) != len(full) {
		t.Fatalf("%d cables parsed, %d with Skim", len(full), len(skimmed))
	}
	n := 0
	for i, c := range skimmed {
		f := full[i]
		if c.ID != f.ID || c.Source != f.Source {
			t.Errorf("%d: skimmed %s %+v, parsed %s %+v", i, c.ID, c.Source, f.ID, f.Source)
		}
		switch {
		case odd(f.ID) && (c.Body.String != "" || c.Subject.Text != ""):
			t.Errorf("%s: skim accepted it, but it was parsed", c.ID)
		case !odd(f.ID) && c.Body.String != f.Body.String:
			t.Errorf("%s: skim refused it, but it was not parsed", c.ID)
		}
		if odd(f.ID) {
			n++
		}
	}
	if n == 0 || n == len(full) {
		t.Errorf("%d of %d skimmed: the test needs both kinds", n, len(full))
	}
}

// TestDayAtLineStart: a day that a hard wrap puts at the start of a line
// ("on May\n12. The meeting") does not open a paragraph out of sequence;
// the next paragraph in sequence still does.
func TestDayAtLineStart(t *testing.T) {
	text := "FM AMEMBASSY NAIROBI\nTO SECSTATE WASHDC\n\nCONFIDENTIAL NAIROBI 001080\n\nSUBJECT: A/S CARSON MEETS KIBAKI\n\n" +
		"3. (C) Assistant Secretary Carson met with President Kibaki on May\n12. The meeting was also attended by Minister Saitoti.\n\n" +
		"4. (C) Carson said the partnership was strong. It would last\n" +
		"5. Years went by.\n\nRANNEBERGER\n"
	r := NewReader(strings.NewReader(text), "test.txt")
	if !r.Next() {
		t.Fatalf("no cable: %v", r.Err())
	}
	var got []string
	for _, p := range r.Cable().Paragraphs {
		got = append(got, fmt.Sprintf("%d: %s", p.Number, p.Text))
	}
	want := []string{
		"3: Assistant Secretary Carson met with President Kibaki on May 12. The meeting was also attended by Minister Saitoti.",
		"4: Carson said the partnership was strong. It would last",
		"5: Years went by.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("paragraphs\n got %q\nwant %q", got, want)
	}
}

// TestGluedFirstParagraph: a page that lost the newline after the
// Classified By line ran the first paragraph into it (09CAIRO2133,
// 08TRIPOLI614, 10VATICAN13). The field ends before the paragraph, which
// is the body's first; the reasons' own letters start none.
func TestGluedFirstParagraph(t *testing.T) {
	head := "VZCZCXRO4577\nOO RUEHDBU\nDE RUEHEG #2133 2641612\nZNY CCCCC ZZH\nO 211612Z SEP 07\n" +
		"FM AMEMBASSY CAIRO\nTO RUEHC/SECSTATE WASHDC IMMEDIATE 0346\n\nCONFIDENTIAL CAIRO 002133\n\n" +
		"E.O. 12958: DECL: 07/26/2017\nTAGS: PREL PGOV EG\nSUBJECT: MEETING\n"
	tests := []struct {
		lines, reasons, para string
	}{
		{"\nClassified By: Ambassador Margaret Scobey per 1.4 (b) and (d). -- (C) During a meeting with Secretary Vershbow, Foreign Minister Aboul Gheit reviewed the region.\n\n2. (C) Aboul Gheit began.\n",
			"1.4 (b) and (d)", "During a meeting with Secretary Vershbow"},
		{"REF: (A) TRIPOLI 144, (B) TRIPOLI 588  CLASSIFIED BY: Chris Stevens, CDA, Embassy Tripoli. REASON: 1.4 (b), (d) 1.  (C)  Summary.  On July 20-22, a team traveled to Libya.\n\n2. (C) The team met.\n",
			"1.4 (b), (d)", "Summary. On July 20-22"},
		{"\nClassified By: Ambassador Adam Ereli for reasons 1.4 (c) and (d) (C) On July 21, EconOff discussed the offer.\n\n2. (C) He agreed.\n",
			"1.4 (c) and (d)", "On July 21, EconOff"},
		// No paragraph in the reasons.
		{"\nClassified By: CDA JOSEPH MERANTE FOR REASONS 1.5 (C) AND (D).\n\n1. (C) Summary: nothing.\n",
			"1.5 (C) AND (D)", "Summary: nothing."},
		// Neither a day in prose nor the reasons' own letters.
		{"\nClassified By: Ambassador Margaret Scobey for reasons 1.4 (b) and (d). Econoff met the Minister on July 17. He said nothing.\n\n2. (C) He agreed.\n",
			"1.4 (b) and (d). Econoff met the Minister on July 17. He said nothing", "He agreed."},
		{"\nClassified By: Ambassador Mark Smith, Reasons 1.4 (C) And (D).\n\n1. (C) He agreed.\n",
			"1.4 (C) And (D)", "He agreed."},
		// Older cables write the line in their first paragraph.
		{"\n1. (U) Classified By: Ambassador Kurt Volker for reasons 1.4 (b) and (d) 2. (C) Summary. Ambassador met Tkeshelashvili.\n",
			"1.4 (b) and (d)", "Summary. Ambassador met"},
		// There, the reasons' end when it comes first.
		{"\n1. (U) Classified By: Ambassador Kurt Volker for reasons 1.4 (b) and (d). Ambassador met FM Tkeshelashvili on August 14. 2. (C) She asked for help.\n",
			"1.4 (b) and (d)", "Classified By: Ambassador Kurt Volker"},
	}
	for i, tt := range tests {
		r := NewReader(strings.NewReader(head+tt.lines+"\nSCOBEY\n"), "glued.txt")
		if !r.Next() {
			t.Fatalf("%d: no cable: %v", i, r.Err())
		}
		c := r.Cable()
		if c.ClassifiedBy == nil || c.ClassifiedBy.Reasons != tt.reasons {
			t.Errorf("%d: classified by %+v, want reasons %q", i, c.ClassifiedBy, tt.reasons)
		}
		if len(c.Paragraphs) == 0 || !strings.Contains(c.Paragraphs[0].Text, tt.para) {
			t.Errorf("%d: paragraphs %+v, want the first to hold %q", i, c.Paragraphs, tt.para)
		}
	}
	// Past the dash, the paragraph starts with its marking.
	r := NewReader(strings.NewReader(head+tests[0].lines+"\nSCOBEY\n"), "glued.txt")
	if !r.Next() {
		t.Fatalf("no cable: %v", r.Err())
	}
	if p := r.Cable().Paragraphs; len(p) == 0 || p[0].Marking != "C" || !strings.HasPrefix(p[0].Text, "During") {
		t.Errorf("dash: paragraphs %+v, want the first marked C, starting at \"During\"", p)
	}
	// A reason's letter in lower case starts none.
	r = NewReader(strings.NewReader(head+"\nClassified By: Ambassador Adam Ereli for reasons 1.4 (b) and (c) Summary: Bahrain agreed.\n\n2. (C) He agreed.\n\nSCOBEY\n"), "glued.txt")
	if !r.Next() {
		t.Fatalf("no cable: %v", r.Err())
	}
	if cb := r.Cable().ClassifiedBy; cb == nil || !strings.HasPrefix(cb.Reasons, "1.4 (b) and (c) Summary") {
		t.Errorf("lower-case reason: classified by %+v, want its reasons whole", cb)
	}
}
