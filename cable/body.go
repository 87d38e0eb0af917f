package cable

import (
	"bytes"
	"strings"
	"time"
)

// The body of a telegram: a classification line, a preamble of keyword
// fields (E.O., TAGS, SUBJECT, REF, Classified By) and addressing lines
// ("STATE FOR EUR/WE"), then paragraphs, then the signature. Real bodies
// add prefixes (a database row, "Cable dated:...", a weekday date) and
// lose newlines, so every step looks around instead of insisting.

type keyword int

const (
	kwNone keyword = iota
	kwEO
	kwTags
	kwSubject
	kwRef
	kwClassBy
)

// keywordAt returns the preamble keyword a line starts with and where its
// value begins.
func keywordAt(s string) (keyword, int) {
	if len(s) < 3 {
		return kwNone, 0
	}
	// The keywords are ASCII: upper-case the line's start in place of
	// a strings.ToUpper that would allocate for every line.
	var ub [24]byte
	n := copy(ub[:], s)
	for i := range n {
		if isLower(ub[i]) {
			ub[i] -= 'a' - 'A'
		}
	}
	u := string(ub[:n])
	after := func(n int) int {
		for n < len(s) && (s[n] == ':' || s[n] == ' ' || s[n] == '\t') {
			n++
		}
		return n
	}
	switch u[0] {
	case 'E':
		for _, pre := range []string{"E.O.", "E. O.", "E.0.", "EO 1", "EO1", "E.O 1", "E O 1"} {
			if strings.HasPrefix(u, pre) {
				return kwEO, 0
			}
		}
	case 'T':
		if strings.HasPrefix(u, "TAGS") && (len(u) == 4 || u[4] == ':' || u[4] == ' ' || u[4] == '\t') {
			return kwTags, after(4)
		}
		if strings.HasPrefix(u, "TAG:") {
			return kwTags, after(4)
		}
		if strings.HasPrefix(s, "TAG ") && tagCode(s[4:]) {
			return kwTags, after(3) // "TAG MASS, PREL, BR"
		}
	case 'S':
		if strings.HasPrefix(u, "SUBJECT") && (len(u) == 7 || u[7] == ':' || u[7] == ' ') {
			return kwSubject, after(7)
		}
		if strings.HasPrefix(u, "SUBJ:") || strings.HasPrefix(u, "SUBJ ") {
			return kwSubject, after(4)
		}
	case 'U':
		if strings.HasPrefix(u, "UBJECT:") {
			return kwSubject, after(6) // the S lost
		}
	case 'R':
		for _, pre := range []string{"REFS:", "REFTEL:", "REFERENCE:", "REFERENCES:", "REF:", "REFS ", "REF "} {
			if strings.HasPrefix(u, pre) {
				return kwRef, after(len(pre))
			}
		}
	case 'C', '(':
		i := 0
		if strings.HasPrefix(u, "(U) ") {
			i = 4
		}
		if strings.HasPrefix(u[i:], "CLASSIFIED BY") {
			return kwClassBy, after(i + 13)
		}
	}
	return kwNone, 0
}

// tagCode reports whether s starts with an upper-case code of two to
// six letters, as a TAGS value does.
func tagCode(s string) bool {
	n := 0
	for n < len(s) && isUpper(s[n]) {
		n++
	}
	return n >= 2 && n <= 6 && (n == len(s) || s[n] == ',' || s[n] == ' ')
}

// inlineKeywords finds keyword fields glued into one line, as in
// "E.o. 12958: decl: 01/07/2014 Tags: prel, pgov Subject: turkish p.m.".
// Only forms with a colon count there.
func inlineKeywords(s string) []int {
	var cuts []int
	// One pass over the line, looking closer only at the letters the
	// keywords start with.
	for i := 1; i < len(s); i++ {
		switch s[i] | 0x20 {
		case 't', 's', 'r', 'e', 'c':
		default:
			continue
		}
		for _, kw := range inlineKeywordForms {
			if !hasPrefixUpper(s[i:], kw) {
				continue
			}
			if kw == "TAGS " && !hasPrefixUpper(s[i+5:], "P") && !hasPrefixUpper(s[i+5:], "K") && !hasPrefixUpper(s[i+5:], "E") {
				continue
			}
			if (kw == "E.O. 1" || kw == "E.O.1") && !eoField(s[i+len(kw)-1:]) {
				continue // "SUBJECT: E.O. 13382 ENTITIES": the order named in prose
			}
			if isLetter(s[i-1]) && kw != "E.O. 1" && kw != "E.O.1" {
				continue
			}
			cuts = append(cuts, i)
			break
		}
	}
	return cuts
}

