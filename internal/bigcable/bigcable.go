// Package bigcable builds oversized but realistic cables for the size
// tests and benchmarks of cable and extract: the header of a real
// telegram, then numbered paragraphs taken in turn from real cables, hard
// wrapped as the teletype did, until the text reaches the size asked for.
//
// No cable of the release is past 1.5 MB, but a broken record or a
// concatenation can be; these let the tests see how time and memory grow
// with size without checking in a large blob.
package bigcable

import (
	"fmt"
	"strings"
)

// header is the routing header and preamble of 07PARIS3972, a real cable.
const header = `VZCZCXRO4577
OO RUEHDBU RUEHFL RUEHKW RUEHLA RUEHROV RUEHSR
DE RUEHFR #3972 2641612
ZNY CCCCC ZZH
O 211612Z SEP 07
FM AMEMBASSY PARIS
TO RUEHC/SECSTATE WASHDC IMMEDIATE 0346
INFO RUEHZL/EUROPEAN POLITICAL COLLECTIVE PRIORITY
RUEHMO/AMEMBASSY MOSCOW PRIORITY 5973

CONFIDENTIAL PARIS 003972

SIPDIS

E.O. 12958: DECL: 07/26/2017
TAGS: PREL PGOV UNO UNMIK FR RS
SUBJECT: FRENCH READOUT ON KOUCHNER VISIT TO MOSCOW

Classified By: Political Minister-Counselor Josiah Rosenblatt for reasons 1.4 b and d.

`

// Text returns a plain-text cable of at least size bytes (and at most one
// paragraph more) whose body is paras, numbered from 1 and repeated in
// order as often as needed. Empty paragraphs are skipped; paras must hold
// at least one that is not.
//
// Each word of names (surnames, say) is renamed in every repetition after
// the first, Lavrov becoming Lavrovbb, then Lavrovcc..., so that the
// number of people keeps growing with the size, as in a long real cable;
// with no names a repetition names the same people again. (Two renamings
// differ in two letters at least, so that the extractor's match of names
// one letter apart, Politkovskaya for Polikovskaya, does not merge them.)
func Text(paras []string, size int, names map[string]bool) []byte {
	return build(paras, names, func(n, _ int) bool { return n >= size })
}

// Rounds returns a plain-text cable whose body is paras repeated rounds
// times, renamed as in Text: a cable of n rounds tells n times what one
// does, so the work of reading it should be n times as much.
func Rounds(paras []string, rounds int, names map[string]bool) []byte {
	return build(paras, names, func(_, i int) bool { return i >= rounds*len(paras) })
}

// build writes the cable, paragraph i being paras[i%len(paras)], until
// done says so (from the bytes written and the paragraphs taken).
func build(paras []string, names map[string]bool, done func(n, i int) bool) []byte {
	var b strings.Builder
	b.WriteString(header)
	n := 0
	for i := 0; !done(b.Len(), i); i++ {
		p := strings.Join(strings.Fields(paras[i%len(paras)]), " ")
		if round := i / len(paras); round > 0 && len(names) > 0 {
			p = rename(p, names, suffix(round))
		}
		// A paragraph that holds another telegram (a routing header, a
		// SUBJECT line) would end the cable: the parser cuts glued
		// telegrams off, and a text stream splits at VZCZC.
		if p == "" || strings.Contains(p, "VZCZC") || strings.Contains(p, "SUBJECT:") {
			if i > len(paras) && n == 0 {
				panic("bigcable: no paragraph with text")
			}
			continue
		}
		n++
		fmt.Fprintf(&b, "%d. (C) ", n)
		wrap(&b, p, 69-len(fmt.Sprint(n))-6)
		b.WriteString("\n")
	}
	b.WriteString("PEKALA\n")
	return []byte(b.String())
}

// wrap writes p hard-wrapped at about width columns, as the cables were
// transmitted; the first line is shorter by the paragraph number.
func wrap(b *strings.Builder, p string, first int) {
	col, width := 0, first
	for _, w := range strings.Fields(p) {
		if col > 0 && col+1+len(w) > width {
			b.WriteString("\n")
			col, width = 0, 69
		} else if col > 0 {
			b.WriteString(" ")
			col++
		}
		b.WriteString(w)
		col += len(w)
	}
	b.WriteString("\n")
}

// suffix spells round in doubled letters: 1 is "bb", 25 "zz", 26 "bbaa".
func suffix(round int) string {
	var out []byte
	for ; round > 0; round /= 26 {
		c := byte('a' + round%26)
		out = append([]byte{c, c}, out...)
	}
	return string(out)
}

// rename appends suf to every word of p that is in names.
func rename(p string, names map[string]bool, suf string) string {
	var b strings.Builder
	start := -1
	flush := func(end int) {
		w := p[start:end]
		b.WriteString(w)
		if names[w] {
			b.WriteString(suf)
		}
		start = -1
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		letter := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			flush(i)
			b.WriteByte(c)
		case !letter:
			b.WriteByte(c)
		}
	}
	if start >= 0 {
		flush(len(p))
	}
	return b.String()
}
