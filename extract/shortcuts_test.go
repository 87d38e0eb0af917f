package extract

// The tests of the shortcuts taken for speed: each checks that a
// shortcut gives what the longer way gave.

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/cablegraph/cablegraph/extract/lexicon"
)

// TestEncounterWords reads encounter's source: every word its switch
// compares w with must be in encounterWords, which turns the other
// tokens away before the switch.
func TestEncounterWords(t *testing.T) {
	f, err := parser.ParseFile(gotoken.NewFileSet(), "pairs.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	ast.Inspect(f, func(node ast.Node) bool {
		fn, ok := node.(*ast.FuncDecl)
		if !ok || fn.Name.Name != "encounter" {
			return true
		}
		ast.Inspect(fn.Body, func(node ast.Node) bool {
			b, ok := node.(*ast.BinaryExpr)
			if !ok || b.Op != gotoken.EQL {
				return true
			}
			if id, ok := b.X.(*ast.Ident); ok && id.Name == "w" {
				if lit, ok := b.Y.(*ast.BasicLit); ok {
					w, _ := strconv.Unquote(lit.Value)
					n++
					if !encounterWords.hasLower(w) {
						t.Errorf("encounter compares w with %q, which is not in encounterWords", w)
					}
				}
			}
			return true
		})
		return false
	})
	if n < 10 {
		t.Fatalf("found %d comparisons in encounter; has it changed shape?", n)
	}
}

// TestWordClasses: a token's class is the lists its lower-case form is in.
func TestWordClasses(t *testing.T) {
	for _, c := range []struct {
		class wordClass
		in    func(string) bool
	}{
		{classNotInPerson, notInPerson.hasLower},
		{classMeetTrigger, func(w string) bool { return w == "met" || meetNouns.hasLower(w) || meetVerbs.hasLower(w) }},
		{classVisit, visitWords.hasLower},
		{classDelegation, delegationWords.hasLower},
		{classEncounter, encounterWords.hasLower},
		{classTitleWord, lexicon.MayBeTitleWord},
	} {
		for _, ws := range []wordSet{notInPerson, meetNouns, meetVerbs, visitWords, delegationWords, encounterWords, set("the", "said", "Met", "minister", "foreign", "deputy", "ministers")} {
			for w := range ws {
				toks := tokenize(w, nil)
				if len(toks) != 1 {
					continue
				}
				if got := toks[0].class&c.class != 0; got != c.in(toks[0].lower) {
					t.Errorf("%q: class %b has %b: %v, list says %v", w, toks[0].class, c.class, got, !got)
				}
			}
		}
	}
}

// TestMayStartSpan checks the gazetteer's shortcut on real text: where
// mayStartSpan turns spans of several words away, spanTables, which
// lookupSpan asks first, would have turned each of them away too.
func TestMayStartSpan(t *testing.T) {
	cables := readCables(t, "testdata/cables/*")
	if files, _ := filepath.Glob("../../shared/cables-raw/avilaroman__Wikileaks-Mirror/cable/2008/0[1-3]/*.html"); len(files) > 0 && !testing.Short() {
		cables = append(cables, readCables(t, "../../shared/cables-raw/avilaroman__Wikileaks-Mirror/cable/2008/0[1-3]/*.html")...)
	}
	skipped, kept := 0, 0
	for _, c := range cables {
		d := &doc{units: textUnits(c, nil)}
		for ui := range d.units {
			u := &d.units[ui]
			d.toks = tokenize(u.text, d.toks[:0])
			for i := range d.toks {
				if d.toks[i].kind != tokWord || d.mayStartSpan(u, i, len(d.toks)) {
					kept++
					continue
				}
				skipped++
				for n := 2; n <= maxSpan && i+n <= len(d.toks); n++ {
					last := &d.toks[i+n-1]
					if last.text == "s" || last.text == "S" {
						continue
					}
					if s := u.text[d.toks[i].start:last.end]; spanTables(s) != 0 {
						t.Errorf("%s: spans from %q are skipped, but %q may name something", c.ID, d.toks[i].text, s)
					}
				}
			}
		}
	}
	t.Logf("%d words start no span, %d may", skipped, kept)
}