// eoField reports whether the number after "E.O." opens the E.O. field
// ("12958: DECL: ...", "12958 N/A", "12958" at the end of the line)
// rather than naming the order in prose.
func eoField(s string) bool {
	n := 0
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	if n != 5 {
		return false
	}
	rest := strings.TrimLeft(s[n:], " ")
	return rest == "" || rest[0] == ':' || hasPrefixUpper(rest, "DECL") || hasPrefixUpper(rest, "N/A")
}

var inlineKeywordForms = [...]string{"TAGS:", "TAGS ", "SUBJECT:", "SUBJ:", "REF:", "E.O. 1", "E.O.1", "CLASSIFIED BY"}

// fieldPart is a piece of a preamble field: source offsets [start, end).
type fieldPart = span

type preField struct {
	kw    keyword
	parts []fieldPart
}

// parseBody parses p.lines[first:].
func (p *telegram) parseBody(first int) {
	s := p.src.String
	lines := p.lines
	c := p.c

	// Find the classification line; what precedes it is a prefix
	// (database row, "Cable dated:", weekday date, id: block).
	classAt := -1
	classStart := 0
	var classLvl string
	var classWords []string
	searchFrom := p.dbRowEnd(first)
	if h := p.headerBlockEnd(first); h > searchFrom {
		searchFrom = h
	}
	for k := searchFrom; k < len(lines) && k < searchFrom+80; k++ {
		l := trimSpan(s, lines[k])
		t := s[l.start:l.end]
		if t == "" {
			continue
		}
		if strings.HasPrefix(t, "Cable dated:") {
			l.start += len("Cable dated:")
			if l.end-l.start >= 19 {
				if d, err := time.Parse("2006-01-02T15:04:05", s[l.start:l.start+19]); err == nil && !p.hasDate {
					p.setDate(d, "body")
				}
				l.start += 19
			}
			t = s[l.start:l.end]
		}
		if strings.Contains(t, "header ends") {
			// An id:/date:/header: block: its header lines are a routing
			// header when the page gave none.
			if !p.hasDate || c.From.Name == "" {
				p.parseHeader(lines[first:k])
			}
			continue
		}
		if !p.hasDate {
			if d, ok := parseWeekdayDate(t); ok {
				p.setDate(d, "body")
				continue
			}
			if _, d, ok := parseDTG(t); ok {
				p.setDate(d, "dtg")
				continue
			}
		}
		if lvl, at, words := classMark(t); lvl != "" {
			classAt, classStart = k, l.start+at
			classLvl, classWords = lvl, words
			break
		}
		if kw, _ := keywordAt(t); kw == kwTags || kw == kwSubject || kw == kwEO {
			if kw == kwTags && p.classLineFollows(k) {
				// The database row before the telegram copies its TAGS
				// line just above the classification line; the
				// telegram's own TAGS come later.
				continue
			}
			break // fields before any classification line: no line to find
		}
	}
	if classAt >= 0 {
		if k, at, lvl, words := p.fullCopy(classAt, classWords); k >= 0 {
			classAt, classStart, classLvl, classWords = k, p.lines[k].start+at, lvl, words
		}
	}
	if classAt < 0 {
		c.Errors = append(c.Errors, ErrNoClass)
		classAt = first - 1
	} else {
		l := trimSpan(s, lines[classAt])
		line := s[classStart:l.end]
		if cuts := inlineKeywords(line); len(cuts) > 0 {
			// Fields glued onto the line are no words of it.
			_, _, classWords = classMark(line[:cuts[0]])
		}
		p.classLine(classLvl, classWords, classStart)
	}

	// The body text starts at the classification line.
	p.body.reset(p.src)
	p.body.reserve(len(p.src.String))
	p.st.reset()
	bodyFrom := first
	if classAt >= 0 {
		bodyFrom = classAt
	}

	// Preamble.
	var fields []preField
	var cur *preField
	// seenTags: a TAGS or SUBJECT line was read, after which no
	// addressing lines come.
	seenField, seenTags, afterBlank := false, false, false
	k := bodyFrom
	sipdis := 0
	for ; k < len(lines); k++ {
		l := trimSpan(s, lines[k])
		if k == classAt {
			l.start = classStart
		}
		t := s[l.start:l.end]
		if strings.HasPrefix(t, "¶") && !isParaStart(t) {
			l.start += len("¶")
			t = s[l.start:l.end]
		}
		if t == "" {
			cur = nil
			afterBlank = true
			p.body.replace("\n", lines[k].end)
			continue
		}
		kw, off := keywordAt(t)
		if k > classAt && kw == kwNone && isParaStart(t) {
			break
		}
		if k > classAt && (isPageBreak(t) || isClassOnly(t)) {
			continue // a page break inside the preamble
		}
		if k == classAt {
			kw = kwNone
		}
		if kw == kwNone && seenField && afterBlank && cur == nil && !isSIPDIS(t) && (seenTags || !p.fieldFollows(k)) {
			break
		}
		if k > classAt+60 && !seenField {
			// No fields: this is no preamble. Start the paragraphs right
			// after the classification line.
			k = classAt + 1
			p.body.truncate(0)
			fields = nil
			break
		}
		afterBlank = false
		if isSIPDIS(t) {
			sipdis++
			p.addCaveat("SIPDIS")
			if sipdis > 1 {
				continue // the repeated SIPDIS line
			}
		}
		// Split glued fields: "...004403SIPDISE.O. 12958: ... TAGS: ...".
		pieces := []int{0}
		pieces = append(pieces, inlineKeywords(t)...)
		glued := -1
		for pi, at := range pieces {
			end := len(t)
			if pi+1 < len(pieces) {
				end = pieces[pi+1]
			}
			pt := t[at:end]
			pkw, poff := kw, off
			if pi > 0 || at > 0 {
				pkw, poff = keywordAt(pt)
			}
			if k == classAt && pi == 0 {
				pkw = kwNone
			}
			// A first paragraph the page ran into the Classified By line
			// ("... 1.4 (b) and (d). -- (C) During a November 3 meeting
			// ..."), or into a line the field goes on to: the field ends
			// before it, the line's later pieces are the paragraph's, and
			// the paragraphs start with it, on the rest of this line.
			from := -1
			if pkw == kwClassBy {
				from = at + poff
			} else if pkw == kwNone && pi == 0 && cur != nil && cur.kw == kwClassBy && k != classAt {
				from = at
			}
			if from >= 0 && from < end {
				if x := gluedParagraph(t[from:end]); x > 0 {
					glued = from + x
					end = len(strings.TrimRight(t[:glued], " -"))
					l.end = l.start + end
				}
			}
			if pkw != kwNone {
				seenField = true
				seenTags = seenTags || pkw == kwTags || pkw == kwSubject
				fields = append(fields, preField{kw: pkw})
				cur = &fields[len(fields)-1]
				if pkw == kwEO {
					poff = 0
				}
				cur.parts = append(cur.parts, span{l.start + at + poff, l.start + end})
			} else if cur != nil {
				cur.parts = append(cur.parts, span{l.start + at, l.start + end})
			}
			if glued > 0 {
				break
			}
		}
		appendRepaired(&p.body, l.start, l.end, &p.st)
		if glued > 0 {
			p.body.replace("\n", l.end)
			lines[k].start = l.start + glued
			break
		}
		p.body.replace("\n", lines[k].end)
		if k == classAt || strings.HasSuffix(t, "...") {
			// A line cut with "..." ends its field: what follows is the
			// rest of the page (a database row, the whole telegram).
			cur = nil
		}
	}
	p.st.reset()

	p.tagsRest = Field{}
	for _, f := range fields {
		p.setField(f)
	}
	if c.Subject.Text == "" && p.tagsRest.Text != "" {
		c.Subject = p.tagsRest
	}
	p.cutSecondTelegram(k)
	p.paragraphs(k)

	if c.ClassifiedBy == nil {
		p.classifiedByInBody()
	}
	p.summaryAndComment()
}

