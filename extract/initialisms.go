package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file reads the short forms a cable gives a person in brackets after
// the name, "Kandahar Provincial Council Chief Ahmed Wali Karzai (AWK)",
// "Andres Manuel Lopez Obrador (AMLO)", "Mohammed bin Zayed (MbZ)", and
// makes each later use of the form ("SCR Ruggiero met with AWK") a mention
// of that name. Without it the form is an unknown capitalised word, and
// the meetings told with it are lost.

// initialForm is a short form a cable defines for a person's name.
type initialForm struct {
	form string // as written, "AWK"
	name string // the name it stands for, as the mention wrote it
	def  int    // the token of its definition, which is no new mention
	// strong: the defining mention was surely a person's; a form defined
	// after a weak one ("Hottinger Baldwin Messtechnik (HBM)", a firm)
	// adds only weak mentions, which need more evidence to be a person.
	strong bool
}

// initialisms adds the mentions of the short forms defined after a name.
// It runs after the names of running text are found and before people are
// resolved, so that the new mentions join the person of the full name.
func (d *doc) initialisms() {
	var forms map[string]initialForm // by form; the first definition wins
	for mi := range d.ments {
		m := &d.ments[mi]
		k := m.nhi
		if m.nhi-m.nlo < 2 || k+2 >= len(d.toks) || d.toks[k].text != "(" || d.toks[k+2].text != ")" || d.toks[k+2].start < d.toks[k].start {
			continue
		}
		f := d.toks[k+1].text
		if _, seen := forms[f]; seen || d.toks[k+1].kind != tokWord || !d.initialsOf(m.nlo, m.nhi, f) {
			continue
		}
		if forms == nil {
			forms = map[string]initialForm{}
		}
		forms[f] = initialForm{form: f, name: m.name, def: k + 1, strong: m.strong}
	}
	if len(forms) == 0 {
		return
	}
	// One map probe per capitalised word: a long cable defines many forms.
	for si := range d.sents {
		s := &d.sents[si]
		if u := &d.units[s.unit]; u.caps || u.section == SectionSignature {
			continue
		}
		for k := s.lo; k < s.hi; k++ {
			t := &d.toks[k]
			if t.kind != tokWord || !t.upper {
				continue
			}
			f, ok := forms[t.text]
			if !ok || d.ann[k].kind == annCountry || d.ann[k].kind == annDemonym {
				continue
			}
			if mi := d.mentionAtSent(si, k); mi >= 0 {
				// The names reader took the form for a name of its own
				// ("(MbR)", "MbR voiced support"): it is the full name's.
				if m := &d.ments[mi]; m.nlo == k && m.nhi == k+1 {
					m.name = f.name
					m.strong = m.strong || f.strong
				}
				continue
			}
			if k == f.def {
				continue
			}
			d.ments = append(d.ments, pmention{sent: si, lo: k, hi: k + 1, nlo: k, nhi: k + 1, name: f.name,
				strong: f.strong, person: -1, text: [2]int{t.start, t.end}})
		}
	}
}

// initialsOf reports whether form is the initials of the name words
// [lo,hi): every word's first letter, or every word's but the particles'
// ("MbZ" and "MZ" for Mohammed bin Zayed), case aside, at least two.
func (d *doc) initialsOf(lo, hi int, form string) bool {
	if len(form) < 2 || len(form) > 6 {
		return false
	}
	all, some := make([]rune, 0, 6), make([]rune, 0, 6)
	family := -1 // how many initials come before an Arabic family name ("Al Maktoum")
	for k := lo; k < hi; k++ {
		w := d.toks[k].text
		if d.toks[k].kind != tokWord || isInitial(w) {
			continue
		}
		if family < 0 && len(all) >= 2 && (w == "Al" || w == "al" || strings.HasPrefix(w, "Al-") || strings.HasPrefix(w, "al-")) {
			family = len(all)
		}
		r, _ := utf8.DecodeRuneInString(w)
		r = unicode.ToUpper(r)
		all = append(all, r)
		if !isParticle(w) {
			some = append(some, r)
		}
	}
	if family >= 3 {
		// "Mohammad bin Rashid Al Maktoum (MbR)": the given names and
		// the father's, without the family's.
		if prefix := string(all[:family]); strings.EqualFold(prefix, form) {
			return true
		}
	}
	var got []rune
	for _, r := range form {
		if !unicode.IsLetter(r) {
			return false
		}
		got = append(got, unicode.ToUpper(r))
	}
	return len(got) >= 2 && (string(got) == string(all) || string(got) == string(some))
}
