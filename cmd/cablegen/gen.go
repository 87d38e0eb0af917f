package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
)

// Config says what to generate. Its zero value, with Mirror and IDs set,
// writes all 251,287 cables with seed 0.
type Config struct {
	Mirror  string  // directory of the mirror's cable pages
	IDs     string  // cable2month.csv.gz: one "REFID,MONTH" a line
	N       int     // cables to write; 0 means every ID
	Skip    int     // leave out the first Skip IDs of the seeded order
	Seed    uint64  // seeds everything random
	Zipf    float64 // exponent of the surname draw; 0 means defaultZipf
	Keep    float64 // share of variable people keeping their name; <0 never happens (0 is a valid share)
	Workers int     // parallel extraction while reading the mirror; 0 means 2
	Pages   int     // read only the first Pages pages of the mirror (tests); 0 means all
}

// The default name law, tuned so that distinct extracted people grow with
// the number of cables about as on real subsets of the mirror (see the
// README section "The whole release, measured").
const (
	defaultZipf = 1.25
	defaultKeep = 0.0
)

// A refID is one reference ID of the release and the month it is filed
// under.
type refID struct {
	id    string
	month int
}

// A source is a real cable whose body is lent to generated cables.
type source struct {
	id       string
	post     string // post of the ID: ABUDHABI
	year     int
	body     string   // repaired body text, starting with the classification line
	classAt  [][2]int // the post and serial of the classification line (and of each section's), as spans of body
	class    string   // the page's classification (SECRET//NOFORN)
	to, info []string
	subject  string
	// vary are the lower-cased surnames whose every capitalised
	// occurrence is replaced in a copy.
	vary []string
}

// A post is how a post of a reference ID is written.
type post struct {
	spaced  string // as on the classification line: ABU DHABI
	station string // as on the FM line: AMEMBASSY ABU DHABI
	route   string // routing indicator: RUEHAD (may be empty)
	origin  string // as the CSV dump's origin column: Embassy Abu Dhabi
}

// Generator writes cables. Make one with NewGenerator.
type Generator struct {
	cfg     Config
	ids     []refID
	pick    []bool // pick[i]: ids[i] is written
	sources []*source
	byPost  map[string][]int // post -> sources
	byYear  map[string][]int // post+year -> sources
	posts   map[string]*post
	pool    []string // real surnames, most frequent first
}

// NewGenerator reads the IDs and the mirror (parsing and extracting every
// page, a few seconds on two cores).
func NewGenerator(ctx context.Context, cfg Config) (*Generator, error) {
	if cfg.Zipf == 0 {
		cfg.Zipf = defaultZipf
	}
	if cfg.Workers <= 0 {
		cfg.Workers = 2
	}
	g := &Generator{cfg: cfg, byPost: map[string][]int{}, byYear: map[string][]int{}}
	var err error
	if g.ids, err = readIDs(cfg.IDs); err != nil {
		return nil, err
	}
	g.choose()
	if err := g.readMirror(ctx); err != nil {
		return nil, err
	}
	g.readStations()
	return g, nil
}

func readIDs(path string) ([]refID, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var ids []refID
	sc := bufio.NewScanner(zr)
	for line := 1; sc.Scan(); line++ {
		l := strings.TrimSpace(sc.Text())
		if l == "" {
			continue
		}
		id, m, ok := strings.Cut(l, ",")
		month, err := strconv.Atoi(m)
		if !ok || err != nil || month < 1 || month > 12 || len(id) < 3 {
			return nil, fmt.Errorf("%s:%d: want REFID,MONTH, have %q", path, line, l)
		}
		ids = append(ids, refID{id, month})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ids, nil
}

// stableHash is a seeded hash of its parts (FNV-1a, then mixed), the one
// source of randomness: what a cable gets depends on its ID and the seed,
// not on which other cables are written, so a cable is the same in a
// sample of 10k and in the whole release.
func stableHash(seed uint64, parts ...string) uint64 {
	h := uint64(14695981039346656037) ^ seed*0x9e3779b97f4a7c15
	for _, p := range parts {
		for i := 0; i < len(p); i++ {
			h ^= uint64(p[i])
			h *= 1099511628211
		}
		h ^= 0xff
		h *= 1099511628211
	}
	// splitmix64 finaliser: FNV alone leaves the high bits weak.
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	return h ^ h>>31
}

func (g *Generator) rng(parts ...string) *rand.Rand {
	return rand.New(rand.NewPCG(stableHash(g.cfg.Seed, parts...), g.cfg.Seed))
}

// choose marks the IDs to write: ranks Skip to Skip+N of the IDs ordered
// by their seeded hash. Samples are nested: -n 10000 is part of -n 50000.
func (g *Generator) choose() {
	order := make([]int, len(g.ids))
	keys := make([]uint64, len(g.ids))
	for i := range g.ids {
		order[i] = i
		keys[i] = stableHash(g.cfg.Seed, g.ids[i].id)
	}
	slices.SortFunc(order, func(a, b int) int {
		switch {
		case keys[a] < keys[b]:
			return -1
		case keys[a] > keys[b]:
			return 1
		}
		return strings.Compare(g.ids[a].id, g.ids[b].id)
	})
	n := g.cfg.N
	if n == 0 || g.cfg.Skip+n > len(order) {
		n = max(0, len(order)-g.cfg.Skip)
	}
	g.pick = make([]bool, len(g.ids))
	for _, i := range order[min(g.cfg.Skip, len(order)) : min(g.cfg.Skip, len(order))+n] {
		g.pick[i] = true
	}
}