// fullCopy finds the whole telegram after an excerpt of it: some pages
// open with the telegram's first lines, cut ("E.O. 12958: DE...", or
// after the TAGS line), then give the database row and the whole
// telegram, whose classification line repeats the excerpt's. It returns
// the line of the repeated classification line (and the marking's offset,
// level and words, as classMark does), or -1 when a SUBJECT line or a
// paragraph comes first.
func (p *telegram) fullCopy(classAt int, words []string) (k, at int, level string, rest []string) {
	s := p.src.String
	post, serial := classPostSerial(words, func(string) {})
	if serial == "" {
		return -1, 0, "", nil
	}
	for k := classAt + 1; k < len(p.lines) && k < classAt+60; k++ {
		l := trimSpan(s, p.lines[k])
		t := s[l.start:l.end]
		if t == "" {
			continue
		}
		if isParaStart(t) {
			return -1, 0, "", nil
		}
		if kw, _ := keywordAt(t); kw == kwSubject {
			// The subject, even cut ("SUBJECT: RUSSIAN SCIEN..."):
			// some whole copies lost it.
			return -1, 0, "", nil
		}
		if lvl, at, w := classMark(t); lvl != "" {
			if p2, s2 := classPostSerial(w, func(string) {}); p2 == post && s2 == serial {
				return k, l.start - p.lines[k].start + at, lvl, w
			}
		}
	}
	return -1, 0, "", nil
}

