package extract

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"
)

// This file is prose v3.2.3's sentence segmenter (segment.Segmenter: the
// Punkt tokenizer of gopkg.in/neurosnap/sentences.v1 v1.0.6 with prose's
// extra annotation pass), rewritten to give exactly the same spans at a
// fraction of the cost. The library asks a regular expression for the type
// of a token several times per token, allocates every token on the heap and
// scans each word three times for sentence punctuation; splitting was a
// fifth of extraction time. The rules, their order and their quirks (a
// token's last character cut by rune count as a byte index, the last word
// of a text ending in a multi-byte character never tokenised) are kept as
// they are: TestPunktMatchesProse and FuzzPunkt compare it with prose's
// Segment, and the extraction output must not move.
//
// Both libraries are MIT licensed (Eric Bower; Joseph Kato).

// punktModel is the English Punkt model prose loads, with the
// abbreviations prose adds to it (segment.supervisedAbbrevs).
var punktModel = sync.OnceValues(func() (*sentences.Storage, error) {
	b, err := data.Asset("data/english.json")
	if err != nil {
		return nil, err
	}
	m, err := sentences.LoadTraining(b)
	if err != nil {
		return nil, err
	}
	for _, abbr := range []string{"sgt", "gov", "no", "mt"} {
		m.AbbrevTypes.Add(abbr)
	}
	return m, nil
})

// The library's regular expressions, asked only when a cheap test of the
// same token cannot settle the answer.
var (
	punktNumeric = regexp.MustCompile(`-?[\.,]?\d[\d,\.-]*\.?$`)
	punktAbbr    = regexp.MustCompile(`((?:[\w]\.)+[\w]*\.)`)
)

// The orthographic contexts of the model (sentences/ortho.go).
const (
	punktBegUc = 1 << 1
	punktMidUc = 1 << 2
	punktUnkUc = 1 << 3
	punktBegLc = 1 << 4
	punktMidLc = 1 << 5
	punktUnkLc = 1 << 6
	punktUc    = punktBegUc + punktMidUc + punktUnkUc
	punktLc    = punktBegLc + punktMidLc + punktUnkLc
)

// punktTok is the library's Token, less what no rule reads (line and
// paragraph starts), plus its type, computed once.
type punktTok struct {
	tok       string
	pos       int // byte offset just past the token: where a break falls
	sentBreak bool
	abbr      bool
	typ       string // the library's Type: lower case, numbers ##number##
	typed     bool
}

// typeOf is DefaultWordTokenizer.Type.
func (t *punktTok) typeOf() string {
	if !t.typed {
		typ := strings.ToLower(t.tok)
		if hasASCIIDigit(typ) { // \d is ASCII: without a digit nothing is replaced
			typ = punktNumeric.ReplaceAllString(typ, "##number##")
		}
		if len(typ) != 1 {
			typ = strings.ReplaceAll(typ, ",", "")
		}
		t.typ, t.typed = typ, true
	}
	return t.typ
}

// typeNoPeriod is DefaultWordTokenizer.TypeNoPeriod.
func (t *punktTok) typeNoPeriod() string {
	typ := t.typeOf()
	if len(typ) > 1 && typ[len(typ)-1] == '.' {
		return typ[:len(typ)-1]
	}
	return typ
}

// typeNoSentPeriod is DefaultWordTokenizer.TypeNoSentPeriod.
func (t *punktTok) typeNoSentPeriod() string {
	if t.sentBreak {
		return t.typeNoPeriod()
	}
	return t.typeOf()
}

func hasASCIIDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}

// punkt is the sentence splitter and its scratch space, which a doc keeps
// from unit to unit and cable to cable.
type punkt struct {
	toks []punktTok
}

// spans appends to dst the byte ranges of the sentences of text, as
// prose's Segment gives them: trimmed of white space, empty ones dropped.
// An error (the embedded model did not load) leaves text one sentence.
func (p *punkt) spans(text string, dst [][2]int) ([][2]int, error) {
	m, err := punktModel()
	if err != nil {
		return append(dst, [2]int{0, len(text)}), err
	}
	p.toks = punktTokenize(text, p.toks[:0])
	toks := p.toks
	spans := dst
	punktTypeBased(m, toks)
	punktTokenBased(m, toks)
	punktMultiPunct(m, toks)
	last := 0
	add := func(start, end int) {
		start, end = trimSpaceRange(text, start, end)
		if start < end {
			spans = append(spans, [2]int{start, end})
		}
	}
	for i := range toks {
		if toks[i].sentBreak {
			add(last, toks[i].pos)
			last = toks[i].pos
		}
	}
	if last != len(text) {
		add(last, len(text))
	}
	return spans, nil
}

