package graph

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/cablegraph/cablegraph/schema"
)

// TestKeyedEdgesHaveConstraints: every relationship type the loader
// MERGEs by key has its uniqueness constraint in the schema, without
// which each MERGE reads every parallel edge of its pair, and no other
// type has one.
func TestKeyedEdgesHaveConstraints(t *testing.T) {
	ddl, err := schema.DDL()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for typ := range relProps {
		want := fmt.Sprintf("FOR ()-[r:%s]-() REQUIRE r.key IS UNIQUE", typ)
		has := slices.ContainsFunc(ddl, func(s string) bool { return strings.Contains(s, want) })
		if has != keyed(typ) {
			t.Errorf("%s: keyed %v, key constraint in the schema %v", typ, keyed(typ), has)
		}
		if has {
			n++
		}
	}
	if n != 4 {
		t.Errorf("%d keyed types with a constraint, want 4 (MET, HOLDS, KEPT_APART, VISITED)", n)
	}
}
