package extract

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"strconv"
	"testing"
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
	} {
		for _, ws := range []wordSet{notInPerson, meetNouns, meetVerbs, visitWords, delegationWords, encounterWords, set("the", "said", "Met")} {
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
