package schema

import (
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
)

func TestDDL(t *testing.T) {
	stmts, err := DDL()
	if err != nil {
		t.Fatal(err)
	}
	constraints := 0
	for i, s := range stmts {
		if !strings.Contains(s, "IF NOT EXISTS") {
			t.Errorf("%d: not idempotent: %s", i, s)
		}
		if strings.Contains(s, ";") || strings.Contains(s, "//") {
			t.Errorf("%d: statement keeps a semicolon or comment: %s", i, s)
		}
		if strings.HasPrefix(s, "CREATE CONSTRAINT") {
			constraints++
		}
	}
	// One unique key per label of the model and per keyed relationship
	// type (graph's TestKeyedEdgesHaveConstraints checks which).
	if constraints != 13 {
		t.Errorf("%d constraints, want 13", constraints)
	}
}

var paramRef = regexp.MustCompile(`\$([A-Za-z_][A-Za-z0-9_]*)`)

// TestQueriesDeclareTheirParams: every $param a query uses is declared in
// its header and every declared one is used.
func TestQueriesDeclareTheirParams(t *testing.T) {
	qs, err := Queries()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"who-met-whom", "met", "path", "titles", "countries", "reporting-posts"}
	names := map[string]bool{}
	for _, q := range qs {
		names[q.Name] = true
		if q.Summary == "" {
			t.Errorf("%s: no summary", q.Name)
		}
		used := map[string]bool{}
		for _, m := range paramRef.FindAllStringSubmatch(q.Cypher, -1) {
			used[m[1]] = true
		}
		var declared, usedList []string
		for _, p := range q.Params {
			declared = append(declared, p.Name)
		}
		for p := range used {
			usedList = append(usedList, p)
		}
		sort.Strings(declared)
		sort.Strings(usedList)
		if !reflect.DeepEqual(declared, usedList) && !(len(declared) == 0 && len(usedList) == 0) {
			t.Errorf("%s: declares %v, uses %v", q.Name, declared, usedList)
		}
	}
	for _, n := range want {
		if !names[n] {
			t.Errorf("no query %q", n)
		}
	}
}

func TestParseQueries(t *testing.T) {
	text := `// header comment
// name: one
// summary: the first
// params: name, limit=5, sort=name
MATCH (n) WHERE n.name = $name
RETURN n.sort AS s ORDER BY $sort LIMIT $limit;

// name: two
// summary: the second
RETURN 1;
`
	qs, err := parseQueries(text)
	if err != nil {
		t.Fatal(err)
	}
	want := []Query{
		{Name: "one", Summary: "the first", Params: []Param{{"name", nil, true}, {"limit", int64(5), false}, {"sort", "name", false}},
			Cypher: "MATCH (n) WHERE n.name = $name\nRETURN n.sort AS s ORDER BY $sort LIMIT $limit"},
		{Name: "two", Summary: "the second", Cypher: "RETURN 1"},
	}
	if !reflect.DeepEqual(qs, want) {
		t.Errorf("parseQueries =\n%#v\nwant\n%#v", qs, want)
	}
}

func TestBind(t *testing.T) {
	q := Query{Name: "q", Params: []Param{{"name", nil, true}, {"limit", int64(5), false}}}
	tests := []struct {
		args    map[string]string
		want    map[string]any
		wantErr string
	}{
		0: {map[string]string{"name": "Lavrov"}, map[string]any{"name": "Lavrov", "limit": int64(5)}, ""},
		1: {map[string]string{"name": "7", "limit": "12"}, map[string]any{"name": "7", "limit": int64(12)}, ""},
		2: {map[string]string{}, nil, "needs name=VALUE"},
		3: {map[string]string{"name": "x", "limit": "many"}, nil, "not an integer"},
		4: {map[string]string{"name": "x", "nmae": "y"}, nil, `no parameter "nmae"`},
	}
	for i, tt := range tests {
		got, err := q.Bind(tt.args)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%d: error %v, want %q", i, err, tt.wantErr)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%d: Bind = %v, %v; want %v", i, got, err, tt.want)
		}
	}
}
