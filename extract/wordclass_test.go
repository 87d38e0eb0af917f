package extract

import (
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
// mayStartSpan turns spans of several words away, mayNameSpan, which
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
					if s := u.text[d.toks[i].start:last.end]; mayNameSpan(s) {
						t.Errorf("%s: spans from %q are skipped, but %q may name something", c.ID, d.toks[i].text, s)
					}
				}
			}
		}
	}
	t.Logf("%d words start no span, %d may", skipped, kept)
}
