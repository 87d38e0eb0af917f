package eval

import (
	"fmt"
	"io"
	"math"
	"strings"
)

// Tally gathers the scores of one system over a gold set.
type Tally struct {
	System string
	Cables []CableScore
	Total  CableScore // micro-averaged: the sum of the counts of Cables
}

// Add records the score of one cable.
func (t *Tally) Add(s CableScore) {
	t.Cables = append(t.Cables, s)
	t.Total.Add(s)
}

// row names a line of the table and how to read it from a score.
type row struct {
	name   string
	counts func(*CableScore) *Counts
}

var rows = []row{
	{"people", func(s *CableScore) *Counts { return &s.People }},
	{"titles", func(s *CableScore) *Counts { return &s.Titles }},
	{"countries", func(s *CableScore) *Counts { return &s.Countries }},
	{"MET", func(s *CableScore) *Counts { return &s.Met }},
}

// WriteTable prints precision, recall and F1 of each tally side by side,
// then the accuracies and the counts behind every figure:
//
//	                  ---- cablegraph -----  ----- prose v3 ------
//	                      P      R     F1       P      R     F1
//	people            0.931  0.918  0.924   0.298  0.689  0.416
func WriteTable(w io.Writer, tallies ...*Tally) error {
	const label, cell = 16, 7
	ew := &errWriter{w: w}
	header := func(width int) {
		ew.printf("%-*s", label, "")
		for _, t := range tallies {
			ew.printf("  %s", center(t.System, width))
		}
		ew.printf("\n")
	}
	cells := func(name string, values ...string) {
		ew.printf("%-*s", label, name)
		for i, v := range values {
			if i%(len(values)/len(tallies)) == 0 {
				ew.printf(" ")
			}
			ew.printf("%*s", cell, v)
		}
		ew.printf("\n")
	}

	header(3 * cell)
	var sub []string
	for range tallies {
		sub = append(sub, "P", "R", "F1")
	}
	cells("", sub...)
	for _, r := range rows {
		var v []string
		for _, t := range tallies {
			c := r.counts(&t.Total)
			v = append(v, num(c.Precision()), num(c.Recall()), num(c.F1()))
		}
		cells(r.name, v...)
	}
	for _, a := range []struct {
		name string
		acc  func(*CableScore) Accuracy
	}{
		{"MET date acc", func(s *CableScore) Accuracy { return s.MetDate }},
		{"person country", func(s *CableScore) Accuracy { return s.PersonCountry }},
		{"country, found", func(s *CableScore) Accuracy { return s.CountryFound }},
		{"host guess wrong", func(s *CableScore) Accuracy { return s.HostGuess }},
	} {
		var v []string
		for _, t := range tallies {
			acc := a.acc(&t.Total)
			v = append(v, fmt.Sprintf("%d/%d", acc.Right, acc.Total), num(acc.Value()), "")
		}
		cells(a.name, v...)
	}

	// MET on the cables of ordinary size, on the delegation cables (more
	// than LargeMet gold pairs, reported apart: one such list outweighs
	// dozens of cables), and the mean recall per cable.
	for _, part := range []struct {
		name  string
		large bool
	}{{"MET <=50 pairs", false}, {"MET >50 pairs", true}} {
		var v []string
		for _, t := range tallies {
			c, _ := t.MetBySize(part.large)
			v = append(v, num(c.Precision()), num(c.Recall()), num(c.F1()))
		}
		cells(part.name, v...)
	}
	{
		var v []string
		for _, t := range tallies {
			r, n := t.MacroMetRecall()
			v = append(v, "", num(r), fmt.Sprintf("%d cab", n))
		}
		cells("MET macro R", v...)
	}

	// The counts. With titles the gold side depends on the system (only
	// the titles of people it matched are scored), so each shows its own.
	ew.printf("\n")
	header(4 * cell)
	sub = sub[:0]
	for range tallies {
		sub = append(sub, "gold", "found", "pred", "right")
	}
	cells("counts", sub...)
	for _, r := range rows {
		var v []string
		for _, t := range tallies {
			c := r.counts(&t.Total)
			v = append(v, fmt.Sprint(c.Gold), fmt.Sprint(c.Found), fmt.Sprint(c.Pred), fmt.Sprint(c.Correct))
		}
		cells(r.name, v...)
	}
	var v []string
	for _, t := range tallies {
		v = append(v, fmt.Sprint(len(t.Cables)), "", "", "")
	}
	cells("cables", v...)
	for _, large := range []bool{false, true} {
		v = v[:0]
		name := "MET <=50 pairs"
		if large {
			name = "MET >50 pairs"
		}
		for _, t := range tallies {
			c, _ := t.MetBySize(large)
			v = append(v, fmt.Sprint(c.Gold), fmt.Sprint(c.Found), fmt.Sprint(c.Pred), fmt.Sprint(c.Correct))
		}
		cells(name, v...)
	}
	return ew.err
}

