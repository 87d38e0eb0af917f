package cable_test

import (
	"fmt"
	"strings"

	"github.com/cablegraph/cablegraph/cable"
)

// A shortened 07PARIS3972, with the damage real cables carry: a hard wrap
// inside "reasons", a comma for an apostrophe.
const paris = `VZCZCXRO4577
OO RUEHDBU RUEHFL
DE RUEHFR #3972 2641612
ZNY CCCCC ZZH
O 211612Z SEP 07
FM AMEMBASSY PARIS
TO RUEHC/SECSTATE WASHDC IMMEDIATE 0346
INFO RUEHMO/AMEMBASSY MOSCOW PRIORITY 5973

CONFIDENTIAL PARIS 003972

SIPDIS

E.O. 12958: DECL: 07/26/2017
TAGS: PREL PGOV UNO FR RS
SUBJECT: FRENCH READOUT ON KOUCHNER VISIT TO MOSCOW

REF: A. PARIS 3889 B. 07 STATE 123456

Classified By: Political Minister-Counselor Josiah Rosenblatt for reaso
ns 1.4 b and d.

1. (C) Dumont said Lavrov expressed interest in maintaining close
communication, commenting that his government looked to France,s EU
presidency as an opportunity.

PEKALA
`

func ExampleReader() {
	r := cable.NewReader(strings.NewReader(paris), "07PARIS3972.txt")
	for r.Next() {
		c := r.Cable()
		fmt.Println(c.ID, c.Date.Format("2006-01-02 15:04"), c.Classification.Level)
		fmt.Println("from:", c.From.Name, "to:", c.To[0].Name)
		fmt.Println("subject:", c.Subject.Text)
		for _, ref := range c.Refs {
			fmt.Println("ref:", ref.Label, ref.Text, "→", ref.ID)
		}
		fmt.Printf("classified by: %s (%s), reasons %s\n", c.ClassifiedBy.Name, c.ClassifiedBy.Title, c.ClassifiedBy.Reasons)
		for _, p := range c.Paragraphs {
			fmt.Printf("¶%d (%s) line %d: %s\n", p.Number, p.Marking, p.Pos.Line, p.Text)
		}
		fmt.Println("signature:", c.Signature.Text)
	}
	if err := r.Err(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// 07PARIS3972 2007-09-21 16:12 CONFIDENTIAL
	// from: AMEMBASSY PARIS to: SECSTATE WASHDC
	// subject: FRENCH READOUT ON KOUCHNER VISIT TO MOSCOW
	// ref: A PARIS 3889 → 07PARIS3889
	// ref: B 07 STATE 123456 → 07STATE123456
	// classified by: Josiah Rosenblatt (Political Minister-Counselor), reasons 1.4 b and d
	// ¶1 (C) line 23: Dumont said Lavrov expressed interest in maintaining close communication, commenting that his government looked to France's EU presidency as an opportunity.
	// signature: PEKALA
}

func ExampleText_Orig() {
	r := cable.NewReader(strings.NewReader(paris), "07PARIS3972.txt")
	r.Next()
	c := r.Cable()
	// "France's" was written "France,s" on line 24 of the input.
	i := strings.Index(c.Body.String, "France's")
	pos := c.Body.Orig(i)
	fmt.Println(pos.Line, paris[pos.Offset:pos.Offset+8])
	// Output:
	// 24 France,s
}

func ExampleStationName() {
	name, ok := cable.StationName("RUEHFR")
	fmt.Println(name, ok)
	// Output:
	// AMEMBASSY PARIS true
}

func ExampleCountryName() {
	name, _ := cable.CountryName("RS")
	fmt.Println(name)
	// Output:
	// Russia
}
