package main

import (
	"testing"
	"unicode/utf8"

	"github.com/cablegraph/cablegraph/cable"
)

// TestScoreCopyBody: the clean body bytes counted byte-wise are those a
// rune-by-rune count gives: every rune but the replacement character (or a
// byte that is no UTF-8) and controls other than newline and tab.
func TestScoreCopyBody(t *testing.T) {
	runeWise := func(s string) int {
		n := 0
		for _, r := range s {
			if r != utf8.RuneError && (r >= ' ' || r == '\n' || r == '\t') {
				n += utf8.RuneLen(r)
			}
		}
		return n
	}
	for i, body := range []string{
		"",
		"plain text.\n\tTabbed.",
		"Bogotá’s mayor – “quoted” ¶ 5",
		"bad \xff\xfe bytes \xc3 and a cut \xe2\x80",
		"a real \uFFFD replacement, \x00 NUL, \r CR, \x7f DEL",
	} {
		c := &cable.Cable{}
		c.Body.String = body
		if got, want := scoreCopy(c).body, runeWise(body); got != want {
			t.Errorf("%d. %q: %d clean bytes, rune by rune %d", i, body, got, want)
		}
	}
}
