package cable

import (
	"bytes"
	"unicode/utf8"
)

// The decoders turn the bytes of one container part (a text file, the
// inside of a <pre> block, a CSV field) into UTF-8 text with LF line ends,
// remembering for every byte where it came from. base and line give the
// file offset and line of raw[0].

// decodeText decodes plain telegram text: UTF-8 or, when that fails,
// Latin-1 (where the paragraph sign is the byte 0xB6); CRLF becomes LF.
func decodeText(b *textBuilder, raw []byte, base, line int) {
	b.reserve(len(raw))
	latin1 := !utf8.Valid(raw)
	for i := 0; i < len(raw); {
		e := bytes.IndexByte(raw[i:], '\n')
		last := e < 0
		if last {
			e = len(raw)
		} else {
			e += i
		}
		end := e
		if end > i && raw[end-1] == '\r' {
			end--
		}
		emitRaw(b, raw[i:end], base+i, line, latin1)
		if !last {
			b.addOrig(raw[e:e+1], base+e, line, true)
			line++
		}
		i = e + 1
	}
}

// emitRaw copies a stretch of bytes without newlines, converting Latin-1
// bytes to UTF-8 and stray control bytes to spaces.
func emitRaw(b *textBuilder, seg []byte, orig, line int, latin1 bool) {
	start := 0
	for k := 0; k < len(seg); k++ {
		c := seg[k]
		if c >= 0x20 && c != 0x7f && (c < 0x80 || !latin1) {
			continue
		}
		if c == '\t' {
			continue
		}
		b.addOrig(seg[start:k], orig+start, line, true)
		var rep []byte
		switch {
		case c >= 0x80:
			var tmp [4]byte
			n := utf8.EncodeRune(tmp[:], rune(c))
			rep = tmp[:n]
		default:
			rep = space
		}
		b.addOrig(rep, orig+k, line, false)
		start = k + 1
	}
	b.addOrig(seg[start:], orig+start, line, true)
}

// asciiBytes holds every ASCII byte, to slice one-byte strings from.
var asciiBytes = func() (b [utf8.RuneSelf]byte) {
	for i := range b {
		b[i] = byte(i)
	}
	return b
}()

var (
	space   = []byte{' '}
	newline = []byte{'\n'}
)

// decodeHTML decodes the inside of a WikiLeaks <pre> block: tags (the TAGS
// and paragraph-sign links) vanish, entities are decoded (the page writes
// every newline as &#x000A;), and a bare & that starts no entity is kept,
// since the pages leave the cables' own & unescaped.
func decodeHTML(b *textBuilder, raw []byte, base, line int) {
	b.reserve(len(raw))
	latin1 := !utf8.Valid(raw)
	start := 0
	flush := func(k int) {
		emitRaw(b, raw[start:k], base+start, line, latin1)
	}
	for k := 0; k < len(raw); k++ {
		switch raw[k] {
		case '\n':
			flush(k)
			b.addOrig(newline, base+k, line, true)
			line++
			start = k + 1
		case '\r':
			flush(k)
			start = k + 1
		case '<':
			j := bytes.IndexByte(raw[k:], '>')
			if j < 0 || !isTagStart(raw[k+1:]) {
				continue
			}
			flush(k)
			if blockTag(raw[k+1 : k+j]) {
				b.addOrig(newline, base+k, line, false)
			}
			// A tag may span lines in a full page; keep the count right.
			line += bytes.Count(raw[k:k+j], newline)
			k += j
			start = k + 1
		case '&':
			rep, n := entity(raw[k:])
			if n == 0 {
				continue
			}
			flush(k)
			b.addOrig(rep, base+k, line, false)
			k += n - 1
			start = k + 1
		}
	}
	flush(len(raw))
}

// blockTag reports tags that break a line (PlusD pages wrap the telegram's
// parts in <div>s).
func blockTag(tag []byte) bool {
	tag = bytes.TrimPrefix(tag, []byte("/"))
	for _, name := range []string{"div", "br", "p"} {
		if bytes.HasPrefix(tag, []byte(name)) && (len(tag) == len(name) || tag[len(name)] == ' ' || tag[len(name)] == '/') {
			return true
		}
	}
	return false
}

func isTagStart(s []byte) bool {
	if len(s) == 0 {
		return false
	}
	c := s[0]
	return c == '/' || c == '!' || (c|0x20 >= 'a' && c|0x20 <= 'z')
}

// entity decodes the HTML entity at the start of s and returns its bytes
// and length, or n == 0 when s does not start with one.
func entity(s []byte) (rep []byte, n int) {
	semi := bytes.IndexByte(s, ';')
	if semi < 2 || semi > 10 {
		return nil, 0
	}
	name := s[1:semi]
	if name[0] == '#' {
		var r rune
		digits := name[1:]
		baseN := rune(10)
		if len(digits) > 0 && (digits[0] == 'x' || digits[0] == 'X') {
			baseN, digits = 16, digits[1:]
		}
		if len(digits) == 0 {
			return nil, 0
		}
		for _, c := range digits {
			var d rune
			switch {
			case c >= '0' && c <= '9':
				d = rune(c - '0')
			case baseN == 16 && c|0x20 >= 'a' && c|0x20 <= 'f':
				d = rune(c|0x20-'a') + 10
			default:
				return nil, 0
			}
			r = r*baseN + d
			if r > utf8.MaxRune {
				return nil, 0
			}
		}
		if r == '\r' {
			return nil, semi + 1 // dropped; the LF that follows ends the line
		}
		if r < 0x20 && r != '\n' && r != '\t' {
			r = ' '
		}
		if r < utf8.RuneSelf {
			// The pages write every newline as &#x000A;: no allocation
			// for ASCII.
			return asciiBytes[r : r+1], semi + 1
		}
		return utf8.AppendRune(nil, r), semi + 1
	}
	var c byte
	switch string(name) {
	case "amp":
		c = '&'
	case "lt":
		c = '<'
	case "gt":
		c = '>'
	case "quot":
		c = '"'
	case "apos":
		c = '\''
	case "nbsp":
		c = ' '
	default:
		return nil, 0
	}
	return asciiBytes[c : c+1], semi + 1
}

// decodeCSVField decodes a quoted field of cables.csv, which escapes with a
// backslash in the MySQL way (\" \' \\ \n, and a backslash before a
// literal newline) instead of doubling quotes.
func decodeCSVField(b *textBuilder, raw []byte, base, line int, latin1 bool) {
	b.reserve(len(raw))
	start := 0
	flush := func(k int) {
		emitRaw(b, raw[start:k], base+start, line, latin1)
	}
	for k := 0; k < len(raw); k++ {
		switch raw[k] {
		case '\n':
			flush(k)
			b.addOrig(newline, base+k, line, true)
			line++
			start = k + 1
		case '\r':
			flush(k)
			start = k + 1
		case '\\':
			if k+1 >= len(raw) {
				continue
			}
			flush(k)
			c := raw[k+1]
			var rep []byte
			switch c {
			case 'n':
				rep = newline
			case 't':
				rep = asciiBytes['\t' : '\t'+1]
			case 'r', '0', 'Z':
			case '\n':
				rep = newline
			default:
				rep = raw[k+1 : k+2]
			}
			b.addOrig(rep, base+k, line, false)
			if c == '\n' {
				line++
			}
			k++
			start = k + 1
		}
	}
	flush(len(raw))
}
