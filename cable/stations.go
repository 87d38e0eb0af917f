package cable

// Stations calls f for every routing indicator of the ACP 117 table the
// parser reads FM, TO and INFO lines with (route2name.csv), in no
// particular order: Stations(func(route, name string) { ... }) sees
// "RUEHFR", "AMEMBASSY PARIS". It lets a caller map a post of a reference
// ID (PARIS, BUENOSAIRES) to the station name a telegram writes.
func Stations(f func(route, name string)) {
	for route, name := range loadTables().routes {
		f(route, name)
	}
}
