package cable

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// span is a line of a source Text: [start, end) without the newline.
type span struct{ start, end int }

func splitLines(s string, dst []span) []span {
	dst = slices.Grow(dst[:0], strings.Count(s, "\n")+1)
	start := 0
	for start <= len(s) {
		e := strings.IndexByte(s[start:], '\n')
		if e < 0 {
			if start < len(s) {
				dst = append(dst, span{start, len(s)})
			}
			break
		}
		dst = append(dst, span{start, start + e})
		start += e + 1
	}
	return dst
}

// trimSpan shrinks a line to its text: no surrounding blanks, no trailing
// backslash (cables.csv), no leading paragraph sign that the web pages put
// before E.O. and REF lines.
func trimSpan(s string, l span) span {
	for l.start < l.end {
		if s[l.start] == ' ' || s[l.start] == '\t' {
			l.start++
		} else if isLineSep(s[l.start:l.end]) {
			l.start += len("\u2028")
		} else {
			break
		}
	}
	for l.end > l.start {
		c := s[l.end-1]
		if c == ' ' || c == '\t' || c == '\\' {
			l.end--
			continue
		}
		if l.end-l.start >= 3 && isLineSep(s[l.end-3:l.end]) {
			l.end -= 3
			continue
		}
		break
	}
	return l
}

// isLineSep reports whether s starts with U+2028 or U+2029, the line and
// paragraph separators that some pages put where the newlines were.
func isLineSep(s string) bool {
	return len(s) >= 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0xA8 || s[2] == 0xA9)
}

func (l span) empty() bool { return l.start >= l.end }

// telegram parses one cable. It owns its buffers, so a Reader reuses one.
type telegram struct {
	c     *Cable
	src   *Text // the decoded text being parsed
	lines []span
	body  textBuilder
	field textBuilder
	// dec holds the decoded header and body of the cable being parsed;
	// their maps are used in place (see textBuilder.view).
	dec [2]textBuilder
	// single holds a double-spaced body read as single-spaced, and
	// singleText is its view (see spacing.go).
	single     textBuilder
	singleText Text
	st         repairState
	year       int // four-digit year of the cable, 0 if unknown
	hasDate    bool
	// tagsRest is text glued after the TAGS codes, the subject when the
	// SUBJECT keyword was lost.
	tagsRest Field
}

// decoder returns decoding builder i (0 or 1), reset for a new input.
func (p *telegram) decoder(i int) *textBuilder {
	b := &p.dec[i]
	b.reset(&noSource)
	return b
}

func (p *telegram) pos(i int) Pos { return p.src.Orig(i) }

func (p *telegram) line(l span) string { return p.src.String[l.start:l.end] }

// parse fills c from the decoded header and body. hdr may be nil: the
// header is then looked for at the start of body.
func (p *telegram) parse(c *Cable, hdr, body *Text) {
	p.c = c
	p.year = 0
	p.hasDate = false
	if hdr != nil && strings.TrimSpace(hdr.String) != "" {
		p.src = hdr
		p.lines = splitLines(hdr.String, p.lines)
		p.parseHeader(p.lines)
	}
	p.src = body
	p.lines = splitLines(body.String, p.lines)
	if doubleSpaced(body.String, p.lines) {
		p.single.reset(body)
		undoubleSpace(&p.single, p.lines)
		p.singleText = p.single.view()
		p.src = &p.singleText
		p.lines = splitLines(p.src.String, p.lines)
	}
	first := 0
	if hdr == nil {
		first = p.parseHeader(p.lines)
		if first == 0 {
			first = p.headerAfterPrefix()
		}
	}
	if p.year == 0 && !c.Meta.Created.IsZero() {
		p.year = c.Meta.Created.Year()
	}
	p.parseBody(first)
}

// ---- routing header ----

var precedences = map[string]bool{
	"FLASH": true, "IMMEDIATE": true, "PRIORITY": true, "ROUTINE": true, "NIACT": true,
}