// fieldFollows reports whether a TAGS, SUBJECT or E.O. line comes
// within the few lines with text after line k, before any paragraph:
// addressing lines ("DEPARTMENT FOR WHA") between a Classified By line
// and the other fields do not end the preamble.
func (p *telegram) fieldFollows(k int) bool {
	s := p.src.String
	for n, j := 0, k+1; j < len(p.lines) && n < 6; j++ {
		l := trimSpan(s, p.lines[j])
		if l.empty() {
			continue
		}
		n++
		t := s[l.start:l.end]
		if isParaStart(t) || classLevel(t) != "" {
			return false // a paragraph, or another telegram
		}
		if kw, _ := keywordAt(t); kw == kwTags || kw == kwSubject || kw == kwEO {
			return true
		}
	}
	return false
}

// headerBlockEnd finds the "id: / date: / header: ... header ends" block
// that some pages put before the telegram, often after an excerpt of it
// cut at the TAGS line. It reads the block's routing header (when the
// page gave none) and returns the line after the block, or -1.
func (p *telegram) headerBlockEnd(first int) int {
	s := p.src.String
	for k := first; k < len(p.lines) && k < first+200; k++ {
		l := trimSpan(s, p.lines[k])
		t := s[l.start:l.end]
		if !strings.HasPrefix(t, "---") || !strings.Contains(t, "header ends") {
			continue
		}
		hdr := first
		for j := k - 1; j >= first; j-- {
			lj := trimSpan(s, p.lines[j])
			if s[lj.start:lj.end] == "header:" {
				hdr = j + 1
				break
			}
		}
		if !p.hasDate || p.c.From.Name == "" {
			p.parseHeader(p.lines[hdr:k])
		}
		return k + 1
	}
	return -1
}

// dbRowEnd returns the line after the database row that some pages put
// before the telegram ("51304", "2006-01-31 17:45:00", "06MEXICO536",
// "Embassy Mexico", "UNCLASSIFIED//FOR OFFICIAL USE ONLY"), or first when
// there is none. The row's classification is the database's, not a line
// of the telegram.
func (p *telegram) dbRowEnd(first int) int {
	s := p.src.String
	var seen []int // the row's first lines with text
	for k := first; k < len(p.lines) && len(seen) < 6; k++ {
		l := trimSpan(s, p.lines[k])
		if l.empty() {
			continue
		}
		t := s[l.start:l.end]
		switch len(seen) {
		case 0:
			if !allDigits(t) {
				return first
			}
		case 1:
			if _, err := time.Parse("2006-01-02 15:04:05", t); err != nil {
				return first
			}
		default:
			if classLevel(t) != "" {
				return k + 1
			}
		}
		seen = append(seen, k)
	}
	return first
}

// classLineFollows reports whether the next line with text after line k
// is a classification line.
func (p *telegram) classLineFollows(k int) bool {
	s := p.src.String
	for k++; k < len(p.lines); k++ {
		l := trimSpan(s, p.lines[k])
		if !l.empty() {
			return classLevel(s[l.start:l.end]) != ""
		}
	}
	return false
}

func isSIPDIS(t string) bool {
	t = strings.TrimRight(t, " .")
	return strings.EqualFold(t, "SIPDIS") || t == "STPDTS"
}

// parseWeekdayDate reads "Tuesday, 03 July 2001, 12:03".
func parseWeekdayDate(t string) (time.Time, bool) {
	i := strings.Index(t, ", ")
	if i < 6 || i > 9 || !strings.HasSuffix(t[:i], "day") {
		return time.Time{}, false
	}
	d, err := time.Parse("02 January 2006, 15:04", strings.TrimSpace(t[i+2:]))
	return d, err == nil
}

// setField interprets one preamble field.
func (p *telegram) setField(f preField) {
	c := p.c
	txt := p.fieldText(f.parts)
	if strings.TrimSpace(txt.String) == "" && f.kw != kwClassBy {
		return
	}
	field := Field{Text: txt.String, Pos: txt.Orig(0), src: txt}
	switch f.kw {
	case kwEO:
		if c.Declassification.Text == "" {
			c.Declassification = field
		}
	case kwSubject:
		if _, mark, n, ok, _ := paraHead(txt.String); ok && mark != "" && n == len(txt.String) {
			// "SUBJECT: (C) SUBJECT: BRIEFING ...": a marking alone; the
			// subject is in the next field.
			return
		}
		if c.Subject.Text == "" {
			c.Subject = field
		}
	case kwTags:
		if len(c.Tags) == 0 {
			var rest int
			c.Tags, rest = parseTags(txt)
			if rest >= 0 {
				// "TAGS: PREL IS GAZA DISENGAGEMENT ...": pages that lost
				// their newlines and the SUBJECT keyword. Used when no
				// SUBJECT line turns up.
				p.tagsRest = Field{Text: txt.String[rest:], Pos: txt.Orig(rest), src: txt.Slice(rest, len(txt.String))}
			}
		}
	case kwRef:
		c.Refs = append(c.Refs, parseRefs(txt, p.year)...)
	case kwClassBy:
		if c.ClassifiedBy == nil || c.ClassifiedBy.Text == "" {
			// An empty one is replaced: "Classified By: Classified by
			// Acting Econ M/C ..." reads as two fields, the first empty.
			c.ClassifiedBy = parseClassifiedBy(txt)
		}
	}
}

