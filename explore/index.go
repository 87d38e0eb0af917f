package explore

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cablegraph/cablegraph/draw"
	"github.com/cablegraph/cablegraph/extract"
	"github.com/cablegraph/cablegraph/graph"
)

// Index holds the people and meetings of a set of cables in memory, to
// resolve names and draw networks without Neo4j. It grows with the number
// of people and MET edges (a few hundred bytes each), which suits the
// sample and a few thousand cables; the whole release belongs in Neo4j.
type Index struct {
	people     map[string]*indexPerson
	meetings   []draw.Meeting
	adj        map[string][]int  // person key -> indexes of their meetings
	cableDates map[string]string // cable ID -> its date, YYYY-MM-DD, for the dated ones
	titleNames map[string]string // title key -> the name the graph gives it
}

type indexPerson struct {
	Candidate
	cables map[string]bool
	id     *identity // made on first use
}

// NewIndex returns an empty index.
func NewIndex() *Index {
	return &Index{people: map[string]*indexPerson{}, adj: map[string][]int{}, cableDates: map[string]string{}, titleNames: map[string]string{}}
}

func (x *Index) person(key, name string) *indexPerson {
	p := x.people[key]
	if p == nil {
		p = &indexPerson{Candidate: Candidate{Key: key, Name: name}, cables: map[string]bool{}}
		x.people[key] = p
	}
	return p
}

func (x *Index) addMeeting(m draw.Meeting) {
	x.adj[m.From] = append(x.adj[m.From], len(x.meetings))
	x.adj[m.To] = append(x.adj[m.To], len(x.meetings))
	x.meetings = append(x.meetings, m)
}

func addUnique(list []string, s string) []string {
	if s == "" || contains(list, s) {
		return list
	}
	return append(list, s)
}

// ReadExtract adds the cables of r, JSON Lines as `cablegraph extract`
// prints them, to the index.
func (x *Index) ReadExtract(r io.Reader) error {
	dec := json.NewDecoder(bufio.NewReader(r))
	for n := 1; ; n++ {
		var res extract.Result
		if err := dec.Decode(&res); err == io.EOF {
			return nil
		} else if err != nil {
			return fmt.Errorf("extract output, object %d: %w", n, err)
		}
		x.addResult(&res)
	}
}

func (x *Index) addResult(res *extract.Result) {
	year := 0
	if !res.Date.IsZero() {
		year = res.Date.Year()
		x.cableDates[res.Cable] = res.Date.Format(time.DateOnly)
	}
	for _, e := range res.Entities {
		if e.Type != extract.Person || e.Key == "" {
			continue
		}
		p := x.person(e.Key, e.Name)
		if graph.BetterName(e.Name, p.Name) {
			p.Name = e.Name // as the loader chooses, whatever the order
		}
		id := p.identity()
		addTo(id.spellings, e.Name, res.Cable)
		for _, a := range e.Aliases {
			p.Aliases = addUnique(p.Aliases, a)
			addTo(id.spellings, a, res.Cable)
		}
		for _, g := range e.Given {
			id.given = addUnique(id.given, g)
		}
		for _, t := range e.Titles {
			p.Titles = addUnique(p.Titles, t)
			x.title(p, t, res.Cable)
		}
		for _, a := range e.Apart {
			id.keptApart(a.Key, a.Name, a.Reason, res.Cable)
		}
		p.Countries = addUnique(p.Countries, e.Country)
		p.cables[res.Cable] = true
		p.note(year)
	}
	for _, r := range res.Relations {
		if r.Type != extract.Met || r.FromKey == "" || r.ToKey == "" || r.FromKey == r.ToKey {
			continue
		}
		from, to := r.FromKey, r.ToKey
		if to < from {
			from, to = to, from
		}
		x.person(r.FromKey, r.From)
		x.person(r.ToKey, r.To)
		x.addMeeting(draw.Meeting{From: from, To: to, Date: r.Date.String(), Place: r.Place, Cable: res.Cable,
			Paragraph: r.Paragraph, Evidence: r.Evidence, Meeting: r.Meeting})
	}
}

