package eval

import (
	"bytes"
	"os"
	"testing"

	"github.com/cablegraph/cablegraph/cable"
	"github.com/cablegraph/cablegraph/extract"
)

// TestPersonAtAcrossLineBreaks: a gold mention is a byte offset in the
// page file; a name the repair joined across an encoded line break
// ("Hussein &#x000A;Tantawi") is longer there than as written, and its
// surname must still fall inside the mention, in the body as in the
// subject line. The page is
// extract/testdata/cables/08CAIRO2100.html with the break put in.
func TestPersonAtAcrossLineBreaks(t *testing.T) {
	page, err := os.ReadFile("../testdata/cables/08CAIRO2100.html")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		old, new string
		word     string // the word whose offset is looked up
		want     string // key of the person there
	}{
		0: {"Field Marshal Tantawi on", "Field Marshal Hussein &#x000A;Tantawi on", "Tantawi on", "person:hussein-tantawi"},
		1: {"Field Marshal Tantawi on", "Field Marshal Hussein Tantawi on", "Tantawi on", "person:hussein-tantawi"},
		2: {"Field Marshal Tantawi on", "Field Marshal Hussein &#x000A;Tantawi on", "Hussein", "person:hussein-tantawi"},
		3: {"Field Marshal Tantawi on", "Field Marshal Hussein &#x000A;Tantawi on", "Field", ""},
		// The subject line is a header field with a map of its own: a
		// name across its break is found through it.
		4: {"SUBJECT: DEMARCHE DELIVERED ON", "SUBJECT: DEMARCHE DELIVERED TO HUSSEIN &#x000A;TANTAWI ON", "TANTAWI ON", "person:hussein-tantawi"},
		5: {"SUBJECT: DEMARCHE DELIVERED ON", "SUBJECT: DEMARCHE DELIVERED TO HUSSEIN &#x000A;TANTAWI ON", "HUSSEIN", "person:hussein-tantawi"},
	}
	for i, tt := range tests {
		in := bytes.Replace(page, []byte(tt.old), []byte(tt.new), 1)
		off := bytes.Index(in, []byte(tt.new)) + bytes.Index([]byte(tt.new), []byte(tt.word))
		r := cable.NewReader(bytes.NewReader(in), "08CAIRO2100.html")
		if !r.Next() {
			t.Fatalf("%d: no cable: %v", i, r.Err())
		}
		c := r.Cable()
		res := (&extract.Extractor{}).Extract(c)
		if got := PersonAt(res, c, off); got != tt.want {
			t.Errorf("%d: person at %q: %q, want %q", i, tt.word, got, tt.want)
		}
	}
}
