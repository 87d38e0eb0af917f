package cable

// Double spacing. Some pages of the WikiLeaks mirror (most of the Buenos
// Aires cables of 2005-2010, a few others) put an empty line after every
// line of the telegram, its own blank lines included:
//
//	Parrilli said President Nestor
//
//	Kirchner would not announce his decision on whether to seek
//
//	(blank)
//
//	¶2.  (C) The DCM and PolCouns met on February 9 with Oscar
//
// Read as it stands, every line is a paragraph and names break across
// them ("Nestor" / "Kirchner"). Such a text is read as single-spaced:
// a single blank line between two lines is dropped, so that the two
// lines join as the hard wrap they were; two or more blank lines (one
// blank line of the telegram, doubled, makes three) still end a
// paragraph, and a paragraph number opens one without a blank line.
//
// Some pages are doubled only from some point on: their preamble keeps
// its single blank lines between fields ("SIPDIS", blank, "DEPT FOR
// ..."). A single blank line is therefore dropped only where the text
// around it is double-spaced (see dropBlank).
//
// Dropping a blank line drops bytes and changes no others, so the text
// keeps its map to the input (Text.Orig) as it is.

// doubleSpaced reports whether the text of lines is double-spaced. The
// evidence is the lines that go on with a sentence: a line that starts
// with a lower-case word (not a list label such as "a." or "iv)")
// cannot open a paragraph, so a blank line before it is spacing, not a
// paragraph break. The text is double-spaced when at least three such
// lines follow a single blank line and they outnumber three to one
// those that follow no blank line. Single-spaced cables, whose
// continuation lines follow no blank line, and pages that give a whole
// paragraph on one line, with blank lines between the paragraphs and
// no continuation lines, never qualify; pages with a stray blank line
// inside some sentences (a page break lost, 10BERLIN8) do not either,
// as most of their continuation lines follow no blank line.
func doubleSpaced(s string, lines []span) bool {
	var after [2]int // continuation lines after no blank line, after one
	prev, blanks := span{}, 0
	for _, l := range lines {
		l = trimSpan(s, l)
		if l.empty() {
			blanks++
			continue
		}
		// A page break splits a sentence across its lines in any
		// spacing: it tells nothing.
		if !prev.empty() && blanks <= 1 && continuesSentence(s[l.start:l.end]) && !isPageBreak(s[prev.start:prev.end]) {
			after[blanks]++
		}
		prev, blanks = l, 0
	}
	return after[1] >= 3 && after[1] >= 3*after[0]
}

// continuesSentence reports whether line t starts with a lower-case
// word that goes on with the sentence of the line before, not with a
// list label ("a. COUNTRY CONDITIONS:", "iv. HAVE ANY", "b) text").
func continuesSentence(t string) bool {
	n := 0
	for n < len(t) && isLower(t[n]) {
		n++
	}
	return n > 0 && (n == len(t) || t[n] != '.' && t[n] != ')')
}

// lineGap is what stands between a line with text and the next: the
// number of blank lines, and the index of the first of them.
type lineGap struct{ blanks, blank int }

// undoubleSpace appends the text of its source (b.src), split into
// lines, to b with the single blank lines of its double-spaced stretches
// dropped.
func undoubleSpace(b *textBuilder, lines []span) {
	s := b.src.String
	var gaps []lineGap
	prev := -1
	for k, l := range lines {
		if trimSpan(s, l).empty() {
			continue
		}
		if prev >= 0 {
			gaps = append(gaps, lineGap{blanks: k - prev - 1, blank: prev + 1})
		}
		prev = k
	}
	last := 0
	for i, g := range gaps {
		if g.blanks != 1 || !dropBlank(gaps, i) {
			continue
		}
		bl := lines[g.blank]
		b.copy(last, bl.start)
		last = min(bl.end+1, len(s)) // the blank line and its newline
	}
	b.copy(last, len(s))
}

// dropBlank reports whether the single blank line of gaps[i] is spacing:
// among the four gaps on each side, those of one blank line are at least
// as many as those of none. Gaps of more blank lines (paragraph breaks in
// either spacing) say nothing. In a stretch that is single-spaced, as
// the preamble of a page doubled only further on, gaps of no blank line
// are the most; in a double-spaced one, they are rare.
func dropBlank(gaps []lineGap, i int) bool {
	ones, zeros := 0, 0
	for j := max(0, i-4); j < min(len(gaps), i+5); j++ {
		switch {
		case j == i:
		case gaps[j].blanks == 0:
			zeros++
		case gaps[j].blanks == 1:
			ones++
		}
	}
	return ones >= zeros
}
