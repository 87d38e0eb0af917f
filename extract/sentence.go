package extract

import "strings"

// sentence is a token range of one unit.
type sentence struct {
	unit       int
	start, end int // byte range in the unit's text
	lo, hi     int // token range in doc.toks
}

// titleAbbrevs are abbreviations that Punkt may take for a sentence end
// before a name ("Amb. Smith") or a letter ("Ref. B"); a split after them
// is undone.
var titleAbbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "amb": true, "gen": true, "sen": true,
	"rep": true, "gov": true, "lt": true, "col": true, "maj": true, "capt": true, "adm": true,
	"prof": true, "st": true, "sgt": true, "brig": true, "pres": true, "sec": true, "dep": true,
	"asst": true, "messrs": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"no": true, "amb'": true, "h.e": true, "mme": true, "mlle": true,
	// the clergy's and the navy's ("Msgr. Angelo Accattino", "Cdr. Smith"), "Hon."
	// (not "Mons.", which is also the Belgian town of SHAPE)
	"msgr": true, "rev": true, "fr": true, "cdr": true, "cmdr": true, "lcdr": true, "hon": true,
	// the cables' references: "(Ref. B)", "(Para. 4)"
	"ref": true, "refs": true, "para": true, "paras": true,
}

// sentences splits the tokens of unit u (doc.toks[lo:hi]) into sentences.
func (d *doc) sentences(ui, lo, hi int) {
	u := &d.units[ui]
	spans := d.spanBuf[:0]
	var sents [][2]int
	var err error
	if u.section == SectionBody {
		// Prose's Punkt splitter, see punkt.go.
		d.punktBuf, err = d.punkt.spans(u.text, d.punktBuf[:0])
		sents = d.punktBuf
	}
	if err != nil || u.section != SectionBody {
		// Header units are one line each: one sentence.
		spans = append(spans, [2]int{0, len(u.text)})
	} else {
		// The parser has joined hard-wrapped lines, so a line break left
		// in a paragraph ends a line of a list ("Participants: / U.S. /
		// The Secretary / Ambassador Jeffrey Feltman"): a sentence end.
		for _, s := range sents {
			start, end := s[0], s[1]
			for {
				nl := strings.IndexByte(u.text[start:end], '\n')
				if nl < 0 {
					break
				}
				spans = append(spans, [2]int{start, start + nl})
				start += nl + 1
			}
			spans = append(spans, [2]int{start, end})
		}
	}
	d.spanBuf = spans // kept for the next unit
	t := lo
	first := len(d.sents)
	for _, sp := range spans {
		s := sentence{unit: ui, start: sp[0], end: sp[1], lo: t}
		for t < hi && d.toks[t].start < sp[1] {
			t++
		}
		s.hi = t
		if s.hi == s.lo {
			continue
		}
		// Undo a split after "Amb." or "Sept.".
		if n := len(d.sents); n > first && (d.joinsPrevious(&d.sents[n-1]) || d.countryAbbrevBefore(&d.sents[n-1], s.lo)) {
			d.sents[n-1].end, d.sents[n-1].hi = s.end, s.hi
			continue
		}
		d.sents = append(d.sents, s)
	}
	if t < hi { // tokens after the last span (should not happen): own sentence
		d.sents = append(d.sents, sentence{unit: ui, start: d.toks[t].start, end: len(u.text), lo: t, hi: hi})
	}
}

// countryAbbrevBefore: "the U.S. Ambassador to Bahrain", "the U.K.
// Embassy": a dotted country abbreviation that ends the sentence before
// (prev), and a title or an office that starts the next at token lo, are
// one phrase that Punkt split.
func (d *doc) countryAbbrevBefore(prev *sentence, lo int) bool {
	if prev.hi-prev.lo < 2 || lo >= len(d.toks) {
		return false
	}
	last := &d.toks[prev.hi-1]
	if !last.is("u.s.") && !last.is("u.k.") && !(last.text == "." && (d.toks[prev.hi-2].is("u.s") || d.toks[prev.hi-2].is("u.k"))) {
		return false
	}
	t := &d.toks[lo]
	return t.kind == tokWord && t.upper && (t.class&classTitleWord != 0 || officeWords.hasLower(t.lower))
}

func (d *doc) joinsPrevious(prev *sentence) bool {
	if prev.hi-prev.lo < 2 {
		return false
	}
	last, word := d.toks[prev.hi-1], d.toks[prev.hi-2]
	if last.kind == tokWord && len(last.text) == 2 && last.text[1] == '.' && last.text[0] >= 'A' && last.text[0] <= 'Z' {
		// "John F. Tefft": a middle initial, not a sentence end; but
		// "the points made in reftels A, B, and C. While in Iran, he
		// met ...": a letter after "and", a comma or a word in lower
		// case ends a list or a phrase, and the sentence with it.
		listEnd := word.text == "," || word.kind == tokWord && (word.is("and") || word.is("or") || !word.upper)
		return !listEnd
	}
	if last.text != "." || word.kind != tokWord {
		return false
	}
	var buf [8]byte
	return len(word.text) <= len(buf) && titleAbbrevs[string(lowerBytes(buf[:0], word.text))]
}

// lowerBytes lower-cases ASCII s into buf; indexing a map with
// string(lowerBytes(...)) does not allocate.
func lowerBytes(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}
