package eval

import (
	"strings"
	"testing"

	"github.com/cablegraph/cablegraph/cable"
	"github.com/cablegraph/cablegraph/extract"
)

// TestRunReportsInternalErrors: a result in which the extractor reports
// its own recovered bug is an error of that cable, not an empty result.
func TestRunReportsInternalErrors(t *testing.T) {
	s := System{Name: "broken", Extract: func(c *cable.Cable) (*extract.Result, error) {
		return &extract.Result{Cable: c.ID, Error: "extract: internal error: index out of range"}, nil
	}}
	r, err := s.Run(&cable.Cable{ID: "07PARIS3972"})
	if err == nil || r != nil || !strings.Contains(err.Error(), "07PARIS3972") || !strings.Contains(err.Error(), "index out of range") {
		t.Fatalf("Run = %v, %v; want an error naming the cable and the bug", r, err)
	}
}
