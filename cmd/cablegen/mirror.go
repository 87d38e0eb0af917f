package main

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/cablegraph/cablegraph/cable"
	"github.com/cablegraph/cablegraph/extract"
)

// splitRef splits a reference ID into its year, post and serial:
// 09PARIS1589 is 2009, PARIS, 1589. Odd IDs of the release
// (06SECTION01O02HONGKONG2311) split as well as they can.
func splitRef(id string) (year int, post, serial string) {
	if len(id) < 2 {
		return 0, id, ""
	}
	yy, err := strconv.Atoi(id[:2])
	if err != nil {
		return 0, id, ""
	}
	year = 2000 + yy
	if yy >= 50 {
		year = 1900 + yy
	}
	rest := id[2:]
	i := 0
	for i < len(rest) && (rest[i] < 'A' || rest[i] > 'Z') {
		i++ // 7575LIBREVILLE1895
	}
	j := i
	for j < len(rest) && rest[j] >= 'A' && rest[j] <= 'Z' {
		j++
	}
	k := j
	for k < len(rest) && rest[k] >= '0' && rest[k] <= '9' {
		k++
	}
	post, serial = rest[i:j], strings.TrimLeft(rest[j:k], "0")
	if serial == "" {
		serial = "1"
	}
	return year, post, serial
}

// personInfo is what one mirror cable says of one person.
type personInfo struct {
	key      string
	surnames []string // lower-cased
}

type parsed struct {
	src     *source
	people  []personInfo
	posts   map[string]*post
	pageErr error
}

// readMirror parses and extracts every page of the mirror and keeps, for
// each, the body and the surnames that may be varied.
func (g *Generator) readMirror(ctx context.Context) error {
	var files []string
	err := filepath.WalkDir(g.cfg.Mirror, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".html") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("%s: no cable pages", g.cfg.Mirror)
	}
	slices.Sort(files)
	if g.cfg.Pages > 0 && g.cfg.Pages < len(files) {
		files = files[:g.cfg.Pages]
	}
	out := make([]parsed, len(files))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range g.cfg.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var x extract.Extractor
			for i := range jobs {
				out[i] = readPage(&x, files[i])
			}
		}()
	}
	for i := range files {
		if ctx.Err() != nil {
			break
		}
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return err
	}

	// A person named in three or more mirror cables is one of the
	// recurring figures of the corpus (Kouchner, Lavrov): they keep their
	// name in every copy, as the same people recur across the release.
	// Everyone else is a minor figure whose surname is varied.
	cables := map[string]int{}
	g.posts = map[string]*post{}
	for _, p := range out {
		if p.src == nil {
			continue
		}
		for _, pi := range p.people {
			cables[pi.key]++
		}
		for k, v := range p.posts {
			if g.posts[k] == nil {
				g.posts[k] = v
			}
		}
	}
	// Words of post names (TEL AVIV, SAN JOSE) stay: a surname Aviv
	// must not turn Tel Aviv into another city.
	inPost := map[string]bool{}
	for _, p := range g.posts {
		for _, w := range strings.Fields(strings.ToLower(p.spaced)) {
			inPost[w] = true
		}
	}
	counts := map[string]int{}
	for _, p := range out {
		if p.src == nil {
			continue
		}
		keep := map[string]bool{}
		for _, pi := range p.people {
			if cables[pi.key] >= 3 && !strings.Contains(pi.key, "~") {
				for _, s := range pi.surnames {
					keep[s] = true
				}
			}
		}
		// The pool of new names is the varied surnames only: a minor
		// figure must not turn into Lavrov.
		seen := map[string]bool{}
		for _, pi := range p.people {
			for _, s := range pi.surnames {
				if !keep[s] && !seen[s] && !inPost[s] && !lowerInText(p.src.body, s) {
					seen[s] = true
					p.src.vary = append(p.src.vary, s)
					counts[s]++
				}
			}
		}
		slices.Sort(p.src.vary)
		i := len(g.sources)
		g.sources = append(g.sources, p.src)
		g.byPost[p.src.post] = append(g.byPost[p.src.post], i)
		py := p.src.post + strconv.Itoa(p.src.year)
		g.byYear[py] = append(g.byYear[py], i)
	}
	for s := range counts {
		g.pool = append(g.pool, titleCase(s))
	}
	slices.SortFunc(g.pool, func(a, b string) int {
		ca, cb := counts[strings.ToLower(a)], counts[strings.ToLower(b)]
		if ca != cb {
			return cb - ca
		}
		return strings.Compare(a, b)
	})
	if len(g.sources) == 0 {
		return fmt.Errorf("%s: no page could be read", g.cfg.Mirror)
	}
	if len(g.pool) < 100 {
		return fmt.Errorf("%s: only %d surnames found", g.cfg.Mirror, len(g.pool))
	}
	return nil
}

