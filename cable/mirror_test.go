package cable

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestMirrorMetadata reads every page of the WikiLeaks mirror and checks
// the parser's classification and subject against what the page itself
// says in its <h3> title and metadata table (issue 10, point 9).
// Classification agrees when the cable's effective level is the page's
// level; the subject agrees when it is the page's title (or one is a
// prefix of the other: titles are cut).
func TestMirrorMetadata(t *testing.T) {
	dir := corpusDir()
	if dir == "" {
		t.Skip("corpus not available: no shared/cables-raw above this directory; the mirror check needs it")
	}
	files, err := filepath.Glob(filepath.Join(dir, "avilaroman__Wikileaks-Mirror/cable/*/*/*.html"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Skip("no mirror pages under " + dir)
	}
	var (
		pages                               int
		classWrong, classNone, classDiffers []string
		classUnread                         []string
		subjEmpty, subjWrong                []string
		subjKeyword                         []string
		classFromMeta                       int
	)
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		cs := readAll(t, f, raw)
		if len(cs) != 1 {
			t.Errorf("%s: %d cables, want 1", f, len(cs))
			continue
		}
		c := cs[0]
		pages++
		m := c.Meta
		if m.Classification != "" {
			want, _, _ := strings.Cut(m.Classification, "//")
			switch {
			case c.Classification.Level == "":
				classNone = append(classNone, c.ID)
			case c.Classification.Level != want:
				classWrong = append(classWrong, c.ID+": "+c.Classification.Level+" vs "+m.Classification)
			}
			if c.Classification.Written == "" {
				classUnread = append(classUnread, c.ID)
			}
			if c.Classification.Written != "" && c.Classification.Written != want {
				classDiffers = append(classDiffers, c.ID+": text "+c.Classification.Written+", page "+m.Classification)
			}
			if c.Classification.From == "meta" {
				classFromMeta++
			}
		}
		if m.Subject != "" {
			if hasPrefixUpper(c.Subject.Text, "SUBJ") || hasPrefixUpper(c.Subject.Text, "UBJECT") {
				subjKeyword = append(subjKeyword, c.ID)
			}
			switch {
			case c.Subject.Text == "":
				subjEmpty = append(subjEmpty, c.ID)
			case !sameText(c.Subject.Text, m.Subject):
				subjWrong = append(subjWrong, c.ID+":\n\t"+c.Subject.Text+"\n\t"+m.Subject)
			}
		}
	}
	for _, l := range [][]string{classWrong, classNone, classUnread, classDiffers, subjEmpty, subjWrong, subjKeyword} {
		sort.Strings(l)
	}
	t.Logf("%d mirror pages", pages)
	t.Logf("classification: %d disagree with the page, %d with none; level taken from the page on %d; the text's line unread on %d, differs from the page on %d",
		len(classWrong), len(classNone), classFromMeta, len(classUnread), len(classDiffers))
	t.Logf("subject: %d empty, %d differ from the page's title, %d start with a SUBJECT keyword", len(subjEmpty), len(subjWrong), len(subjKeyword))
	if *corpusDiffs {
		for _, l := range [][]string{classWrong, classNone, classUnread, classDiffers, subjEmpty, subjWrong, subjKeyword} {
			for _, d := range l {
				t.Log("  " + d)
			}
		}
	}
	if pages < 6700 {
		t.Errorf("%d mirror pages read, want 6,712", pages)
	}
	// Floors just below what the parser reaches; the text's own line is
	// kept where it differs from the page, so those are not counted.
	if n := len(classWrong) + len(classNone); n > 0 {
		t.Errorf("classification disagrees with the page on %d cables, want 0: %v", n, append(classNone, classWrong...))
	}
	// The pages whose text has no classification line at all (it starts
	// at SIPDIS or the addressees), or an "ID: ... CLASSIFICATION:" block.
	if len(classUnread) > 9 {
		t.Errorf("no classification line read on %d cables, want ≤ 9: %v", len(classUnread), classUnread)
	}
	// Mostly pages that hold the text of another telegram (05MUSCAT679
	// holds BEIJING 2305); the rest are cables whose record is another level.
	if len(classDiffers) > 16 {
		t.Errorf("the text's classification line differs from the page on %d cables, want ≤ 16", len(classDiffers))
	}
	if len(subjEmpty) > 0 {
		t.Errorf("subject empty on %d cables whose page has one, want 0: %v", len(subjEmpty), subjEmpty)
	}
	if len(subjKeyword) > 0 {
		t.Errorf("subject starts with a SUBJECT keyword (the keyword's rest, as \"UBJECT: ...\") on %d cables, want 0: %v", len(subjKeyword), subjKeyword)
	}
	// The pages whose title is no subject (06TRIPOLI498: "CONS RSO AMB
	// ..."; 08REYKJAVIK37, 09TRIPOLI795: a line of the text).
	if len(subjWrong) > 3 {
		t.Errorf("subject differs from the page's title on %d cables, want ≤ 3", len(subjWrong))
	}
}
