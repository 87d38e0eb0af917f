package cable

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestDoubleSpacedPages reads real double-spaced pages of the mirror
// (testdata/mirror) and checks that they read as single-spaced: the
// lines of a paragraph join, and paragraphs stay apart.
func TestDoubleSpacedPages(t *testing.T) {
	tests := []struct {
		page string
		// a paragraph (its number, and text it holds) that the blank
		// lines used to cut into pieces
		num  int
		text string
		// another paragraph that must stay apart from it
		nextNum  int
		nextText string
		subject  string
	}{
		// "line &#x000A;&#x000A;next line", the telegram's own blank
		// lines doubled to three. (The text is in the paragraph after
		// the SIPDIS line that the release put inside ¶1.)
		0: {"06BUENOSAIRES350", 0, "Parrilli said President Nestor Kirchner would not announce his decision",
			2, "The DCM and PolCouns met on February 9 with Oscar Parrilli,",
			"CONVERSATION WITH CASA ROSADA INSIDER OSCAR PARRILLI"},
		// "line <br>&#x000A;next line": the tag and the newline each
		// break the line
		1: {"09MALABO13", 1, "an apparent attack was launched in the vicinity of the Presidential Palace in Malabo",
			2, "GREG officials report the situation is now under contol, and post can confirm",
			"MALABO: ATTACK IN THE VICINITY OF PRESIDENTIAL PALACE"},
		// doubled from ¶2 on: the preamble and ¶1 are single-spaced
		2: {"09SANJOSE969", 2, "Costa Rica once again finds itself at odds with an important CAFTA-DR deadline.",
			1, "INTRODUCTION AND SUMMARY. Costa Rica's Foreign Trade Ministry (COMEX) has informed Embassy",
			"Costa Rica will request an extension of CAFTA-DR deadline"},
	}
	for i, tt := range tests {
		c := readPage(t, tt.page)
		if c.Subject.Text != tt.subject {
			t.Errorf("%d. %s: subject %q, want %q", i, tt.page, c.Subject.Text, tt.subject)
		}
		var found, foundNext bool
		for _, p := range c.Paragraphs {
			found = found || p.Number == tt.num && strings.Contains(p.Text, tt.text)
			foundNext = foundNext || p.Number == tt.nextNum && strings.Contains(p.Text, tt.nextText)
		}
		if !found {
			t.Errorf("%d. %s: no paragraph %d holding %q", i, tt.page, tt.num, tt.text)
		}
		if !foundNext {
			t.Errorf("%d. %s: no paragraph %d holding %q", i, tt.page, tt.nextNum, tt.nextText)
		}
		if n := len(midSentenceBreaks(c.Body.String)); n > 1 {
			// 06BUENOSAIRES350 and 09SANJOSE969 keep one: a blank line
			// of the telegram itself ("Asked who his", blank, "likely
			// competitor"), which a single-spaced copy would keep too.
			t.Errorf("%d. %s: %d paragraphs end mid-sentence, want ≤ 1: %q", i, tt.page, n, midSentenceBreaks(c.Body.String))
		}
	}
}

// TestDoubleSpacedOffsets checks that the text read from a double-spaced
// page still maps to the page: every letter of the body to the same
// letter of the file, and a name joined across a dropped blank line to
// where each of its words stands.
func TestDoubleSpacedOffsets(t *testing.T) {
	for _, page := range []string{"06BUENOSAIRES350", "09MALABO13", "09SANJOSE969"} {
		raw, err := os.ReadFile(filepath.Join("testdata/mirror", page+".html"))
		if err != nil {
			t.Fatal(err)
		}
		c := readPage(t, page)
		body := c.Body.String
		bad := 0
		for i := 0; i < len(body); i++ {
			// Letters are copied, never made by a repair.
			if !isLetter(body[i]) {
				continue
			}
			pos := c.Body.Orig(i)
			if pos.Offset >= len(raw) || raw[pos.Offset] != body[i] {
				if bad++; bad <= 3 {
					t.Errorf("%s: body byte %d %q maps to offset %d", page, i, body[i], pos.Offset)
				}
			}
		}
	}

	c := readPage(t, "06BUENOSAIRES350")
	raw, _ := os.ReadFile("testdata/mirror/06BUENOSAIRES350.html")
	i := strings.Index(c.Body.String, "President Nestor Kirchner would")
	if i < 0 {
		t.Fatal("06BUENOSAIRES350: no \"President Nestor Kirchner would\" in the body")
	}
	// In the page the name is broken by a blank line:
	// "President Nestor &#x000A;&#x000A;Kirchner would".
	want := bytes.Index(raw, []byte("President Nestor &#x000A;&#x000A;Kirchner would"))
	k := i + len("President Nestor ")
	if got := c.Body.Orig(i).Offset; got != want {
		t.Errorf("\"President\" at offset %d, want %d", got, want)
	}
	if got, wantK := c.Body.Orig(k).Offset, want+len("President Nestor &#x000A;&#x000A;"); got != wantK {
		t.Errorf("\"Kirchner\" at offset %d, want %d", got, wantK)
	}
}