// fieldText joins the parts of a field into one line, repaired.
func (p *telegram) fieldText(parts []span) Text {
	b := &p.field
	b.reset(p.src)
	var st repairState
	st.reset()
	for i, part := range parts {
		part = trimSpan(p.src.String, part)
		if part.empty() {
			continue
		}
		if i > 0 && b.len() > 0 {
			joinWrap(b, part.start-1, part.start)
		}
		appendRepaired(b, part.start, part.end, &st)
	}
	b.trimRight(" ,;")
	return b.text()
}

// ---- paragraphs ----

// markings are the parts a paragraph's classification marking is made of.
var markingParts = map[string]bool{
	"U": true, "C": true, "S": true, "TS": true, "SBU": true, "NF": true, "FOUO": true,
	"LOU": true, "REL": true, "NOFORN": true, "ORCON": true, "OC": true, "SI": true, "U/FOUO": true,
	"SENSITIVE": true, "CONFIDENTIAL": true, "SECRET": true, "UNCLASSIFIED": true, "PROTECT": true,
}

// paraHead parses the start of a paragraph line: "¶3. (C) text", "3. (C)
// text", "(SBU) text", "- 11. (SBU) text". It returns the number (0 if
// none), the marking, where the text begins, whether the line starts a
// paragraph, and whether it had a "- " bullet.
func paraHead(t string) (num int, mark string, text int, ok bool, bullet bool) {
	i := 0
	if strings.HasPrefix(t, "- ") {
		i, bullet = 2, true
	}
	pil := false
	if strings.HasPrefix(t[i:], "¶") {
		i += len("¶")
		pil = true
	}
	j := i
	for j < len(t) && isDigit(t[j]) && j-i < 3 {
		j++
	}
	if j > i && j-i <= 2 && j < len(t) && t[j] == '.' && (j+1 == len(t) || t[j+1] == ' ' || t[j+1] == '(' || t[j+1] == '\t') {
		for _, d := range t[i:j] {
			num = num*10 + int(d-'0')
		}
		j++
	} else {
		j = i
	}
	for j < len(t) && (t[j] == ' ' || t[j] == '\t') {
		j++
	}
	if j < len(t) && t[j] == '(' {
		if e := strings.IndexByte(t[j:], ')'); e > 1 && e < 16 {
			m := strings.ToUpper(t[j+1 : j+e])
			good := true
			for _, part := range strings.Split(m, "/") {
				if part != "" && !markingParts[strings.TrimSpace(part)] {
					good = false
				}
			}
			if good {
				mark = strings.ReplaceAll(m, " ", "")
				j += e + 1
				for j < len(t) && (t[j] == ' ' || t[j] == '\t') {
					j++
				}
			}
		}
	}
	ok = num > 0 || mark != "" || pil && j > i
	if num > 0 && mark == "" && !pil {
		// "3. Text": a numbered paragraph only if text follows.
		ok = j < len(t) && (isUpper(t[j]) || t[j] == '"' || t[j] == '(')
	}
	return num, mark, j, ok, bullet
}

// gluedParagraph returns the offset in the text t of a Classified By
// field at which a first paragraph begins that the page ran into the
// field's line, or -1: a numbered paragraph ("1.4 (b), (d) 1. (C)
// Summary: ..."), or a marking, after a dash or not, written in capitals
// and followed by a word ("1.4 (b) and (d). -- (C) During a ...", "1.4
// (b) and (d) (C) On July 21, ..."); past the dash. Not the reasons' own
// letters, in lower case or followed by "and" or a capital letter: "1.4
// (b) and (c) Summary", "1.5 (C) AND (D)".
func gluedParagraph(t string) int {
	for x := 1; x+4 < len(t); x++ {
		if t[x-1] != ' ' {
			continue
		}
		r := t[x:]
		dash := 0
		if strings.HasPrefix(r, "--") {
			dash = 2
			for dash < len(r) && r[dash] == ' ' {
				dash++
			}
		}
		num, mark, text, ok, _ := paraHead(r[dash:])
		if !ok || dash+text+1 >= len(r) {
			continue
		}
		word := r[dash+text:]
		if !isUpper(word[0]) || !(word[1] >= 'a' && word[1] <= 'z' || num > 0 && mark != "") || strings.HasPrefix(word, "And ") || strings.HasPrefix(word, "Or ") {
			continue // a word follows: "During", "Summary" (or, numbered and marked, one in capitals); not "(C) And (D)"
		}
		if num > 0 && mark == "" && (num != 1 || endsWithMonth([]byte(t[:x]))) {
			continue // a numbered paragraph is the first; not a day: "on July 17. He said"
		}
		if open := strings.IndexByte(r[dash:dash+text], '('); mark != "" && (open < 0 || strings.ToUpper(r[dash+open:dash+text]) != r[dash+open:dash+text]) {
			continue // "(c) Summary": a reason's letter, in lower case
		}
		if num > 0 || mark != "" {
			return x + dash // past "-- ", which is neither the field's nor the paragraph's
		}
	}
	return -1
}

