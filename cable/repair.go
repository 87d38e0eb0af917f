package cable

import "strings"

// Text repair. The damage comes from the conversions the cables went
// through (telegram → State's database → WikiLeaks → PDF/CSV copies):
//
//   - apostrophes became commas ("France,s");
//   - curly quotes became "&" and "8" (&there,s a tradition8);
//   - em dashes became " ) " (France ) 2004);
//   - paragraph signs became "Â¶" or the Latin-1 byte 0xB6;
//   - lines were hard-wrapped at 60-70 columns, sometimes inside a word
//     ("reaso ns", "JURIS-" / "DICTION");
//   - some pages put a blank line after every line (spacing.go).
//
// Each repair is conservative: it fires only where the damaged form cannot
// be meant literally, and word joins are decided with word counts taken
// from the corpus (data/words.txt), never with a guess.

// repairState carries what a repair needs to know across lines of one
// paragraph.
type repairState struct {
	depth    int // parentheses opened and not yet closed
	quoteEnd int // source offset of the "8" closing an open &-quote, or -1
}

func (st *repairState) reset() { st.depth, st.quoteEnd = 0, -1 }

var special [256]bool

func init() {
	for _, c := range []byte("(),&8 \xc3\\") {
		special[c] = true
	}
}

// indexUpper is strings.Index(strings.ToUpper(s), sub) for an upper-case
// ASCII sub, without building the upper-cased copy (and with indices
// that stay right when s holds non-ASCII text). Candidates are found
// with IndexByte on both cases of sub's first byte.
func indexUpper(s, sub string) int {
	if sub == "" {
		return 0
	}
	n := len(s) - len(sub) + 1 // candidate starts are [0, n)
	if n <= 0 {
		return -1
	}
	up, lo := sub[0], sub[0]
	if isUpper(up) {
		lo += 'a' - 'A'
	}
	nextUp, nextLo := -2, -2 // next candidate of each case; -2 unknown, -1 none
	for i := 0; i < n; {
		if nextUp != -1 && nextUp < i {
			if j := strings.IndexByte(s[i:n], up); j >= 0 {
				nextUp = i + j
			} else {
				nextUp = -1
			}
		}
		if lo == up {
			nextLo = nextUp
		} else if nextLo != -1 && nextLo < i {
			if j := strings.IndexByte(s[i:n], lo); j >= 0 {
				nextLo = i + j
			} else {
				nextLo = -1
			}
		}
		k := nextUp
		if k < 0 || nextLo >= 0 && nextLo < k {
			k = nextLo
		}
		if k < 0 {
			return -1
		}
		if hasPrefixUpper(s[k:], sub) {
			return k
		}
		i = k + 1
	}
	return -1
}

