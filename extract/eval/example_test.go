package eval_test

import (
	"fmt"
	"time"

	"github.com/cablegraph/cablegraph/extract"
	"github.com/cablegraph/cablegraph/extract/eval"
)

func ExampleScore() {
	gold := &eval.Gold{
		Cable: "07PARIS3972",
		People: []eval.GoldPerson{
			{Name: "Kouchner", Titles: []string{"Foreign Minister"}, Country: "FR"},
			{Name: "Lavrov", Titles: []string{"Foreign Minister"}, Country: "RU"},
		},
		Countries: []string{"FR", "RU"},
		Met:       []eval.GoldMet{{A: "Kouchner", B: "Lavrov", Date: "2007-09-18"}},
	}
	pred := &extract.Result{
		Cable: "07PARIS3972",
		Entities: []extract.Entity{
			{Type: extract.Person, Name: "Bernard Kouchner", Titles: []string{"French Foreign Minister"}, Country: "FR"},
			{Type: extract.Person, Name: "Lavrov", Country: "RU"},
			{Type: extract.Person, Name: "Please"},
			{Type: extract.Country, Name: "France", Code: "FR"},
		},
		Relations: []extract.Relation{{Type: extract.Met, From: "Lavrov", To: "Bernard Kouchner", Date: extract.Date{Year: 2007, Month: time.September, Day: 18}}},
	}
	s := eval.Score(gold, pred)
	fmt.Printf("people    P %.2f R %.2f\n", s.People.Precision(), s.People.Recall())
	fmt.Printf("titles    P %.2f R %.2f\n", s.Titles.Precision(), s.Titles.Recall())
	fmt.Printf("countries P %.2f R %.2f\n", s.Countries.Precision(), s.Countries.Recall())
	fmt.Printf("MET       F1 %.2f, dates %d/%d\n", s.Met.F1(), s.MetDate.Right, s.MetDate.Total)
	for _, it := range s.Items {
		fmt.Println(it.Field, it.Kind, it.Text)
	}
	// Output:
	// people    P 0.67 R 1.00
	// titles    P 1.00 R 0.50
	// countries P 1.00 R 0.50
	// MET       F1 1.00, dates 1/1
	// person near Bernard Kouchner ~ Kouchner
	// person FP Please
	// title FN Lavrov: Foreign Minister
	// country FN RU
}