func (p *indexPerson) note(year int) {
	p.Cables = int64(len(p.cables))
	if year == 0 {
		return
	}
	if p.FirstYear == 0 || year < p.FirstYear {
		p.FirstYear = year
	}
	if year > p.LastYear {
		p.LastYear = year
	}
}

// IsBulkDir reports whether dir holds the bulk-import files of
// `cablegraph load` (it has the Person nodes file).
func IsBulkDir(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, bulkFile(graph.Person)))
	return err == nil
}

func bulkFile(l graph.Label) string { return "nodes-" + string(l) + ".csv" }

func bulkEdgeFile(t graph.RelType, from, to graph.Label) string {
	return "rels-" + graph.EdgeKind{Type: t, From: from, To: to}.String() + ".csv"
}

// ReadBulk adds the people and meetings of a directory of bulk-import
// files, as `cablegraph load` writes them without a server. A file that is
// missing contributes nothing; only the people file is required.
func (x *Index) ReadBulk(dir string) error {
	err := readCSV(filepath.Join(dir, bulkFile(graph.Person)), func(row map[string]string) {
		p := x.person(row["key"], row["name"])
		for _, a := range splitArray(row["aliases"]) {
			p.Aliases = addUnique(p.Aliases, a)
		}
		id := p.identity()
		for _, g := range splitArray(row["given"]) {
			id.given = addUnique(id.given, g)
		}
	})
	if err != nil {
		return err
	}
	cableYear := map[string]int{}
	titles := map[string]string{}
	countries := map[string]string{}
	optional := []struct {
		file string
		fn   func(map[string]string)
	}{
		{bulkFile(graph.Cable), func(r map[string]string) {
			if y, err := strconv.Atoi(first4(r["date"])); err == nil {
				cableYear[r["key"]] = y
				x.cableDates[r["key"]] = r["date"]
			}
		}},
		{bulkFile(graph.Title), func(r map[string]string) { titles[r["key"]] = r["name"] }},
		{bulkFile(graph.Country), func(r map[string]string) { countries[r["key"]] = r["name"] }},
		{bulkEdgeFile(graph.Mentions, graph.Cable, graph.Person), func(r map[string]string) {
			if p := x.people[r[":END_ID"]]; p != nil {
				p.cables[r[":START_ID"]] = true
				p.note(cableYear[r[":START_ID"]])
				for _, n := range splitArray(r["names"]) {
					addTo(p.identity().spellings, n, r[":START_ID"])
				}
			}
		}},
		{bulkEdgeFile(graph.Holds, graph.Person, graph.Title), func(r map[string]string) {
			if p := x.people[r[":START_ID"]]; p != nil {
				p.Titles = addUnique(p.Titles, titles[r[":END_ID"]])
				x.title(p, titles[r[":END_ID"]], r["cable"])
			}
		}},
		{bulkEdgeFile(graph.KeptApart, graph.Person, graph.Person), func(r map[string]string) {
			a, b := x.people[r[":START_ID"]], x.people[r[":END_ID"]]
			if a == nil || b == nil {
				return
			}
			a.identity().keptApart(b.Key, b.Name, r["reason"], r["cable"])
			b.identity().keptApart(a.Key, a.Name, r["reason"], r["cable"])
		}},

		{bulkEdgeFile(graph.OfCountry, graph.Person, graph.Country), func(r map[string]string) {
			if p := x.people[r[":START_ID"]]; p != nil {
				p.Countries = addUnique(p.Countries, r[":END_ID"])
			}
		}},
		{bulkEdgeFile(graph.Met, graph.Person, graph.Person), func(r map[string]string) {
			para, _ := strconv.Atoi(r["paragraph"])
			x.addMeeting(draw.Meeting{From: r[":START_ID"], To: r[":END_ID"], Date: r["date"], Place: r["place"],
				Cable: r["cable"], Paragraph: para, Evidence: r["evidence"], Meeting: r["meeting"]})
		}},
	}
	for _, o := range optional {
		if err := readCSV(filepath.Join(dir, o.file), o.fn); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
	}
	return nil
}

