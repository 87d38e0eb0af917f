package extract_test

import (
	"fmt"
	"os"

	"github.com/cablegraph/cablegraph/cable"
	"github.com/cablegraph/cablegraph/extract"
)

func ExampleExtractor_Extract() {
	f, err := os.Open("testdata/cables/07PARIS3972.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	r := cable.NewReader(f, f.Name())
	for r.Next() {
		var x extract.Extractor
		res := x.Extract(r.Cable())
		for _, e := range res.Entities {
			if e.Type == extract.Person && len(e.Titles) > 0 {
				fmt.Printf("%s: %s (%s)\n", e.Name, e.Titles[0], e.Country)
			}
		}
		for _, rel := range res.Relations {
			if rel.Type == extract.Met {
				fmt.Printf("MET %s - %s on %s, paragraph %d\n", rel.From, rel.To, rel.Date, rel.Paragraph)
			}
		}
	}
	// Output:
	// Josiah Rosenblatt: Political Minister-Counselor (US)
	// Bernard Kouchner: Foreign Minister (FR)
	// Sergey Lavrov: Foreign Minister (RU)
	// Isabelle Dumont: MFA Cabinet Counselor for Russia, Balkans, CIS (FR)
	// Anna Polikovskaya: journalist (FR)
	// MET Bernard Kouchner - Sergey Lavrov on 2007-09-18, paragraph 1
	// MET Josiah Rosenblatt - Isabelle Dumont on 2007-09-20, paragraph 2
}
