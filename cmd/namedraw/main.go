// Command namedraw draws, with a fixed seed, the person mentions that make
// up the identity gold set (testdata/gold-identity): occurrences of hard
// surnames in real cables, to be labelled by hand with the real person each
// one denotes.
//
// A hard surname is one that a resolver can get wrong: families (Sarkozy's
// wife and son, the Karzai brothers, the Bhuttos), namesakes (Condoleezza and
// Susan Rice, Dmitry and Alexander Medvedev), near spellings (Lavrov and
// Laverov) and transliterations (Qadhafi, Qaddafi, Gaddafi). The draw takes
// up to -per-name cables for every surname of the list below from the
// WikiLeaks mirror, and in each cable up to -per-cable occurrences of that
// surname, distinct surface forms first. Cables are split into train, dev
// and test by a seeded shuffle: the test split is committed before any
// tuning and scored only to report.
//
// The occurrences are found by a plain word match on the page text, not by
// the extractor, so that annotators label the text and not the tool's output.
//
//	go run ./cmd/namedraw -raw ../shared/cables-raw/avilaroman__Wikileaks-Mirror \
//	    -out testdata/gold-identity
package main

import (
	"bufio"
	"flag"
	"fmt"
	"html"
	"log"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// hardNames are the surnames drawn, each with the spellings matched. The
// first spelling names the group in draw.tsv.
var hardNames = [][]string{
	{"Sarkozy"}, {"Lula"}, {"Silva"}, {"Medvedev"}, {"Lavrov"}, {"Laverov"},
	{"Clinton"}, {"Rice"}, {"Chavez"}, {"Karzai"}, {"Kouchner"}, {"Putin"},
	{"Bush"}, {"Castro"}, {"Assad"}, {"Hariri"}, {"Mubarak"}, {"Kirchner"},
	{"Ortega"}, {"Sharif"}, {"Bhutto"}, {"Zardari"}, {"Gemayel"}, {"Kaczynski"},
	{"Kabila"}, {"Kenyatta"}, {"Odinga"}, {"Mugabe"}, {"Qadhafi", "Qaddafi", "Gaddafi", "Gadhafi"},
	{"Saleh"}, {"Barzani"}, {"Talabani"}, {"Hakim"}, {"Sadr"}, {"Larijani"},
	{"Aliyev"}, {"Gandhi"}, {"Singh"}, {"Khan"}, {"Miliband"}, {"Burns"},
	{"Gordon"}, {"Fernandez"}, {"Garcia"}, {"Rodriguez"}, {"Kim"}, {"Lee"},
	{"Abdullah"}, {"Jumblatt"}, {"Abbas"}, {"Uribe"}, {"Santos"}, {"Morales"},
	{"Erdogan"}, {"Gul"}, {"Gates"}, {"Holbrooke"}, {"Mitchell"}, {"Fried"},
	{"Amorim"}, {"Patriota"}, {"Rousseff"}, {"Nazarbayev"}, {"Museveni"},
	{"Ahmadinejad"}, {"Sergey", "Sergei"}, {"Dmitry", "Dmitri", "Dmitriy"},
}

var (
	preBlock = regexp.MustCompile(`(?s)<pre>(.*?)</pre>`)
	tagRE    = regexp.MustCompile(`<[^>]*>`)
)

type occurrence struct {
	line   int    // 1-based line in the page file
	offset int    // byte offset of the surname in the page file
	span   string // capitalised words ending with the surname, decoded
	ctx    string // the text around it, decoded
}

func main() {
	raw := flag.String("raw", "../shared/cables-raw/avilaroman__Wikileaks-Mirror", "mirror folder (index.tsv, cable/)")
	out := flag.String("out", "testdata/gold-identity", "folder to write draw.tsv and mentions.tsv into")
	seed := flag.Uint64("seed", 20261205, "random seed")
	perName := flag.Int("per-name", 5, "cables drawn for each surname")
	perCable := flag.Int("per-cable", 4, "occurrences of one surname drawn in one cable")
	maxBytes := flag.Int64("max-bytes", 40<<10, "largest trimmed page drawn")
	flag.Parse()

	paths, err := pages(*raw, *maxBytes)
	if err != nil {
		log.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(*seed, 7))
	texts := map[string][]byte{}
	read := func(p string) []byte {
		if b, ok := texts[p]; ok {
			return b
		}
		b, err := os.ReadFile(filepath.Join(*raw, p))
		if err != nil {
			log.Fatal(err)
		}
		texts[p] = b
		return b
	}

	type pick struct {
		cable, path, group string
		occ                []occurrence
	}
	var picks []pick
	taken := map[string]bool{}
	for _, spellings := range hardNames {
		re := regexp.MustCompile(`\b(?i:` + strings.Join(spellings, "|") + `)\b`)
		order := rng.Perm(len(paths))
		n := 0
		for _, i := range order {
			if n == *perName {
				break
			}
			p := paths[i]
			id := strings.TrimSuffix(filepath.Base(p), ".html")
			if taken[id+"\t"+spellings[0]] {
				continue
			}
			occ := find(read(p), re)
			if len(occ) == 0 {
				continue
			}
			taken[id+"\t"+spellings[0]] = true
			picks = append(picks, pick{id, p, spellings[0], choose(occ, *perCable, rng)})
			n++
		}
	}
	// Split by cable: a cable drawn for two surnames stays in one split.
	var cables []string
	seen := map[string]bool{}
	for _, p := range picks {
		if !seen[p.cable] {
			seen[p.cable] = true
			cables = append(cables, p.cable)
		}
	}
	slices.Sort(cables)
	rng.Shuffle(len(cables), func(i, j int) { cables[i], cables[j] = cables[j], cables[i] })
	split := map[string]string{}
	for i, c := range cables {
		switch {
		case i < len(cables)/4:
			split[c] = "test"
		case i < len(cables)/2:
			split[c] = "dev"
		default:
			split[c] = "train"
		}
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	draw, err := os.Create(filepath.Join(*out, "draw.tsv"))
	if err != nil {
		log.Fatal(err)
	}
	ments, err := os.Create(filepath.Join(*out, "mentions.tsv"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Fprintln(draw, "cable\tsplit\tgroup\tpath")
	fmt.Fprintln(ments, "mention\tsplit\tcable\tline\toffset\tgroup\tspan\tcontext")
	seq := 0
	for _, p := range picks {
		fmt.Fprintf(draw, "%s\t%s\t%s\t%s\n", p.cable, split[p.cable], p.group, p.path)
		for _, o := range p.occ {
			seq++
			fmt.Fprintf(ments, "m%04d\t%s\t%s\t%d\t%d\t%s\t%s\t%s\n", seq, split[p.cable], p.cable, o.line, o.offset, p.group, o.span, o.ctx)
		}
	}
	for _, f := range []*os.File{draw, ments} {
		if err := f.Close(); err != nil {
			log.Fatal(err)
		}
	}
	log.Printf("%d cables, %d surname draws, %d mentions", len(cables), len(picks), seq)
}

// pages lists the mirror pages of 2001-2010 no larger than maxBytes, by
// index.tsv order.
func pages(raw string, maxBytes int64) ([]string, error) {
	f, err := os.Open(filepath.Join(raw, "index.tsv"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for first := true; sc.Scan(); first = false {
		if first {
			continue
		}
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 9 || cols[1] < "2001" || cols[1] >= "2011" {
			continue
		}
		st, err := os.Stat(filepath.Join(raw, cols[8]))
		if err != nil || st.Size() > maxBytes {
			continue
		}
		out = append(out, cols[8])
	}
	return out, sc.Err()
}

// find returns the occurrences of re inside the page's <pre> blocks.
func find(page []byte, re *regexp.Regexp) []occurrence {
	var occ []occurrence
	for _, blk := range preBlock.FindAllSubmatchIndex(page, -1) {
		start, end := blk[2], blk[3]
		for _, m := range re.FindAllIndex(page[start:end], -1) {
			at := start + m[0]
			occ = append(occ, occurrence{
				line:   1 + strings.Count(string(page[:at]), "\n"),
				offset: at,
				span:   span(page, start, at, start+m[1]),
				ctx:    context(page, start, end, at),
			})
		}
	}
	return occ
}

// span is the surname with the capitalised words just before it
// ("President Nicolas Sarkozy"), at most four.
func span(page []byte, lo, at, end int) string {
	words := strings.Fields(plain(string(page[lo:at])))
	var keep []string
	for i := len(words) - 1; i >= 0 && len(keep) < 4; i-- {
		w := words[i]
		r := []rune(w)
		if len(r) == 0 || !(unicode.IsUpper(r[0]) || slices.Contains([]string{"al-", "bin", "de", "da", "el-", "von", "van"}, w)) ||
			strings.ContainsAny(w, ".,;:()") {
			break
		}
		keep = append([]string{w}, keep...)
	}
	return strings.Join(append(keep, plain(string(page[at:end]))), " ")
}

// context is about 300 bytes of decoded text around at, on one line.
func context(page []byte, lo, hi, at int) string {
	a, b := max(lo, at-300), min(hi, at+300)
	s := plain(string(page[a:b]))
	return strings.Join(strings.Fields(s), " ")
}

func plain(s string) string { return html.UnescapeString(tagRE.ReplaceAllString(s, "")) }

// choose keeps at most n occurrences, one per distinct span first (so
// "Cecilia Sarkozy" is not crowded out by twenty "Sarkozy"), then at random.
func choose(occ []occurrence, n int, rng *rand.Rand) []occurrence {
	var first, rest []occurrence
	seen := map[string]bool{}
	for _, o := range occ {
		k := strings.ToLower(o.span)
		if !seen[k] {
			seen[k] = true
			first = append(first, o)
		} else {
			rest = append(rest, o)
		}
	}
	rng.Shuffle(len(first), func(i, j int) { first[i], first[j] = first[j], first[i] })
	rng.Shuffle(len(rest), func(i, j int) { rest[i], rest[j] = rest[j], rest[i] })
	got := append(first, rest...)
	if len(got) > n {
		got = got[:n]
	}
	slices.SortFunc(got, func(a, b occurrence) int { return a.offset - b.offset })
	return got
}
