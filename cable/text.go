package cable

import (
	"slices"
	"sort"
	"strings"
)

// Text is repaired text that remembers, for every byte, where it came from
// in the original input. Repairs (a comma turned back into an apostrophe, a
// hard wrap joined, a page-break line dropped) change lengths, so offsets in
// String are not offsets in the input; Orig maps them back.
type Text struct {
	String string

	// runs maps stretches of String to stretches of the input, sorted by
	// clean offset. A run whose text was copied maps byte for byte; a run
	// whose text was replaced maps every byte to the start of what it
	// replaced. A copied run never holds a newline except as its last
	// byte, so its line is the line of every byte in it and Orig needs no
	// counting.
	runs []run
}

type run struct {
	clean int // offset of the run in String
	orig  int // offset of the run in the input
	// line is the 1-based input line at orig. 32 bits make a run 24
	// bytes instead of 32, and a body holds about one run per line; two
	// billion lines is far past any stream of cables.
	line   int32
	copied bool // bytes map one to one (else all map to orig)
}

// Orig returns the input position of byte i of t.String. An i at or past
// the end maps to just after the last byte; a Text built without a map
// (the zero Text, or one made by a caller) maps everything to Pos{}.
func (t Text) Orig(i int) Pos {
	if len(t.runs) == 0 {
		return Pos{}
	}
	k := sort.Search(len(t.runs), func(k int) bool { return t.runs[k].clean > i }) - 1
	if k < 0 {
		k = 0
	}
	r := t.runs[k]
	if !r.copied {
		return Pos{Line: int(r.line), Offset: r.orig}
	}
	return Pos{Line: int(r.line), Offset: r.orig + i - r.clean}
}

// Slice returns the part of t between clean offsets i and j, with its map.
func (t Text) Slice(i, j int) Text {
	var b textBuilder
	b.reset(&t)
	b.copy(i, j)
	return b.text()
}

// MarshalText makes a Text print as its repaired string in JSON.
func (t Text) MarshalText() ([]byte, error) { return []byte(t.String), nil }

// textBuilder assembles a Text from pieces of a source Text (copied, so the
// source's map carries over) and replacement strings (which map to where
// the replaced source bytes began). Decoders use it with a source that maps
// one to one onto the input; the repairer uses it on the decoded text, so
// maps compose.
type textBuilder struct {
	buf  []byte
	runs []run
	src  *Text
	cur  int // index of the source run that the last lookup hit
}

func (b *textBuilder) reset(src *Text) {
	b.buf = b.buf[:0]
	b.runs = b.runs[:0]
	b.src = src
	b.cur = 0
}

// srcRun finds the source run holding clean offset i. Builders mostly move
// forward, so it walks from the last hit before falling back to a search.
func (b *textBuilder) srcRun(i int) int {
	runs := b.src.runs
	k := b.cur
	if k >= len(runs) || runs[k].clean > i {
		k = sort.Search(len(runs), func(k int) bool { return runs[k].clean > i }) - 1
		if k < 0 {
			k = 0
		}
	}
	for k+1 < len(runs) && runs[k+1].clean <= i {
		k++
	}
	b.cur = k
	return k
}

// srcPos maps source offset i to its run (as a run starting at i).
func (b *textBuilder) srcPos(i int) run {
	if len(b.src.runs) == 0 {
		return run{orig: i, line: 1, copied: true}
	}
	r := b.src.runs[b.srcRun(i)]
	if r.copied {
		r.orig += i - r.clean
	}
	r.clean = i
	return r
}

// add appends a run, merging it into the previous one when the two are
// contiguous copies on the same line.
func (b *textBuilder) add(r run) {
	if n := len(b.runs); n > 0 {
		p := &b.runs[n-1]
		if p.clean == r.clean {
			*p = r // the previous run turned out empty
			return
		}
		if p.copied && r.copied && p.line == r.line && p.orig+(r.clean-p.clean) == r.orig &&
			(r.clean == 0 || b.buf[r.clean-1] != '\n') {
			return
		}
	}
	b.runs = append(grow(b.runs, 1), r)
}

// copy appends source bytes [i, j), keeping their map.
func (b *textBuilder) copy(i, j int) {
	if i >= j {
		return
	}
	s := b.src.String
	if len(b.src.runs) == 0 {
		b.add(run{clean: len(b.buf), orig: i, line: 1, copied: true})
		b.buf = append(grow(b.buf, j-i), s[i:j]...)
		return
	}
	for i < j {
		k := b.srcRun(i)
		r := b.src.runs[k]
		end := j
		if k+1 < len(b.src.runs) && b.src.runs[k+1].clean < end {
			end = b.src.runs[k+1].clean
		}
		nr := run{clean: len(b.buf), orig: r.orig, line: r.line, copied: r.copied}
		if r.copied {
			nr.orig += i - r.clean
		}
		b.add(nr)
		b.buf = append(grow(b.buf, end-i), s[i:end]...)
		i = end
	}
}

// replace appends s in place of source bytes starting at i; every byte of
// s maps to where source byte i came from.
func (b *textBuilder) replace(s string, i int) {
	if s == "" {
		return
	}
	r := b.srcPos(i)
	r.clean = len(b.buf)
	r.copied = false
	b.add(r)
	b.buf = append(grow(b.buf, len(s)), s...)
}

// addOrig appends s, mapping it to the input directly; decoders use it
// when they build from raw bytes rather than from a source Text.
func (b *textBuilder) addOrig(s []byte, orig, line int, copied bool) {
	if len(s) == 0 {
		return
	}
	b.add(run{clean: len(b.buf), orig: orig, line: int32(line), copied: copied})
	b.buf = append(grow(b.buf, len(s)), s...)
}

func (b *textBuilder) len() int { return len(b.buf) }

// reserve makes room for n more bytes at once, when the caller knows about
// how many the text will take (a decoder: its input's length).
func (b *textBuilder) reserve(n int) { b.buf = grow(b.buf, n) }

// trimRight drops trailing bytes in cut from the output and its map.
func (b *textBuilder) trimRight(cut string) {
	n := len(b.buf)
	for n > 0 && strings.IndexByte(cut, b.buf[n-1]) >= 0 {
		n--
	}
	b.truncate(n)
}

func (b *textBuilder) truncate(n int) {
	if n >= len(b.buf) {
		return
	}
	b.buf = b.buf[:n]
	for len(b.runs) > 0 && b.runs[len(b.runs)-1].clean >= n {
		b.runs = b.runs[:len(b.runs)-1]
	}
}

// grow returns s with room for n more elements, doubling its capacity when
// it must grow. append grows a large slice by a quarter at a time, which
// for a cable of many megabytes allocates about five times its final size
// on the way; doubling allocates at most twice.
func grow[S ~[]E, E any](s S, n int) S {
	if n <= cap(s)-len(s) {
		return s
	}
	return slices.Grow(s, max(n, len(s)))
}

// noSource is the source of builders that build from raw input bytes.
// It is never written.
var noSource Text

// view returns the built Text with the builder's map shared, not copied:
// for decoded text that lives only while one cable is parsed. The Text's
// map is invalid after the builder's next reset; its String is a copy,
// since the parser keeps substrings of it.
func (b *textBuilder) view() Text {
	return Text{String: string(b.buf), runs: b.runs}
}

// text returns the built Text; the builder may be reused afterwards.
func (b *textBuilder) text() Text {
	t := Text{String: string(b.buf)}
	if len(b.runs) > 0 {
		t.runs = append([]run(nil), b.runs...)
	}
	return t
}