// LargeMet is the number of gold MET pairs above which a cable is a
// delegation cable, reported apart.
const LargeMet = 50

// MetBySize sums the MET counts of the cables with at most LargeMet gold
// pairs (large false) or more (large true), and says how many cables.
func (t *Tally) MetBySize(large bool) (c Counts, cables int) {
	for _, s := range t.Cables {
		if (s.Met.Gold > LargeMet) == large {
			c.Add(s.Met)
			cables++
		}
	}
	return c, cables
}

// MacroMetRecall is the mean over cables with gold pairs of each cable's
// MET recall, and the number of such cables.
func (t *Tally) MacroMetRecall() (float64, int) {
	sum, n := 0.0, 0
	for _, s := range t.Cables {
		if s.Met.Gold > 0 {
			sum += s.Met.Recall()
			n++
		}
	}
	if n == 0 {
		return math.NaN(), 0
	}
	return sum / float64(n), n
}

// center centres s in a rule of dashes width wide.
func center(s string, width int) string {
	s = " " + s + " "
	pad := max(width-len(s), 0)
	return strings.Repeat("-", pad/2) + s + strings.Repeat("-", pad-pad/2)
}

// num prints a ratio with three decimals, and "-" for 0/0.
func num(x float64) string {
	if math.IsNaN(x) {
		return "-"
	}
	return fmt.Sprintf("%.3f", x)
}

// WriteDetail prints, for every cable, the figures and the errors of each
// tally, grouped by field so that classes of error stand out.
func WriteDetail(w io.Writer, tallies ...*Tally) error {
	byCable := make([]map[string]*CableScore, len(tallies))
	var order []string
	seen := map[string]bool{}
	for i, t := range tallies {
		byCable[i] = map[string]*CableScore{}
		for k := range t.Cables {
			s := &t.Cables[k]
			byCable[i][s.Cable] = s
			if !seen[s.Cable] {
				seen[s.Cable] = true
				order = append(order, s.Cable)
			}
		}
	}
	bw := &errWriter{w: w}
	for _, id := range order {
		bw.printf("== %s\n", id)
		for i, t := range tallies {
			s := byCable[i][id]
			if s == nil {
				continue
			}
			bw.printf("-- %s: people %s, titles %s, countries %s, MET %s, dates %d/%d\n",
				t.System, frac(s.People), frac(s.Titles), frac(s.Countries), frac(s.Met), s.MetDate.Right, s.MetDate.Total)
			for _, field := range []string{"person", "title", "person country", "country", "met", "met date"} {
				for _, kind := range []string{FalseNegative, FalsePositive, Wrong, Near} {
					var texts []string
					for _, it := range s.Items {
						if it.Field == field && it.Kind == kind {
							// Prose entities can span lines.
							texts = append(texts, strings.Join(strings.Fields(it.Text), " "))
						}
					}
					if len(texts) > 0 {
						bw.printf("   %s %s: %s\n", field, kind, strings.Join(texts, "; "))
					}
				}
			}
		}
	}
	return bw.err
}

// frac shows counts as found/gold recall and correct/pred precision.
func frac(c Counts) string {
	return fmt.Sprintf("R %d/%d P %d/%d", c.Found, c.Gold, c.Correct, c.Pred)
}

// errWriter keeps the first write error, so that printing code stays flat.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