// TestSingleSpacedUnchanged checks that pages that give a whole
// paragraph on one line, with a blank line after each, are not read as
// double-spaced: their blank lines are the telegram's.
func TestSingleSpacedUnchanged(t *testing.T) {
	for _, page := range []string{"06BRASILIA476", "04MADRID4827", "09CAIRO79"} {
		raw, err := os.ReadFile(filepath.Join("testdata/mirror", page+".html"))
		if err != nil {
			t.Fatal(err)
		}
		pre := raw[bytes.LastIndex(raw, []byte("<pre>"))+len("<pre>"):]
		pre = pre[:bytes.Index(pre, []byte("</pre>"))]
		var b textBuilder
		b.reset(&noSource)
		decodeHTML(&b, pre, 0, 1)
		s := b.view().String
		if doubleSpaced(s, splitLines(s, nil)) {
			t.Errorf("%s read as double-spaced", page)
		}
	}
	c := readPage(t, "06BRASILIA476")
	if len(c.Paragraphs) != 6 || !strings.HasPrefix(c.Paragraphs[1].Text, "Steep price increases") {
		t.Errorf("06BRASILIA476: %d paragraphs, want its 6 apart", len(c.Paragraphs))
	}
}

// TestMirrorDoubleSpacing reads the double-spaced pages of the mirror
// and counts the paragraphs that still end mid-sentence: those that the
// next one goes on with a lower-case word. A page is double-spaced here
// by a rule of its own, not the parser's: more than 42% of the lines of
// its last <pre> block blank, and at least three lines that go on with
// a sentence after exactly one blank line.
func TestMirrorDoubleSpacing(t *testing.T) {
	dir := corpusDir()
	if dir == "" {
		t.Skip("corpus not available: no shared/cables-raw above this directory; the double-spacing check needs it")
	}
	files, err := filepath.Glob(filepath.Join(dir, "avilaroman__Wikileaks-Mirror/cable/*/*/*.html"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Skip("no mirror pages under " + dir)
	}
	var pages, broken, breaks int
	var worst []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !pageDoubleSpaced(raw) {
			continue
		}
		pages++
		cs := readAll(t, f, raw)
		if len(cs) != 1 {
			continue
		}
		if n := len(midSentenceBreaks(cs[0].Body.String)); n > 0 {
			broken++
			breaks += n
			if n > 2 {
				worst = append(worst, cs[0].ID)
			}
		}
	}
	t.Logf("%d double-spaced pages; %d with a paragraph ending mid-sentence (%d such ends); more than 2 on %v", pages, broken, breaks, worst)
	if pages < 50 {
		t.Errorf("%d double-spaced pages found, want ≥ 50: the rule of the test no longer finds them", pages)
	}
	// Before the pages were read as single-spaced: 55 of 55 pages, with
	// 5,605 such ends; after, 21 pages with 63. The rest are blank lines of the telegram itself,
	// inside a sentence (09LAPAZ96 has 30), which single-spaced pages
	// have too.
	if broken > 25 || breaks > 70 {
		t.Errorf("%d double-spaced pages with %d paragraphs ending mid-sentence, want ≤ 25 pages and ≤ 70 ends", broken, breaks)
	}
}

var (
	continuation = regexp.MustCompile(`\n\n[a-z]+[^a-z.)]`)
	lineGoesOn   = regexp.MustCompile(`^[a-z]+[^a-z.)]`)
	htmlTag      = regexp.MustCompile(`<[^>]*>`)
)

// midSentenceBreaks returns the paragraph breaks of a body that fall
// inside a sentence: the next paragraph starts with a lower-case word.
func midSentenceBreaks(body string) []string {
	var out []string
	for _, m := range continuation.FindAllStringIndex(body, -1) {
		out = append(out, body[max(0, m[0]-30):m[1]])
	}
	return out
}

// pageDoubleSpaced tells a double-spaced page by its last <pre> block,
// with both newline entities and <br> tags as line ends.
func pageDoubleSpaced(raw []byte) bool {
	i := bytes.LastIndex(raw, []byte("<pre>"))
	if i < 0 {
		return false
	}
	pre := string(raw[i+len("<pre>"):])
	if e := strings.Index(pre, "</pre>"); e >= 0 {
		pre = pre[:e]
	}
	pre = strings.ReplaceAll(pre, "<br>", "\n")
	pre = strings.ReplaceAll(pre, "&#x000A;", "\n")
	pre = htmlTag.ReplaceAllString(pre, "")
	lines := strings.Split(pre, "\n")
	if len(lines) <= 20 {
		return false
	}
	blank, cont := 0, 0
	for k, l := range lines {
		if strings.TrimSpace(l) == "" {
			blank++
			continue
		}
		if k >= 2 && strings.TrimSpace(lines[k-1]) == "" && strings.TrimSpace(lines[k-2]) != "" &&
			!isPageBreak(strings.TrimSpace(lines[k-2])) && lineGoesOn.MatchString(l) {
			cont++
		}
	}
	return blank*100 > 42*len(lines) && cont >= 3
}
