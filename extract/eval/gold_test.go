package eval

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseGold(t *testing.T) {
	tests := []struct {
		name string
		json string
		ok   bool     // a Gold comes back
		errs []string // substrings of the error, in order; none: no error
	}{
		{
			name: "valid, with nulls and notes",
			json: `{"cable": "07PARIS3972",
 "people": [{"name": "Bernard Kouchner", "aliases": ["Kouchner"], "titles": ["Foreign Minister"], "country": "FR"},
            {"name": "Lavrov", "aliases": [], "titles": [], "country": null}],
 "countries": ["FR", "RU"],
 "met": [{"a": "Kouchner", "b": "Lavrov", "date": null, "place": null}],
 "notes": "date not stated"}`,
			ok: true,
		},
		{
			name: "syntax error names its line",
			json: "{\"cable\": \"07PARIS3972\",\n\"people\": [\n{\"name\": \"Kouchner\",,}]}",
			errs: []string{"07PARIS3972.json:3:"},
		},
		{
			name: "a misspelt key is an error",
			json: `{"cable": "07PARIS3972", "people": [{"name": "Kouchner", "title": ["FM"]}]}`,
			errs: []string{`unknown field "title"`},
		},
		{
			name: "wrong type names its line",
			json: "{\"cable\": \"07PARIS3972\",\n\"countries\": \"FR\"}",
			errs: []string{"07PARIS3972.json:2:"},
		},
		{
			name: "annotation slips are reported and the rest is kept",
			json: `{"cable": "07PARIS3973",
 "people": [{"name": "Kouchner", "country": "France"}, {"name": ""}, {"name": "Anita Orban", "aliases": ["Orban"]}, {"name": "Viktor Orban", "aliases": ["Orban"]}],
 "countries": ["fr"],
 "met": [{"a": "Kouchner", "b": "Lavrov", "date": "18 September"}, {"a": "Kouchner", "b": "kouchner"}, {"a": "Orban", "b": "Kouchner"}]}`,
			ok: true,
			errs: []string{
				`cable "07PARIS3973" does not match the file name 07PARIS3972`,
				`people[0] Kouchner: country "France" is not`,
				"people[1] has no name",
				`countries[0] "fr" is not`,
				`met[0] names "Lavrov", who is not`,
				`met[0] date "18 September" is not YYYY-MM-DD`,
				"met[1] pairs Kouchner with themself",
				`met[2] names "Orban", who is not (or not just one person) in people`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := parseGold("gold/07PARIS3972.json", []byte(tt.json))
			if (g != nil) != tt.ok {
				t.Errorf("gold = %v, want a gold: %v", g, tt.ok)
			}
			if len(tt.errs) == 0 {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want %q", tt.errs)
			}
			var ge *GoldError
			if !errors.As(err, &ge) || ge.File != "gold/07PARIS3972.json" {
				t.Errorf("error %v is not a GoldError naming the file", err)
			}
			rest := err.Error()
			for _, want := range tt.errs {
				i := strings.Index(rest, want)
				if i < 0 {
					t.Fatalf("error %q lacks (in order) %q", err, want)
				}
				rest = rest[i+len(want):]
			}
		})
	}
}

func TestReadGoldDir(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"07PARIS3972.json": `{"cable": "07PARIS3972", "people": [{"name": "Kouchner"}]}`,
		"08ROME1191.json":  `{"cable": "08ROME1191", "people": [`,
		"notes.txt":        "not gold",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	gold, err := ReadGoldDir(dir)
	if err == nil || !strings.Contains(err.Error(), "08ROME1191.json") {
		t.Errorf("error %v does not name the broken file", err)
	}
	if len(gold) != 1 || gold["07PARIS3972"] == nil || gold["07PARIS3972"].People[0].Name != "Kouchner" {
		t.Errorf("gold = %v, want 07PARIS3972 alone", gold)
	}
}
