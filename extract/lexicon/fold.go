package lexicon

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// keyBuf is the size of the stack buffer lookups fold into. Longer keys
// still work; they allocate.
const keyBuf = 64

// Fold returns the key every lookup uses for s: lower case, accents
// removed (é → e, ß → ss, ø → o), curly apostrophes and backquotes made
// ASCII ', dashes made ASCII -, runs of white space collapsed to one
// space, and leading and trailing space trimmed.
//
//	Fold("  Côte d’Ivoire ") == "cote d'ivoire"
func Fold(s string) string {
	var buf [keyBuf]byte
	return string(appendFold(buf[:0], s, true))
}

// runeFold maps the non-ASCII runes below runeFoldLimit that have an ASCII
// reading (Latin letters with diacritics, typographic punctuation and
// spaces) to it; "" means none. It is built once from Unicode
// decompositions and never written again.
var runeFold = buildRuneFold()

// runeFoldLimit covers Latin Extended Additional and General Punctuation.
const runeFoldLimit = 0x2030

func buildRuneFold() []string {
	special := map[rune]string{
		'ß': "ss", 'ẞ': "SS", 'æ': "ae", 'Æ': "AE", 'œ': "oe", 'Œ': "OE",
		'ø': "o", 'Ø': "O", 'đ': "d", 'Đ': "D", 'ð': "d", 'Ð': "D",
		'ł': "l", 'Ł': "L", 'þ': "th", 'Þ': "TH", 'ı': "i", 'ħ': "h", 'Ħ': "H",
		'\u2018': "'", '\u2019': "'", '\u201b': "'", '\u02bc': "'", '\u02bb': "'",
		'\u00b4': "'", '\u02be': "'", '\u02bf': "'",
		'\u2010': "-", '\u2011': "-", '\u2012': "-", '\u2013': "-", '\u2014': "-", '\u2015': "-",
		'\u00a0': " ", '\u2009': " ", '\u202f': " ", '\u2002': " ", '\u2003': " ",
	}
	table := make([]string, runeFoldLimit)
	for r := rune(0x80); r < runeFoldLimit; r++ {
		if rep, ok := special[r]; ok {
			table[r] = rep
			continue
		}
		if !unicode.Is(unicode.Latin, r) {
			continue
		}
		// Keep the ASCII base letter of the canonical decomposition.
		var base []byte
		for _, dr := range norm.NFD.String(string(r)) {
			if dr < utf8.RuneSelf {
				base = append(base, byte(dr))
			} else if !unicode.Is(unicode.Mn, dr) {
				base = nil
				break
			}
		}
		table[r] = string(base)
	}
	return table
}

// lowerASCII maps each byte to its lower case; it marks with 0 the bytes
// the fast path of appendFold cannot copy: spaces and controls, the
// backquote and non-ASCII bytes.
var lowerASCII = func() (t [256]byte) {
	for c := 0x21; c < 0x80; c++ {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] = byte(c + 'a' - 'A')
		}
	}
	t['`'] = 0
	return t
}()

// appendFold appends the folded form of s to dst. With lower false it
// keeps case (for keys that only match as written, like "US").
func appendFold(dst []byte, s string, lower bool) []byte {
	// Fast path: most words are short, ASCII and free of white space.
	if lower {
		start := len(dst)
		i := 0
		for ; i < len(s); i++ {
			c := lowerASCII[s[i]]
			if c == 0 {
				break
			}
			dst = append(dst, c)
		}
		if i == len(s) {
			return dst
		}
		dst = dst[:start]
	}
	space := false // a space is pending: written before the next non-space
	start := len(dst)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r':
				space = true
				continue
			case c == '`':
				c = '\''
			case lower && 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			}
			if space && len(dst) > start {
				dst = append(dst, ' ')
			}
			space = false
			dst = append(dst, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		var rep string
		if r < runeFoldLimit {
			rep = runeFold[r]
		}
		if rep == " " {
			space = true
			continue
		}
		if space && len(dst) > start {
			dst = append(dst, ' ')
		}
		space = false
		if rep != "" {
			for j := 0; j < len(rep); j++ {
				b := rep[j]
				if lower && 'A' <= b && b <= 'Z' {
					b += 'a' - 'A'
				}
				dst = append(dst, b)
			}
			continue
		}
		if lower {
			r = unicode.ToLower(r)
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// foldedMap is a case-insensitive table with a few keys that only match
// as written. Keys in exact are accent-folded but keep their case; each
// is stored as written and in upper case, since many cables are written
// in capitals throughout.
type foldedMap[V any] struct {
	folded map[string]V
	exact  map[string]V
	// exactLower holds the exact keys in lower case, so that a miss costs
	// one probe more rather than a second fold.
	exactLower map[string]struct{}
}

func newFoldedMap[V any]() foldedMap[V] {
	return foldedMap[V]{folded: map[string]V{}, exact: map[string]V{}, exactLower: map[string]struct{}{}}
}

func (m foldedMap[V]) get(s string) (V, bool) {
	var buf [keyBuf]byte
	k := appendFold(buf[:0], s, true)
	if v, ok := m.folded[string(k)]; ok {
		return v, true
	}
	if _, ok := m.exactLower[string(k)]; ok {
		k = appendFold(buf[:0], s, false)
		if v, ok := m.exact[string(k)]; ok {
			return v, true
		}
	}
	var zero V
	return zero, false
}

// put stores v under s. With replace false an existing entry wins.
func (m foldedMap[V]) put(s string, v V, exact, replace bool) {
	if exact {
		k := string(appendFold(nil, s, false))
		m.exactLower[Fold(k)] = struct{}{}
		for _, key := range []string{k, upperASCII(k)} {
			if _, ok := m.exact[key]; replace || !ok {
				m.exact[key] = v
			}
		}
		return
	}
	k := Fold(s)
	if _, ok := m.folded[k]; replace || !ok {
		m.folded[k] = v
	}
}

func upperASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - ('a' - 'A')
		}
	}
	return string(b)
}

// foldedSet is a set of folded strings.
type foldedSet map[string]struct{}

func (s foldedSet) has(w string) bool {
	var buf [keyBuf]byte
	_, ok := s[string(appendFold(buf[:0], w, true))]
	return ok
}

func (s foldedSet) add(w string) { s[Fold(w)] = struct{}{} }
