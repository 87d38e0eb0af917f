package cable

import (
	"bytes"
	"html"
	"path/filepath"
	"strings"
	"time"
)

// Containers: what surrounds the telegram in each input format, and the
// metadata it carries.

// parseTextCable parses a plain telegram (routing header and body).
func (p *telegram) parseTextCable(c *Cable, raw []byte, base, line int) {
	b := p.decoder(0)
	decodeText(b, raw, base, line)
	body := b.view()
	p.parse(c, nil, &body)
}

// parseHTMLCable parses a WikiLeaks cable-viewer page, trimmed or full:
// the <h3> title, the metadata table, then a <pre> block for the header
// and one for the body (pages without a header have only the body).
func (p *telegram) parseHTMLCable(c *Cable, raw []byte, base, line int) {
	lineAt := func(off int) int { return line + bytes.Count(raw[:off], newline) }
	if i := bytes.Index(raw, []byte("<h3>Viewing cable ")); i >= 0 {
		rest := raw[i+len("<h3>Viewing cable "):]
		if e := bytes.Index(rest, []byte("</h3>")); e >= 0 {
			id, subj, _ := strings.Cut(string(rest[:e]), ",")
			c.Meta.ID = strings.TrimSpace(id)
			c.Meta.Subject = cleanMetaSubject(html.UnescapeString(subj))
		}
	}
	searchFrom := 0
	if i := bytes.Index(raw, []byte("<table class='cable'>")); i >= 0 {
		e := bytes.Index(raw[i:], []byte("</table>"))
		if e < 0 {
			e = len(raw) - i
		}
		tbl := raw[i : i+e]
		searchFrom = i + e
		var vals []string
		for k := 0; ; {
			a := bytes.Index(tbl[k:], []byte("<a "))
			if a < 0 {
				break
			}
			a += k
			gt := bytes.IndexByte(tbl[a:], '>')
			end := bytes.Index(tbl[a:], []byte("</a>"))
			if gt < 0 || end < 0 || end < gt {
				break
			}
			vals = append(vals, strings.TrimSpace(html.UnescapeString(string(tbl[a+gt+1:a+end]))))
			k = a + end + 4
		}
		if len(vals) >= 5 {
			if c.Meta.ID == "" {
				c.Meta.ID = vals[0]
			}
			c.Meta.Created = parseTimeLayouts(vals[1], "2006-01-02 15:04")
			c.Meta.Released = parseTimeLayouts(vals[2], "2006-01-02 15:04")
			c.Meta.Classification = vals[3] // the link text; its title attribute is wrong
			c.Meta.Origin = vals[4]
		}
	}
	var pres [][2]int
	for k := searchFrom; len(pres) < 2; {
		a := bytes.Index(raw[k:], []byte("<pre>"))
		if a < 0 {
			break
		}
		a += k + len("<pre>")
		e := bytes.Index(raw[a:], []byte("</pre>"))
		if e < 0 {
			c.Errors = append(c.Errors, ErrTruncated)
			e = len(raw) - a
		}
		pres = append(pres, [2]int{a, a + e})
		k = a + e
	}
	switch len(pres) {
	case 0:
		c.Errors = append(c.Errors, ErrNoBody)
		return
	case 1:
		if pre := raw[pres[0][0]:pres[0][1]]; searchFrom > 0 && (bytes.HasPrefix(pre, []byte("VZCZC")) || bytes.Contains(pre, []byte("FM ")) || bytes.HasPrefix(pre, []byte("This record is a partial extract"))) {
			// A page with its header block but no body block: cut short.
			c.Errors = append(c.Errors, ErrTruncated)
			hb := p.decoder(0)
			decodeHTML(hb, pre, base+pres[0][0], lineAt(pres[0][0]))
			hdr, body := hb.view(), Text{}
			p.parse(c, &hdr, &body)
			return
		}
		b := p.decoder(0)
		decodeHTML(b, raw[pres[0][0]:pres[0][1]], base+pres[0][0], lineAt(pres[0][0]))
		body := b.view()
		p.parse(c, nil, &body)
	default:
		hb, bb := p.decoder(0), p.decoder(1)
		decodeHTML(hb, raw[pres[0][0]:pres[0][1]], base+pres[0][0], lineAt(pres[0][0]))
		decodeHTML(bb, raw[pres[1][0]:pres[1][1]], base+pres[1][0], lineAt(pres[1][0]))
		hdr, body := hb.view(), bb.view()
		p.parse(c, &hdr, &body)
	}
}

