package cable

// Text is repaired text that remembers, for every byte, where it came from
// in the original input. Repairs (a comma turned back into an apostrophe, a
// hard wrap joined, a page-break line dropped) change lengths, so offsets in
// String are not offsets in the input; Orig maps them back.
type Text struct {
	String string

	// runs maps stretches of String to stretches of the input, sorted by
	// clean offset. A run whose text was copied maps byte for byte; a run
	// whose text was replaced maps every byte to the start of what it
	// replaced.
	runs []run
}

type run struct {
	clean  int  // offset of the run in String
	orig   int  // offset of the run in the input
	line   int  // 1-based input line at orig
	copied bool // bytes map one to one (else all map to orig)
}

// Orig returns the input position of byte i of t.String.
// TODO(parser): implemented by the parser; see text builder.
func (t Text) Orig(i int) Pos {
	return Pos{}
}

// MarshalText makes a Text print as its repaired string in JSON.
func (t Text) MarshalText() ([]byte, error) { return []byte(t.String), nil }
