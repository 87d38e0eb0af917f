package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"strconv"
	"testing"
	"time"
)

// fmtHash is Record.Hash as first written, with fmt: the bytes a graph
// loaded before the hash was rewritten carries the hash of. The two must
// agree, or every cable of such a graph would load again.
func fmtHash(r *Record) string {
	h := sha256.New()
	fmt.Fprint(h, loadFormat)
	for _, n := range r.Nodes {
		fmt.Fprintf(h, "\nN %q %q %t", n.Label, n.Key, n.Full())
		fmtProps(h, n.Props)
	}
	for _, e := range r.Edges {
		fmt.Fprintf(h, "\nE %q %q %q %q %q", e.Type, e.From.Label, e.From.Key, e.To.Label, e.To.Key)
		fmtProps(h, e.Props)
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

func fmtProps(w hash.Hash, p Props) {
	names := make([]string, 0, len(p))
	for name := range p {
		names = append(names, name)
	}
	for i := range names { // insertion sort: a handful of names
		for j := i; j > 0 && names[j] < names[j-1]; j-- {
			names[j], names[j-1] = names[j-1], names[j]
		}
	}
	for _, name := range names {
		var v string
		switch x := p[name].(type) {
		case string:
			v = strconv.Quote(x)
		case Date:
			v = "d" + formatDate(x)
		default:
			v = fmt.Sprintf("%T%#v", x, x)
		}
		fmt.Fprintf(w, " %s=%s", name, v)
	}
}

func TestHashMatchesFmt(t *testing.T) {
	day := Date(time.Date(2009, 2, 5, 0, 0, 0, 0, time.UTC))
	recs := []*Record{
		{Cable: "empty"},
		{
			Cable: "09PARIS1",
			Nodes: []Node{
				{Label: Cable, Key: "09PARIS1", Props: Props{"date": day, "subject": "Kouchner \"on\" Iran\tand\x00é\xff", "paragraphs": int64(12)}},
				{Label: Person, Key: "person:bernard-kouchner", Props: Props{"name": "Bernard Kouchner", "aliases": []string{"KOUCHNER", "Kouchner"}, "given": []string(nil), "empty": []string{}}},
				{Label: Country, Key: "FR"},
				{Label: Place, Key: "place:\x7f~", Props: Props{"slash": "a\\b", "n": int64(-7), "none": []int64(nil), "zero": []int64{}, "one": []int64{0}, "other": 1.5, "line": "a\nb", "ok": "Paris ~ !"}},
			},
			Edges: []Edge{
				{Type: Mentions, From: NodeRef{Label: Cable, Key: "09PARIS1"}, To: NodeRef{Label: Person, Key: "person:bernard-kouchner"}, Props: Props{"paragraphs": []int64{1, 4}, "count": int64(2)}},
				{Type: Met, From: NodeRef{Label: Person, Key: "a"}, To: NodeRef{Label: Person, Key: "b"}, Props: Props{"key": "09PARIS1|1|a|b", "date": day}},
			},
		},
	}
	for _, r := range recs {
		if got, want := r.Hash(), fmtHash(r); got != want {
			t.Errorf("%s: Hash() = %s, fmt-built hash %s", r.Cable, got, want)
		}
	}
}

// TestSameProps: rows sameProps calls the same print the same, so that
// skipping fmt for them never changes which row foldNode keeps; rows that
// differ, or hold a type it does not compare, are not called the same.
func TestSameProps(t *testing.T) {
	day := Date(time.Date(2009, 2, 5, 0, 0, 0, 0, time.UTC))
	for i, c := range []struct {
		a, b Props
		same bool
	}{
		{Props{}, Props{}, true},
		{Props{"name": "Kouchner", "n": int64(2), "aliases": []string{"K"}}, Props{"aliases": []string{"K"}, "n": int64(2), "name": "Kouchner"}, true},
		{Props{"aliases": []string(nil)}, Props{"aliases": []string{}}, true},
		{Props{"name": "Kouchner"}, Props{"name": "Kouchner "}, false},
		{Props{"name": "Kouchner"}, Props{"title": "Kouchner"}, false},
		{Props{"n": int64(2)}, Props{"n": "2"}, false},
		{Props{"aliases": []string{"a", "b"}}, Props{"aliases": []string{"b", "a"}}, false},
		{Props{"date": day}, Props{"date": day}, false}, // not compared: left to fmt
	} {
		if got := sameProps(c.a, c.b); got != c.same {
			t.Errorf("%d: sameProps(%v, %v) = %v", i, c.a, c.b, got)
		}
		if c.same && fmt.Sprint(c.a) != fmt.Sprint(c.b) {
			t.Errorf("%d: called the same, printed %v and %v", i, c.a, c.b)
		}
	}
}