// cleanMetaSubject removes what some page titles carry before the
// subject: the rest of a broken tag ("strong> GENERAL JONES' ...") and the
// SUBJECT keyword itself ("SUBJECT: AFGHANISTAN: ...").
func cleanMetaSubject(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '>'); i > 0 && i < 12 && isAllLower(s[:i]) {
		s = strings.TrimSpace(s[i+1:])
	}
	if m := strings.TrimPrefix(s, "("); len(m) > 3 && strings.Index(m, ") ") >= 1 && strings.Index(m, ") ") <= 4 {
		// "C) SUBJECT: BRIEFING ...": a marking (its parenthesis lost)
		// before the keyword.
		if rest := strings.TrimSpace(m[strings.Index(m, ") ")+2:]); hasPrefixUpper(rest, "SUBJ") {
			s = rest
		}
	}
	for _, kw := range []string{"SUBJECT:", "SUBJ:"} {
		if hasPrefixUpper(s, kw) {
			s = strings.TrimSpace(s[len(kw):])
		}
	}
	return s
}

func isAllLower(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isLower(w[i]) {
			return false
		}
	}
	return w != ""
}

func parseTimeLayouts(s string, layouts ...string) time.Time {
	for _, l := range layouts {
		if t, err := time.Parse(l, strings.TrimSpace(s)); err == nil {
			return t
		}
	}
	return time.Time{}
}

// parsePlusDCable parses a WikiLeaks PlusD page (the 1970s cables): the
// synopsis table, then the telegram in the "Content" pane, which prints
// each page of the original with its PAGE header.
func (p *telegram) parsePlusDCable(c *Cable, raw []byte, base, line int) {
	lineAt := func(off int) int { return line + bytes.Count(raw[:off], newline) }
	val := func(key string) string {
		i := bytes.Index(raw, []byte(`title="`+key+`">`+key+`:</a></div><div class="s_val"`))
		if i < 0 {
			return ""
		}
		rest := raw[i:]
		gt := bytes.Index(rest, []byte(`">`))
		if gt < 0 {
			return ""
		}
		rest = rest[gt+2:]
		gt = bytes.Index(rest, []byte(`">`))
		if gt < 0 {
			return ""
		}
		rest = rest[gt+2:]
		end := bytes.Index(rest, []byte("</div>"))
		if end < 0 {
			return ""
		}
		v := string(rest[:end])
		// strip tags
		var sb strings.Builder
		in := false
		for _, r := range v {
			switch {
			case r == '<':
				in = true
			case r == '>':
				in = false
			case !in:
				sb.WriteRune(r)
			}
		}
		return strings.Join(strings.Fields(html.UnescapeString(sb.String())), " ")
	}
	cid := val("Canonical ID")
	c.Meta.ID = strings.TrimSuffix(strings.TrimSuffix(cid, "_b"), "_a")
	c.Meta.Created = parseTimeLayouts(strings.SplitN(val("Date"), " (", 2)[0], "2006 January 2, 15:04", "2006 Jan 2, 15:04")
	c.Meta.Classification = val("Original Classification")
	c.Meta.Origin = val("From")
	if i := bytes.Index(raw, []byte(`<table id="synopsis">`)); i >= 0 {
		rest := raw[i:]
		if a := bytes.Index(rest, []byte("font-weight: bold; text-align: center;\">")); a >= 0 {
			rest = rest[a+len("font-weight: bold; text-align: center;\">"):]
			if e := bytes.Index(rest, []byte("</td>")); e >= 0 {
				c.Meta.Subject = strings.TrimSpace(html.UnescapeString(string(rest[:e])))
			}
		}
	}
	marker := []byte(`<div class="pane-header">Content</div><div class="pane-content"><div class="text-header hidden">`)
	i := bytes.Index(raw, marker)
	if i < 0 {
		c.Errors = append(c.Errors, ErrNoBody)
		return
	}
	start := i + len(marker)
	end := bytes.Index(raw[start:], []byte(`<div class="pane-tab">`))
	if end < 0 {
		c.Errors = append(c.Errors, ErrTruncated)
		end = len(raw) - start
	}
	content := raw[start : start+end]
	// The page's own text ends the telegram: the footer lines that give
	// the current handling and classification.
	for _, footer := range [][]byte{[]byte("*** Current Handling Restrictions"), []byte("***  Current Handling Restrictions"), []byte("*** Current Classification"), []byte("***  Current Classification")} {
		if i := bytes.Index(content, footer); i >= 0 {
			content = content[:i]
		}
	}
	b := p.decoder(0)
	// Between the header and the text stands the page's "Show Headers"
	// button: skip it, and the <div>s that open the text.
	if i := bytes.Index(content, []byte(`<div class="text-button"`)); i >= 0 {
		textAt := i
		if j := bytes.Index(content[i:], []byte(`<div id="tagged-text">`)); j >= 0 {
			textAt = i + j + len(`<div id="tagged-text">`)
		} else if j := bytes.Index(content[i:], []byte("</div>")); j >= 0 {
			textAt = i + j + len("</div>")
		}
		decodeHTML(b, content[:i], base+start, lineAt(start))
		decodeHTML(b, content[textAt:], base+start+textAt, lineAt(start+textAt))
	} else {
		decodeHTML(b, content, base+start, lineAt(start))
	}
	body := b.view()
	p.parse(c, nil, &body)
}

