package eval

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
)

// readmeFigures is the README line that records the dev-split figures:
//
//	<!-- dev figures (TestDevFigures): met_f1=0.61 met_p=0.80 ... -->
var readmeFigures = regexp.MustCompile(`<!-- dev figures \(TestDevFigures\):([^>]*)-->`)
var figure = regexp.MustCompile(`([a-z_0-9]+)=([0-9.]+)`)

// TestDevFigures guards the README: the extractor's figures on the dev
// split of the meetings gold may not fall more than 0.02 below those the
// README records. A change that loses accuracy must say so in the README.
func TestDevFigures(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	m := readmeFigures.FindSubmatch(readme)
	if m == nil {
		t.Fatal("README.md has no <!-- dev figures (TestDevFigures): ... --> line")
	}
	cases, err := LoadCases(filepath.Join("..", "..", "testdata", "gold-meetings", "dev"))
	if err != nil {
		t.Fatalf("dev split: %v", err)
	}
	if len(cases) < 40 {
		t.Fatalf("dev split has %d cables, want 42", len(cases))
	}
	tl := ScoreCases(Cablegraph(), cases)
	small, _ := tl.MetBySize(false)
	macro, _ := tl.MacroMetRecall()
	got := map[string]float64{
		"met_p": small.Precision(), "met_r": small.Recall(), "met_f1": small.F1(), "met_macro_r": macro,
		"met_date": tl.Total.MetDate.Value(), "people_f1": tl.Total.People.F1(), "titles_f1": tl.Total.Titles.F1(),
		"countries_f1": tl.Total.Countries.F1(), "country_found": tl.Total.CountryFound.Value(),
	}
	n := 0
	for _, f := range figure.FindAllSubmatch(m[1], -1) {
		name := string(f[1])
		want, _ := strconv.ParseFloat(string(f[2]), 64)
		v, ok := got[name]
		if !ok {
			t.Errorf("README figure %s: unknown (known: met_p, met_r, met_f1, met_macro_r, met_date, people_f1, titles_f1, countries_f1, country_found)", name)
			continue
		}
		n++
		if v < want-0.02 {
			t.Errorf("dev %s = %.3f, below the README's %.3f by more than 0.02", name, v, want)
		} else {
			t.Logf("dev %s = %.3f (README %.3f)", name, v, want)
		}
	}
	if n == 0 {
		t.Error("README dev figures line names no figure")
	}
}

// TestDeriveMet: pairs across sides, once per pair, dated only to the day.
func TestDeriveMet(t *testing.T) {
	ms := []GoldMeeting{
		{Date: "2009-03-23", Precision: "day", Place: "Nairobi", Participants: []GoldParticipant{
			{Name: "A", Side: "A"}, {Name: "B", Side: "A"}, {Name: "C", Side: "B"}}},
		{Date: "2009-03-01", Precision: "month", Participants: []GoldParticipant{
			{Name: "D", Side: "A"}, {Name: "E", Side: "B"}}},
		{Date: "2009-03-20", DateEnd: "2009-03-22", Precision: "range", Participants: []GoldParticipant{
			{Name: "A", Side: "A"}, {Name: "C", Side: "B"}, {Name: "F", Side: "C"}}},
	}
	got := DeriveMet(ms)
	want := []GoldMet{
		{A: "A", B: "C", Date: "2009-03-23", Place: "Nairobi"},
		{A: "B", B: "C", Date: "2009-03-23", Place: "Nairobi"},
		{A: "D", B: "E"},
		{A: "A", B: "F"},
		{A: "C", B: "F"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d pairs %v, want %d %v", len(got), got, len(want), want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}
