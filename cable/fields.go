package cable

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ---- TAGS ----

// parseTags splits a TAGS value ("PREL PGOV UNO FR RS", "PINS, GR,
// (KALOUDIS, NICK)", "KDEM, SARKOZY, NICOLAS") into tags with their kind.
// Codes are checked against the embedded vocabularies; what no vocabulary
// knows and comes in a pair reads as a person (SURNAME, FIRST).
//
// When words that are no tags follow the codes without commas ("PREL IS
// GAZA DISENGAGEMENT ISRAELI"), rest is where they start (else -1): some
// pages glued the subject onto the TAGS line.
func parseTags(t Text) (tags []Tag, rest int) {
	tb := loadTables()
	s := t.String
	type tok struct {
		v     string
		at    int
		paren bool
	}
	var toks []tok
	paren := false
	for i := 0; i < len(s); {
		c := s[i]
		if c == ' ' || c == ',' || c == ';' || c == '\t' || c == '\n' {
			i++
			continue
		}
		if c == '(' {
			paren = true
			i++
			continue
		}
		if c == ')' {
			paren = false
			i++
			continue
		}
		j := i
		for j < len(s) && strings.IndexByte(" ,;\t\n()", s[j]) < 0 {
			j++
		}
		toks = append(toks, tok{strings.ToUpper(strings.Trim(s[i:j], ".:")), i, paren})
		i = j
	}
	kindOf := func(v string) TagKind {
		switch {
		case len(v) == 2 && isUpper(v[0]) && isUpper(v[1]):
			return TagCountry
		case tb.subjects[v]:
			return TagSubject
		case tb.orgs[v]:
			return TagOrganization
		case len(v) == 4 && isUpperAlnum(v) && strings.IndexByte("ABCEKMOPST", v[0]) >= 0:
			return TagSubject // a subject code the vocabulary lacks (KDEM, KPAO)
		}
		return ""
	}
	commaAfter := func(k int) bool {
		e := toks[k].at + len(toks[k].v)
		for e < len(s) && s[e] == ' ' {
			e++
		}
		return e < len(s) && s[e] == ','
	}
	for i := 0; i < len(toks); i++ {
		tk := toks[i]
		if tk.v == "" {
			continue
		}
		kind := kindOf(tk.v)
		if tk.paren && i+1 < len(toks) && toks[i+1].paren {
			kind = ""
		}
		if kind != "" {
			tags = append(tags, Tag{Value: tk.v, Kind: kind, Pos: t.Orig(tk.at)})
			continue
		}
		if !tk.paren && !commaAfter(i) && i+1 < len(toks) && kindOf(toks[i+1].v) == "" && !commaAfter(i+1) && (len(tk.v) > 6 || len(toks[i+1].v) > 6) {
			return tags, tk.at
		}
		// A person: SURNAME, FIRST [MIDDLE]: the unknown words that follow.
		name := tk.v
		j := i + 1
		for j < len(toks) && j < i+3 && kindOf(toks[j].v) == "" && (toks[j].paren == tk.paren) && len(toks[j].v) > 1 {
			if j == i+1 {
				name += ", " + toks[j].v
			} else {
				name += " " + toks[j].v
			}
			j++
		}
		kind = TagPerson
		if j == i+1 && len(tk.v) <= 6 && isUpperAlnum(tk.v) {
			kind = TagOrganization // one unknown upper-case word: an acronym
		}
		tags = append(tags, Tag{Value: name, Kind: kind, Pos: t.Orig(tk.at)})
		i = j - 1
	}
	return tags, -1
}

// ---- REF ----

