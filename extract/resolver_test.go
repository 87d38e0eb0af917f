package extract_test

import (
	"fmt"
	"testing"

	"github.com/cablegraph/cablegraph/extract"
)

// TestResolverSeed: people seeded from an earlier run keep their keys and
// take in the names of this run; a person seen in this run wins a tie
// against a seeded one; a name fitting two seeded people equally goes to
// the one under its own key.
func TestResolverSeed(t *testing.T) {
	type seed struct{ key, name, country string }
	seeds := []seed{
		{"person:bernard-kouchner", "Bernard Kouchner", "FR"},
		{"person:lavrov", "Lavrov", "RU"},
		{"person:smith", "Smith", ""},
		{"person:john-smith", "John Smith", ""},
		{"person:lavrov", "Sergei Lavrov", "RU"}, // known already: ignored
		{"person:nobody", "", ""},                // no surname: ignored
		{"person:fidel-castro", "Fidel Castro", "CU"},
	}
	tests := []struct {
		key, name, country string
		want               string
	}{
		0: {"person:kouchner", "Kouchner", "FR", "person:bernard-kouchner"},
		1: {"person:kouchner", "Kouchner", "", "person:bernard-kouchner"},
		2: {"person:sergei-lavrov", "Sergei Lavrov", "RU", "person:lavrov"}, // the stored key stays
		3: {"person:lavrov", "Lavrov", "US", "person:lavrov~us"},            // another country, and the key is taken
		4: {"person:smith", "Smith", "", "person:smith"},                    // a tie: its own key
		5: {"person:john-smith", "John Smith", "", "person:john-smith"},
		6: {"person:jane-smith", "Jane Smith", "GB", "person:smith"}, // only the surname-only one fits
		7: {"person:smith", "Smith", "", "person:smith"},             // its own key again
		8: {"person:raul-castro", "Raul Castro", "CU", "person:raul-castro"},
		9: {"person:castro", "Castro", "CU", "person:raul-castro"}, // seen in this run
	}
	var r extract.Resolver
	for _, s := range seeds {
		r.Seed(s.key, s.name, s.country)
	}
	if r.Len() != 5 {
		t.Errorf("%d people known after seeding, want 5", r.Len())
	}
	for i, tt := range tests {
		res := &extract.Result{
			Entities:  []extract.Entity{{Type: extract.Person, Key: tt.key, Name: tt.name, Country: tt.country}},
			Relations: []extract.Relation{{Type: extract.Met, FromKey: tt.key}},
		}
		r.Resolve(res)
		if got := res.Entities[0].Key; got != tt.want {
			t.Errorf("%d. %s (%s): key %s, want %s", i, tt.name, tt.country, got, tt.want)
		}
		if res.Relations[0].FromKey != res.Entities[0].Key {
			t.Errorf("%d. relation key %s not rewritten", i, res.Relations[0].FromKey)
		}
	}
}

// TestResolverSeedBound: seeding more people than MaxPeople forgets the
// first seeded, not all of them.
func TestResolverSeedBound(t *testing.T) {
	r := extract.Resolver{MaxPeople: 16}
	for i := range 100 {
		r.Seed(fmt.Sprintf("person:p%d-smith%d", i, i), fmt.Sprintf("P%d Smith%d", i, i), "")
	}
	if r.Len() > 16 || r.Len() < 8 {
		t.Fatalf("%d people known, want between 8 and 16", r.Len())
	}
	res := &extract.Result{Entities: []extract.Entity{{Type: extract.Person, Key: "person:smith99", Name: "Smith99"}}}
	r.Resolve(res)
	if got := res.Entities[0].Key; got != "person:p99-smith99" {
		t.Errorf("the person seeded last resolves to %s, want person:p99-smith99", got)
	}
}

// A load into a graph that holds people already seeds the resolver with
// them, so that a surname alone finds the full name stored last week.
func ExampleResolver_Seed() {
	var r extract.Resolver
	r.Seed("person:bernard-kouchner", "Bernard Kouchner", "FR")
	res := &extract.Result{Entities: []extract.Entity{
		{Type: extract.Person, Key: "person:kouchner", Name: "Kouchner", Country: "FR"},
	}}
	r.Resolve(res)
	fmt.Println(res.Entities[0].Key)
	// Output: person:bernard-kouchner
}