// lookupSpanEvery is lookupSpan as it was before spanTables chose the
// lookups to make: every lookup, in the same order.
func (d *doc) lookupSpanEvery(s string, n int, caps bool) (ann, bool) {
	if n == 1 && caps && (s == "US" || s == "PM" || s == "AM") {
		return ann{}, false
	}
	if n == 1 && suffixedTitle(s) {
		return ann{kind: annTitle}, true // no table lookup: "Advisor-equivalent"
	}
	if spanTables(s) == 0 {
		return ann{}, false
	}
	if j, ok := lookupJargon(s); ok {
		a := ann{kind: j.kind, staff: j.staff, code: j.country}
		if j.host && (j.kind == annCountry || j.kind == annOrg) {
			a.code = d.host
		}
		if j.kind == annOrg {
			a.name = s
		}
		if a.kind != annCountry || a.code != "" {
			return a, true
		}
	}
	if code, ok := countryByName(s); ok {
		return ann{kind: annCountry, code: code}, true
	}
	if code, ok := countryByDemonym(s); ok {
		return ann{kind: annDemonym, code: code}, true
	}
	if isTitleHead(s) || n == 1 && len(s) > 4 && s[len(s)-1] == 's' && isTitleHead(s[:len(s)-1]) {
		return ann{kind: annTitle}, true
	}
	if title, ok := lookupHonorific(s); ok {
		if title != "" {
			return ann{kind: annTitle, name: title}, true
		}
		return ann{kind: annHonorific}, true
	}
	if n == 1 && isTitleModifier(s) {
		a := ann{kind: annTitleMod}
		if o, ok := lookupOrg(s); ok {
			a.org, a.name, a.code, a.acronym, a.gov = true, o.Name, o.Country, o.Acronym, o.Gov
		}
		return a, true
	}
	if c, ok := lookupCity(s); ok {
		return ann{kind: annCity, code: c.Country, name: c.Name, cap: c.Capital, amb: c.Ambiguous}, true
	}
	if o, ok := lookupOrg(s); ok {
		return ann{kind: annOrg, code: o.Country, name: o.Name, acronym: o.Acronym, party: o.Party, gov: o.Gov}, true
	}
	if n == 1 && isStopWord(s) {
		return ann{kind: annStop}, true
	}
	return ann{}, false
}

// TestSpanTables: lookupSpan, which makes only the lookups spanTables
// allows, answers as it did when it made every one, for every span of one
// to four tokens of the bundled and some mirror cables, in capitals or
// not.
func TestSpanTables(t *testing.T) {
	cables := readCables(t, "testdata/cables/*")
	if files, _ := filepath.Glob("../../shared/cables-raw/avilaroman__Wikileaks-Mirror/cable/2008/0[1-3]/*.html"); len(files) > 0 && !testing.Short() {
		cables = append(cables, readCables(t, "../../shared/cables-raw/avilaroman__Wikileaks-Mirror/cable/2008/0[1-3]/*.html")...)
	}
	seen := map[string]bool{}
	found := 0
	for _, c := range cables {
		d := &doc{host: "FR", units: textUnits(c, nil)}
		for ui := range d.units {
			u := &d.units[ui]
			d.toks = tokenize(u.text, d.toks[:0])
			for i := range d.toks {
				for n := 1; n <= maxSpan && i+n <= len(d.toks); n++ {
					s := u.text[d.toks[i].start:d.toks[i+n-1].end]
					if seen[s] {
						continue
					}
					seen[s] = true
					for _, caps := range []bool{false, true} {
						got, gotOK := d.lookupSpan(s, n, caps)
						want, wantOK := d.lookupSpanEvery(s, n, caps)
						if got != want || gotOK != wantOK {
							t.Errorf("lookupSpan(%q, %d, %v) = %+v, %v; every lookup: %+v, %v", s, n, caps, got, gotOK, want, wantOK)
						}
						if gotOK {
							found++
						}
					}
				}
			}
		}
	}
	t.Logf("%d spans, %d found", len(seen), found)
}

// TestResultsOutliveTheDoc: a doc's buffers are reused by the next
// cable (the entities among them); a Result already returned must not
// change.
func TestResultsOutliveTheDoc(t *testing.T) {
	cables := readCables(t, "testdata/cables/*")
	var x Extractor
	results := make([]*Result, len(cables))
	before := make([]string, len(cables))
	for i, c := range cables {
		results[i] = x.Extract(c)
		b, err := json.Marshal(results[i])
		if err != nil {
			t.Fatal(err)
		}
		before[i] = string(b)
	}
	for i := range cables {
		if b, _ := json.Marshal(results[i]); string(b) != before[i] {
			t.Errorf("%s: the result changed after later cables were extracted", cables[i].ID)
		}
	}
}
