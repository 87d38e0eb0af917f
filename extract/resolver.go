package extract

import (
	"strconv"
	"strings"
)

// Resolver gives the same person the same key across cables. Within a
// cable the extractor already merges "Kouchner" with "Bernard Kouchner";
// across cables their keys differ (person:kouchner, person:bernard-kouchner)
// until a Resolver, fed the results in order, maps a name to the person
// already known by the same surname, compatible given names and the same
// (or an unknown) country.
//
// It keeps at most MaxPeople people, forgetting the least recently seen
// first, so its memory does not grow with the corpus. A Resolver is not
// safe for concurrent use: resolution depends on the order of the cables.
type Resolver struct {
	// MaxPeople bounds the people remembered; 0 means 1<<20.
	MaxPeople int

	bySur  map[string][]int32 // folded surname -> slots
	slots  []knownPerson
	byKey  map[string]int32 // canonical key -> slot
	free   []int            // slots forgotten and not yet reused
	clock  uint64
	remaps map[string]string // scratch: old key -> canonical key for one result
}

type knownPerson struct {
	key     string
	sur     string
	given   []string
	country string
	seen    uint64 // clock of the last cable that named the person
	used    bool
}

// Len returns the number of people the Resolver remembers.
func (r *Resolver) Len() int { return len(r.byKey) }

// Resolve rewrites the person keys of res (entities and relations) to
// the keys of the people already known, and learns its new people.
func (r *Resolver) Resolve(res *Result) {
	r.init()
	r.clock++
	clear(r.remaps)
	for i := range res.Entities {
		e := &res.Entities[i]
		if e.Type != Person {
			continue
		}
		given, sur := splitName(e.Name)
		if sur == "" {
			continue
		}
		slot := r.match(e.Key, sur, given, e.Country)
		if slot < 0 {
			slot = r.learn(e.Key, sur, given, e.Country)
		}
		k := &r.slots[slot]
		k.seen = r.clock
		if len(given) > len(k.given) {
			k.given = given
		}
		if k.country == "" {
			k.country = e.Country
		}
		if e.Key != k.key {
			r.remaps[e.Key] = k.key
			e.Key = k.key
		}
	}
	if len(r.remaps) == 0 {
		return
	}
	for i := range res.Relations {
		rel := &res.Relations[i]
		if k, ok := r.remaps[rel.FromKey]; ok {
			rel.FromKey = k
		}
		if k, ok := r.remaps[rel.ToKey]; ok {
			rel.ToKey = k
		}
	}
}

// Seed tells the Resolver of a person known before this run, such as one
// stored in the graph by an earlier load, so that later names of that
// person resolve to key. The key is kept as it is, never rewritten: a
// person stored as "Kouchner" stays person:kouchner when "Bernard
// Kouchner" comes, and the fuller name only teaches the given names.
// Seeding a key already known does nothing. Seed before the first
// Resolve: a seeded person counts as seen before every cable of the run,
// so that on a tie a person named in this run wins, as without seeding;
// among the seeded the one seeded last wins. Seeding more than MaxPeople
// people forgets the first seeded.
func (r *Resolver) Seed(key, name, country string) {
	given, sur := splitName(name)
	if key == "" || sur == "" {
		return
	}
	r.init()
	if _, known := r.byKey[key]; known {
		return
	}
	// Each person its own tick: eviction, which forgets the oldest
	// eighth by clock, must not see them all as equally old.
	r.clock++
	r.learn(key, sur, given, country)
}

func (r *Resolver) init() {
	if r.bySur == nil {
		r.bySur = make(map[string][]int32)
		r.byKey = make(map[string]int32)
		r.remaps = make(map[string]string)
	}
}

// match finds the known person a name refers to: same surname, given
// names that do not conflict, countries that do not conflict; the one with
// the same country and most given names in common wins. On a tie the one
// already known under the name's own key wins, so that a cable loaded
// again over a seeded Resolver keeps the keys it got; then the one seen
// last.
func (r *Resolver) match(own, sur string, given []string, country string) int {
	best, bestScore := -1, -1
	for _, s := range r.bySur[sur] {
		k := &r.slots[s]
		if !compatibleGiven(k.given, given) {
			continue
		}
		if country != "" && k.country != "" && country != k.country {
			continue
		}
		score := 0
		if country != "" && country == k.country {
			score += 4
		}
		if len(given) > 0 && len(k.given) > 0 && given[0] == k.given[0] {
			score += 2
		}
		if score > bestScore || score == bestScore && r.preferred(k, &r.slots[best], own) {
			best, bestScore = int(s), score
		}
	}
	return best
}

// preferred breaks a tie between two people a name fits equally well.
func (r *Resolver) preferred(k, best *knownPerson, own string) bool {
	if (k.key == own) != (best.key == own) {
		return k.key == own
	}
	return k.seen > best.seen
}

// learn remembers a new person, evicting the least recently seen when
// full. A key already used by a different person gets the country (or a
// counter) appended, so that two Smiths stay two.
func (r *Resolver) learn(key, sur string, given []string, country string) int {
	max := r.MaxPeople
	if max <= 0 {
		max = 1 << 20
	}
	if _, taken := r.byKey[key]; taken {
		base := key
		if country != "" {
			key = base + "~" + strings.ToLower(country)
		}
		for n := 2; ; n++ {
			if _, taken := r.byKey[key]; !taken {
				break
			}
			key = base + "~" + strconv.Itoa(n)
		}
	}
	var slot int
	switch {
	case len(r.free) > 0:
	case len(r.slots) < max:
		r.slots = append(r.slots, knownPerson{})
		r.free = append(r.free, len(r.slots)-1)
	default:
		r.evict()
	}
	slot, r.free = r.free[len(r.free)-1], r.free[:len(r.free)-1]
	r.slots[slot] = knownPerson{key: key, sur: sur, given: given, country: country, seen: r.clock, used: true}
	r.bySur[sur] = append(r.bySur[sur], int32(slot))
	r.byKey[key] = int32(slot)
	return slot
}

// evict forgets the least recently seen people. A linear scan, but only
// when full, and amortised: it frees about the oldest eighth at once.
func (r *Resolver) evict() {
	n := len(r.slots) / 8
	if n == 0 {
		n = 1
	}
	// Find the clock value below which about n slots fall.
	var hist [64]int
	lo, hi := r.clock, uint64(0)
	for i := range r.slots {
		s := r.slots[i].seen
		lo, hi = min(lo, s), max(hi, s)
	}
	width := (hi-lo)/64 + 1
	for i := range r.slots {
		hist[(r.slots[i].seen-lo)/width]++
	}
	cut, acc := lo, 0
	for b := range hist {
		acc += hist[b]
		cut = lo + uint64(b+1)*width
		if acc >= n {
			break
		}
	}
	for i := range r.slots {
		if k := &r.slots[i]; k.used && k.seen < cut {
			r.forget(i)
		}
	}
	if len(r.free) == 0 {
		r.forget(0)
	}
}

func (r *Resolver) forget(i int) {
	k := &r.slots[i]
	if !k.used {
		return
	}
	delete(r.byKey, k.key)
	list := r.bySur[k.sur]
	for j, s := range list {
		if int(s) == i {
			list = append(list[:j], list[j+1:]...)
			break
		}
	}
	if len(list) == 0 {
		delete(r.bySur, k.sur)
	} else {
		r.bySur[k.sur] = list
	}
	*k = knownPerson{}
	r.free = append(r.free, i)
}