// parseRefs splits a REF value into its items ("A. PARIS 3889 B) STATE
// 12345") and normalises each to a reference ID where it names a cable.
// year is the cable's own year, for items that give none.
func parseRefs(t Text, year int) []Ref {
	s := t.String
	// Item starts: a capital letter with "." or ")" (or in parentheses)
	// standing alone.
	var starts []int
	labels := map[int]string{}
	for i := 0; i+2 < len(s); i++ {
		if i > 0 && strings.IndexByte(" ,;", s[i-1]) < 0 && s[i-1] != '(' {
			continue
		}
		c := s[i]
		if c == '(' && i+3 < len(s) && isUpper(s[i+1]) && s[i+2] == ')' && s[i+3] == ' ' {
			starts = append(starts, i)
			labels[i] = s[i+1 : i+2]
			continue
		}
		if isUpper(c) && (s[i+1] == '.' || s[i+1] == ')') && s[i+2] == ' ' && (i == 0 || s[i-1] != '(') {
			starts = append(starts, i)
			labels[i] = s[i : i+1]
		}
	}
	var items []span
	if len(starts) == 0 {
		from := 0
		for i := 0; i <= len(s); i++ {
			if i == len(s) || s[i] == ';' {
				items = append(items, span{from, i})
				from = i + 1
			}
		}
	} else {
		if strings.TrimSpace(s[:starts[0]]) != "" {
			items = append(items, span{0, starts[0]})
		}
		for k, st := range starts {
			end := len(s)
			if k+1 < len(starts) {
				end = starts[k+1]
			}
			items = append(items, span{st, end})
		}
	}
	var refs []Ref
	for _, it := range items {
		txt := s[it.start:it.end]
		label := labels[it.start]
		body := txt
		if label != "" {
			if body[0] == '(' {
				body = body[3:]
			} else {
				body = body[2:]
			}
		}
		body = strings.Trim(body, " ,;.")
		if body == "" {
			continue
		}
		lead := it.start + strings.Index(txt, body)
		refs = append(refs, Ref{Label: label, Text: body, ID: refID(body, year), Pos: t.Orig(lead)})
	}
	return refs
}

// refID normalises "PARIS 3889" (with the cable's year), "07 STATE 123456",
// "06STATE12345", "STATE -097844" to a reference ID, or "" when the item
// names no cable of a known post.
func refID(item string, year int) string {
	f := strings.Fields(strings.ToUpper(item))
	if len(f) == 0 {
		return ""
	}
	yy := -1
	if year > 0 {
		yy = year % 100
	}
	// Already an ID: 07PARIS3889.
	if w := strings.TrimRight(f[0], ".,;"); len(w) > 4 && isDigit(w[0]) && isDigit(w[1]) && isUpper(w[2]) {
		j := 2
		for j < len(w) && isUpper(w[j]) {
			j++
		}
		if j < len(w) && allDigits(w[j:]) && IsPost(w[2:j]) {
			return w[:j] + strings.TrimLeft(w[j:], "0")
		}
	}
	i := 0
	if len(f[0]) == 2 && allDigits(f[0]) {
		yy, _ = strconv.Atoi(f[0])
		i = 1
	} else if len(f[0]) == 4 && allDigits(f[0]) && (f[0][:2] == "19" || f[0][:2] == "20") {
		n, _ := strconv.Atoi(f[0])
		yy, i = n%100, 1
	}
	var post strings.Builder
	for ; i < len(f) && i < 6; i++ {
		w := f[i]
		if isUpper(w[0]) && isAllUpper(w) {
			post.WriteString(w)
			continue
		}
		break
	}
	if i >= len(f) || post.Len() == 0 || yy < 0 {
		return ""
	}
	num := strings.TrimRight(strings.TrimLeft(f[i], "-#"), ".,;)")
	if !allDigits(num) {
		return ""
	}
	p := post.String()
	if !IsPost(p) {
		return ""
	}
	num = strings.TrimLeft(num, "0")
	if num == "" {
		return ""
	}
	return strconv.Itoa(100 + yy)[1:] + p + num
}

func isAllUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isUpper(w[i]) {
			return false
		}
	}
	return true
}

// ---- Classified By ----

