package cable

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"
)

// Some records carry a second telegram glued onto the end of the first
// one's body (73TEHRAN2077 of the final release ends with the whole of
// 06THEHAGUE131, database row and all). Read as one body, the second
// telegram's text, people and dates would be taken for the first one's,
// and its 2006 dates resolved against 1973. The parser cuts the body where
// the second telegram starts and says so in Cable.Errors.
//
// A quoted or repeated telegram must not be cut: a section header of the
// same telegram ("CONFIDENTIAL SECTION 02 OF 03 PARIS 000997") names the
// same post and serial, and a line that merely looks like a start is not
// enough. A start counts only when it names another telegram and the
// opening of a telegram (TAGS, SUBJECT, E.O., SIPDIS, or FM and a
// date-time group after VZCZC) follows within a few lines.

// gluedLookahead is how many lines with text after a start line may hold
// the keywords that confirm it.
const gluedLookahead = 6

// secondTelegram looks in p.lines[from:] for the start of a second
// telegram. It returns the line index where it starts and a name for it
// (its ID, or its post and serial), or -1.
func (p *telegram) secondTelegram(from int) (int, string) {
	s := p.src.String
	for k := from; k < len(p.lines); k++ {
		l := trimSpan(s, p.lines[k])
		t := s[l.start:l.end]
		if len(t) < 5 {
			continue
		}
		var name string
		switch {
		case strings.HasPrefix(t, "VZCZC"):
			if !p.otherTransmission(k) {
				continue
			}
			return k, strings.Fields(t)[0]
		case classLevel(t) != "":
			if isClassOnly(t) {
				continue
			}
			post, serial := classPostSerial(collapseSpaced(t), func(string) {})
			if !IsPost(strings.ReplaceAll(post, " ", "")) || p.sameTelegram(post, serial) {
				continue
			}
			name = post + " " + serial
		default:
			id := dbRowID(t)
			if id == "" {
				continue
			}
			post := strings.TrimRight(strings.TrimLeft(id, "0123456789"), "0123456789")
			if p.sameTelegram(post, strings.TrimPrefix(strings.TrimLeft(id, "0123456789"), post)) {
				continue
			}
			name = id
		}
		if p.openingFollows(k) {
			return p.refsLineBefore(k, from), name
		}
	}
	return -1, ""
}

// dbRowID finds the database row that opens a glued telegram, a date (and
// time) followed by the reference ID: "50133  2006-01-19  06THEHAGUE131
// Embassy The Hague  CONFIDENTIAL ...", "... 190588 2/5/2009 13:20
// 09CAIRO210 Embassy Cairo ...". It returns the ID, or "".
func dbRowID(t string) string {
	if !mayHoldRowDate(t) {
		return "" // most lines: no need to split them into words
	}
	f := strings.Fields(t)
	for i := 0; i+1 < len(f); i++ {
		if !isRowDate(f[i]) {
			continue
		}
		j := i + 1
		if j+1 < len(f) && strings.IndexByte(f[j], ':') > 0 && allDigits(strings.ReplaceAll(f[j], ":", "")) {
			j++ // the time
		}
		if id := refID(f[j], 0); id != "" && id == f[j] {
			return id
		}
	}
	return ""
}

// mayHoldRowDate reports whether t has a year where isRowDate would find
// one: "/2009", "/1973" or "2006-" after a blank.
func mayHoldRowDate(t string) bool {
	for i := 0; i+3 < len(t); i++ {
		if (t[i] != '1' || t[i+1] != '9') && (t[i] != '2' || t[i+1] != '0') || !isDigit(t[i+2]) || !isDigit(t[i+3]) {
			continue
		}
		if i > 0 && t[i-1] == '/' || (i == 0 || t[i-1] == ' ' || t[i-1] == '\t') && i+4 < len(t) && t[i+4] == '-' {
			return true
		}
	}
	return false
}

// isRowDate reports the dates of database rows: 2006-01-19, 2/5/2009.
func isRowDate(w string) bool {
	if len(w) < 8 || len(w) > 10 || !isDigit(w[0]) {
		return false
	}
	if _, err := time.Parse("2006-01-02", w); err == nil {
		return true
	}
	_, err := time.Parse("1/2/2006", w)
	return err == nil
}