// hasPrefixUpper is strings.HasPrefix(strings.ToUpper(s), prefix) for an
// upper-case ASCII prefix.
func hasPrefixUpper(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if isLower(c) {
			c -= 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLower(c byte) bool  { return c >= 'a' && c <= 'z' }
func isUpper(c byte) bool  { return c >= 'A' && c <= 'Z' }

// appendRepaired appends source bytes [i, j) of one line, repaired, to b.
func appendRepaired(b *textBuilder, i, j int, st *repairState) {
	s := b.src.String
	last := i
	for k := i; k < j; k++ {
		c := s[k]
		if !special[c] {
			continue
		}
		switch c {
		case '(':
			st.depth++
		case ')':
			if st.depth > 0 {
				st.depth--
				continue
			}
			// An unopened ")" standing alone between spaces is an em dash.
			if k > i && s[k-1] == ' ' && (k+1 == j || s[k+1] == ' ') {
				b.copy(last, k)
				b.replace("--", k)
				last = k + 1
			}
		case ',':
			if commaApostrophe(s, k) {
				b.copy(last, k)
				b.replace("'", k)
				last = k + 1
			}
		case '&':
			if st.quoteEnd < 0 && k+1 < len(s) && isLetter(s[k+1]) && (k == 0 || strings.IndexByte(" (\n\t\"", s[k-1]) >= 0) {
				if e := quoteClose(s, k+1); e > 0 {
					b.copy(last, k)
					b.replace(`"`, k)
					st.quoteEnd = e
					last = k + 1
				}
			}
		case '8':
			if k == st.quoteEnd {
				b.copy(last, k)
				b.replace(`"`, k)
				st.quoteEnd = -1
				last = k + 1
			}
		case 0xC3:
			// "Â¶" and "Â¬": a paragraph sign read as Latin-1 and written as UTF-8.
			if strings.HasPrefix(s[k:j], "Â¶") || strings.HasPrefix(s[k:j], "Â¬") {
				b.copy(last, k)
				b.replace("¶", k)
				k += 3
				last = k + 1
			}
		case '\\':
			// The cables.csv dump ends lines inside fields with a backslash;
			// pages made from it show it at the end of every line.
			if strings.TrimRight(s[k+1:j], " ") == "" {
				b.copy(last, k)
				last = j
				k = j
			}
		case ' ':
			if k+1 < j && s[k+1] == ' ' {
				// Collapse runs of spaces: keep the first.
				b.copy(last, k+1)
				e := k + 1
				for e < j && s[e] == ' ' {
					e++
				}
				last = e
				k = e - 1
				continue
			}
			if midWordSpace(s, i, k, j) {
				b.copy(last, k)
				last = k + 1
			}
		}
	}
	b.copy(last, j)
}

// commaApostrophe reports whether the comma at s[k] stands for an
// apostrophe: a letter before it and a contraction or possessive ending
// (s, t after n, re, ll, ve, d, m) right after it, then no more letters.
func commaApostrophe(s string, k int) bool {
	if k == 0 || k+1 >= len(s) || !isLetter(s[k-1]) {
		return false
	}
	prev := s[k-1]
	rest := s[k+1:]
	end := func(n int) bool { return n >= len(rest) || !isLetter(rest[n]) && !isDigit(rest[n]) }
	switch rest[0] {
	case 's':
		return end(1)
	case 'S':
		return isUpper(prev) && end(1)
	case 't':
		return prev == 'n' && end(1)
	case 'T':
		return prev == 'N' && end(1)
	}
	// The rarer contractions (he,d I,m we,re they,ll I,ve) only after a
	// word, so that lists like "(b,d)" stay as they are.
	if !isLower(prev) || k < 2 || !isLetter(s[k-2]) {
		return false
	}
	switch rest[0] {
	case 'd', 'm':
		return end(1)
	case 'r':
		return len(rest) > 1 && rest[1] == 'e' && end(2)
	case 'l':
		return len(rest) > 1 && rest[1] == 'l' && end(2)
	case 'v':
		return len(rest) > 1 && rest[1] == 'e' && end(2)
	}
	return false
}

// quoteClose finds the "8" that closes a curly quote opened just before
// s[i]: the first 8 within reach that follows a letter or closing
// punctuation and is not part of a number or word. It gives up at a blank
// line or another opening "&".
func quoteClose(s string, i int) int {
	limit := i + 1500
	if limit > len(s) {
		limit = len(s)
	}
	for k := i; k < limit; k++ {
		switch s[k] {
		case '8':
			p := s[k-1]
			if (isLetter(p) || strings.IndexByte(".,?!)'%", p) >= 0) && (k+1 == len(s) || !isLetter(s[k+1]) && !isDigit(s[k+1])) {
				return k
			}
		case '&':
			return -1
		case '\n':
			r := strings.TrimLeft(s[k+1:min(limit, k+200)], " \t\\")
			if strings.HasPrefix(r, "\n") {
				return -1
			}
		}
	}
	return -1
}

// wordAt returns the run of ASCII letters ending at s[e-1] (going back no
// further than lo).
func wordBefore(s string, lo, e int) (string, bool) {
	a := e
	for a > lo && isLetter(s[a-1]) {
		a--
	}
	if a == e {
		return "", false
	}
	if a > lo && (s[a-1] == '-' || s[a-1] == '.' || s[a-1] == '/' || isDigit(s[a-1])) {
		return "", false
	}
	return s[a:e], true
}

func wordAfter(s string, b, hi int) (string, bool) {
	e := b
	for e < hi && isLetter(s[e]) {
		e++
	}
	if e == b {
		return "", false
	}
	if e < hi && (isDigit(s[e]) || s[e] == '-' || s[e] == '.' && e+1 < hi && isLetter(s[e+1])) {
		return "", false
	}
	return s[b:e], true
}

// splitWord reports whether a and b are the two halves of one word split
// by a stray space or line break: the joined word is common in the corpus
// and each half is far rarer than the whole ("reaso" + "ns").
func splitWord(a, b string) bool {
	if len(a) < 2 || len(b) < 2 || isCommonShort(b) {
		return false
	}
	// The joined word first: most pairs make no word, and that ends it
	// with one lookup.
	fab := wordCount2([]byte(a), []byte(b))
	if fab < 10 {
		return false
	}
	fb := wordCount([]byte(b))
	if fb > commonCount || fb*10 >= fab {
		return false
	}
	return wordCount([]byte(a))*10 < fab
}

// midWordSpace reports whether the space at s[k] splits a lower-case word
// in two, as in "for reaso ns 1.4".
func midWordSpace(s string, lo, k, hi int) bool {
	if k == lo || k+1 >= hi || !isLower(s[k-1]) || !isLower(s[k+1]) {
		return false
	}
	// Only a fragment of up to four letters after the space can be the
	// tail of a split word: look no further, as this runs at every space.
	e := k + 1
	for e < hi && e <= k+5 && isLetter(s[e]) {
		e++
	}
	if e > k+5 {
		return false
	}
	b, ok := wordAfter(s, k+1, hi)
	if !ok || isCommonShort(b) {
		return false
	}
	a, ok := wordBefore(s, lo, k)
	if !ok {
		return false
	}
	return splitWord(a, b)
}

// joinWrap appends what stands between two hard-wrapped lines: nothing
// when the break splits a word ("JURIS-" "DICTION", "reaso" "ns"), the
// hyphen alone for a hyphenated compound, else one space. nl is the source
// offset of the line break, next the start of the next line's text.
func joinWrap(b *textBuilder, nl, next int) {
	b.trimRight(" \t")
	out := b.buf
	s := b.src.String
	bw, ok := wordAfter(s, next, len(s))
	if !ok || len(out) == 0 {
		b.replace(" ", nl)
		return
	}
	if out[len(out)-1] == '-' && len(out) > 1 && isLetter(out[len(out)-2]) {
		a := len(out) - 1
		for a > 0 && isLetter(out[a-1]) {
			a--
		}
		if wordCount2(out[a:len(out)-1], []byte(bw)) >= 3 {
			b.truncate(len(out) - 1)
		}
		return
	}
	if isLetter(out[len(out)-1]) {
		a := len(out)
		for a > 0 && isLetter(out[a-1]) {
			a--
		}
		if (a == 0 || !isLetter(out[a-1])) && splitWord(string(out[a:]), bw) {
			return
		}
	}
	b.replace(" ", nl)
}
