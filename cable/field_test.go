package cable

import (
	"strings"
	"testing"
)

// TestFieldOrig: a header field that runs over a line break of the input
// maps each of its bytes back to the input, so a name after the break is
// cited where it is, not where counting from the field's start would put
// it. A page file writes the break as "&#x000A;" (eight bytes for the one
// space of the repaired text).
func TestFieldOrig(t *testing.T) {
	page := "<html><body><code><pre>C O N F I D E N T I A L CAIRO 002100 &#x000A;&#x000A;SIPDIS &#x000A;&#x000A;E.O. 12958: DECL: 10/06/2018 &#x000A;" +
		"TAGS: PREL, EG &#x000A;SUBJECT: DEMARCHE DELIVERED TO HUSSEIN &#x000A;TANTAWI ON RETRANSFER &#x000A;&#x000A;" +
		"Classified By: Ambassador Margaret Scobey for reasons 1.4 (b) and (d). &#x000A;&#x000A;" +
		"1. (C) Summary: the Embassy delivered the demarche. &#x000A;SCOBEY</pre></code></body></html>\n"
	r := NewReader(strings.NewReader(page), "08CAIRO2100.html")
	if !r.Next() {
		t.Fatalf("no cable: %v", r.Err())
	}
	c := r.Cable()
	subj := c.Subject
	i := strings.Index(subj.Text, "TANTAWI")
	if i < 0 {
		t.Fatalf("subject %q: no TANTAWI", subj.Text)
	}
	want := strings.Index(page, "TANTAWI")
	if got := subj.Orig(i).Offset; got != want {
		t.Errorf("Subject.Orig(%d) = %d, want %d (Pos.Offset+i = %d)", i, got, want, subj.Pos.Offset+i)
	}
	if got := subj.Orig(0).Offset; got != subj.Pos.Offset {
		t.Errorf("Subject.Orig(0) = %d, want Pos.Offset %d", got, subj.Pos.Offset)
	}
	// A field made by hand counts on from Pos.
	f := Field{Text: "KOUCHNER", Pos: Pos{Line: 3, Offset: 100}}
	if got := f.Orig(4); got != (Pos{Line: 3, Offset: 104}) {
		t.Errorf("hand-made Field.Orig(4) = %+v, want line 3 offset 104", got)
	}
}
