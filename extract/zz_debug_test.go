package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZLookup(t *testing.T) {
	w := os.Getenv("ZZWORDS")
	if w == "" {
		t.Skip()
	}
	d := docPool.Get().(*doc)
	for _, s := range strings.Split(w, ",") {
		a, ok := d.lookupSpan(s, len(strings.Fields(s)), false)
		t.Logf("%q: %v %+v given=%v stop=%v", s, ok, a, isGivenName(s), isStopWord(s))
	}
}

func TestZZUnits(t *testing.T) {
	f := os.Getenv("ZZCABLE")
	if f == "" {
		t.Skip()
	}
	c := readCable(t, f)
	d := docPool.Get().(*doc)
	d.x, d.c = &Extractor{}, c
	d.host = hostCountry(c.From.Name)
	d.run()
	for _, u := range d.units {
		if u.section != SectionBody || os.Getenv("ZZALL") != "" {
			t.Logf("%s p%d caps=%v %q", u.section, u.paragraph, u.caps, u.text[:min(len(u.text), 300)])
		}
	}
	t.Logf("body head: %q", c.Body.String[:min(800, len(c.Body.String))])
	for _, m := range d.ments {
		t.Logf("ment %q title=%q country=%q role=%q strong=%v person=%d", m.name, m.title, m.country, m.role, m.strong, m.person)
	}
}

func TestZZSents(t *testing.T) {
	f := os.Getenv("ZZCABLE")
	w := os.Getenv("ZZGREP")
	if f == "" {
		t.Skip()
	}
	c := readCable(t, f)
	d := docPool.Get().(*doc)
	d.x, d.c = &Extractor{}, c
	d.host = hostCountry(c.From.Name)
	d.run()
	for _, s := range d.sents {
		txt := d.units[s.unit].text[s.start:s.end]
		if strings.Contains(txt, w) {
			var parts []string
			for k := s.lo; k < s.hi; k++ {
				parts = append(parts, fmt.Sprintf("%s/%d", d.toks[k].text, d.ann[k].kind))
			}
			t.Logf("SENT %q\n%s", txt, strings.Join(parts, " "))
		}
	}
}
