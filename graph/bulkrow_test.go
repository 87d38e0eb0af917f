package graph

import (
	"reflect"
	"testing"
)

// TestPackedRowFold: a row packed and unpacked is the row it was, to the
// nil-ness of a list and an empty name, and folding rows packed between
// folds, as BulkWriter holds them, gives the row that folding the Nodes
// gives.
func TestPackedRowFold(t *testing.T) {
	rows := []Node{
		{Person, "p", Props{"name": "Ahmed Ali"}},
		{Person, "p", Props{"name": "Ahmed Ali", "given": []string{"Ahmed"}}},
		{Person, "p", Props{"name": "Ahmed Ali", "aliases": []string{"A. Ali", "Ali"}}},
		{Person, "p", Props{"name": "Ahmed Ali", "aliases": []string{}}},
		{Person, "p", Props{"name": "Ahmed Ali", "aliases": []string(nil)}},
		{Person, "p", Props{"name": "Ahmed M. Ali", "given": []string{"Ahmed", "M."}, "aliases": []string{"Ali;x"}}},
		{Person, "p", Props{"name": "Ahmed Ali", "given": []string{""}}},
		{Person, "p", Props{"name": ""}},
		{Person, "p", Props{}},
		{Post, "p", Props{"name": "Cairo", "route": "RUEHEG"}},
		{Post, "p", Props{"name": "Cairo", "route": "RUEHAA"}},
		{Post, "p", Props{"name": "Cairo", "route": ""}},
		{Tag, "p", Props{"name": "PREL", "kind": "subject"}},
		{Tag, "p", Props{"kind": "subject"}},
		{Country, "p\x00;é", Props{"name": "Égypte"}},
	}
	for i, n := range rows {
		buf, err := packRow(nil, n)
		if err != nil {
			t.Fatalf("%d: packRow: %v", i, err)
		}
		if got := unpackRow(string(buf)); !reflect.DeepEqual(got, n) {
			t.Errorf("%d: packed and unpacked %#v, want %#v", i, got, n)
		}
	}
	for i, a := range rows {
		for j, b := range rows {
			for k, c := range rows {
				if a.Label != b.Label || b.Label != c.Label {
					continue
				}
				want := Node{a.Label, a.Key, copyProps(a.Props)}
				foldNode(&want, b)
				foldNode(&want, c)
				got := a
				for _, n := range []Node{b, c} {
					buf, err := packRow(nil, got)
					if err != nil {
						t.Fatal(err)
					}
					got = unpackRow(string(buf))
					foldNode(&got, n)
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%d, %d, %d: packed fold gives %#v, want %#v", i, j, k, got, want)
				}
			}
		}
	}
}

func copyProps(p Props) Props {
	c := Props{}
	for k, v := range p {
		c[k] = v
	}
	return c
}

// TestPackRowRefuses: a row packRow cannot hold is an error, not a row
// quietly changed.
func TestPackRowRefuses(t *testing.T) {
	for i, n := range []Node{
		{Person, "p", Props{"name": "A", "born": "1950"}},
		{Person, "p", Props{"name": int64(1)}},
		{Label("Spy"), "p", Props{"name": "A"}},
	} {
		if _, err := packRow(nil, n); err == nil {
			t.Errorf("%d: packRow(%v) = nil error", i, n)
		}
	}
}
