package main

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/cablegraph/cablegraph/cable"
	"github.com/cablegraph/cablegraph/pipeline"
)

// Real corpora hold several copies of one cable: the 6,746 cables under
// ../shared/cables-raw have 634 reference IDs that come more than once (a
// full page and an early redacted one, an HTML page and a CSV row, a
// truncated download). Which copy the graph gets must not depend on the
// order of the inputs, and must be the most complete one, so load and
// extract read their inputs twice: a first, parse-only pass (the parser
// runs at some 85 MB/s, extraction at 5) scores every copy, and the real
// pass keeps only the best copy of each ID.

// copyID names one cable of the input: its file, CSV row and first line.
type copyID struct {
	file      string
	row, line int
}

func copyOf(c *cable.Cable) copyID {
	return copyID{c.Source.File, c.Source.Row, c.Source.Line}
}

func (id copyID) String() string {
	switch {
	case id.row > 0:
		return fmt.Sprintf("%s row %d", id.file, id.row)
	case id.line > 1:
		return fmt.Sprintf("%s:%d", id.file, id.line)
	}
	return id.file
}

// completeness scores a copy: the bytes of its body that are clean text
// (no replacement or control characters), then how many of the telegram's
// fields it carries, then how few parse errors it had.
type completeness struct {
	body, fields, errs int
}