// parseHeader reads the routing header at the start of lines and returns
// the index of the first line after it (0 when there is none).
func (p *telegram) parseHeader(lines []span) int {
	c := p.c
	const (
		before = iota
		from
		to
		info
	)
	state := before
	seen := false
	for k, l := range lines {
		l = trimSpan(p.src.String, l)
		s := p.line(l)
		if s == "" {
			if state >= to {
				return k + 1
			}
			continue
		}
		if state >= from && classLevel(s) != "" {
			return k
		}
		switch {
		case strings.HasPrefix(s, "VZCZC"):
			c.TransmissionID, _, _ = strings.Cut(s, " ")
			seen = true
		case strings.HasPrefix(s, "DE ") && strings.Count(s, "#") == 1:
			f := strings.Fields(s[3:])
			if len(f) > 0 {
				c.Station = f[0]
			}
			if len(f) > 1 && strings.HasPrefix(f[1], "#") {
				c.Serial, _, _ = strings.Cut(f[1][1:], "/")
			}
			seen = true
		case strings.HasPrefix(s, "ZNY ") || strings.HasPrefix(s, "ZNR ") || s == "BT" || s == "NNNN":
		case strings.HasPrefix(s, "FM "):
			c.From = p.addressee(s[3:], l.start+3)
			if c.From.Route == "" {
				c.From.Route = c.Station
			}
			state, seen = from, true
		case strings.HasPrefix(s, "TO "):
			c.To = append(c.To, p.addressee(s[3:], l.start+3))
			state = to
		case strings.HasPrefix(s, "INFO "):
			c.Info = append(c.Info, p.addressee(s[5:], l.start+5))
			state = info
		case state == to:
			c.To = append(c.To, p.addressee(s, l.start))
		case state == info:
			c.Info = append(c.Info, p.addressee(s, l.start))
		default:
			if prec, t, ok := parseDTG(s); ok {
				if !p.hasDate {
					p.setDate(t, "dtg")
				}
				if prec != "" {
					c.Precedence = prec
				}
				seen = true
				continue
			}
			if state == before && !seen && k > 3 {
				return 0
			}
		}
	}
	if !seen {
		return 0
	}
	return len(lines)
}

// headerAfterPrefix finds a routing header that does not open the text,
// as in PlusD pages, where page and distribution lines come first: a DTG
// line followed by a FM line. It returns the line after the header.
func (p *telegram) headerAfterPrefix() int {
	for k := 0; k+1 < len(p.lines) && k < 60; k++ {
		t := p.line(trimSpan(p.src.String, p.lines[k]))
		if _, _, ok := parseDTG(t); !ok {
			continue
		}
		next := p.line(trimSpan(p.src.String, p.lines[k+1]))
		if !strings.HasPrefix(next, "FM ") {
			continue
		}
		if n := p.parseHeader(p.lines[k:]); n > 0 {
			return k + n
		}
	}
	return 0
}

func (p *telegram) setDate(t time.Time, from string) {
	p.c.Date = t
	p.c.DateFrom = from
	p.year = t.Year()
	p.hasDate = true
}

// addressee parses "RUEHC/SECSTATE WASHDC IMMEDIATE 0346".
func (p *telegram) addressee(s string, at int) Addressee {
	a := Addressee{Pos: p.pos(at)}
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '/'); i >= 4 && i <= 8 && s[0] == 'R' && isUpperAlnum(s[:i]) {
		a.Route, s = s[:i], s[i+1:]
	}
	f := strings.Fields(s)
	if n := len(f); n > 1 && allDigits(f[n-1]) {
		a.Serial, f = f[n-1], f[:n-1]
	}
	for n := len(f); n > 1 && precedences[f[n-1]]; n = len(f) {
		if a.Precedence == "" {
			a.Precedence = f[n-1]
		} else {
			a.Precedence = f[n-1] + " " + a.Precedence
		}
		f = f[:n-1]
	}
	a.Name = strings.Join(f, " ")
	if a.Name == "" && a.Route != "" {
		a.Name, _ = StationName(a.Route)
	}
	return a
}

func isUpperAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isUpper(s[i]) && !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

var months = map[string]time.Month{
	"JAN": 1, "FEB": 2, "MAR": 3, "APR": 4, "MAY": 5, "JUN": 6,
	"JUL": 7, "AUG": 8, "SEP": 9, "OCT": 10, "NOV": 11, "DEC": 12,
}