// refsLineBefore moves the start of a glued telegram back over the line
// of reference IDs that its database row ends with ("08STATE15228"), when
// it stands alone just before the start line k.
func (p *telegram) refsLineBefore(k, from int) int {
	s := p.src.String
	for j := k - 1; j > from; j-- {
		l := trimSpan(s, p.lines[j])
		t := s[l.start:l.end]
		if t == "" {
			continue
		}
		for _, ref := range strings.Split(t, "|") {
			if refID(ref, 0) != ref {
				return k
			}
		}
		return j
	}
	return k
}

// sameTelegram reports whether a post and serial, as a classification line
// or a reference ID gives them, name the telegram being parsed, as its
// container, its own classification line or its file name name it.
func (p *telegram) sameTelegram(post, serial string) bool {
	c := p.c
	post = strings.ReplaceAll(post, " ", "")
	serial = strings.TrimLeft(serial, "0")
	base := filepath.Base(c.Source.File)
	base = strings.TrimSuffix(base, filepath.Ext(base))
	// The year is left out: the date is not always known here, and a
	// classification line gives none.
	for _, id := range []string{c.Meta.ID, refID(base, 0), strings.ReplaceAll(c.Post, " ", "") + c.PostSerial} {
		id = strings.TrimLeft(id, "0123456789")
		idSerial := strings.TrimLeft(strings.TrimPrefix(id, post), "0")
		if id == "" || !strings.HasPrefix(id, post) || !allDigits(idSerial) {
			continue
		}
		// A serial cut short in a copy (BERLIN 00169 in 08BERLIN1690)
		// still names the same telegram.
		if strings.HasPrefix(idSerial, serial) || strings.HasPrefix(serial, idSerial) {
			return true
		}
	}
	return false
}

// openingFollows reports whether line k or one of the next lines with
// text opens a telegram's preamble: TAGS, SUBJECT, E.O. or SIPDIS, at the
// start of a line or glued into it.
func (p *telegram) openingFollows(k int) bool {
	s := p.src.String
	for n := 0; k < len(p.lines) && n <= gluedLookahead; k++ {
		l := trimSpan(s, p.lines[k])
		t := s[l.start:l.end]
		if t == "" {
			continue
		}
		n++
		t = strings.TrimPrefix(t, "¶")
		if kw, _ := keywordAt(t); kw == kwTags || kw == kwSubject || kw == kwEO || isSIPDIS(t) {
			return true
		}
		for _, at := range inlineKeywords(t) {
			if kw, _ := keywordAt(t[at:]); kw == kwTags || kw == kwSubject || kw == kwEO {
				return true
			}
		}
		if strings.Contains(t, " SIPDIS ") {
			return true
		}
	}
	return false
}

// otherTransmission reports whether the VZCZC line k opens the routing
// header of another telegram: a FM line or a date-time group follows, and
// neither its transmission ID nor its DE serial is this telegram's (pages
// that repeat their own header at the end).
func (p *telegram) otherTransmission(k int) bool {
	s := p.src.String
	c := p.c
	if l := trimSpan(s, p.lines[k]); c.TransmissionID != "" && strings.HasPrefix(s[l.start:l.end], c.TransmissionID) {
		return false
	}
	routing := false
	for n := 0; k+1 < len(p.lines) && n < gluedLookahead; k++ {
		l := trimSpan(s, p.lines[k+1])
		t := s[l.start:l.end]
		if t == "" {
			continue
		}
		n++
		if strings.HasPrefix(t, "DE ") && c.Serial != "" {
			if f := strings.Fields(t); len(f) > 2 && strings.HasPrefix(f[2], "#"+c.Serial) {
				return false
			}
		}
		if _, _, ok := parseDTG(t); ok || strings.HasPrefix(t, "FM ") {
			routing = true
		}
	}
	return routing
}

// cutSecondTelegram drops a second telegram glued after line from (see
// secondTelegram) from the lines still to be read, with a soft error
// that says where it was.
func (p *telegram) cutSecondTelegram(from int) {
	k, name := p.secondTelegram(from)
	if k < 0 {
		return
	}
	l := trimSpan(p.src.String, p.lines[k])
	pos := p.pos(l.start)
	p.c.Errors = append(p.c.Errors, &ParseError{
		Line:   pos.Line,
		Offset: pos.Offset,
		Err:    fmt.Errorf("%w (%s) from line %d; ignored", ErrSecondTelegram, name, pos.Line),
	})
	p.lines = p.lines[:k]
}
