package lexicon

import (
	"runtime"
	"strings"
	"testing"
)

// words of a real cable sentence, as the extractor would probe them one
// by one: most probes miss.
var benchWords = strings.Fields(`French Foreign Minister Bernard Kouchner told Russian
Foreign Minister Lavrov in Moscow on September 18 that the USG and HMG shared
Paris's concern over Kosovo; Poloff and the Pol M/C met MFA Cabinet Counselor
Isabelle Dumont on September 20. Côte d'Ivoire, São Paulo and Bogotá.`)

func benchLookup(b *testing.B, lookup func(string) bool) {
	lookup("warm up") // build the tables outside the timer
	n := 0
	for _, w := range benchWords {
		n += len(w)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, w := range benchWords {
			lookup(w)
		}
	}
	b.ReportMetric(float64(b.N*len(benchWords))/b.Elapsed().Seconds(), "lookups/s")
}

func BenchmarkCountryByName(b *testing.B) {
	benchLookup(b, func(s string) bool { _, ok := CountryByName(s); return ok })
}

func BenchmarkCountryByDemonym(b *testing.B) {
	benchLookup(b, func(s string) bool { _, ok := CountryByDemonym(s); return ok })
}

func BenchmarkLookupCity(b *testing.B) {
	benchLookup(b, func(s string) bool { _, ok := LookupCity(s); return ok })
}

func BenchmarkLookupJargon(b *testing.B) {
	benchLookup(b, func(s string) bool { _, ok := LookupJargon(s); return ok })
}

func BenchmarkLookupOrg(b *testing.B) {
	benchLookup(b, func(s string) bool { _, ok := LookupOrg(s); return ok })
}

func BenchmarkIsGivenName(b *testing.B) { benchLookup(b, IsGivenName) }

func BenchmarkIsStopWord(b *testing.B) { benchLookup(b, IsStopWord) }

func BenchmarkTitleHeadWords(b *testing.B) {
	titleData()
	b.ReportAllocs()
	for b.Loop() {
		for i := range benchWords {
			TitleHeadWords(benchWords[i:])
		}
	}
	b.ReportMetric(float64(b.N*len(benchWords))/b.Elapsed().Seconds(), "lookups/s")
}

func BenchmarkFold(b *testing.B) {
	benchLookup(b, func(s string) bool {
		var buf [keyBuf]byte
		return len(appendFold(buf[:0], s, true)) > 0
	})
}

// The one-off cost of building each table, paid by the first lookup.
func BenchmarkBuild(b *testing.B) {
	b.Run("countries", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			buildCountries()
		}
	})
	b.Run("cities", func(b *testing.B) {
		nameData()
		b.ReportAllocs()
		for b.Loop() {
			buildCities()
		}
	})
	b.Run("names", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			words(givenNamesEnTXT, givenNamesIntlTXT, curatedGivenNamesTXT)
		}
	})
}

// The memory the tables keep once built, the price of O(1) lookups.
func BenchmarkRetainedMemory(b *testing.B) {
	var before, after runtime.MemStats
	for b.Loop() {
		runtime.GC()
		runtime.ReadMemStats(&before)
		c, ci, n, ti, o := buildCountries(), buildCities(), buildNames(), buildTitles(), buildOrgs()
		runtime.GC()
		runtime.ReadMemStats(&after)
		runtime.KeepAlive(c)
		runtime.KeepAlive(ci)
		runtime.KeepAlive(n)
		runtime.KeepAlive(ti)
		runtime.KeepAlive(o)
	}
	b.ReportMetric(float64(after.HeapAlloc)-float64(before.HeapAlloc), "retained-bytes")
}
