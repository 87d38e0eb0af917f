package draw

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
)

// TestWriteKeepsDataInItsElement: text from cables (evidence, names, the
// title) cannot end the data element or inject markup, and reads back as
// given.
func TestWriteKeepsDataInItsElement(t *testing.T) {
	n := &Network{
		Title:  `Who met <b>"Kouchner"</b> & co`,
		People: []Person{{Key: "person:a", Name: "A </script><script>alert(1)</script>"}, {Key: "person:b", Name: "B"}},
		Meetings: []Meeting{{From: "person:a", To: "person:b", Date: "2007-09-18", Cable: "07PARIS3972", Paragraph: 2,
			Evidence: "they met </script><!-- & more"}},
	}
	var b bytes.Buffer
	if err := Write(&b, n, Options{}); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	if strings.Contains(page, "<b>") || !strings.Contains(page, "<title>Who met &lt;b&gt;&#34;Kouchner&#34;&lt;/b&gt; &amp; co</title>") {
		t.Errorf("title not escaped:\n%s", page[:600])
	}
	m := regexp.MustCompile(`(?s)<script id="network" type="application/json">(.*?)</script>`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no data element")
	}
	var got struct {
		Network
		CableURL string `json:"cable_url"`
	}
	if err := json.Unmarshal([]byte(m[1]), &got); err != nil {
		t.Fatalf("data element cut short: %v", err)
	}
	if got.People[0].Name != n.People[0].Name || got.Meetings[0].Evidence != n.Meetings[0].Evidence {
		t.Errorf("read back %+v", got.Network)
	}
	if got.CableURL != DefaultCableURL {
		t.Errorf("cable_url %q, want the default", got.CableURL)
	}
	// Every script is inline: the page needs no network.
	if regexp.MustCompile(`<script[^>]*\ssrc=`).MatchString(page) {
		t.Error("a script is loaded from outside the page")
	}
	if c := strings.Count(page, "<script"); c != 7 {
		t.Errorf("%d script elements, want 7 (errors hook, data, cytoscape, layout-base, cose-base, fcose, page)", c)
	}
}

// TestWriteEmpty: a network with nobody still makes a page whose data
// holds empty lists, not null, so the script runs.
func TestWriteEmpty(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, &Network{Title: "nobody"}, Options{CableURL: "file:///m/{cable}.html"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `"people":[],"meetings":[]`) || !strings.Contains(b.String(), `"cable_url":"file:///m/{cable}.html"`) {
		t.Errorf("empty network data: %s", regexp.MustCompile(`(?s)<script id="network"[^>]*>.*?</script>`).FindString(b.String()))
	}
}