func isParaStart(t string) bool {
	_, _, _, ok, _ := paraHead(t)
	return ok
}

// isRule reports lines made only of -, _, = or * (section rules).
func isRule(t string) bool {
	if len(t) < 3 {
		return false
	}
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '-', '_', '=', '*', ' ':
		default:
			return false
		}
	}
	return true
}

// isPageBreak reports the lines a page break leaves in the body:
// "BERLIN 00000008  002 OF 005", "PAGE 02 ATHENS 02959 171944Z", and the
// repeated classification around them.
func isPageBreak(t string) bool {
	if strings.HasPrefix(t, "PAGE ") && len(t) > 8 && isDigit(t[5]) {
		return true
	}
	i := strings.Index(t, " OF ")
	if i < 4 || len(t) > 80 {
		return false
	}
	f := strings.Fields(t)
	n := len(f)
	if n < 4 || f[n-2] != "OF" || !allDigits(f[n-1]) || !allDigits(f[n-3]) {
		return false
	}
	// the post and an 8-digit serial before "002 OF 005"
	for _, w := range f[:n-3] {
		if allDigits(w) && len(w) >= 6 {
			return true
		}
	}
	return false
}

// isClassOnly reports a line that is only a classification marking, as
// printed at the top and bottom of each page.
func isClassOnly(t string) bool {
	lvl := classLevel(t)
	if lvl == "" {
		return false
	}
	if strings.ContainsAny(t, ".:,") {
		return false
	}
	for _, w := range collapseSpaced(t) {
		for _, part := range strings.Split(w, "/") {
			switch part {
			case "", "UNCLASSIFIED", "UNCLAS", "CONFIDENTIAL", "SECRET", "SSECRET", "TOP", "LIMITED", "OFFICIAL", "USE", "FOR", "ONLY",
				"NOFORN", "NF", "SIPDIS", "SENSITIVE", "EXDIS", "NODIS", "LIMDIS", "STADIS", "FOUO", "ORCON":
			default:
				return false
			}
		}
	}
	return true
}

// isTransmissionMark reports the lines that frame a transmission rather
// than say anything: BT, the end mark NNNN (NNN in the PlusD texts), and
// the garbled start of the next message that some end with (NMAFVVZCZ).
func isTransmissionMark(t string) bool {
	switch t {
	case "BT", "NNNN", "NNN":
		return true
	}
	return len(t) <= 16 && isAllUpper(t) && (strings.HasSuffix(t, "VZCZ") || strings.HasPrefix(t, "VZCZC"))
}

// trailingSignature finds a signature written at the end of the last
// line of text after a run of blanks, as the 1970s cables do ("...
// FOREIGN AFFAIRS.    PORTER"): it returns where the name starts in t,
// or -1. Only an upper-case name of one or two words after a sentence
// end counts. The web copies that joined the lines glue the signature to
// the last sentence with one space ("... the upcoming G-20 summit.
// SPOGLI"), which gluedSignature reads.
func trailingSignature(t string) int {
	i := strings.LastIndex(t, "   ")
	if i < 0 {
		return gluedSignature(t)
	}
	name := strings.TrimLeft(t[i:], " ")
	head := strings.TrimRight(t[:i], " ")
	if !strings.HasSuffix(head, ".") || len(strings.Fields(name)) > 2 || !looksLikeSignature(name) {
		return -1
	}
	for j := 0; j < len(name); j++ {
		if isLower(name[j]) {
			return -1
		}
	}
	return len(t) - len(name)
}

// gluedSignature finds a one-word signature joined to the last sentence
// of the body by a single space, "... G-20 summit. SPOGLI", "... if
// needed. Scobey": it returns where the name starts in t, or -1. The word
// must follow a full stop and be a name: in capitals (a word of at least
// four letters, which leaves out "OK" and acronyms such as "UN"), or
// capitalised and written nowhere else in the line in lower case (which
// leaves out the first word of a sentence cut short, "... needed. The").
func gluedSignature(t string) int {
	i := strings.LastIndexByte(t, ' ')
	if i < 1 || t[i-1] != '.' {
		return -1
	}
	name := t[i+1:]
	if len(name) < 4 || !looksLikeSignature(name) || strings.ContainsAny(name, ".' ") {
		return -1
	}
	if !isAllUpper(name) {
		for j := 1; j < len(name); j++ {
			if !isLower(name[j]) {
				return -1
			}
		}
		if strings.Contains(t, " "+strings.ToLower(name)) {
			return -1
		}
	}
	return i + 1
}

