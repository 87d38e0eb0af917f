package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cablegraph/cablegraph/extract/lexicon"
)

// tokKind says what a token is made of.
type tokKind uint8

const (
	tokWord  tokKind = iota // letters, with internal hyphens, apostrophes, dots (U.S.) or a slash (M/C)
	tokNum                  // digits, with internal / . : - (9/18, 1.4)
	tokPunct                // anything else, one rune (or "--")
	tokPoss                 // the possessive 's (also written ,s in cables)
)

// token is a word, number or punctuation mark of a text unit, with its byte
// offsets in that unit.
type token struct {
	text string
	// lower is text in lower case (strings.ToLower), made once when the
	// text is tokenised: the grammar's word lists are asked about every
	// token, often several times, and would otherwise lower-case it each
	// time.
	lower      string
	start, end int
	kind       tokKind
	upper      bool // first letter is upper case
	allCaps    bool // two or more letters, none lower case
	caseless   bool // in a unit whose case says nothing (a title-case subject)
	// class is the closed word lists that hold lower (see wordClass),
	// looked up once when the text is tokenised; 0 for a token that is no
	// word.
	class wordClass
}

// grow returns s with room for n more elements, doubling its capacity when
// it must grow: append grows a large slice by a quarter at a time, which
// for the tokens of a cable of many megabytes allocates about five times
// their final size on the way.
func grow[S ~[]E, E any](s S, n int) S {
	if n <= cap(s)-len(s) {
		return s
	}
	return slices.Grow(s, max(n, len(s)))
}

// tokenize splits text into tokens, appending to buf. It is written for
// cable English rather than for English at large: the repaired possessive
// ("France's", or ",s" when the parser left it), jargon with slashes (Pol
// M/C, A/S), dotted abbreviations (U.S.) and initials ("C.") stay whole,
// and a run of dashes ("--", the em dash of the cables) is one token. It is
// a single pass with no regular expressions, since it runs on every byte.
func tokenize(text string, buf []token) []token {
	first := len(buf)
	buf = scanTokens(text, buf)
	setLower(text, buf[first:])
	return buf
}

func scanTokens(text string, buf []token) []token {
	i := 0
	for i < len(text) {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == ' ' || r == '\n' || r == '\t' || r == '\r' || unicode.IsSpace(r):
			i += n
		case isLetter(r):
			end := scanWord(text, i)
			buf = append(grow(buf, 1), wordToken(text, i, end))
			i = end
			// A possessive: 's, ’s, or the cables' ,s.
			p := possessiveLen(text, i)
			if p == 0 && (text[i-1] == 's' || text[i-1] == 'S') {
				p = pluralPossessiveLen(text, i)
			}
			if p > 0 {
				buf = append(grow(buf, 1), token{text: text[i : i+p], start: i, end: i + p, kind: tokPoss})
				i += p
			}
		case r >= '0' && r <= '9':
			end := scanNumber(text, i)
			buf = append(grow(buf, 1), token{text: text[i:end], start: i, end: end, kind: tokNum})
			i = end
		case r == '-' && i+1 < len(text) && text[i+1] == '-':
			end := i
			for end < len(text) && text[end] == '-' {
				end++
			}
			buf = append(grow(buf, 1), token{text: text[i:end], start: i, end: end, kind: tokPunct})
			i = end
		default:
			buf = append(grow(buf, 1), token{text: text[i : i+n], start: i, end: i + n, kind: tokPunct})
			i += n
		}
	}
	return buf
}

