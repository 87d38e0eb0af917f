package extract

import (
	"strings"

	"github.com/cablegraph/cablegraph/cable"
)

// unit is one stretch of cable text the later stages read on its own: the
// subject, an address line, a body paragraph, the signature. It remembers
// where it came from so that every mention can be cited.
type unit struct {
	section   Section
	paragraph int    // paragraph number, 0 outside numbered paragraphs
	text      string // repaired text
	base      int    // offset of text in its section's repaired text
	body      bool   // positions map through Cable.Body.Orig
	// field is where a unit that body does not map comes from: the
	// subject or signature as the parser gave it (mapped to the input
	// through its repairs), or a paragraph's start (counted on from it).
	field     cable.Field
	caps      bool // written in capitals, so case says nothing about names
	titleCase bool // a subject that capitalises every word ("Speaker Urges Calm")
}

// textUnits splits a cable into the units the extractor reads, header
// units (subject, Classified By, address lines) first and the signature
// last, so that names known from the body can be looked for in capitals.
func textUnits(c *cable.Cable, out []unit) []unit {
	if s := c.Subject.Text; s != "" {
		out = append(out, unit{section: SectionSubject, text: s, field: c.Subject})
	}
	body := c.Body.String
	firstPara := len(body)
	if len(c.Paragraphs) > 0 {
		firstPara = min(c.Paragraphs[0].Start, len(body))
	}
	out = addressUnits(body[:firstPara], out)
	for _, p := range c.Paragraphs {
		if p.Number == 0 && !strings.Contains(p.Text, "\n") && isAddressLine(p.Text) && p.Start >= 0 && p.Start+len(p.Text) <= len(body) && body[p.Start:p.Start+len(p.Text)] == p.Text {
			// An unnumbered "NSC FOR ABRAMS/DORAN" line the parser took
			// for a paragraph.
			out = append(out, unit{section: SectionAddress, text: p.Text, base: p.Start, body: true})
			continue
		}
		if p.Start < 0 || p.Start+len(p.Text) > len(body) || body[p.Start:p.Start+len(p.Text)] != p.Text {
			// Paragraph offsets that do not index the body: keep the text,
			// cite the paragraph's own position.
			out = append(out, unit{section: SectionBody, paragraph: p.Number, text: p.Text, field: cable.Field{Text: p.Text, Pos: p.Pos}})
			continue
		}
		out = append(out, unit{section: SectionBody, paragraph: p.Number, text: p.Text, base: p.Start, body: true})
	}
	if len(c.Paragraphs) == 0 && body != "" {
		out = append(out, unit{section: SectionBody, text: body, body: true})
	}
	if s := c.Signature.Text; s != "" {
		out = append(out, unit{section: SectionSignature, text: s, field: c.Signature})
	}
	for i := range out {
		out[i].caps = mostlyCaps(out[i].text)
		out[i].titleCase = !out[i].caps && out[i].section == SectionSubject && titleCased(out[i].text)
	}
	return out
}

// addressUnits finds the "STATE FOR ..." and "DEPT PASS TO ..." lines of
// the text before the first paragraph; they name the people a cable is
// for, usually in capitals and in parentheses.
func addressUnits(pre string, out []unit) []unit {
	off := 0
	for off < len(pre) {
		end := strings.IndexByte(pre[off:], '\n')
		if end < 0 {
			end = len(pre) - off
		}
		line := pre[off : off+end]
		if isAddressLine(line) {
			out = append(out, unit{section: SectionAddress, text: line, base: off, body: true})
		}
		off += end + 1
	}
	return out
}

func isAddressLine(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || !mostlyCaps(line) || strings.HasPrefix(line, "E.O.") || strings.HasPrefix(line, "TAGS") || strings.HasPrefix(line, "SUBJECT") {
		return false
	}
	f := strings.Fields(line)
	first := strings.ToUpper(f[0])
	if first == "FOR" || first == "PASS" {
		return true
	}
	// "DEPT FOR", "DOE FOR", "AF/E FOR", "WHITE HOUSE FOR", "STATE PASS TO",
	// "DEPT PLEASE PASS": one or two office words, then FOR/PASS/TO.
	if strings.ContainsAny(line, "'\"") {
		return false // a sentence, not an address
	}
	for k := 1; k < len(f) && k <= 2; k++ {
		switch strings.ToUpper(f[k]) {
		case "FOR", "PASS", "PLEASE":
			return officeWord(f[0]) && (k == 1 || addressGlue[strings.ToUpper(f[1])])
		}
	}
	return false
}

// addressGlue may stand between the office and the FOR of an address
// line: "WHITE HOUSE FOR", "HQSOUTHCOM ALSO FOR", "DEPT PLEASE PASS".
var addressGlue = map[string]bool{"HOUSE": true, "ALSO": true, "PLEASE": true, "PASS": true}

// addressWords are the words of address lines, never names.
var addressWords = map[string]bool{"PASS": true, "PLEASE": true, "ALSO": true, "INFO": true, "FOR": true, "TO": true, "AND": true}

// officeWord: an office of an address line, "DEPT", "DOE", "EUR/RUS",
// "WHITE": short, letters and slashes only.
func officeWord(w string) bool {
	if len(w) < 2 || len(w) > 10 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !(c >= 'A' && c <= 'Z' || c == '/' || c == '-') {
			return false
		}
	}
	return true
}

// mostlyCaps reports whether text is written in capitals (a subject line, a
// signature, a 1970s cable): then capitalisation is no sign of a name.
func mostlyCaps(text string) bool {
	// It reads every byte of every unit: counted by table, without a
	// branch a byte.
	upper, lower := 0, 0
	for i := 0; i < len(text); i++ {
		c := asciiCase[text[i]]
		upper += int(c & 1)
		lower += int(c >> 1)
	}
	return upper > 0 && lower*5 < upper
}

// asciiCase is 1 for the ASCII capitals, 2 for the small letters.
var asciiCase = func() (t [256]uint8) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = 1
		t[c+'a'-'A'] = 2
	}
	return t
}()

// titleCased reports whether text capitalises nearly every word, as
// subject lines do ("Speaker Urges Calm on Iraq"): there too case is no
// sign of a name.
func titleCased(text string) bool {
	words, upper := 0, 0
	for i := 0; i < len(text); {
		c := text[i]
		if !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z') {
			i++
			continue
		}
		j := i
		for j < len(text) && ('A' <= text[j] && text[j] <= 'Z' || 'a' <= text[j] && text[j] <= 'z') {
			j++
		}
		if j-i >= 4 {
			words++
			if c <= 'Z' {
				upper++
			}
		}
		i = j
	}
	return words >= 3 && upper*4 >= words*3
}

// mention turns a byte range of a unit into a Mention with its position in
// the input.
func (u *unit) mention(c *cable.Cable, start, end int) Mention {
	m := Mention{Text: u.text[start:end], Section: u.section, Paragraph: u.paragraph, Start: u.base + start, End: u.base + end}
	var p cable.Pos
	if u.body {
		p = c.Body.Orig(u.base + start)
	} else {
		p = u.field.Orig(start)
	}
	m.Line, m.Offset = p.Line, p.Offset
	return m
}
