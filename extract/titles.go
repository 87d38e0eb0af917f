package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/cablegraph/cablegraph/extract/lexicon"
)

// personTitles turns the titles read next to a person's names into the
// positions the cable states, as written (each form once: "Amb." and
// "Ambassador" are both kept, as the gold format lists them):
//
//   - a rank or form of address that stood between a title and the name
//     is split from the title: "MFA Undersecretary for Foreign Policy
//     Ambassador Luis Cappagli" holds the undersecretary's post and
//     "Ambassador"; a courtesy ("Mr.") is no title, and a military rank,
//     a prince's or "Monsignor" beside a post is dropped (addressRank):
//     "Joint Task Force Omega commander General Gilberto Rocha" holds the
//     command alone;
//   - a title written once before a list of names is each holder's in
//     the singular: "Presidents Putin and Halonen" are each "President";
//   - a leading article is not the title's: "The Secretary General of
//     the Council of Europe";
//   - "CODEL", which marks the leader of a congressional delegation
//     ("CODEL Leach"), is no post.
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
		switch {
		case len(words) == 0:
		case len(words) == 1 && (strings.EqualFold(words[0], "codel") || strings.EqualFold(words[0], "staffdel")):
			// "CODEL Leach" leads a congressional delegation; the
			// delegation is no post of his (the text names it: "Senator").
		case rankWords(words):
			addExact(&out, strings.Join(words, " ")) // "General" beside "Chief of General Staff"
		default:
			addTitle(&out, strings.Join(words, " "))
		}
		if rank != "" {
			addExact(&out, rank)
		}
	}
	if slices.ContainsFunc(out, func(t string) bool { return !addressRank(t) }) {
		// A rank beside a position is how the cable addresses the holder,
		// not a second post: "Joint Task Force Omega commander General
		// Gilberto Rocha" holds the command. Alone, it is all the cable
		// says of them ("General Rocha"), and stays.
		out = slices.DeleteFunc(out, addressRank)
	}
	return out
}

// addressRank reports whether title t is a military rank ("General",
// "Brigadier General", "MG"), a prince's rank or "Monsignor": a form of
// address that goes with the person rather than a post they hold. A
// king, an emir, a crown prince, an ambassador hold a post.
func addressRank(t string) bool {
	words := strings.Fields(t)
	if h, k := lexicon.HonorificWords(words); k == len(words) && k > 0 {
		switch h.Kind {
		case lexicon.HonorificMilitary:
			return true
		case lexicon.HonorificRoyal:
			return h.Title == "Prince" || h.Title == "Princess"
		case lexicon.HonorificReligious:
			return h.Title == "Monsignor"
		}
		return false
	}
	return rankWords(words) // "Brigadier General", "Rear Admiral"
}

// statedTitles are the titles the cable gives person pi: those read next
// to their names, and the roles that stand for them alone ("Classified
// By: Amb. Carol van Voorst" makes "Ambassador called on ..." hers).
func (d *doc) statedTitles(pi int) []string {
	p := &d.people[pi]
	titles := slices.Clone(p.titles)
	for _, mi := range p.ments {
		if m := &d.ments[mi]; m.name == "" && m.title != "" {
			addExact(&titles, m.title)
		}
	}
	return titles
}

// addExact keeps one copy of t, case aside. Unlike addTitle it does not
// fold t into a longer title that holds it: a rank beside a title with
// the same word ("Chief of General Staff" and "General"), a role beside
// its abbreviation.
func addExact(titles *[]string, t string) {
	if !slices.ContainsFunc(*titles, func(x string) bool { return strings.EqualFold(x, t) }) {
		*titles = append(*titles, t)
	}
}

// trailingRank finds a rank or form of address that ends words after a
// title of their own: it returns how many words it takes and the title to
// keep of it, as written ("" for a courtesy, "Mr."), or 0.
func trailingRank(words []string) (int, string) {
	for n := min(3, len(words)-1); n >= 1; n-- {
		tail := words[len(words)-n:]
		h, k := lexicon.HonorificWords(tail)
		courtesy := k == n && h.Kind == lexicon.HonorificCourtesy
		if !courtesy && !rankWords(tail) {
			continue
		}
		prefix := words[:len(words)-n]
		if !splitsRank(words, n) || !holdsHead(prefix) || h.Kind == lexicon.HonorificDiplomatic && lexicon.IsTitleModifier(prefix[len(prefix)-1]) {
			return 0, "" // not "Deputy" of "Deputy Ambassador"
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

// singularHead puts a plural one-word head that ends words in the
// singular, in the case it is written: "Foreign Ministers" is "Foreign
// Minister", "foreign ministers" "foreign minister"; not a plural after a
// link word of the title ("... of the Joint Chiefs of Staff").
func singularHead(words []string) []string {
	for i := range words {
		if words[i] == "of" || words[i] == "for" || words[i] == "to" || words[i] == "the" {
			// The plural is the complement's ("Chairman of the Joint Chiefs
			// of Staff", "Speaker of the House of Representatives").
			return words
		}
		if i < len(words)-1 {
			// Only a one-word head ends in the plural: "Joint Chiefs of
			// Staff", read without "Chairman of the" before it, names the
			// body, not a holder.
			continue
		}
		sing, ok := lexicon.SingularTitleHead(words[i])
		if !ok {
			continue
		}
		out := append(words[:i:i], strings.Fields(sing)...)
		for k := i; k < len(out) && k < len(words); k++ {
			if w := words[k]; w != "" && unicode.IsLower(rune(w[0])) {
				out[k] = strings.ToLower(out[k]) // "foreign ministers", as written
			}
		}
		return out
	}
	return words
}
