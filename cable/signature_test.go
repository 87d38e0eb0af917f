package cable

import "testing"

// TestTrailingSignature: the signature glued to the body's last line,
// after a run of blanks (1970s cables) or after one space (the web copies
// that joined the lines), is read as the signature; words that only end a
// sentence are not.
func TestTrailingSignature(t *testing.T) {
	tests := []struct {
		line string
		want string // the signature, "" for none
	}{
		{"FOREIGN AFFAIRS.    PORTER", "PORTER"},
		{"on the margins of the upcoming G-20 summit. SPOGLI", "SPOGLI"},
		{"they were advised that consular services were available if needed. Scobey", "Scobey"},
		{"This message has been cleared by the delegation. ERELI", "ERELI"},
		// The first word of a sentence cut short: written in lower case
		// in the line ("the").
		{"the text ends in the middle of the next sentence. The", ""},
		// Too short to tell from an acronym or an answer.
		{"the Minister agreed. OK", ""},
		{"the matter goes to the Council. UN", ""},
		// Not after a full stop: the last words of a sentence.
		{"he said he would call Scobey", ""},
		// Not one name word.
		{"the talks went on. New Delhi", ""},
		{"END SUMMARY. END", ""},
	}
	for _, tt := range tests {
		got := ""
		if i := trailingSignature(tt.line); i >= 0 {
			got = tt.line[i:]
		}
		if got != tt.want {
			t.Errorf("trailingSignature(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}