// parseDTG parses a date-time group line: "O 211612Z SEP 07", "P R
// 281848Z DEC 66", "070028Z Apr 04". It returns the precedence written
// before it.
func parseDTG(s string) (prec string, t time.Time, ok bool) {
	f := strings.Fields(s)
	i := 0
	for i < len(f) && len(f[i]) <= 2 && strings.Trim(f[i], "OPRZ") == "" {
		i++
	}
	if i+1 < len(f) && len(f[i]) == 6 && f[i+1] == "Z" {
		// "221828 Z MAY 73" in the PlusD texts
		f = append(f[:i:i], append([]string{f[i] + "Z"}, f[i+2:]...)...)
	}
	if len(f)-i < 3 || len(f)-i > 4 {
		return "", t, false
	}
	g := f[i]
	if len(g) != 7 || g[6] != 'Z' || !allDigits(g[:6]) {
		return "", t, false
	}
	mon, ok := months[strings.ToUpper(f[i+1])]
	if !ok {
		return "", t, false
	}
	y := f[i+2]
	if !allDigits(y) || (len(y) != 2 && len(y) != 4) {
		return "", t, false
	}
	year, _ := strconv.Atoi(y)
	if len(y) == 2 {
		year = expandYear(year)
	}
	day, _ := strconv.Atoi(g[0:2])
	hour, _ := strconv.Atoi(g[2:4])
	minute, _ := strconv.Atoi(g[4:6])
	if day < 1 || day > 31 || hour > 24 || minute > 59 {
		return "", t, false
	}
	return strings.Join(f[:i], " "), time.Date(year, mon, day, hour, minute, 0, 0, time.UTC), true
}

// expandYear turns a two-digit year into a four-digit one: the cables run
// from 1966 to 2010.
func expandYear(y int) int {
	if y >= 60 {
		return 1900 + y
	}
	return 2000 + y
}

// ---- classification line ----

// collapseSpaced turns "C O N F I D E N T I A L SECTION 01" into
// "CONFIDENTIAL SECTION 01" (upper-cased).
func collapseSpaced(s string) []string {
	f := strings.Fields(strings.ToUpper(s))
	out := f[:0:0]
	for i := 0; i < len(f); {
		if len(f[i]) == 1 && isUpper(f[i][0]) {
			j := i
			var sb strings.Builder
			for j < len(f) && len(f[j]) == 1 && isUpper(f[j][0]) {
				sb.WriteString(f[j])
				j++
			}
			if j > i+1 {
				out = append(out, sb.String())
				i = j
				continue
			}
		}
		out = append(out, f[i])
		i++
	}
	return out
}

// classLevel returns the classification a line opens with, or "".
func classLevel(s string) string {
	if len(s) < 5 {
		return ""
	}
	c0 := s[0] | 0x20
	if c0 != 'c' && c0 != 's' && c0 != 'u' && c0 != 'l' && c0 != 't' {
		return ""
	}
	// Most lines that start with these letters are prose: reject them
	// without allocating, on the letters of the line's start.
	var buf [24]byte
	n := 0
	for i := 0; i < len(s) && n < len(buf); i++ {
		c := s[i]
		switch {
		case isLetter(c):
			buf[n] = c &^ 0x20
			n++
		case c == ' ' || c == '/':
		default:
			i = len(s)
		}
	}
	head := string(buf[:n]) // no allocation: compared only
	if !strings.HasPrefix(head, "UNCLAS") && !strings.HasPrefix(head, "CONFIDENTIAL") && !strings.Contains(head[:min(len(head), 8)], "SECRET") &&
		!strings.HasPrefix(head, "LIMITEDOFFICIALUSE") && !strings.HasPrefix(head, "TOPSECRET") {
		return ""
	}
	f := collapseSpaced(s)
	if len(f) == 0 {
		return ""
	}
	w := f[0]
	if len(f) > 1 && len(w) <= 2 {
		w += f[1] // "SS E C R E T" → SS + ECRET
	}
	if strings.HasPrefix(w, "SECRETAR") || strings.HasPrefix(w, "CONFIDENTIALLY") || strings.HasPrefix(w, "CONFIDENTIALITY") {
		return "" // "Secretary of State", "Confidentially, he said"
	}
	switch {
	case strings.HasPrefix(w, "UNCLAS"):
		return "UNCLASSIFIED"
	case strings.HasPrefix(w, "CONFIDENTIAL"):
		return "CONFIDENTIAL"
	case strings.HasPrefix(w, "TOP") && len(f) > 1 && strings.HasPrefix(f[1], "SECRET"):
		return "TOP SECRET"
	case strings.HasPrefix(w, "SECRET"), strings.HasPrefix(w, "SSECRET"):
		return "SECRET"
	case w == "LIMITED" && len(f) > 2 && f[1] == "OFFICIAL" && strings.HasPrefix(f[2], "USE"):
		return "LIMITED OFFICIAL USE"
	}
	return ""
}