// looksLikeSignature reports a short name line: DELAWIE, Wolff, "RICE".
func looksLikeSignature(t string) bool {
	if len(t) < 3 || len(t) > 40 || strings.HasSuffix(t, ":") || strings.HasSuffix(t, ".") && !strings.Contains(t, " ") {
		return false
	}
	words := strings.Fields(t)
	if len(words) > 4 {
		return false
	}
	if !isUpper(t[0]) {
		return false
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if !isLetter(c) && c != ' ' && c != '.' && c != '-' && c != '\'' && c < 0x80 {
			return false
		}
	}
	switch strings.ToUpper(strings.Trim(t, ". ")) {
	case "SIPDIS", "NNNN", "NNN", "BT", "END", "END SUMMARY", "END COMMENT", "UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "NOFORN":
		return false
	}
	return true
}

// paragraphs splits lines[from:] into paragraphs and writes them to the
// body.
func (p *telegram) paragraphs(from int) {
	s := p.src.String
	lines := p.lines
	c := p.c
	b := &p.body

	// The last line with text, where a signature may stand.
	lastLine := -1
	for k := len(lines) - 1; k >= from; k-- {
		t := s[trimSpan(s, lines[k]).start:trimSpan(s, lines[k]).end]
		if t == "" || isClassOnly(t) || isTransmissionMark(t) || isPageBreak(t) || isSIPDIS(t) {
			continue
		}
		lastLine = k
		break
	}
	// A signature glued onto the last line: the line ends before it.
	sigAt := -1
	if lastLine >= 0 {
		l := trimSpan(s, lines[lastLine])
		if t := s[l.start:l.end]; !looksLikeSignature(t) {
			if i := trailingSignature(t); i > 0 {
				sigAt = l.start + i
			}
		}
	}

	var para *Paragraph
	lastNum := 0
	prevLen := 0
	sipdisSeen := false
	// Paragraph texts are slices of the body string, filled in at the end
	// so that the text is not copied twice.
	var ends []int
	closePara := func() {
		if para == nil {
			return
		}
		b.trimRight(" \t")
		if len(bytes.TrimSpace(b.buf[para.Start:])) > 0 || para.Number > 0 {
			c.Paragraphs = append(grow(c.Paragraphs, 1), *para)
			ends = append(ends, b.len())
		}
		para = nil
		p.st.reset()
	}
	sign := func(l span) {
		closePara()
		if b.len() > 0 {
			b.replace("\n\n", l.start)
		}
		start := b.len()
		appendRepaired(b, l.start, l.end, &p.st)
		c.Signature = Field{Text: string(b.buf[start:]), Pos: p.pos(l.start)}
	}
	for k := from; k < len(lines); k++ {
		l := trimSpan(s, lines[k])
		if k == lastLine && sigAt >= 0 {
			l = trimSpan(s, span{l.start, sigAt})
		}
		t := s[l.start:l.end]
		if t == "" || isRule(t) {
			closePara()
			continue
		}
		if isPageBreak(t) || isTransmissionMark(t) || (isClassOnly(t) && k > from) {
			continue
		}
		if isSIPDIS(t) {
			if sipdisSeen {
				continue
			}
			sipdisSeen = true
		}
		if k == lastLine && sigAt < 0 && looksLikeSignature(t) && (para == nil || prevLen < 40 || endsSentence(bytes.TrimSpace(b.buf[para.Start:]))) {
			sign(l)
			continue
		}
		num, mark, text, starts, bullet := paraHead(t)
		if starts && bullet {
			// The markdown copies (07PARIS3972.txt) turned "¶1." into
			// "- 11." and dropped some numbers: read them in sequence.
			switch {
			case num >= 10 && num/10 == 1 && num%10 == lastNum+1:
				num = num % 10
			case num == 0 && mark != "":
				num = lastNum + 1
			}
		}
		if starts && num > 0 && mark == "" && !bullet && para != nil && num != lastNum+1 && endsWithMonth(b.buf[para.Start:]) {
			// "... met with President Mwai Kibaki on May\n12. The meeting
			// was also attended by ...": the day of a date the line
			// broke, not paragraph 12 after paragraph 3.
			starts = false
		}
		if starts || para == nil {
			closePara()
			if b.len() > 0 {
				b.trimRight(" \n")
				b.replace("\n\n", l.start)
			}
			para = &Paragraph{Number: num, Marking: mark, Pos: p.pos(l.start)}
			if !starts {
				text = 0
			}
			if num > 0 {
				lastNum = num
			}
			para.Start = b.len()
			appendRepaired(b, l.start+text, l.end, &p.st)
			prevLen = l.end - l.start
			continue
		}
		// A line inside a paragraph: a hard wrap to join, unless the line
		// before was short (a list, a table, an address) or this one
		// starts a list item.
		if prevLen >= 40 && !isListItem(t) {
			joinWrap(b, lines[k].start-1, l.start)
		} else {
			b.trimRight(" \t")
			b.replace("\n", lines[k].start-1)
		}
		appendRepaired(b, l.start, l.end, &p.st)
		prevLen = l.end - l.start
	}
	if sigAt >= 0 {
		sign(trimSpan(s, span{sigAt, lines[lastLine].end}))
	}
	closePara()
	p.c.Body = b.text()
	first := len(c.Paragraphs) - len(ends)
	for i, end := range ends {
		para := &c.Paragraphs[first+i]
		para.Text = c.Body.String[para.Start:end]
	}
}