// titleWords are words of titles that come before or after a name in a
// Classified By line.
var titleWords = map[string]bool{
	"AMBASSADOR": true, "AMB": true, "AMB.": true, "CHARGE": true, "D'AFFAIRES": true, "DAFFAIRES": true, "A.I.": true,
	"CDA": true, "COM": true, "DCM": true, "POLITICAL": true, "ECONOMIC": true, "POLITICAL/ECONOMIC": true, "COUNSELOR": true,
	"COUNSELLOR": true, "MINISTER": true, "MINISTER-COUNSELOR": true, "MINISTER-COUNSELLOR": true, "DEPUTY": true,
	"CHIEF": true, "OF": true, "MISSION": true, "CONSUL": true, "GENERAL": true, "OFFICER": true, "SECTION": true,
	"ACTING": true, "PRINCIPAL": true, "POLOFF": true, "ECONOFF": true, "DIRECTOR": true, "ASSISTANT": true,
	"SECRETARY": true, "POL": true, "ECON": true, "HEAD": true, "REGIONAL": true, "AFFAIRS": true, "PUBLIC": true,
	"MANAGEMENT": true, "DEFENSE": true, "ATTACHE": true, "SENIOR": true, "ADVISOR": true, "POLCOUNS": true,
	"A/DCM": true, "PRM": true, "PERMANENT": true, "REPRESENTATIVE": true, "AND": true, "FOR": true, "THE": true,
	"CONSUL-GENERAL": true, "POL/ECON": true, "CHIEF,": true, "ECONOMIC/POLITICAL": true, "COORDINATOR": true,
	"EMBASSY": true, "OFFICE": true, "US": true, "U.S.": true, "USUN": true, "ALTERNATE": true, "INTERIM": true,
	"POLITICAL-ECONOMIC": true, "POLITICAL-MILITARY": true, "COMMERCIAL": true, "CONSULAR": true, "LEGAL": true,
	"SPECIAL": true, "ENVOY": true, "BY:": true, "BY": true, "POLMILOFF": true, "POLCHIEF": true, "ECONCHIEF": true,
	"PAO": true, "RSO": true, "A/S": true, "DAS": true, "PDAS": true, "UNDER": true, "EXECUTIVE": true,
	"POLITICAL,": true, "CONSULATE": true, "AFFAIRS,": true, "CHARGE'": true, "D`AFFAIRES": true,
	// "Charge' de Affaires", "Charge d' Affaires".
	"AFFAIRES": true, "D'": true, "A.I": true,
	"MINCOUNS": true, "COUNS": true, "MC": true, "M-C": true, "TEAM": true,
}

var (
	cutReasons = regexp.MustCompile(`(?i)\s+for\s+r(e(a(s(o(ns?)?)?)?)?)?\s*\.\.\.\s*$`)
	// "Classified By: Classified by Ambassador Eduardo Aguirre",
	// "CLASSIFIED CONFIDENTIAL BY ACTING DCM ...": the line's label again.
	labelAgain = regexp.MustCompile(`(?i)^classifi?e?d\s+(confidential\s+|secret\s+)?by:?\s+`)
	// The mirror's spaces inside a word: "George Glass fo r reasons",
	// "CHRISTOPHER DAVIS FOR REASO N", "John Smith for Rea sons".
	trailingFor    = regexp.MustCompile(`(?i)\s+(f\s+or|fo\s+r)\s*$`)
	splitReasons   = regexp.MustCompile(`(?i)((\s+for)?[\s;,]+r\s?e\s?a\s?s\s?o?\s?n?\s?s?|\s+for\s+rea[a-z]*)(\s.*)?$`)
	dAffairesComma = regexp.MustCompile(`\b([dD]),\s?([aA][fF][fF][aA][iI][rR][eE][sS])\b`)
)

