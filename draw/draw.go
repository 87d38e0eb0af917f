// Package draw renders a who-met-whom network as one standalone HTML page:
// people coloured by country, meetings as edges labelled with their date
// and linked to the cable and paragraph that report them, and a time
// slider that keeps only the meetings of a period.
//
// Layout and rendering are Cytoscape.js's, with its fcose layout (all
// vendored under assets/ with their licences, inlined into every page), so
// the page needs no network and no server: open the file.
//
//	err := draw.Write(f, &draw.Network{Title: "Kouchner", People: ..., Meetings: ...}, draw.Options{})
//
// The package knows nothing of Neo4j or of cables; package explore builds
// the Network.
package draw

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"html"
	"io"
	"strings"
	"text/template"
)

var (
	//go:embed assets/page.html
	pageHTML string
	//go:embed assets/page.js
	pageJS string
	//go:embed assets/cytoscape.min.js
	cytoscapeJS string
	// fcose, the force-directed layout Cytoscape's authors recommend for
	// general graphs, with the two libraries it is built on.
	//go:embed assets/layout-base.js
	layoutBaseJS string
	//go:embed assets/cose-base.js
	coseBaseJS string
	//go:embed assets/cytoscape-fcose.js
	fcoseJS string
)

// DefaultCableURL is where an edge links when Options.CableURL is empty:
// the cable's page on WikiLeaks' PlusD mirror. The paragraph is shown
// beside the link, since those pages have no paragraph anchors.
const DefaultCableURL = "https://wikileaks.org/plusd/cables/{cable}_a.html"

// Options tune a picture. The zero value is the default.
type Options struct {
	// CableURL is the address an edge links to, with {cable} and
	// {paragraph} replaced; DefaultCableURL when empty. A local mirror
	// (file:///mirror/{cable}.html) keeps the whole page offline.
	CableURL string
}

// The page is assembled with text/template, not html/template: the data
// goes into a JSON script element, already safe there because
// encoding/json escapes <, > and &, and the scripts go in verbatim.
var page = template.Must(template.New("page").Parse(pageHTML))

// Write writes the page for n to w.
func Write(w io.Writer, n *Network, opt Options) error {
	url := opt.CableURL
	if url == "" {
		url = DefaultCableURL
	}
	// Empty lists, not null, so that the page's script need not check.
	cp := *n
	if cp.People == nil {
		cp.People = []Person{}
	}
	if cp.Meetings == nil {
		cp.Meetings = []Meeting{}
	}
	data := struct {
		*Network
		CableURL string `json:"cable_url"`
	}{&cp, url}
	js, err := json.Marshal(data)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	err = page.Execute(&b, map[string]string{
		"Title":      html.EscapeString(n.Title),
		"Data":       string(js),
		"Cytoscape":  scriptSafe(cytoscapeJS),
		"LayoutBase": scriptSafe(layoutBaseJS),
		"CoseBase":   scriptSafe(coseBaseJS),
		"Fcose":      scriptSafe(fcoseJS),
		"Script":     scriptSafe(pageJS),
	})
	if err != nil {
		return err
	}
	_, err = w.Write(b.Bytes())
	return err
}

// scriptSafe keeps a script from ending its element early: "</script" in
// a string literal would close it, "<\/script" means the same to
// JavaScript.
func scriptSafe(js string) string {
	return strings.ReplaceAll(js, "</script", `<\/script`)
}