func scoreCopy(c *cable.Cable) completeness {
	s := completeness{errs: len(c.Errors)}
	// Every cable is scored, so the bytes are counted without decoding
	// the ASCII ones: a rune counts its length unless it is a replacement
	// character (or a byte that is no UTF-8) or a control other than a
	// newline or tab.
	body := c.Body.String
	for i := 0; i < len(body); {
		if b := body[i]; b < utf8.RuneSelf {
			if b >= ' ' || b == '\n' || b == '\t' {
				s.body++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(body[i:])
		if r != utf8.RuneError {
			s.body += n
		}
		i += n
	}
	for _, present := range []bool{
		!c.Date.IsZero(), c.Subject.Text != "", c.Classification.Level != "", c.From.Name != "",
		len(c.To) > 0, len(c.Tags) > 0, c.ClassifiedBy != nil, len(c.Paragraphs) > 0, c.Signature.Text != "",
	} {
		if present {
			s.fields++
		}
	}
	return s
}

// better reports whether copy a (scored sa) is to be kept over b (sb). Ties
// go to the smaller copyID, so that the input order never decides.
func better(a copyID, sa completeness, b copyID, sb completeness) bool {
	switch {
	case sa.body != sb.body:
		return sa.body > sb.body
	case sa.fields != sb.fields:
		return sa.fields > sb.fields
	case sa.errs != sb.errs:
		return sa.errs < sb.errs
	case a.file != b.file:
		return a.file < b.file
	case a.row != b.row:
		return a.row < b.row
	}
	return a.line < b.line
}

func (s completeness) String() string {
	return fmt.Sprintf("%d bytes of clean body, %d of 9 fields, %d parse errors", s.body, s.fields, s.errs)
}

// copyChoice is the outcome of the first pass: for every reference ID read
// more than once, the copy to keep.
type copyChoice struct {
	keep    map[string]copyID
	skipped int // copies the real pass dropped
}

// chooseCopies reads paths and picks the best copy of every repeated
// reference ID, telling w which it kept and why. It reports no errors:
// the real pass meets them again and reports them there. Stdin ("-", or no
// paths) cannot be read twice, so a run that reads stdin keeps the first
// copy of each ID, and says so when it meets a repeat (see
// (*copyChoice).skip).
//
// A cables.csv names each row's ID in a column, so its rows are first only
// skimmed for their IDs (cable.Reader.Skim); other inputs are parsed and
// scored at once. Only the skimmed copies of the IDs that turn out to
// repeat are then parsed, in a second read of the files that hold them.
// On the whole release, one CSV without repeats, the pass costs a CSV scan
// instead of a parse.
//
// Each read runs on workers goroutines, each reading its share of the
// files (every workers-th, so that a sorted directory's big and small
// files spread out); which copy is kept does not depend on the order they
// come back in (see better), and the report is sorted.
func chooseCopies(paths []string, maxSize, workers int, w io.Writer) *copyChoice {
	for _, p := range paths {
		if p == "-" {
			return nil
		}
	}
	if len(paths) == 0 {
		return nil
	}
	files, _ := pipeline.Files(paths) // their errors are the real pass's to report
	type best struct {
		id     copyID
		score  completeness
		copies map[copyID]completeness // every distinct copy, once repeated
	}
	seen := map[string]*best{}
	add := func(r scoredCopy) {
		b := seen[r.ref]
		if b == nil {
			seen[r.ref] = &best{id: r.id, score: r.score}
			return
		}
		if r.id == b.id {
			return // the same file named twice: the batcher skips it
		}
		if b.copies == nil {
			b.copies = map[copyID]completeness{b.id: b.score}
		}
		b.copies[r.id] = r.score
		if b.id == (copyID{}) || better(r.id, r.score, b.id, b.score) {
			b.id, b.score = r.id, r.score
		}
	}
	// First read: every ID, the skimmed copies unscored.
	skimmed := map[copyID]bool{}
	skimAll := func(string) bool { return true }
	for r := range readCopies(files, maxSize, workers, skimAll) {
		if r.skimmed {
			skimmed[r.id] = true
		}
		add(r)
	}
	// Second read, only when an ID repeats with a skimmed copy: parse and
	// score those copies, in the files that hold them.
	want := map[string]bool{}
	wantFiles := map[string]bool{}
	for ref, b := range seen {
		for id := range b.copies {
			if skimmed[id] {
				want[ref] = true
				wantFiles[id.file] = true
			}
		}
	}
	if len(want) > 0 {
		var again []string
		for _, f := range files {
			if wantFiles[f] {
				again = append(again, f)
			}
		}
		for ref := range want {
			// The skimmed copies' zero scores are dropped, and the best
			// chosen again among the copies left; add brings the
			// skimmed ones back, scored.
			b := seen[ref]
			maps.DeleteFunc(b.copies, func(id copyID, _ completeness) bool { return skimmed[id] })
			b.id, b.score = copyID{}, completeness{}
			for id, s := range b.copies {
				if b.id == (copyID{}) || better(id, s, b.id, b.score) {
					b.id, b.score = id, s
				}
			}
		}
		notWanted := func(id string) bool { return !want[id] }
		for r := range readCopies(again, maxSize, workers, notWanted) {
			if !r.skimmed && skimmed[r.id] {
				add(r)
			}
		}
	}
	choice := &copyChoice{keep: map[string]copyID{}}
	var lines []string
	for ref, b := range seen {
		if len(b.copies) < 2 {
			continue
		}
		choice.keep[ref] = b.id
		var dropped []string
		for id, s := range b.copies {
			if id != b.id {
				dropped = append(dropped, fmt.Sprintf("%s (%s)", id, s))
			}
		}
		slices.Sort(dropped)
		lines = append(lines, fmt.Sprintf("%s: %d copies; kept %s (%s) over %s\n", ref, len(b.copies), b.id, b.score, strings.Join(dropped, ", ")))
	}
	slices.Sort(lines)
	for _, l := range lines {
		fmt.Fprint(w, l)
	}
	return choice
}

// scoredCopy is one copy of a cable met by readCopies; a skimmed copy has
// no score.
type scoredCopy struct {
	ref     string
	id      copyID
	score   completeness
	skimmed bool
}

// readCopies reads files on workers goroutines, skimming the CSV rows
// skim says to (cable.Reader.Skim) and parsing the rest, and sends every
// cable with an ID as a scoredCopy; the channel is closed at the end.
func readCopies(files []string, maxSize, workers int, skim func(string) bool) <-chan scoredCopy {
	workers = max(1, min(workers, len(files)))
	out := make(chan scoredCopy, 64)
	var wg sync.WaitGroup
	for k := range workers {
		var share []string
		for i := k; i < len(files); i += workers {
			share = append(share, files[i])
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			m := pipeline.NewMultiReader(share, nil)
			m.MaxCableSize = maxSize
			m.Skim = skim
			for m.Next() {
				c := m.Cable()
				if c.ID == "" {
					continue
				}
				// The Reader skimmed exactly the CSV rows with an ID
				// that skim accepts.
				if c.Source.Format == cable.FormatCSV && c.Meta.ID != "" && skim(c.Meta.ID) {
					out <- scoredCopy{ref: c.ID, id: copyOf(c), skimmed: true}
					continue
				}
				out <- scoredCopy{ref: c.ID, id: copyOf(c), score: scoreCopy(c)}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

// skip reports whether c is a copy that the first pass did not keep.
func (cc *copyChoice) skip(c *cable.Cable) bool {
	if cc == nil || c.ID == "" {
		return false
	}
	keep, ok := cc.keep[c.ID]
	if ok && keep != copyOf(c) {
		cc.skipped++
		return true
	}
	return false
}

// repeats counts the copies skipped, for the summary line.
func (cc *copyChoice) repeats() int {
	if cc == nil {
		return 0
	}
	return cc.skipped
}