// parseClassifiedBy reads a Classified By value: "Political
// Minister-Counselor Josiah Rosenblatt for reasons 1.4 b and d", "Julieta
// Valls Noyes, CDA, EXEC, State. REASON: 1.4 (b)", "AMB:WBWOOD for Reasons
// 1.4 (b)+(e)".
func parseClassifiedBy(t Text) *ClassifiedBy {
	s := t.String
	cb := &ClassifiedBy{Text: strings.TrimSpace(s), Pos: t.Orig(0)}
	who := s
	u := strings.ToUpper(s)
	cut := -1
	for _, kw := range []string{" FOR REASON", ", REASON", "; REASON", ". REASON", " REASON", ",REASON", " FOR 1.", ", 1.", " 1.4", " 1.5", "(1.", " E.O.", ", E.O", " PER "} {
		if i := strings.Index(u, kw); i >= 0 && (cut < 0 || i < cut) {
			cut = i
		}
	}
	if cut >= 0 {
		who = s[:cut]
		r := s[cut:]
		if i := strings.IndexAny(r, "0123456789"); i >= 0 {
			if j := strings.LastIndex(r[:i], "E.O."); j >= 0 && i-j < 10 {
				i = j
			}
			cb.Reasons = strings.TrimRight(strings.TrimSpace(r[i:]), ". ")
		}
	}
	// The mirror cut some lines inside "for reasons" ("COM JONATHAN
	// FARRAR FOR REA...") and writes an apostrophe as a comma ("Charge
	// d,Affaires J. Robert Manzanares").
	who = labelAgain.ReplaceAllString(strings.TrimSpace(who), "")
	who = cutReasons.ReplaceAllString(who, "")
	who = strings.NewReplacer("\u2019", "'", "`", "'").Replace(who)
	who = dAffairesComma.ReplaceAllString(who, "${1}'${2}")
	who = strings.Trim(who, " ,;.:")
	who = strings.Trim(trailingFor.ReplaceAllString(splitReasons.ReplaceAllString(who, ""), ""), " ,;.:")
	if strings.HasPrefix(strings.ToLower(who), "derived from") {
		cb.Title = who // "Derived from Multiple Sources": no one
		return cb
	}
	if i := strings.IndexByte(who, ':'); i > 0 && i < 8 && !strings.Contains(who[:i], " ") {
		// "AMB:WBWOOD"
		cb.Title, cb.Name = who[:i], strings.TrimSpace(who[i+1:])
		return cb
	}
	if i := strings.IndexByte(who, ','); i > 0 {
		first, rest := strings.TrimSpace(who[:i]), strings.Trim(who[i+1:], " ,.")
		if !hasTitleWord(first) {
			// "Martinez, Vilma, Ambassador", "GILMOUR, David, DCM, State":
			// the surname, the given name, then the title.
			if j := strings.IndexByte(rest, ','); j > 0 {
				if given := strings.TrimSpace(rest[:j]); givenNameForm(given) && !titleWords[strings.ToUpper(given)] && !strings.Contains(first, " ") {
					cb.Name, cb.Title = given+" "+first, strings.Trim(rest[j+1:], " ,.")
					return cb
				}
			}
			// "Kathleen Allegrone, Political Minister-Counselor"
			cb.Name, cb.Title = first, rest
			return cb
		}
		if allTitleWords(first) {
			// "Charge d'Affaires, a.i., Lisa Kubiske", "CDA, a.i., Hugo
			// Llorens": more title, then the name, after the commas.
			title := []string{first}
			for _, seg := range strings.Split(rest, ",") {
				seg = strings.TrimSpace(seg)
				if seg == "" {
					continue
				}
				if allTitleWords(seg) {
					title = append(title, seg)
					continue
				}
				if sub := parseClassifiedBy(Text{String: seg}); len(strings.Fields(sub.Name)) >= 2 && !strings.ContainsAny(sub.Name, "0123456789") {
					if sub.Title != "" {
						title = append(title, sub.Title)
					}
					cb.Title, cb.Name = strings.Join(title, ", "), sub.Name
					return cb
				}
				break
			}
		}
		who = first // "Ambassador Ryan C. Crocker, ..." (rest is more title)
		if rest != "" && !strings.ContainsAny(rest, "0123456789") {
			defer func() { cb.Title = strings.TrimSpace(cb.Title + ", " + rest) }()
		}
	}
	// "Political Minister-Counselor Josiah Rosenblatt": the title words
	// come first, the name is the rest.
	f := strings.Fields(who)
	n := 0
	for n < len(f) && (titleWords[strings.ToUpper(f[n])] || !startsUpper(f[n]) && !isAllUpper(f[n])) {
		n++
	}
	if n == len(f) && n > 0 {
		// All title words, or no name: keep it as title.
		cb.Title = who
		return cb
	}
	// "U.S. Embassy Wellington DCM David J. Keegan": the post's city
	// between an office and the title, the name after the title; the
	// title is the post's ("DCM"), not the office's.
	if n > 0 && n+2 < len(f) {
		for k := n + 1; k <= n+2 && k < len(f)-1; k++ {
			if w := strings.ToUpper(f[k]); titleWords[w] && w != "AND" && w != "OF" && w != "FOR" && w != "THE" {
				m := k
				for m < len(f) && titleWords[strings.ToUpper(f[m])] {
					m++
				}
				if len(f)-m >= 2 {
					cb.Title = strings.Join(f[:m], " ")
					if officeWords(f[:n]) {
						cb.Title = strings.Join(f[k:m], " ")
					}
					cb.Name = strings.Join(f[m:], " ")
					return cb
				}
				break
			}
		}
	}
	// A title word the table does not know ("Economic-Political
	// Minister-Counselor", "ECPO A/Mincouns", "ISN/MTR DIRECTOR", "USEU
	// EconMinCouns") stops the reading from the start inside the title:
	// the name is then read from the end, where it always is.
	end := len(f)
	if b, e := nameStart(f); b > n || e < end {
		n, end = max(b, n), e
	}
	title := f[:n:n]
	for _, w := range f[end:] {
		if titleWords[strings.ToUpper(w)] && !cbJunk[strings.ToLower(w)] {
			title = append(title, w) // "Charge d'Affaires John Smith a.i."
		}
	}
	cb.Title = strings.Join(title, " ")
	cb.Name = strings.Join(f[n:end], " ")
	return cb
}