// punktTokenize is DefaultWordTokenizer.Tokenize(text, true): the words
// holding . ! or ?, and the word after each. It reads the text once, byte
// by byte where it is ASCII, and looks only at the words it keeps.
func punktTokenize(text string, toks []punktTok) []punktTok {
	n := len(text)
	if n == 0 {
		return toks
	}
	lastSpace := 0
	getNext := false // the last token kept holds sentence punctuation
	punct := false   // . ! or ? since lastSpace
	for i := 0; i < n; {
		c, size := rune(text[i]), 1
		if c < utf8.RuneSelf {
			switch punktASCII[c] {
			case punktPlain:
				if i != n-1 {
					i++
					continue
				}
			case punktPunct:
				punct = true
				if i != n-1 {
					i++
					continue
				}
			}
		} else {
			c, size = utf8.DecodeRuneInString(text[i:])
			// As in the library, a word ends at white space or at the
			// last byte; a text ending in a multi-byte rune never
			// reaches the second, and its last word is no token.
			if i != n-1 && !unicode.IsSpace(c) {
				i += size
				continue
			}
		}
		cursor := i
		if i == n-1 {
			cursor = n
		}
		i += size
		if punct || getNext {
			word := strings.TrimSpace(text[lastSpace:cursor])
			if word == "" {
				continue // white space only: punct is false
			}
			toks = append(toks, punktTok{tok: word, pos: cursor})
			getNext = punct
		}
		lastSpace = cursor
		punct = false
	}
	if len(toks) == 0 {
		toks = append(toks, punktTok{tok: text, pos: n})
	}
	return toks
}

// The kinds of ASCII byte to punktTokenize.
const (
	punktPlain = iota
	punktPunct // . ! ?
	punktSpace // unicode.IsSpace
)

var punktASCII = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case unicode.IsSpace(rune(c)):
			t[c] = punktSpace
		case c == '.' || c == '!' || c == '?':
			t[c] = punktPunct
		}
	}
	return t
}()

// punktTypeBased is TypeBasedAnnotation: ? ! and a final period break a
// sentence, unless the word is a known abbreviation.
func punktTypeBased(m *sentences.Storage, toks []punktTok) {
	for i := range toks {
		t := &toks[i]
		if proseSentEndChars(t.tok) {
			t.sentBreak = true
		} else if strings.HasSuffix(t.tok, ".") && !strings.HasSuffix(t.tok, "..") {
			// The library cuts at the rune count, as a byte index.
			noPeriod := strings.ToLower(t.tok[:utf8.RuneCountInString(t.tok)-1])
			lastHyph := noPeriod[strings.LastIndex(noPeriod, "-")+1:]
			if m.AbbrevTypes.Has(noPeriod) || m.AbbrevTypes.Has(lastHyph) {
				t.abbr = true
			} else {
				t.sentBreak = true
			}
		}
	}
}