func first4(s string) string {
	if len(s) < 4 {
		return s
	}
	return s[:4]
}

func splitArray(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, graph.ArrayDelimiter)
}

// readCSV calls fn with each row of a bulk file as a map from column name
// (the header without its :type, "key" for key:ID(Person)) to value.
func readCSV(name string, fn func(map[string]string)) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	r := csv.NewReader(bufio.NewReader(f))
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err == io.EOF {
		return nil
	} else if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	for i, h := range header {
		if !strings.HasPrefix(h, ":") {
			h, _, _ = strings.Cut(h, ":")
		} else if strings.HasPrefix(h, ":START_ID") || strings.HasPrefix(h, ":END_ID") {
			h, _, _ = strings.Cut(h, "(")
		}
		header[i] = h
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		} else if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		row := make(map[string]string, len(header))
		for i, v := range rec {
			if i < len(header) {
				row[header[i]] = v
			}
		}
		fn(row)
	}
}

// Resolve finds the one person name means, as Graph.Resolve does: a key,
// or every word of the name beginning a word of a person's name or alias,
// whatever the case and accents.
func (x *Index) Resolve(name string) (Candidate, error) {
	if p := x.people[name]; p != nil {
		return p.Candidate, nil
	}
	q := words(name)
	var cands []Candidate
	for _, p := range x.people {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if matches(q, n) {
				cands = append(cands, p.Candidate)
				break
			}
		}
	}
	sortCandidates(cands)
	if len(cands) > maxCandidates {
		cands = cands[:maxCandidates]
	}
	return choose(name, cands)
}

// Ego returns the network around the person with key, as Graph.Ego does.
func (x *Index) Ego(key string, depth int) *draw.Network {
	seen := map[string]bool{key: true}
	keys := []string{key}
	frontier := []string{key}
	for d := 0; d < depth && len(keys) < MaxPeople; d++ {
		count := map[string]int{}
		for _, k := range frontier {
			for _, i := range x.adj[k] {
				m := x.meetings[i]
				if o := other(m, k); !seen[o] {
					count[o]++
				}
			}
		}
		next := make([]string, 0, len(count))
		for k := range count {
			next = append(next, k)
		}
		sort.Slice(next, func(i, j int) bool {
			if count[next[i]] != count[next[j]] {
				return count[next[i]] > count[next[j]]
			}
			return next[i] < next[j]
		})
		if room := MaxPeople - len(keys); len(next) > room {
			next = next[:room]
		}
		for _, k := range next {
			seen[k] = true
		}
		keys = append(keys, next...)
		frontier = next
	}
	return x.network(keys, []string{key}, func(m draw.Meeting) bool { return seen[m.From] && seen[m.To] })
}

// All returns the network of everyone, the most met first, up to
// MaxPeople: the picture of a whole small corpus such as the sample.
func (x *Index) All() *draw.Network {
	keys := make([]string, 0, len(x.adj))
	for k := range x.adj {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(x.adj[keys[i]]) != len(x.adj[keys[j]]) {
			return len(x.adj[keys[i]]) > len(x.adj[keys[j]])
		}
		return keys[i] < keys[j]
	})
	if len(keys) > MaxPeople {
		keys = keys[:MaxPeople]
	}
	in := map[string]bool{}
	for _, k := range keys {
		in[k] = true
	}
	// Someone whose every meeting is with a person left out would float
	// alone in the picture; leave them out too.
	met := map[string]bool{}
	for _, m := range x.meetings {
		if in[m.From] && in[m.To] {
			met[m.From], met[m.To] = true, true
		}
	}
	keys = slices.DeleteFunc(keys, func(k string) bool { return !met[k] })
	return x.network(keys, nil, func(m draw.Meeting) bool { return in[m.From] && in[m.To] })
}