// nameStart gives the bounds [b,end) of the name that ends the words f
// of a Classified By line: the words read back from the end up to the
// first word of a title (a word of the title table, one with "/" or a
// bracket, an abbreviation such as "EconMinCouns", an acronym in capitals
// in a line that is not all capitals). Leftovers after the name
// (cbLeftover: "Ambassador Ashe by reasons", "a.i.") are not part of it. The mirror's broken words ("Do nald A. Blome",
// "Michae l Corbin") stay in the name. b is 0 when no name is found.
func nameStart(f []string) (b, end int) {
	end = len(f)
	for end > 0 && cbLeftover(f[end-1]) {
		end--
	}
	mixed := strings.ToUpper(strings.Join(f, " ")) != strings.Join(f, " ")
	b = end
	for b > 0 && !cbTitleWord(strings.Trim(f[b-1], ",:;"), mixed) {
		b--
	}
	for b < end && !startsUpper(f[b]) {
		b++ // a name starts with a capital, not with its particle
	}
	if b == end {
		return 0, len(f)
	}
	return b, end
}

// cbJunk are the words left after a name when the mirror cut "for
// reasons" short.
var cbJunk = map[string]bool{"by": true, "for": true, "per": true}

// cbLeftover reports whether w, after the name, is no part of it: a word
// of a title ("a.i."), a leftover of "for reasons" ("by", "fo", "pe r"),
// a mark ("-") or an aside ("(acting)"). A longer fragment in lower case
// is the end of a name the mirror broke ("Josiah Rosen blatt").
func cbLeftover(w string) bool {
	switch {
	case cbJunk[strings.ToLower(w)] || titleWords[strings.ToUpper(w)] || strings.HasPrefix(w, "("):
		return true
	case !startsUpper(w):
		letters := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		return letters <= 3
	}
	return false
}