var caveatWords = map[string]string{
	"NOFORN": "NOFORN", "NF": "NOFORN", "SIPDIS": "SIPDIS", "EXDIS": "EXDIS", "NODIS": "NODIS",
	"LIMDIS": "LIMDIS", "STADIS": "STADIS", "FOUO": "FOUO", "SENSITIVE": "SENSITIVE", "SBU": "SENSITIVE",
	"ORCON": "ORCON", "ROGER": "ROGER", "CHEROKEE": "CHEROKEE",
}

// classMark finds the classification marking of a line that opens a
// telegram: at its start in the usual forms (classLevel), or, in the
// damaged lines that copies left, inside the line. It returns the level,
// where the marking starts in t and the words of the line from the
// marking on (the level first, then what follows, as classPostSerial
// reads them), or "" when the line has none.
//
// The damaged forms are of two kinds. A spaced-out marking
// ("C O N F I D E N T I A L") after a prefix that was glued to it
// (`","`, "167579", "Cable dated:...]", a routing line and a tab), with a
// letter doubled ("CC O N F ...") or lost ("E C R E T", "O N F I D ...")
// at its start, or its last letter glued to the post ("A LCAIRO"): no
// prose looks like that, so the run alone is enough. And an unspaced
// marking with its first letter doubled or lost ("UUNCLAS", "NCLAS"), or
// after a prefix: it counts only where the post and serial that make a
// classification line follow ("NCLAS SECTION 01 OF 02 BRASILIA 001017").
func classMark(t string) (level string, at int, words []string) {
	if lvl := classLevel(t); lvl != "" {
		words := collapseSpaced(t)
		// "SS E C R E T", "CO N F I D ...": the marking may take two
		// words (see classLevel); the post comes after them.
		key, _, _ := strings.Cut(lvl, " ")
		if key == "UNCLASSIFIED" {
			key = "UNCLAS"
		}
		if len(words) > 1 && !strings.Contains(words[0], key) && strings.Contains(words[0]+words[1], key) {
			words = append([]string{lvl}, words[2:]...)
		}
		return lvl, 0, words
	}
	if lvl, at, end := spacedMarking(t); lvl != "" {
		return lvl, at, append([]string{lvl}, collapseSpaced(t[end:])...)
	}
	for i := 0; i < len(t) && i < 200; i++ {
		if !isLetter(t[i]) || i > 0 && (isLetter(t[i-1]) || isDigit(t[i-1])) {
			continue
		}
		j := i
		for j < len(t) && isUpper(t[j]) {
			j++
		}
		lvl := damagedMarking(t[i:j])
		if lvl == "" || j < len(t) && t[j] != ' ' {
			continue
		}
		words := append([]string{lvl}, collapseSpaced(t[j:])...)
		if post, _ := classPostSerial(words, func(string) {}); post != "" && IsPost(strings.ReplaceAll(post, " ", "")) {
			return lvl, i, words
		}
	}
	return "", 0, nil
}

// markingWords are the classification words, as they are spelled in full.
var markingWords = [...]struct{ word, level string }{
	{"CONFIDENTIAL", "CONFIDENTIAL"},
	{"UNCLASSIFIED", "UNCLASSIFIED"},
	{"UNCLAS", "UNCLASSIFIED"},
	{"SECRET", "SECRET"},
}

// damagedMarking reads a word that is a classification marking with at
// most one letter doubled or lost at its start: UUNCLAS, NCLAS, ECRET.
func damagedMarking(w string) string {
	for _, m := range markingWords {
		switch {
		case w == m.word,
			len(w) == len(m.word)+1 && w[0] == w[1] && w[1:] == m.word,
			len(w) == len(m.word)-1 && w == m.word[1:]:
			return m.level
		}
	}
	return ""
}

// spacedMarking finds a spaced-out marking in t (see classMark): the
// level and where the run of letters starts and ends, or "".
func spacedMarking(t string) (level string, at, end int) {
	for i := 0; i+6 < len(t); i++ {
		if !isUpper(t[i]) || t[i+1] != ' ' || !isUpper(t[i+2]) {
			continue
		}
		// The run: single letters, one space apart.
		var run [24]byte
		n, j := 0, i
		for n < len(run) {
			run[n] = t[j]
			n++
			if j+3 < len(t) && t[j+1] == ' ' && isUpper(t[j+2]) && !isLetter(t[j+3]) || j+3 == len(t) && t[j+1] == ' ' && isUpper(t[j+2]) {
				j += 2
				continue
			}
			break
		}
		end = j + 1
		if n < 4 {
			i = j
			continue
		}
		w := string(run[:n])
		lvl := spacedLevel(w)
		if lvl == "" && end+1 < len(t) && t[end] == ' ' && isUpper(t[end+1]) {
			// The last letter glued to the next word: "A LCAIRO".
			if lvl = spacedLevel(w + t[end+1:end+2]); lvl != "" {
				end += 2
			}
		}
		if lvl != "" {
			return lvl, i, end
		}
		i = j
	}
	return "", 0, 0
}