// csvRefID is the column of a cables.csv row that holds its reference ID.
const csvRefID = 2

// csvField is column k of a cables.csv row, decoded and trimmed.
func (p *telegram) csvField(raw []byte, fields []span, k int, latin1 bool) string {
	b := p.decoder(0)
	decodeCSVField(b, raw[fields[k].start:fields[k].end], 0, 0, latin1)
	return string(bytes.TrimSpace(b.buf))
}

// parseCSVCable parses a cables.csv row: id, date, refid, origin,
// classification, references, header, body.
func (p *telegram) parseCSVCable(c *Cable, raw []byte, fields []span, base, line int, latin1 bool) {
	str := func(k int) string { return p.csvField(raw, fields, k, latin1) }
	lineAt := func(off int) int { return line + bytes.Count(raw[:off], newline) }
	c.Meta.ID = str(csvRefID)
	c.Meta.Created = parseTimeLayouts(str(1), "1/2/2006 15:04", "2006-01-02 15:04:05", "2006-01-02 15:04")
	c.Meta.Origin = str(3)
	c.Meta.Classification = str(4)
	if refs := str(5); refs != "" {
		c.Meta.References = strings.Split(refs, "|")
	}
	hb, bb := p.decoder(0), p.decoder(1)
	decodeCSVField(hb, raw[fields[6].start:fields[6].end], base+fields[6].start, lineAt(fields[6].start), latin1)
	decodeCSVField(bb, raw[fields[7].start:fields[7].end], base+fields[7].start, lineAt(fields[7].start), latin1)
	hdr, body := hb.view(), bb.view()
	p.parse(c, &hdr, &body)
}

// finish sets what depends on all parts: the date fallback, the
// effective classification, the IDs.
func (p *telegram) finish(c *Cable) {
	effectiveClass(c)
	if c.Date.IsZero() && !c.Meta.Created.IsZero() {
		c.Date = c.Meta.Created
		c.DateFrom = "meta"
	}
	if c.Date.IsZero() {
		c.Errors = append(c.Errors, ErrNoDate)
	}
	if c.Post != "" && c.PostSerial != "" && !c.Date.IsZero() {
		c.TelegramID = c.Date.Format("06") + strings.ReplaceAll(c.Post, " ", "") + c.PostSerial
	}
	c.ID = c.Meta.ID
	if c.ID == "" {
		c.ID = c.TelegramID
	}
	if c.ID == "" {
		// Fragments without header or date (the body-only copies) are
		// often named after their cable: 07REYKJAVIK80.txt.
		base := filepath.Base(c.Source.File)
		base = strings.TrimSuffix(base, filepath.Ext(base))
		if id := refID(base, 0); id != "" {
			c.ID = id
		}
	}
	if c.Subject.Text == "" {
		c.Errors = append(c.Errors, ErrNoSubject)
	}
}

// effectiveClass sets Classification.Level from the telegram's line and
// the container's metadata (see Classification for which wins and why).
func effectiveClass(c *Cable) {
	cl := &c.Classification
	level, caveats := metaClass(c.Meta.Classification)
	switch {
	case level != "" && level != cl.Written:
		cl.Level, cl.From = level, "meta"
	case cl.Written != "":
		cl.Level, cl.From = cl.Written, "text"
	}
	for _, cv := range caveats {
		addCaveat(cl, cv)
	}
}
