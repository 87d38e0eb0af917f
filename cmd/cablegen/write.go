package main

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// A generated cable, ready to be written as a row.
type genCable struct {
	id     string
	date   time.Time
	origin string
	class  string
	header string
	body   string
	source string // the mirror cable the body comes from
}

// WriteCSV writes the chosen cables, in the order of the ID list, as rows
// of the cables.csv dump, and returns how many it wrote.
func (g *Generator) WriteCSV(ctx context.Context, w io.Writer) (int, error) {
	n := 0
	var buf []byte
	for i, ref := range g.ids {
		if !g.pick[i] {
			continue
		}
		if n%1024 == 0 && ctx.Err() != nil {
			return n, ctx.Err()
		}
		c := g.Cable(ref)
		n++
		buf = appendRow(buf[:0], n, c)
		if _, err := w.Write(buf); err != nil {
			return n, err
		}
	}
	return n, nil
}

// appendRow writes a row as MySQL wrote the dump: every field quoted, a
// quote or a backslash escaped with a backslash, newlines literal.
func appendRow(b []byte, row int, c *genCable) []byte {
	fields := [...]string{
		strconv.Itoa(row),
		c.date.Format("1/2/2006 15:04"),
		c.id,
		c.origin,
		c.class,
		"",
		c.header,
		c.body,
	}
	for i, f := range fields {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '"')
		for j := 0; j < len(f); j++ {
			switch f[j] {
			case '"', '\\':
				b = append(b, '\\')
			}
			b = append(b, f[j])
		}
		b = append(b, '"')
	}
	return append(b, '\n')
}

var months = [...]string{"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"}

// Cable makes the cable of one reference ID.
func (g *Generator) Cable(ref refID) *genCable {
	year, postKey, serial := splitRef(ref.id)
	rng := g.rng(ref.id)
	cands := g.byYear[postKey+strconv.Itoa(year)]
	if len(cands) == 0 {
		cands = g.byPost[postKey]
	}
	var src *source
	if len(cands) > 0 {
		src = g.sources[cands[rng.IntN(len(cands))]]
	} else {
		src = g.sources[rng.IntN(len(g.sources))]
	}
	days := time.Date(year, time.Month(ref.month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	date := time.Date(year, time.Month(ref.month), 1+rng.IntN(days), rng.IntN(24), rng.IntN(60), 0, 0, time.UTC)
	p := g.postOf(postKey)
	serial6 := fmt.Sprintf("%06s", serial)

	// The classification line names the post; names are varied after it.
	var b strings.Builder
	b.Grow(len(src.body) + len(src.body)/16)
	b.WriteString(src.body[:src.classAt[0][0]])
	repl := g.replacements(ref.id, src)
	for i, at := range src.classAt {
		b.WriteString(p.spaced + " " + serial6)
		end := len(src.body)
		if i+1 < len(src.classAt) {
			end = src.classAt[i+1][0]
		}
		varyNames(&b, repl, src.body[at[1]:end])
	}
	body := b.String()

	var h strings.Builder
	prec := [...]string{"P", "R", "O"}[rng.IntN(3)]
	if p.route != "" {
		fmt.Fprintf(&h, "VZCZC%s%04d\n%s RUEHWEB\n\nDE %s #%s/01 %03d%02d%02d\nZNY CCCCC ZZH\n",
			p.route[len(p.route)-2:], rng.IntN(10000), prec+prec, p.route, serial, date.YearDay(), date.Hour(), date.Minute())
	}
	fmt.Fprintf(&h, "%s %02d%02d%02dZ %s %02d\nFM %s\n", prec, date.Day(), date.Hour(), date.Minute(), months[date.Month()-1], year%100, p.station)
	for i, t := range src.to {
		if i == 0 {
			h.WriteString("TO ")
		}
		h.WriteString(t)
		h.WriteByte('\n')
	}
	if len(src.to) == 0 {
		h.WriteString("TO SECSTATE WASHDC\n")
	}
	for i, t := range src.info {
		if i == 0 {
			h.WriteString("INFO ")
		}
		h.WriteString(t)
		h.WriteByte('\n')
	}
	h.WriteString("BT")
	return &genCable{id: ref.id, date: date, origin: p.origin, class: src.class, header: h.String(), body: body, source: src.id}
}

// replacements draws, for one ID, the new surname of each of the
// source's variable surnames.
func (g *Generator) replacements(id string, src *source) map[string]string {
	if len(src.vary) == 0 {
		return nil
	}
	rng := g.rng(id, "names")
	z := rand.NewZipf(rng, g.cfg.Zipf, zipfV, 1<<40)
	repl := make(map[string]string, len(src.vary))
	for _, s := range src.vary {
		if rng.Float64() < g.cfg.Keep {
			continue
		}
		repl[s] = g.universe(z.Uint64())
	}
	return repl
}

// varyNames writes text to b with every capitalised occurrence of a
// surname of repl replaced: the same new name for every mention in the
// cable, in the case it was written (OLSON in a signature, Olson in the
// text).
func varyNames(b *strings.Builder, repl map[string]string, text string) {
	if len(repl) == 0 {
		b.WriteString(text)
		return
	}
	last := 0
	for i := 0; i < len(text); {
		if !isLetterByte(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && isLetterByte(text[j]) {
			j++
		}
		word := text[i:j]
		if r, _ := utf8.DecodeRuneInString(word); unicode.IsUpper(r) && (i == 0 || !isDigitByte(text[i-1])) {
			if nw, ok := repl[strings.ToLower(word)]; ok {
				b.WriteString(text[last:i])
				if isAllUpper(word) && len(word) > 1 {
					nw = strings.ToUpper(nw)
				}
				b.WriteString(nw)
				last = j
			}
		}
		i = j
	}
	b.WriteString(text[last:])
}

// zipfV offsets the Zipf law so that its head is not one name taken by
// a fifth of all draws.
const zipfV = 8

// universe is the surname of rank r: the real surnames of the mirror
// first, most frequent first, then names spliced from two of them
// ("Kouch" + "enko"), as many as the ranks need.
func (g *Generator) universe(r uint64) string {
	p := uint64(len(g.pool))
	if r < p {
		return g.pool[r]
	}
	r -= p
	a, b := []rune(g.pool[r%p]), []rune(strings.ToLower(g.pool[(r/p)%p]))
	name := string(a[:(len(a)+1)/2]) + string(b[len(b)/2:])
	if k := r / (p * p); k > 0 {
		name += strconv.FormatUint(k, 36) // past 10^8 ranks: never reached by the release
	}
	return name
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 }
func isDigitByte(c byte) bool  { return c >= '0' && c <= '9' }

func isAllUpper(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}