// Path returns the shortest chains of meetings between a and b, at most
// maxHops long (MaxHops when zero), as Graph.Path does.
func (x *Index) Path(a, b string, maxHops int) []Chain {
	if maxHops <= 0 {
		maxHops = MaxHops
	}
	// Breadth-first from a, keeping every predecessor on a shortest route.
	dist := map[string]int{a: 0}
	preds := map[string][]string{}
	frontier := []string{a}
	for d := 1; d <= maxHops && len(frontier) > 0 && dist[b] == 0 && a != b; d++ {
		var next []string
		for _, k := range frontier {
			for _, i := range x.adj[k] {
				o := other(x.meetings[i], k)
				if od, ok := dist[o]; ok && od < d {
					continue
				}
				if _, ok := dist[o]; !ok {
					dist[o] = d
					next = append(next, o)
				}
				if !contains(preds[o], k) {
					preds[o] = append(preds[o], k)
				}
			}
		}
		frontier = next
	}
	if _, ok := dist[b]; !ok || a == b {
		return nil
	}
	var routes [][]string
	var walk func(k string, tail []string)
	walk = func(k string, tail []string) {
		if len(routes) >= maxChains {
			return
		}
		route := append([]string{k}, tail...)
		if k == a {
			routes = append(routes, route)
			return
		}
		ps := append([]string(nil), preds[k]...)
		sort.Strings(ps)
		for _, p := range ps {
			walk(p, route)
		}
	}
	walk(b, nil)
	var out []Chain
	for _, route := range routes {
		var c Chain
		for i, k := range route {
			c.People = append(c.People, Person{Key: k, Name: x.people[k].Name})
			if i > 0 {
				c.Hops = append(c.Hops, x.hop(route[i-1], k))
			}
		}
		out = append(out, c)
	}
	return out
}

// hop is the earliest report of a and b meeting, as Graph.Path gives it.
func (x *Index) hop(a, b string) Hop {
	var h Hop
	for _, i := range x.adj[a] {
		m := x.meetings[i]
		if other(m, a) != b {
			continue
		}
		h.Reports++
		if h.Reports == 1 || dateLess(m.Date, h.Date) {
			h = Hop{Date: m.Date, Place: m.Place, Cable: m.Cable, Paragraph: m.Paragraph, Evidence: m.Evidence,
				Meeting: m.Meeting, Reports: h.Reports}
		}
	}
	return h
}

// PathNetwork returns the people of chains and their meetings along the
// chains, for drawing a path.
func (x *Index) PathNetwork(chains []Chain) *draw.Network {
	var keys, ends []string
	pairs := map[[2]string]bool{}
	for _, c := range chains {
		for i, p := range c.People {
			keys = addUnique(keys, p.Key)
			if i > 0 {
				pairs[[2]string{c.People[i-1].Key, p.Key}] = true
				pairs[[2]string{p.Key, c.People[i-1].Key}] = true
			}
		}
	}
	if len(chains) > 0 {
		ps := chains[0].People
		ends = []string{ps[0].Key, ps[len(ps)-1].Key}
	}
	return x.network(keys, ends, func(m draw.Meeting) bool { return pairs[[2]string{m.From, m.To}] })
}

func other(m draw.Meeting, k string) string {
	if m.From == k {
		return m.To
	}
	return m.From
}

func (x *Index) network(keys, focus []string, keep func(draw.Meeting) bool) *draw.Network {
	n := &draw.Network{}
	done := map[int]bool{}
	for _, k := range keys {
		p := x.people[k]
		if p == nil {
			continue
		}
		dp := draw.Person{Key: k, Name: p.Name, Titles: p.Titles, Focus: contains(focus, k)}
		if len(p.Countries) > 0 {
			cs := append([]string(nil), p.Countries...)
			sort.Strings(cs)
			dp.Country = cs[0]
		}
		if len(dp.Titles) > 3 {
			dp.Titles = dp.Titles[:3]
		}
		n.People = append(n.People, dp)
		for _, i := range x.adj[k] {
			if !done[i] && keep(x.meetings[i]) {
				done[i] = true
				n.Meetings = append(n.Meetings, x.meetings[i])
			}
		}
	}
	sort.SliceStable(n.Meetings, func(i, j int) bool { return dateLess(n.Meetings[i].Date, n.Meetings[j].Date) })
	return n
}
