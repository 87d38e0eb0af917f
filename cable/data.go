package cable

import (
	"bufio"
	"bytes"
	"embed"
	"strconv"
	"strings"
	"sync"
)

// The tables below travel with the binary; data/README.md says where each
// comes from and under which licence.
//
//go:embed data/route2name.csv data/subject-tags.txt data/organization-tags.txt data/posts.txt data/fips10-4.txt data/words.txt data/LICENSE-cablemap.txt
var dataFS embed.FS

type tables struct {
	routes    map[string]string
	subjects  map[string]bool
	orgs      map[string]bool
	posts     map[string]bool
	countries map[string]string
	words     map[string]uint32
	// commonShort has a bit for each lower-case word of two to four
	// letters seen more than commonCount times: most words after a
	// space are such, and the bit spares splitWord a map lookup.
	commonShort []uint64
}

// commonCount is the count past which a word is never half of a split
// word (see splitWord).
const commonCount = 300

var (
	tablesOnce sync.Once
	tab        tables
)

func loadTables() *tables {
	tablesOnce.Do(func() {
		tab.routes = make(map[string]string, 1700)
		eachLine("data/route2name.csv", func(l string) {
			if route, name, ok := strings.Cut(l, ","); ok {
				tab.routes[route] = strings.TrimSpace(name)
			}
		})
		tab.subjects = setOf("data/subject-tags.txt")
		tab.orgs = setOf("data/organization-tags.txt")
		tab.posts = setOf("data/posts.txt")
		tab.countries = make(map[string]string, 260)
		eachLine("data/fips10-4.txt", func(l string) {
			if code, name, ok := strings.Cut(l, "\t"); ok {
				tab.countries[code] = name
			}
		})
		tab.words = make(map[string]uint32, 45000)
		tab.commonShort = make([]uint64, (shortWords+63)/64)
		eachLine("data/words.txt", func(l string) {
			if w, n, ok := strings.Cut(l, " "); ok {
				c, _ := strconv.ParseUint(n, 10, 32)
				tab.words[w] = uint32(c)
				if i, ok := shortIndex(w); ok && c > commonCount {
					tab.commonShort[i/64] |= 1 << (i % 64)
				}
			}
		})
	})
	return &tab
}

func eachLine(name string, f func(string)) {
	b, err := dataFS.ReadFile(name)
	if err != nil {
		panic("cable: embedded table missing: " + name) // a build error, not bad input
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		l := strings.TrimRight(sc.Text(), "\r ")
		if l == "" || l[0] == '#' {
			continue
		}
		f(l)
	}
}

func setOf(name string) map[string]bool {
	m := make(map[string]bool)
	eachLine(name, func(l string) { m[l] = true })
	return m
}

// StationName returns the station a routing indicator stands for, from the
// ACP 117 table: StationName("RUEHFR") is "AMEMBASSY PARIS".
func StationName(route string) (string, bool) {
	name, ok := loadTables().routes[strings.ToUpper(strings.TrimSpace(route))]
	return name, ok
}

// CountryName returns the country a FIPS 10-4 code in a TAGS line stands
// for: CountryName("RS") is "Russia".
func CountryName(code string) (string, bool) {
	name, ok := loadTables().countries[code]
	return name, ok
}

// IsPost reports whether post is the post part of some reference ID of the
// full release (PARIS, STATE, USUNNEWYORK...).
func IsPost(post string) bool { return loadTables().posts[post] }

// wordCount returns how often the lower-cased word w occurs in the cable
// corpus (0 when fewer than three times). w may be in any case.
func wordCount(w []byte) uint32 {
	var buf [48]byte
	if len(w) > len(buf) {
		return 0
	}
	for i, c := range w {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return loadTables().words[string(buf[:len(w)])]
}

// wordCount2 is wordCount of a+b without building the string.
func wordCount2(a, b []byte) uint32 {
	var buf [48]byte
	if len(a)+len(b) > len(buf) {
		return 0
	}
	n := copy(buf[:], a)
	copy(buf[n:], b)
	return wordCount(buf[:len(a)+len(b)])
}

// shortWords is how many lower-case ASCII words of two to four letters
// there are: 26² + 26³ + 26⁴.
const shortWords = 26*26 + 26*26*26 + 26*26*26*26

// shortIndex numbers the lower-case ASCII words of two to four letters
// from 0 to shortWords-1.
func shortIndex(w string) (int, bool) {
	if len(w) < 2 || len(w) > 4 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < 'a' || c > 'z' {
			return 0, false
		}
		n = n*26 + int(c-'a')
	}
	switch len(w) {
	case 3:
		n += 26 * 26
	case 4:
		n += 26*26 + 26*26*26
	}
	return n, true
}

// isCommonShort reports a lower-case word of two to four letters seen
// more than commonCount times in the corpus, without a map lookup.
func isCommonShort(w string) bool {
	i, ok := shortIndex(w)
	return ok && loadTables().commonShort[i/64]&(1<<(i%64)) != 0
}

// Stations calls f with every routing indicator of the ACP 117 table and
// the station it stands for, in no particular order.
func Stations(f func(route, name string)) {
	for route, name := range loadTables().routes {
		f(route, name)
	}
}
