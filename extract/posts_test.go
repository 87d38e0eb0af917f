package extract

import "testing"

// TestPostKey: a post is keyed by its routing indicator, from the header
// or, for a name alone, from the ACP 117 table; offices of one city with
// none stay apart.
func TestPostKey(t *testing.T) {
	tests := []struct{ name, route, want string }{
		0: {"AMEMBASSY PARIS", "RUEHFR", "post:ruehfr"},
		1: {"AMEMBASSY PARIS", "", "post:ruehfr"}, // the table's indicator
		2: {"SECSTATE WASHDC", "RUEHC", "post:ruehc"},
		3: {"NSC WASHINGTON DC", "", "post:nsc-washington-dc"},
		4: {"CIA WASHINGTON DC", "", "post:cia-washington-dc"},
		5: {"USMISSION USUN NEW YORK", "", "post:rucndt"},
		6: {"AMEMBASSY MOSCOW", " ruehmo ", "post:ruehmo"},
	}
	for i, tt := range tests {
		if got := PostKey(tt.name, tt.route); got != tt.want {
			t.Errorf("%d. PostKey(%q, %q) = %q, want %q", i, tt.name, tt.route, got, tt.want)
		}
	}
	// The text's "Embassy Paris" and "USUN" are the table's posts.
	for i, nk := range []string{"post:embassy-paris", "post:usun"} {
		d := &doc{}
		if got, want := d.textPostKey(nk), []string{"post:ruehfr", "post:rucndt"}[i]; got != want {
			t.Errorf("textPostKey(%q) = %q, want %q", nk, got, want)
		}
	}
}
