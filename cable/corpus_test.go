package cable

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
)

var corpusDiffs = flag.Bool("corpusdiffs", false, "print every disagreement found by TestCorpus")

// corpusDir finds the shared corpus: ../shared/cables-raw beside the main
// checkout (../../shared from a package directory), or in any directory
// above, as it is from a worktree. It returns "" when there is none.
func corpusDir() string {
	dir, err := filepath.Abs(".")
	if err != nil {
		return ""
	}
	for {
		d := filepath.Join(dir, "shared", "cables-raw")
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			return d
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// corpusFiles lists the cable files of the shared corpus (not its
// vocabularies, fixtures and NER copies).
func corpusFiles(t testing.TB) []string {
	corpusDir := corpusDir()
	if corpusDir == "" {
		t.Skip("corpus not available: no shared/cables-raw above this directory")
	}
	var files []string
	for _, pat := range []string{
		"avilaroman__Wikileaks-Mirror/cable/*/*/*.html",
		"avilaroman__Wikileaks-Mirror/full-pages/cable/*/*/*.html",
		"MarkChips__cablegate-search-app/test-set/*/*/*.html",
		"ahlusar1989__IntroToPython/*.csv",
		"paul-mathieu__cablegate-cia-analysis/data-sample/cablegate-converted/*.txt",
		"bhyassine__wikileaks-data-analytics/groups/plusd/data-cleaning/HTMLexamples/*.html",
		"heuer__cablemap/cablemap.core/tests/data-subject/in/*.html",
		"chillicoder__cablegate/public/cable/*/*/*.html",
		"tathagata__reveal/cables/*.txt",
	} {
		m, err := filepath.Glob(filepath.Join(corpusDir, pat))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	sort.Strings(files)
	return files
}

// rate counts agreement on one field.
type rate struct {
	name             string
	agree, compared  int
	covered, present int // telegram gave the field / container gave it
	diffs            []string
}

func (r *rate) add(ok bool, diff string) {
	r.compared++
	if ok {
		r.agree++
	} else if len(r.diffs) < 2000 {
		r.diffs = append(r.diffs, diff)
	}
}

func (r *rate) pct() float64 {
	if r.compared == 0 {
		return 100
	}
	return 100 * float64(r.agree) / float64(r.compared)
}

// TestCorpus parses every cable of the shared corpus and checks what the
// telegram says against what its container (page, CSV row) says.
func TestCorpus(t *testing.T) {
	files := corpusFiles(t)
	id := &rate{name: "id"}
	date := &rate{name: "date"}
	class := &rate{name: "classification"}
	origin := &rate{name: "origin"}
	subject := &rate{name: "subject"}
	fm := &rate{name: "FM"}
	to := &rate{name: "TO"}
	tags := &rate{name: "TAGS"}
	cables, failures, notCables := 0, 0, 0
	// Cut second telegrams are logged one by one: each should be one
	// that was looked at (see glued.go).
	var glued []string
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		r := NewReader(fh, f)
		for r.Next() {
			c := r.Cable()
			cables++
			m := c.Meta
			where := f + " " + c.ID
			for _, e := range c.Errors {
				if errors.Is(e, ErrSecondTelegram) {
					glued = append(glued, e.Error())
				}
			}
			if m.ID != "" && c.TelegramID != "" {
				id.add(c.TelegramID == m.ID, where+": "+c.TelegramID)
			}
			if m.ID != "" {
				id.present++
				if c.TelegramID != "" {
					id.covered++
				}
			}
			if !m.Created.IsZero() {
				date.present++
			}
			if !m.Created.IsZero() && c.DateFrom != "meta" {
				date.covered++
				d1, d2 := c.Date.Format("2006-01-02"), m.Created.Format("2006-01-02")
				date.add(d1 == d2, where+": "+d1+" vs "+d2)
			}
			if m.Classification != "" {
				class.present++
				// The telegram's own line, not Level, which is the
				// container's when it has one.
				if w := c.Classification.Written; w != "" {
					class.covered++
					want, _ := metaClass(m.Classification)
					class.add(w == want, where+": "+w+" vs "+m.Classification)
				}
			}
			if m.Origin != "" {
				origin.present++
			}
			if m.Origin != "" && c.From.Name != "" {
				origin.covered++
				origin.add(sameOrigin(c.From.Name, m.Origin), where+": "+c.From.Name+" vs "+m.Origin)
			}
			if m.Subject != "" {
				subject.present++
				if c.Subject.Text != "" {
					subject.covered++
					subject.add(sameText(c.Subject.Text, m.Subject), where+":\n\t"+c.Subject.Text+"\n\t"+m.Subject)
				}
			}
			if c.TransmissionID != "" || c.Station != "" {
				// A routing header: FM, TO and TAGS must be found.
				fm.add(c.From.Name != "", where)
				to.add(len(c.To) > 0, where)
				tags.add(len(c.Tags) > 0, where)
			}
		}
		fh.Close()
		if err := r.Err(); err != nil {
			var l ErrorList
			if errors.As(err, &l) && len(l) == 1 && errors.Is(l[0], ErrNotCable) {
				notCables++
				continue
			}
			failures++
			t.Logf("%v", err)
		}
	}
	t.Logf("%d files, %d cables, %d failed inputs, %d inputs with no cable", len(files), cables, failures, notCables)
	t.Logf("%d cables with a second telegram cut off", len(glued))
	for _, g := range glued {
		t.Logf("  %s", g)
	}
	for _, r := range []*rate{id, date, class, origin, subject, fm, to, tags} {
		if r == fm || r == to || r == tags {
			t.Logf("%-15s %6.2f%% found (%d of %d cables with a routing header)", r.name, r.pct(), r.agree, r.compared)
		} else {
			t.Logf("%-15s %6.2f%% agree (%d/%d)  telegram gave it in %d of %d cables whose container did", r.name, r.pct(), r.agree, r.compared, r.covered, r.present)
		}
		if *corpusDiffs {
			for _, d := range r.diffs {
				t.Logf("  %s: %s", r.name, d)
			}
		}
	}
	for _, r := range []*rate{id, date, class, origin, subject} {
		if r.pct() < 99.5 {
			t.Errorf("%s agrees in %.2f%% of cables, want ≥ 99.5%%", r.name, r.pct())
		}
	}
	for _, r := range []*rate{fm, to, tags} {
		if r.pct() < 99 {
			t.Errorf("%s found in %.2f%% of cables with a routing header, want ≥ 99%%", r.name, r.pct())
		}
	}
	if cables < 6700 {
		t.Errorf("only %d cables parsed", cables)
	}
}

// sameOrigin compares a FM line ("AMEMBASSY PARIS") with the page's origin
// ("Embassy Paris").
func sameOrigin(fm, origin string) bool {
	norm := func(s string) string {
		s = strings.ToUpper(s)
		for _, w := range []string{"AMEMBASSY", "EMBASSY", "AMCONSUL", "CONSULATE", "USMISSION", "MISSION", "AMCONSULATE", "USDEL", "USOFFICE", "OFFICE", "AIT", "USINT", "INTERESTS SECTION", "US ", "U.S. ", "AMERICAN"} {
			s = strings.ReplaceAll(s, w, "")
		}
		return strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) {
				return r
			}
			return -1
		}, s)
	}
	a, b := norm(fm), norm(origin)
	if a == b || strings.Contains(a, b) || strings.Contains(b, a) {
		return a != "" || b != ""
	}
	if strings.HasPrefix(strings.ToUpper(fm), "SECSTATE") && strings.Contains(origin, "Secretary of State") {
		return true
	}
	return false
}

// sameText compares two renderings of a subject, ignoring case, spacing,
// punctuation and the repairs.
func sameText(a, b string) bool {
	norm := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return unicode.ToUpper(r)
			}
			return -1
		}, s)
	}
	x, y := norm(a), norm(strings.TrimSuffix(strings.TrimSpace(b), "..."))
	if len(x) > len(y) {
		x, y = y, x
	}
	// The pages' subjects stop at the first line break or are cut with
	// "...", so one may be a prefix of the other.
	return x == y || len(x) >= 10 && strings.HasPrefix(y, x)
}
