package extract

import (
	"slices"
	"strings"

	"github.com/cablegraph/cablegraph/extract/lexicon"
)

// personTitles turns the titles read next to a person's names into the
// positions the cable states, one per position, as written:
//
//   - a rank or form of address that stood between a title and the name
//     is a title of its own: "Joint Task Force Omega commander General
//     Gilberto Rocha" holds "Joint Task Force Omega commander" and
//     "General", "MFA Undersecretary for Foreign Policy Ambassador Luis
//     Cappagli" the undersecretary's post and "Ambassador"; a courtesy
//     ("Mr.") or degree ("Dr.") is no title;
//   - a title written once before a list of names is each holder's in
//     the singular: "Presidents Putin and Halonen" are each "President";
//   - a leading article is not the title's: "The Secretary General of
//     the Council of Europe".
//
// A rank that is the last word of a title head stays in it: "Secretary
// General", "Attorney General", "Consul General".
func personTitles(titles []string) []string {
	var out []string
	for _, t := range titles {
		words := strings.Fields(t)
		if len(words) > 1 && (words[0] == "The" || words[0] == "the") {
			words = words[1:]
		}
		rank := ""
		if n, h := trailingRank(words); n > 0 {
			words = words[:len(words)-n]
			rank = h
		}
		words = singularHead(words)
		if len(words) > 0 {
			addTitle(&out, strings.Join(words, " "))
		}
		if rank != "" {
			addTitle(&out, rank)
		}
	}
	return out
}

// statedTitles are the titles the cable gives person pi: those read next
// to their names, and the roles that stand for them alone ("Classified
// By: Amb. Carol van Voorst" makes "Ambassador called on ..." hers).
func (d *doc) statedTitles(pi int) []string {
	p := &d.people[pi]
	titles := p.titles
	for _, mi := range p.ments {
		if m := &d.ments[mi]; m.name == "" && m.title != "" && !slices.ContainsFunc(titles, func(t string) bool { return strings.EqualFold(t, m.title) }) {
			if len(titles) == len(p.titles) {
				titles = slices.Clone(titles)
			}
			titles = append(titles, m.title)
		}
	}
	return titles
}

// trailingRank finds a rank or form of address that ends words after a
// title of their own: it returns how many words it takes and the title to
// keep of it, as written ("" for a courtesy or a degree), or 0.
func trailingRank(words []string) (int, string) {
	for n := min(3, len(words)-1); n >= 1; n-- {
		tail := words[len(words)-n:]
		h, k := lexicon.HonorificWords(tail)
		courtesy := k == n && h.Title == ""
		if !courtesy && !rankWords(tail) {
			continue
		}
		prefix := words[:len(words)-n]
		for i := range prefix {
			if lexicon.TitleHeadWords(words[i:]) == len(words)-i {
				return 0, "" // the rank ends a head: "Secretary General"
			}
		}
		if !holdsHead(prefix) {
			return 0, ""
		}
		if courtesy {
			return n, ""
		}
		return n, strings.Join(tail, " ")
	}
	return 0, ""
}

// holdsHead reports whether words hold a title head or title jargon
// ("commander", "Undersecretary", "CHOD"): a title, not a modifier alone
// ("Vice" of "Vice Admiral").
func holdsHead(words []string) bool {
	for i, w := range words {
		if lexicon.TitleHeadWords(words[i:]) > 0 {
			return true
		}
		if j, ok := lexicon.LookupJargon(w); ok && (j.Kind == lexicon.JargonTitle || j.Kind == lexicon.JargonStaffRole) {
			return true
		}
	}
	return false
}

// singularHead puts a plural head that ends words in the singular:
// "Foreign Ministers" is "Foreign Minister", "Chiefs of Staff" "Chief of
// Staff".
func singularHead(words []string) []string {
	for i := range words {
		if s, ok := lexicon.SingularTitleHead(strings.Join(words[i:], " ")); ok {
			return append(words[:i:i], strings.Fields(s)...)
		}
	}
	return words
}