// setLower sets the lower case of toks, the tokens of text. The ASCII
// capitals of the whole text are lowered in one copy, which the tokens
// share; only a token with other letters takes strings.ToLower of its own.
func setLower(text string, toks []token) {
	low := text
	ascii, upper := true, -1
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c >= utf8.RuneSelf:
			ascii = false
		case 'A' <= c && c <= 'Z' && upper < 0:
			upper = i
		}
	}
	if upper >= 0 {
		// A Builder hands its bytes over as the string: one copy of the
		// text, not two ([]byte and back).
		var b strings.Builder
		b.Grow(len(text))
		b.WriteString(text[:upper])
		for j := upper; j < len(text); j++ {
			c := text[j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		}
		low = b.String()
	}
	for i := range toks {
		t := &toks[i]
		if ascii || isASCII(t.text) {
			t.lower = low[t.start:t.end]
		} else {
			t.lower = strings.ToLower(t.text)
		}
		if t.kind == tokWord {
			t.class = wordClasses[t.lower]
		}
	}
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return 0, 0
	}
	if s[i] < utf8.RuneSelf {
		return rune(s[i]), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// scanWord returns the end of the word starting at i.
func scanWord(s string, i int) int {
	start := i
	letters := 0
	for i < len(s) {
		r, n := runeAt(s, i)
		if isLetter(r) || r >= '0' && r <= '9' {
			i += n
			letters++
			continue
		}
		next, nn := runeAt(s, i+n)
		switch r {
		case '-', '\'', '’':
			// Minister-Counselor, al-Maliki, O'Neill; but not the possessive.
			if isLetter(next) && possessiveLen(s, i) == 0 {
				i += n
				continue
			}
		case '.':
			// U.S., U.N., and initials: a dot after a single letter.
			if letters == 1 || i-start >= 2 && s[i-2] == '.' {
				if isLetter(next) {
					after, _ := runeAt(s, i+n+nn)
					if after == '.' {
						i += n
						continue
					}
				}
				r0, _ := runeAt(s, start)
				if unicode.IsUpper(r0) {
					return i + n
				}
			}
		case '/':
			// M/C, A/S, U/S: short jargon on both sides of the slash.
			if letters <= 2 && isLetter(next) {
				j := i + n
				k := 0
				for j < len(s) {
					r2, n2 := runeAt(s, j)
					if !isLetter(r2) {
						break
					}
					j += n2
					k++
				}
				if k <= 2 {
					return j
				}
			}
		}
		return i
	}
	return i
}

// possessiveLen is the length of a possessive suffix at i ('s, ’s, ,s),
// or 0. The comma form counts only when no letter follows the s, so that
// "Paris,said" style run-ons are left alone.
func possessiveLen(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	n := 0
	switch {
	case s[i] == '\'' || s[i] == ',':
		n = 1
	case len(s)-i >= 3 && s[i:i+3] == "’":
		n = 3
	default:
		return 0
	}
	if i+n >= len(s) || s[i+n] != 's' && s[i+n] != 'S' {
		return 0
	}
	if r, _ := runeAt(s, i+n+1); isLetter(r) || r >= '0' && r <= '9' {
		return 0
	}
	return n + 1
}

// pluralPossessiveLen is the length of the bare apostrophe that makes a
// word ending in s possessive ("Petrobras' new director", "the Brazilians’
// views") at s[i], or 0: it must not run into a letter or digit.
func pluralPossessiveLen(s string, i int) int {
	n := 0
	switch {
	case i < len(s) && s[i] == '\'':
		n = 1
	case len(s)-i >= 3 && s[i:i+3] == "’":
		n = 3
	default:
		return 0
	}
	if r, _ := runeAt(s, i+n); isLetter(r) || r >= '0' && r <= '9' {
		return 0
	}
	return n
}

func scanNumber(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c >= '0' && c <= '9' {
			i++
			continue
		}
		if (c == '/' || c == '.' || c == ':' || c == '-' || c == ',') && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
			i++
			continue
		}
		break
	}
	// 18th, 1st, 2nd
	if i+2 <= len(s) {
		switch s[i:min(i+2, len(s))] {
		case "th", "st", "nd", "rd":
			if r, _ := runeAt(s, i+2); !isLetter(r) {
				i += 2
			}
		}
	}
	return i
}

func wordToken(text string, start, end int) token {
	t := token{text: text[start:end], start: start, end: end, kind: tokWord}
	lower, upperN := 0, 0
	first := true
	for _, r := range t.text {
		if r < utf8.RuneSelf {
			// ASCII, most letters: what the unicode tests below say, without
			// their table lookups.
			switch {
			case 'A' <= r && r <= 'Z':
				upperN++
				if first {
					t.upper = true
				}
				first = false
			case 'a' <= r && r <= 'z':
				lower++
				first = false
			}
			continue
		}
		if !unicode.IsLetter(r) {
			continue
		}
		if unicode.IsUpper(r) {
			upperN++
			if first {
				t.upper = true
			}
		} else if unicode.IsLower(r) {
			lower++
		}
		first = false
	}
	t.allCaps = upperN >= 2 && lower == 0
	return t
}

func (t *token) is(s string) bool { return t.kind != tokPunct && equalFold(t.text, s) }

// equalFold is an ASCII case-insensitive comparison (the words compared are
// ASCII), cheaper than strings.EqualFold's Unicode path.
func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x == y {
			continue
		}
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// wordClass marks the word lists that the readers scanning every token of
// every sentence ask about (findMeetings, findVisits, delegations,
// encounter, annotateLower). One probe per word when it is tokenised spares each of them
// a probe, or a row of comparisons, per token.
type wordClass uint8

const (
	classNotInPerson wordClass = 1 << iota // notInPerson
	classMeetTrigger                       // "met", meetNouns, meetVerbs: findMeetings' triggers
	classVisit                             // visitWords
	classDelegation                        // delegationWords
	classEncounter                         // encounterWords
	classTitleWord                         // lexicon.TitleWordKeys: may be a title head or modifier
)

// wordClasses gives each word of those lists its classes.
var wordClasses = func() map[string]wordClass {
	m := map[string]wordClass{}
	for _, c := range []struct {
		class wordClass
		sets  []wordSet
	}{
		{classNotInPerson, []wordSet{notInPerson}},
		{classMeetTrigger, []wordSet{set("met"), meetNouns, meetVerbs}},
		{classVisit, []wordSet{visitWords}},
		{classDelegation, []wordSet{delegationWords}},
		{classEncounter, []wordSet{encounterWords}},
		{classTitleWord, []wordSet{set(lexicon.TitleWordKeys()...)}},
	} {
		for _, ws := range c.sets {
			for w, in := range ws {
				if in {
					m[w] |= c.class
				}
			}
		}
	}
	return m
}()

// wordSet is one of the grammar's small closed lists of lower-case words.
type wordSet map[string]bool

// set builds a wordSet.
func set(words ...string) wordSet {
	m := make(wordSet, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// hasLower reports whether w, a word already in lower case (a token's
// lower), is in the set. (It is not called has, so that a call written
// for the old has, which lower-cased its argument, does not compile.)
func (m wordSet) hasLower(w string) bool { return m[w] }

// hasAnyCase reports whether s, lower-cased, is in the set. A short ASCII
// word is lower-cased on the stack instead of in a new string; other text
// takes strings.ToLower, as token.lower does, so that both give the same
// answer.
func (m wordSet) hasAnyCase(s string) bool {
	var buf [32]byte
	if len(s) > len(buf) || !isASCII(s) {
		return m[strings.ToLower(s)]
	}
	return m[string(lowerBytes(buf[:0], s))]
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