// startsUpper reports whether w starts with a capital, in any script
// ("Ángel").
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// cbTitleWord reports whether w is a word of a title in a Classified By
// line, which ends the name read back from the line's end; mixed says the
// line is not all in capitals, so that a word in capitals there is an
// office's acronym ("ECPO", "USEU", "M-C"), not a name.
func cbTitleWord(w string, mixed bool) bool {
	if w == "" || strings.ContainsAny(w, "/(") || titleWords[strings.ToUpper(w)] {
		return true // (and an aside: "U/S FOR ARMS CONTROL AND INTERNATIONAL SECURITY (T) JOHN C. ROOD")
	}
	if initials(w) {
		return false // "A.", "W.R."
	}
	if strings.Contains(w, "-") {
		for part := range strings.SplitSeq(w, "-") {
			if titleWords[strings.ToUpper(part)] {
				return true // "Economic-Political", "Minister-Counselor"
			}
		}
	}
	return mixed && capitalsOnly(w) || camelTitle(w)
}

// initials reports whether w is one initial or more, each a capital and
// its stop ("A.", "W.R.").
func initials(w string) bool {
	if len(w) < 2 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if !isUpper(w[i]) || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// capitalsOnly reports whether w has two letters or more, all capitals
// ("ECPO", "M-C").
func capitalsOnly(w string) bool {
	n := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case isUpper(c):
			n++
		case c >= 'a' && c <= 'z':
			return false
		}
	}
	return n >= 2
}

// camelTitle reports whether w is written as the mission's abbreviated
// titles are, a capital inside the word after a lower-case letter and a
// piece of a title ("EconMinCouns", "PolCouns", "PolAd", "PermRep"), not
// as names are ("McGehee", "DeLaurentis", "JoAnne", "AnnMarie").
func camelTitle(w string) bool {
	inner := false
	for i := 1; i < len(w); i++ {
		if isUpper(w[i]) && w[i-1] >= 'a' && w[i-1] <= 'z' {
			inner = true
		}
	}
	if !inner {
		return false
	}
	for _, piece := range []string{"Couns", "Pol", "Econ", "Eco", "Mil", "Off", "Min", "Rep", "Ad", "Att", "Chief", "Sec", "Dep", "Cons", "Gen", "Mgmt", "Amb"} {
		if strings.Contains(w, piece) {
			return true
		}
	}
	return false
}

// givenNameForm reports whether w is written as a given name is: one
// capital, then lower-case letters ("Vilma", not "EconCouns", "Pol/Mil",
// "EXEC").
func givenNameForm(w string) bool {
	if len(w) < 2 || !isUpper(w[0]) {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// officeWords reports whether the words are those of an office, not a
// title ("U.S. Embassy").
func officeWords(f []string) bool {
	for _, w := range f {
		switch strings.ToUpper(w) {
		case "U.S.", "US", "EMBASSY", "CONSULATE", "GENERAL", "OFFICE", "AMEMBASSY":
		default:
			return false
		}
	}
	return len(f) > 0
}

// allTitleWords reports whether every word of s is a title word
// ("Charge d'Affaires", "a.i.").
func allTitleWords(s string) bool {
	f := strings.Fields(s)
	for _, w := range f {
		if !titleWords[strings.ToUpper(w)] {
			return false
		}
	}
	return len(f) > 0
}

func hasTitleWord(s string) bool {
	for _, w := range strings.Fields(s) {
		if titleWords[strings.ToUpper(w)] && w != "and" && w != "of" {
			return true
		}
	}
	return false
}
