package extract

import (
	"strings"
	"sync"

	"github.com/cablegraph/cablegraph/cable"
)

// Post keys. The extractor owns them, and graph/build uses them as they
// are, for the posts the text names and for those of the routing header
// alike (HeaderPosts). A post is keyed by its routing indicator where it
// has one ("post:ruehfr" for AMEMBASSY PARIS): the header gives it, or,
// for a post only the text names ("Embassy Paris", "USUN"), the ACP 117
// table does for its name. A post with no known indicator is keyed by its
// name (nameKey), which never reduces a station to its city: "NSC
// WASHINGTON DC" and "CIA WASHINGTON DC" are two posts.

// HeaderPost is a post of a cable's routing header.
type HeaderPost struct {
	Role    string // "from", "to" or "info"
	Key     string // the post's key, as PostKey gives it
	Name    string // the station name, single-spaced: AMEMBASSY PARIS
	Route   string // the routing indicator, "" when none
	Country string // ISO code of the post's country, "" when unknown
	Line    int    // position in the original input, 0 when the name comes from the container's metadata
	Offset  int
}

// HeaderPosts returns the posts of c's routing header: the sender (the FM
// line, else the origin the container records; its routing indicator from
// the FM line, else the DE line's station), then the TO and INFO lines.
func HeaderPosts(c *cable.Cable) []HeaderPost {
	var out []HeaderPost
	add := func(role, name, route string, pos cable.Pos) {
		name = strings.Join(strings.Fields(name), " ")
		if name == "" {
			return
		}
		route = strings.ToUpper(strings.TrimSpace(route))
		_, country := nameKey(name)
		out = append(out, HeaderPost{Role: role, Key: PostKey(name, route), Name: name, Route: route, Country: country,
			Line: pos.Line, Offset: pos.Offset})
	}
	from, pos := c.From.Name, c.From.Pos
	if from == "" {
		from, pos = c.Meta.Origin, cable.Pos{}
	}
	route := c.From.Route
	if route == "" {
		route = c.Station
	}
	add("from", from, route, pos)
	for _, a := range c.To {
		add("to", a.Name, a.Route, a.Pos)
	}
	for _, a := range c.Info {
		add("info", a.Name, a.Route, a.Pos)
	}
	return out
}

// PostKey is the key of the post a station name and routing indicator
// (either may be empty) denote.
func PostKey(name, route string) string {
	if route = strings.TrimSpace(route); route != "" {
		return routeKey(route)
	}
	k, _ := nameKey(name)
	if r, ok := tableRoutes()[k]; ok {
		return routeKey(r)
	}
	return k
}

func routeKey(route string) string { return "post:" + strings.ToLower(route) }

// tableRoutes maps the name key of every embassy, consulate and mission of
// the ACP 117 table to its routing indicator, for the posts the text names
// without one. Of two indicators for one name, the smaller is taken, so
// that the choice depends on the table alone.
var tableRoutes = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	cable.Stations(func(route, name string) {
		k, _ := nameKey(name)
		if !strings.HasPrefix(k, "post:embassy-") && !strings.HasPrefix(k, "post:consulate-") &&
			!strings.HasPrefix(k, "post:mission-") && !missionPosts[strings.ToUpper(strings.TrimPrefix(k, "post:"))] {
			return
		}
		if old, ok := m[k]; !ok || route < old {
			m[k] = route
		}
	})
	return m
})

// textPostKey is the key of a post the text names, by the key of its name
// (nameKey): the header's post of that name when the cable's header has
// one, else the one PostKey gives.
func (d *doc) textPostKey(nk string) string {
	for _, p := range d.headerPosts {
		if k, _ := nameKey(p.Name); k == nk {
			return p.Key
		}
	}
	if r, ok := tableRoutes()[nk]; ok {
		return routeKey(r)
	}
	return nk
}

// routingPosts records the posts of the routing header.
func (d *doc) routingPosts() {
	d.headerPosts = HeaderPosts(d.c)
	for _, p := range d.headerPosts {
		e := d.entity(Post, p.Key, p.Name)
		if e.Route == "" {
			e.Route = p.Route
		}
		if e.Country == "" {
			e.Country = p.Country
		}
		e.Mentions = append(e.Mentions, Mention{Text: p.Name, Section: SectionHeader, Line: p.Line, Offset: p.Offset})
	}
}

// nameKey normalises a station name (AMEMBASSY PARIS, USMISSION USUN NEW
// YORK) to a key shared with the text's "Embassy Paris" and "USUN", and
// finds the post's country.
func nameKey(name string) (key, country string) {
	f := strings.Fields(strings.ToUpper(name))
	if len(f) == 0 {
		return "post:", ""
	}
	for _, w := range f {
		if missionPosts[w] {
			return "post:" + strings.ToLower(w), ""
		}
	}
	kind := ""
	switch f[0] {
	case "AMEMBASSY", "EMBASSY":
		kind = "embassy"
	case "AMCONSUL", "AMCONGEN", "CONGEN", "CONSULATE":
		kind = "consulate"
	case "USMISSION", "USDEL", "USOFFICE":
		kind = "mission"
	case "SECSTATE":
		return "post:secstate", "US"
	}
	rest := f
	if kind != "" {
		rest = f[1:]
	}
	city := strings.Join(rest, " ")
	if c, ok := lookupCity(city); ok {
		country = c.Country
		city = c.Name
	} else if code, ok := countryByName(city); ok {
		country = code // AMEMBASSY MEXICO, AMEMBASSY PANAMA
	} else if len(rest) > 1 {
		// USINT HAVANA, USDEL GENEVA SWITZERLAND: an office word before
		// the city, or a country after it.
		if c, ok := lookupCity(strings.Join(rest[:len(rest)-1], " ")); ok {
			country, city = c.Country, c.Name
		} else if c, ok := lookupCity(strings.Join(rest[1:], " ")); ok {
			country, city = c.Country, c.Name
		}
	}
	if kind == "" {
		// Not an embassy, consulate or mission: the whole name, which
		// tells the offices of one city apart (NSC, CIA WASHINGTON DC).
		return "post:" + slug(name), country
	}
	return "post:" + kind + "-" + slug(city), country
}