// spacedLevel reads the letters of a spaced-out marking, which may have
// lost one or two letters at its start (ONFIDENTIAL, CRET).
func spacedLevel(w string) string {
	if strings.Contains(w, "TOPSECRET") {
		return "TOP SECRET"
	}
	for _, m := range markingWords {
		if strings.Contains(w, m.word) {
			return m.level
		}
	}
	for _, m := range markingWords {
		for k := 1; k <= 2 && len(m.word)-k >= 4; k++ {
			if strings.HasPrefix(w, m.word[k:]) && (len(w) == len(m.word)-k || m.word == "UNCLAS") {
				return m.level
			}
		}
	}
	return ""
}

// classLine reads "CONFIDENTIAL SECTION 01 OF 02 PARIS 000997", whose
// marking classMark found: the level, caveats written on the line, the
// post and the serial. words are the line's words from the marking on.
func (p *telegram) classLine(level string, words []string, at int) {
	c := p.c
	c.Classification.Written = level
	c.Classification.Pos = p.pos(at)
	c.Post, c.PostSerial = classPostSerial(words, p.addCaveat)
}

// metaClass reads the container's classification ("SECRET//NOFORN",
// "UNCLASSIFIED//FOR OFFICIAL USE ONLY", "SECRET NOFORN"): its level and
// its caveats.
func metaClass(s string) (level string, caveats []string) {
	level = classLevel(s)
	if level == "" {
		return "", nil
	}
	for _, part := range strings.Split(strings.ToUpper(s), "//")[1:] {
		part = strings.TrimSpace(part)
		if part == "FOR OFFICIAL USE ONLY" {
			part = "FOUO"
		}
		caveats = append(caveats, part)
	}
	if !strings.Contains(s, "//") {
		caveats = append(caveats, strings.Fields(strings.ToUpper(s))...)
	}
	return level, caveats
}

// classPostSerial reads the post and serial of the words of a
// classification line (from collapseSpaced), passing the caveats it meets
// to caveat.
func classPostSerial(f []string, caveat func(string)) (post, serial string) {
	var words []string
	for i := 1; i < len(f); i++ {
		w := f[i]
		if parts := strings.Split(w, "//"); len(parts) > 1 {
			for _, cv := range parts[1:] {
				caveat(cv)
			}
			continue
		}
		switch {
		case w == "SECTION" && i+3 < len(f) && f[i+2] == "OF":
			i += 3
			words = words[:0]
			continue
		case caveatWords[w] != "" || w == "USE" || w == "OFFICIAL" || w == "ONLY" || w == "FOR" || w == "SECRET":
			if cv := caveatWords[w]; cv != "" {
				caveat(cv)
			}
			continue
		}
		if isDigit(w[0]) {
			n := 0
			for n < len(w) && isDigit(w[n]) {
				n++
			}
			if len(words) > 0 && n >= 2 {
				return strings.Join(words, " "), strings.TrimLeft(w[:n], "0")
			}
			return "", ""
		}
		if !isUpper(w[0]) {
			return "", ""
		}
		words = append(words, w)
	}
	return "", ""
}

func (p *telegram) addCaveat(cv string) { addCaveat(&p.c.Classification, cv) }

// addCaveat adds a caveat the classification lacks, normalised (NF is
// NOFORN); words that are no caveats are ignored.
func addCaveat(cl *Classification, cv string) {
	cv = strings.TrimSpace(strings.ToUpper(cv))
	if v, ok := caveatWords[cv]; ok {
		cv = v
	}
	switch cv {
	case "NOFORN", "SIPDIS", "EXDIS", "NODIS", "LIMDIS", "STADIS", "FOUO", "SENSITIVE", "ORCON":
	default:
		return
	}
	for _, have := range cl.Caveats {
		if have == cv {
			return
		}
	}
	cl.Caveats = append(cl.Caveats, cv)
}