// proseSentEndChars is prose's wordTokenizer.HasSentEndChars. Each test
// is asked only of the tokens its last byte, or a bracket or quote, lets
// through.
func proseSentEndChars(tok string) bool {
	if tok == "" {
		return false
	}
	switch tok[len(tok)-1] {
	case '"', ')', '\'', '?', '!', 0x99, 0x9d: // ’ and ” end in 0x99 and 0x9d
		if !strings.Contains(tok, "Yahoo!") {
			for _, ender := range [...]string{
				`."`, `.)`, `.’`, `.”`,
				`?`, `?"`, `?'`, `?)`, `?’`, `?”`,
				`!`, `!"`, `!'`, `!)`, `!’`, `!”`,
			} {
				if strings.HasSuffix(tok, ender) {
					return true
				}
			}
		}
	}
	for i := 1; i < len(tok); i++ {
		if c := tok[i]; c == '[' || c == '(' || c == '"' {
			for _, paren := range [...]string{`.[`, `.(`, `."`, `?[`, `?(`, `![`, `!(`} {
				if strings.Contains(tok, paren) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// punktTokenBased is TokenBasedAnnotation: collocations, the orthographic
// and sentence-starter heuristics, initials and ordinals.
func punktTokenBased(m *sentences.Storage, toks []punktTok) {
	var buf []byte
	for i := 0; i+1 < len(toks); i++ {
		one, two := &toks[i], &toks[i+1]
		if !strings.HasSuffix(one.tok, ".") {
			continue
		}
		typ := one.typeNoPeriod()
		nextTyp := two.typeNoSentPeriod()
		initial := punktInitial(one.tok)

		buf = append(append(append(buf[:0], typ...), ','), nextTyp...)
		if m.Collocations[string(buf)] != 0 {
			one.sentBreak, one.abbr = false, true
			continue
		}
		if (one.abbr || strings.HasSuffix(one.tok, "..")) && !initial {
			if punktOrtho(m, two) == 1 {
				one.sentBreak = true
				continue
			}
			if firstUpper(two.tok) && m.SentStarters[nextTyp] != 0 {
				one.sentBreak = true
				continue
			}
		}
		if one.tok == "." && two.tok == "." {
			one.sentBreak, two.sentBreak = false, false
			continue
		}
		if initial || typ == "##number##" {
			starter := punktOrtho(m, two)
			if starter == 0 {
				one.sentBreak, one.abbr = false, true
				continue
			}
			if starter == -1 && initial && firstUpper(two.tok) && m.OrthoContext[nextTyp]&punktLc == 0 {
				one.sentBreak, one.abbr = false, true
				continue
			}
		}
	}
}

// punktMultiPunct is prose's multiPunctWordAnnotation.
func punktMultiPunct(m *sentences.Storage, toks []punktTok) {
	for i := range toks {
		one := &toks[i]
		if i+1 == len(toks) {
			if strings.Contains(one.tok, "\n") && strings.Contains(one.tok, " ") {
				one.sentBreak = false
			}
			continue
		}
		two := &toks[i+1]
		if strings.HasSuffix(one.tok, ".") && two.tok == "." {
			one.sentBreak, two.sentBreak = false, false
			continue
		}
		var nextTyp string
		nonBreak := strings.HasSuffix(one.tok, ".") && !one.sentBreak
		// reLooksLikeEllipsis, (?:\.\s?){2,}\., on a token, which holds no
		// white space (only a lone whole-text token can, and it is last).
		ellipsis := strings.Contains(one.tok, "...")
		internal := one.sentBreak && looksInternal(one.tok)
		if nonBreak || ellipsis || internal {
			nextTyp = two.typeNoSentPeriod()
			starter := m.SentStarters[nextTyp]
			if ellipsis && (firstUpper(two.tok) || starter != 0) {
				one.sentBreak = true
				continue
			}
			if internal && firstLower(two.tok) && starter == 0 {
				one.sentBreak = false
				continue
			}
			if nonBreak && firstUpper(two.tok) && m.OrthoContext[nextTyp]&112 != 0 {
				one.sentBreak = true
			}
		}
		// reAbbr needs two periods.
		if strings.Count(one.tok, ".") < 2 || !punktAbbr.MatchString(one.tok) {
			continue
		}
		if punktInitial(one.tok) {
			continue
		}
		one.abbr, one.sentBreak = true, false
		if punktOrtho(m, two) == 1 {
			one.sentBreak = true
			continue
		}
		if nextTyp == "" {
			nextTyp = two.typeNoSentPeriod()
		}
		if firstUpper(two.tok) && m.SentStarters[nextTyp] != 0 {
			one.sentBreak = true
		}
	}
}

// punktOrtho is OrthoContext.Heuristic: 1 if t starts a sentence, 0 if
// not, -1 if the model cannot tell.
func punktOrtho(m *sentences.Storage, t *punktTok) int {
	if len(t.tok) == 1 && strings.Contains(";:,.!?", t.tok) {
		return 0
	}
	ctx := m.OrthoContext[t.typeNoSentPeriod()]
	if firstUpper(t.tok) && ctx&punktLc > 0 && ctx&punktMidUc == 0 {
		return 1
	}
	if firstLower(t.tok) && (ctx&punktUc > 0 || ctx&punktBegLc == 0) {
		return 0
	}
	return -1
}

// punktInitial is the library's reInitial, ^[A-Za-z]\.$.
func punktInitial(s string) bool {
	return len(s) == 2 && s[1] == '.' && ('a' <= s[0] && s[0] <= 'z' || 'A' <= s[0] && s[0] <= 'Z')
}

func looksInternal(tok string) bool {
	for _, p := range [...]string{")", `’`, `”`, `"`, `'`} {
		if strings.HasSuffix(tok, p) {
			return true
		}
	}
	return false
}

func firstUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && unicode.IsUpper(r)
}

func firstLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && unicode.IsLower(r)
}

// trimSpaceRange is prose's trimRange: [start,end) narrowed past white
// space at both ends.
func trimSpaceRange(text string, start, end int) (int, int) {
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return start, end
}
