package eval

import (
	"fmt"

	"github.com/cablegraph/cablegraph/cable"
	"github.com/cablegraph/cablegraph/extract"
)

// System is one extractor under evaluation.
type System struct {
	Name    string
	Extract func(*cable.Cable) (*extract.Result, error)
}

// Cablegraph is our extractor with its default configuration.
func Cablegraph() System {
	x := &extract.Extractor{}
	return System{Name: "cablegraph", Extract: func(c *cable.Cable) (*extract.Result, error) {
		return x.Extract(c), nil
	}}
}

// Prose is the stock prose v3 baseline; see ProseBaseline.
func Prose() System {
	return System{Name: "prose v3", Extract: ProseBaseline{}.Extract}
}

// Run runs the system on one cable. A panic in the extractor becomes an
// error naming the cable: an evaluation scores a whole gold set, and one
// cable that trips a bug must cost that cable, not the run.
func (s System) Run(c *cable.Cable) (r *extract.Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			r, err = nil, fmt.Errorf("cable %s: panic: %v", c.ID, p)
		}
	}()
	r, err = s.Extract(c)
	if err != nil {
		return nil, fmt.Errorf("cable %s: %w", c.ID, err)
	}
	if r == nil {
		return nil, fmt.Errorf("cable %s: no result", c.ID)
	}
	if r.Error != "" {
		// The extractor recovers from its own bugs and says so in the
		// result; a score must not pass that over as a cable with nobody
		// in it.
		return nil, fmt.Errorf("cable %s: %s", c.ID, r.Error)
	}
	return r, nil
}
