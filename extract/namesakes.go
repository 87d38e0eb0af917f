package extract

import (
	"fmt"
	"slices"
	"strings"
)

// Apart is a person of the same cable who shares an entity's surname and
// whom the extractor kept apart from it, with the reason: the record of a
// merge it refused, so that a reader can check it.
type Apart struct {
	Key    string `json:"key"`
	Name   string `json:"name"`
	Reason string `json:"reason"`
}

// givenWritten returns the given names of a person's spellings as the
// cable writes them, without initials and particles, ALL-CAPS ones in
// title case, each once (compared folded), in the order of names.
func givenWritten(names []string) []string {
	var out, seen []string
	for _, n := range names {
		f := strings.Fields(n)
		if len(f) < 2 {
			continue
		}
		for _, w := range f[:len(f)-1] {
			w = strings.TrimSuffix(w, ".")
			if len([]rune(w)) < 2 || isParticle(w) {
				continue
			}
			if allCapsWord(w) {
				w = titleCase(w)
			}
			if k := canonGiven(foldName(w)); !slices.Contains(seen, k) {
				seen = append(seen, k)
				out = append(out, w)
			}
		}
	}
	return out
}

// noteApart gives each person entity the people of the cable who bear its
// surname but were kept apart from it. keys holds the entity key of each
// of d.people, at holds the index in people of each key.
func (d *doc) noteApart(people []Entity, keys []string, at map[string]int) {
	bySur := map[string][]int{}
	for pi := range d.people {
		s := canonSurname(d.people[pi].sur)
		bySur[s] = append(bySur[s], pi)
	}
	done := map[[2]string]bool{}
	for pi := range d.people {
		for _, pj := range bySur[canonSurname(d.people[pi].sur)] {
			a, b := keys[pi], keys[pj]
			if pj <= pi || a == b || done[[2]string{a, b}] || done[[2]string{b, a}] {
				continue
			}
			done[[2]string{a, b}] = true
			ia, oka := at[a]
			ib, okb := at[b]
			if !oka || !okb {
				// A person with no entity of its own (all its mentions
				// went to another): nothing to note it on, and at's zero
				// value would be the first entity of the cable.
				continue
			}
			why := d.whyApart(pi, pj)
			ea, eb := &people[ia], &people[ib]
			ea.Apart = append(ea.Apart, Apart{Key: b, Name: eb.Name, Reason: why})
			eb.Apart = append(eb.Apart, Apart{Key: a, Name: ea.Name, Reason: why})
		}
	}
}

// whyApart says why people pi and pj, who share a surname, are two.
func (d *doc) whyApart(pi, pj int) string {
	p, q := &d.people[pi], &d.people[pj]
	gp, gq := canonGivens(p.given), canonGivens(q.given)
	if len(gp) > 0 && len(gq) > 0 && !compatibleGiven(gp, gq) {
		// In name order, so that every cable gives the pair one reason
		// (cablegraph person gathers them across cables).
		a, b := strings.Join(givenWritten([]string{p.name}), " "), strings.Join(givenWritten([]string{q.name}), " ")
		if b < a {
			a, b = b, a
		}
		return fmt.Sprintf("given names differ: %s, %s", a, b)
	}
	bp, bq := d.identity(pi), d.identity(pj)
	year := "an undated cable"
	if y := d.year(); y > 0 {
		year = fmt.Sprint(y)
	}
	switch {
	case bp != nil && bq != nil:
		return fmt.Sprintf("in %s %s and %s name two people of data/people.tsv: %s, %s", year,
			written(p, bp), written(q, bq), bp.name, bq.name)
	case bp != nil && len(gq) > 0:
		return fmt.Sprintf("given names %s do not fit %s", strings.Join(givenWritten([]string{q.name}), " "), bp.name)
	case bq != nil && len(gp) > 0:
		return fmt.Sprintf("given names %s do not fit %s", strings.Join(givenWritten([]string{p.name}), " "), bq.name)
	case bp != nil:
		return fmt.Sprintf("in %s %s is not %s, named %s", year, written(q, nil), bp.name, written(p, bp))
	case bq != nil:
		return fmt.Sprintf("in %s %s is not %s, named %s", year, written(p, nil), bq.name, written(q, bq))
	}
	return "a surname alone that nothing resolves stays with its cable"
}

// written is how the cable names person p: the words of b's roles written
// before the name (or the person's first title) and the surname, quoted:
// "President Sarkozy".
func written(p *person, b *bearer) string {
	var words []string
	if b != nil {
		for _, r := range b.roles {
			if r.word != "*" && hasWord(p.pre, r.word) && !slices.Contains(words, r.word) {
				words = append(words, r.word)
			}
		}
	}
	if len(words) == 0 && len(p.titles) > 0 {
		words = []string{p.titles[0]}
	}
	sur := p.name
	if f := strings.Fields(p.name); len(f) > 0 {
		sur = f[len(f)-1]
	}
	if allCapsWord(sur) {
		sur = titleCase(sur)
	}
	if len(words) == 0 {
		return fmt.Sprintf("%q", p.name)
	}
	return fmt.Sprintf("%q", titleCase(strings.Join(words, " "))+" "+sur)
}