// isListItem reports lines that start an item of a list: "-- text",
// "* text", "A. text", "(1) text", "1) text".
func isListItem(t string) bool {
	if len(t) < 2 {
		return false
	}
	switch t[0] {
	case '-', '*', '+', 0xE2: // 0xE2: a UTF-8 bullet or dash
		return true
	case '(':
		return len(t) > 2 && (t[2] == ')' || len(t) > 3 && t[3] == ')')
	}
	if (isUpper(t[0]) || isDigit(t[0])) && (t[1] == '.' || t[1] == ')') && len(t) > 2 && t[2] == ' ' {
		return true
	}
	return isDigit(t[0]) && len(t) > 2 && isDigit(t[1]) && t[2] == ')'
}

// classifiedByInBody looks for "Classified By" in the first paragraphs,
// where older cables put it (¶1. (U) CLASSIFIED BY CDA JOSEPH MERANTE...).
func (p *telegram) classifiedByInBody() {
	for i, para := range p.c.Paragraphs {
		if i > 2 {
			break
		}
		j := indexUpper(para.Text[:min(len(para.Text), 10+len("CLASSIFIED BY"))], "CLASSIFIED BY")
		if j < 0 || j > 10 {
			continue
		}
		rest := para.Start + j + len("CLASSIFIED BY")
		body := p.c.Body
		end := para.Start + len(para.Text)
		for rest < end && (body.String[rest] == ':' || body.String[rest] == ' ') {
			rest++
		}
		// Whichever comes first: a glued paragraph, or the reasons' end.
		x, e := gluedParagraph(body.String[rest:end]), strings.Index(body.String[rest:end], ").")
		if x > 0 && (e < 0 || x < e) {
			end = rest + len(strings.TrimRight(body.String[rest:rest+x], " -"))
		} else if e >= 0 {
			end = rest + e + 2
		}
		p.c.ClassifiedBy = parseClassifiedBy(body.Slice(rest, end))
		return
	}
}

// summaryAndComment fills Summary and Comment from the paragraphs.
func (p *telegram) summaryAndComment() {
	c := p.c
	body := c.Body.String
	find := func(start, end string) Field {
		for i, para := range c.Paragraphs {
			t := para.Text
			j := indexUpper(t[:min(len(t), 40)], start)
			if j < 0 || j > 12 || indexUpper(t[:j], "END") >= 0 {
				continue
			}
			from := para.Start + j + len(start)
			for from < len(body) && strings.IndexByte(":. -", body[from]) >= 0 {
				from++
			}
			// up to the END marker, at most a few paragraphs on
			to := para.Start + len(t)
			for n := i; n < len(c.Paragraphs) && n < i+4; n++ {
				q := c.Paragraphs[n]
				if e := indexUpper(q.Text, end); e >= 0 && q.Start+e >= from {
					to = q.Start + e
					break
				}
			}
			if to <= from {
				continue
			}
			txt := strings.TrimRight(body[from:to], " (")
			return Field{Text: txt, Pos: c.Body.Orig(from), src: c.Body.Slice(from, from+len(txt))}
		}
		return Field{}
	}
	c.Summary = find("SUMMARY", "END SUMMARY")
	c.Comment = find("COMMENT", "END COMMENT")
}

// endsWithMonth reports whether text ends with the name of a month (in
// any case), after which a number is a day.
func endsWithMonth(text []byte) bool {
	text = bytes.TrimRight(text, " \t\n")
	i := bytes.LastIndexAny(text, " \t\n(") + 1
	_, ok := monthNames[strings.ToLower(string(text[i:]))]
	return ok
}

var monthNames = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

// endsSentence: a paragraph that ends so is complete, and a name line
// after it is a signature, not the paragraph's last words. A redaction
// ends one too: "Visit London's Classified Website: XXXXXXXXXXXX" then
// "TUTTLE".
func endsSentence(para []byte) bool {
	return bytes.HasSuffix(para, []byte(".")) || bytes.HasSuffix(para, []byte("XXXXXX"))
}