func readPage(x *extract.Extractor, path string) parsed {
	b, err := os.ReadFile(path)
	if err != nil {
		return parsed{pageErr: err}
	}
	r := cable.NewReader(bytes.NewReader(b), path)
	if !r.Next() {
		return parsed{pageErr: r.Err()}
	}
	c := r.Cable()
	// Only clean cables lend their bodies: one the parser reads with
	// errors (no subject, a second telegram in the body) or without
	// paragraphs would make every copy a broken cable.
	if c.ID == "" || c.Body.String == "" || len(c.Errors) > 0 || c.Subject.Text == "" || len(c.Paragraphs) == 0 {
		return parsed{}
	}
	year, idPost, _ := splitRef(c.ID)
	s := &source{
		id: c.ID, post: idPost, year: year,
		body:  c.Body.String,
		class: c.Meta.Classification,
	}
	for _, a := range c.To {
		s.to = append(s.to, strings.TrimSpace(a.Name+" "+a.Precedence))
	}
	for _, a := range c.Info {
		s.info = append(s.info, a.Name)
	}
	p := parsed{src: s, posts: map[string]*post{}}
	// The classification line names the page's own telegram, which is
	// not always the ID's (a page may hold another post's text); it is
	// rewritten for each copy, so it must be found.
	// A cable of several sections repeats the line at each section
	// (SECTION 02 OF 03 THE HAGUE 001919): every one is rewritten.
	if c.Post != "" && c.PostSerial != "" {
		for i := 0; ; {
			k := strings.Index(s.body[i:], c.Post)
			if k < 0 {
				break
			}
			k += i
			j := k + len(c.Post)
			for j < len(s.body) && s.body[j] == ' ' {
				j++
			}
			e := j
			for e < len(s.body) && s.body[e] >= '0' && s.body[e] <= '9' {
				e++
			}
			if e > j && strings.TrimLeft(s.body[j:e], "0") == strings.TrimLeft(c.PostSerial, "0") {
				s.classAt = append(s.classAt, [2]int{k, e})
			}
			i = max(e, k+1)
		}
	}
	if len(s.classAt) == 0 || s.classAt[0][0] > 1000 {
		return parsed{}
	}
	if strings.ReplaceAll(c.Post, " ", "") == idPost && c.Meta.Origin != "" && c.From.Name != "" {
		p.posts[idPost] = &post{spaced: c.Post, station: c.From.Name, route: c.Station, origin: c.Meta.Origin}
	}
	res := x.Extract(c)
	for _, e := range res.Entities {
		if e.Type != extract.Person {
			continue
		}
		pi := personInfo{key: e.Key}
		for _, m := range e.Mentions {
			if s := surname(m.Text); s != "" && !slices.Contains(pi.surnames, s) {
				pi.surnames = append(pi.surnames, s)
			}
		}
		if len(pi.surnames) > 0 {
			p.people = append(p.people, pi)
		}
	}
	return p
}

// notSurnames are words a person mention may end with that are no
// surname: titles and roles the extractor resolves to a person.
var notSurnames = map[string]bool{
	"ambassador": true, "minister": true, "president": true, "secretary": true,
	"embassy": true, "charge": true, "dcm": true, "chief": true, "director": true,
	"general": true, "deputy": true, "counselor": true, "jr": true, "sr": true,
	"senator": true, "governor": true, "king": true, "prince": true, "emir": true,
	"sheikh": true, "sheik": true, "mister": true, "madam": true, "the": true,
}

// surname returns the lower-cased last word of a person mention when it
// can be a surname: letters only, three or more, capitalised.
func surname(mention string) string {
	f := strings.FieldsFunc(mention, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	if len(f) == 0 {
		return ""
	}
	w := strings.TrimSuffix(strings.TrimSuffix(f[len(f)-1], "'s"), "'")
	if strings.ContainsRune(w, '\'') || utf8.RuneCountInString(w) < 3 || utf8.RuneCountInString(w) > 16 {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return ""
	}
	lw := strings.ToLower(w)
	if notSurnames[lw] {
		return ""
	}
	return lw
}

// lowerInText reports whether the lower-cased word w occurs in text
// written in lower case, as a word: then it is a common word too (Rice,
// Bush, Brown) and replacing its capitalised occurrences would change
// sentence-initial words.
func lowerInText(text, w string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], w)
		if k < 0 {
			return false
		}
		k += i
		e := k + len(w)
		if (k == 0 || !isWordByte(text[k-1])) && (e == len(text) || !isWordByte(text[e])) {
			return true
		}
		i = k + 1
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 || c >= '0' && c <= '9'
}

func titleCase(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + strings.ToLower(s[n:])
}

// readStations fills in the posts the mirror does not have from the ACP
// 117 table the parser reads headers with: AMEMBASSY BUENOS AIRES is the
// post BUENOSAIRES.
func (g *Generator) readStations() {
	kinds := map[string]string{"AMEMBASSY": "Embassy", "AMCONSUL": "Consulate", "USMISSION": "Mission", "USOFFICE": "Office", "USINT": "US Interests Section", "USLO": "Liaison Office"}
	var routes []string
	names := map[string]string{}
	cable.Stations(func(route, name string) {
		routes = append(routes, route)
		names[route] = name
	})
	slices.Sort(routes) // the map's order is random; the first route wins
	for _, route := range routes {
		name := names[route]
		kind, rest, ok := strings.Cut(name, " ")
		if !ok || kinds[kind] == "" {
			continue
		}
		key := strings.ReplaceAll(rest, " ", "")
		if g.posts[key] != nil || !cable.IsPost(key) {
			continue
		}
		words := strings.Fields(strings.ToLower(rest))
		for i, w := range words {
			words[i] = titleCase(w)
		}
		g.posts[key] = &post{spaced: rest, station: name, route: route, origin: kinds[kind] + " " + strings.Join(words, " ")}
	}
}

// postOf returns how the post of an ID is written, inventing a plain
// embassy for the few posts neither the mirror nor the table know.
func (g *Generator) postOf(key string) *post {
	if p := g.posts[key]; p != nil {
		return p
	}
	if key == "STATE" || key == "SECSTATE" {
		return &post{spaced: "STATE", station: "SECSTATE WASHDC", route: "RUEHC", origin: "Secretary of State"}
	}
	return &post{spaced: key, station: "AMEMBASSY " + key, origin: "Embassy " + titleCase(key)}
}
