package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/cablegraph/cablegraph/explore"
)

// The exploring commands (who-met, path, timeline, draw) share this file:
// each resolves names to people first, then asks package explore, and
// prints a table or JSON Lines. A name that fits nobody exits with
// exitNotFound, one that fits several lists them and exits with
// exitAmbiguous.

const whoMetUsage = `usage: cablegraph who-met [flags] NAME

Everyone NAME met according to the cables, grouped by meeting: date, place,
cable, paragraph and the sentence that says so. NAME is a key
(person:kouchner) or any part of a name, whatever its case and accents.
Exit status 3 when no person matches, 4 when several do (they are listed).
`

func runWhoMet(ctx context.Context, e env) int {
	fl := newFlagSet("who-met", whoMetUsage, e.stderr)
	rf := newReadFlags(fl, e.getenv)
	from := fl.String("from", "", "only meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
	to := fl.String("to", "", "only meetings on or before this date")
	country := fl.String("country", "", "only people of this country (ISO code or name)")
	limit := fl.Int("limit", explore.DefaultLimit, "at most this many reports of meetings")
	if code, done := parseFlags(fl, flagsFirst(e.args, takesValue(fl))); done {
		return code
	}
	if fl.NArg() != 1 {
		fl.Usage()
		return 2
	}
	f := explore.Filter{Country: *country, Limit: *limit}
	var err error
	if *from != "" {
		if f.From, err = explore.ParseDay(*from, false); err != nil {
			fmt.Fprintf(e.stderr, "cablegraph who-met: -from: %v\n", err)
			return 2
		}
	}
	if *to != "" {
		if f.To, err = explore.ParseDay(*to, true); err != nil {
			fmt.Fprintf(e.stderr, "cablegraph who-met: -to: %v\n", err)
			return 2
		}
	}
	reader, closeReader, code := rf.open(ctx, "who-met", e.stderr)
	if code != 0 {
		return code
	}
	defer closeReader()
	g := explore.Graph{Reader: reader}
	who, err := g.Resolve(ctx, fl.Arg(0))
	if err != nil {
		return resolveFailed(e, "who-met", err, *rf.json)
	}
	enc, err := g.WhoMet(ctx, who.Key, f)
	if err != nil {
		return readFailed(e.stderr, "who-met", err)
	}
	out := bufio.NewWriter(e.stdout)
	if *rf.json {
		writeJSONLines(out, enc)
	} else {
		fmt.Fprintf(out, "%s (%s) met, in %d meetings:\n", who.Name, who.Key, len(enc))
		tw := tabwriter.NewWriter(out, 2, 8, 2, ' ', 0)
		fmt.Fprintln(tw, "DATE\tKIND\tPLACE\tCABLE\tPARA\tMET\tEVIDENCE")
		for _, m := range enc {
			var met []string
			for _, p := range m.Met {
				met = append(met, personLabel(p))
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", orDash(m.Date), m.Kind, cell(m.Place), m.Cable, para(m.Paragraph),
				strings.Join(met, ", "), clip(cell(m.Evidence), 90))
		}
		tw.Flush()
	}
	return flushed(e, "who-met", out)
}

const pathUsage = `usage: cablegraph path [flags] A B

The shortest chains of meetings between two people, each hop with the
cable and date that report it; at most -max-hops meetings long. Reads Neo4j,
or with -in the output of cablegraph extract (JSON Lines) or a directory of
bulk files from cablegraph load.
Exit status 3 when a name matches nobody or no chain is short enough, 4
when a name fits several people (they are listed).
`

func runPath(ctx context.Context, e env) int {
	fl := newFlagSet("path", pathUsage, e.stderr)
	rf := newReadFlags(fl, e.getenv)
	in := fl.String("in", "", "read extract output (FILE or -) or a bulk-import `DIR` instead of Neo4j")
	maxHops := fl.Int("max-hops", explore.MaxHops, "longest chain to look for, in meetings")
	if code, done := parseFlags(fl, flagsFirst(e.args, takesValue(fl))); done {
		return code
	}
	if fl.NArg() != 2 {
		fl.Usage()
		return 2
	}
	if *maxHops < 1 || *maxHops > 2*explore.MaxHops {
		fmt.Fprintf(e.stderr, "cablegraph path: -max-hops must be between 1 and %d\n", 2*explore.MaxHops)
		return 2
	}
	src, closeSource, code := openSource(ctx, e, "path", rf, *in)
	if code != 0 {
		return code
	}
	defer closeSource()
	a, b, code := resolvePair(ctx, e, "path", src, fl.Arg(0), fl.Arg(1), *rf.json)
	if code != 0 {
		return code
	}
	chains, err := src.Path(ctx, a.Key, b.Key, *maxHops)
	if err != nil {
		return readFailed(e.stderr, "path", err)
	}
	if len(chains) == 0 {
		fmt.Fprintf(e.stderr, "cablegraph path: no chain of at most %d meetings between %s and %s\n", *maxHops, a.Name, b.Name)
		return exitNotFound
	}
	out := bufio.NewWriter(e.stdout)
	if *rf.json {
		writeJSONLines(out, chains)
	} else {
		for i, c := range chains {
			var names []string
			for _, p := range c.People {
				names = append(names, p.Name)
			}
			fmt.Fprintf(out, "chain %d of %d, %d meetings: %s\n", i+1, len(chains), len(c.Hops), strings.Join(names, " - "))
			tw := tabwriter.NewWriter(out, 2, 8, 2, ' ', 0)
			for j, h := range c.Hops {
				fmt.Fprintf(tw, "  %s - %s\t%s\t%s\t%s\t%s\t%d reports\t%s\n", c.People[j].Name, c.People[j+1].Name,
					orDash(h.Date), cell(h.Place), h.Cable, para(h.Paragraph), h.Reports, clip(cell(h.Evidence), 70))
			}
			tw.Flush()
		}
	}
	return flushed(e, "path", out)
}

const timelineUsage = `usage: cablegraph timeline [flags] NAME

A person's month by month: the meetings they attended (with whom, which
cable), the titles the cables gave them, and the posts that reported on
them. Exit status 3 when no person matches, 4 when several do.
`

func runTimeline(ctx context.Context, e env) int {
	fl := newFlagSet("timeline", timelineUsage, e.stderr)
	rf := newReadFlags(fl, e.getenv)
	if code, done := parseFlags(fl, flagsFirst(e.args, takesValue(fl))); done {
		return code
	}
	if fl.NArg() != 1 {
		fl.Usage()
		return 2
	}
	reader, closeReader, code := rf.open(ctx, "timeline", e.stderr)
	if code != 0 {
		return code
	}
	defer closeReader()
	g := explore.Graph{Reader: reader}
	who, err := g.Resolve(ctx, fl.Arg(0))
	if err != nil {
		return resolveFailed(e, "timeline", err, *rf.json)
	}
	months, err := g.Timeline(ctx, who.Key)
	if err != nil {
		return readFailed(e.stderr, "timeline", err)
	}
	out := bufio.NewWriter(e.stdout)
	if *rf.json {
		writeJSONLines(out, months)
	} else {
		fmt.Fprintf(out, "%s (%s), %d months:\n", who.Name, who.Key, len(months))
		tw := tabwriter.NewWriter(out, 2, 8, 2, ' ', 0)
		fmt.Fprintln(tw, "MONTH\tMEETINGS\tTITLES\tREPORTED BY")
		for _, m := range months {
			var meets, posts []string
			for _, a := range m.Meetings {
				s := a.Date + " " + a.Kind
				if len(a.With) > 0 {
					s += " with " + strings.Join(a.With, ", ")
				}
				if a.Place != "" {
					s += " in " + a.Place
				}
				meets = append(meets, s+" ("+a.Cable+")")
			}
			for _, p := range m.Reports {
				posts = append(posts, fmt.Sprintf("%s (%d)", p.Post, p.Cables))
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", m.Month, orDash(strings.Join(meets, "; ")), orDash(strings.Join(m.Titles, "; ")),
				orDash(strings.Join(posts, ", ")))
		}
		tw.Flush()
	}
	return flushed(e, "timeline", out)
}

// resolvePair resolves the two names of a path.
func resolvePair(ctx context.Context, e env, name string, src explore.Source, a, b string, asJSON bool) (explore.Candidate, explore.Candidate, int) {
	ca, err := src.Resolve(ctx, a)
	if err != nil {
		return ca, ca, resolveFailed(e, name, err, asJSON)
	}
	cb, err := src.Resolve(ctx, b)
	if err != nil {
		return ca, cb, resolveFailed(e, name, err, asJSON)
	}
	if ca.Key == cb.Key {
		fmt.Fprintf(e.stderr, "cablegraph %s: %q and %q are the same person (%s)\n", name, a, b, ca.Key)
		return ca, cb, 2
	}
	return ca, cb, 0
}

// resolveFailed reports a name that fits nobody or several people, and
// returns the exit code that says which. The candidates go to stderr as a
// table; with -json also to stdout, one JSON object, for scripts.
func resolveFailed(e env, name string, err error, asJSON bool) int {
	var nf *explore.NotFoundError
	var amb *explore.AmbiguousError
	switch {
	case errors.As(err, &nf):
		fmt.Fprintf(e.stderr, "cablegraph %s: %v\n", name, err)
		return exitNotFound
	case errors.As(err, &amb):
		fmt.Fprintf(e.stderr, "cablegraph %s: %v:\n", name, err)
		tw := tabwriter.NewWriter(e.stderr, 2, 8, 2, ' ', 0)
		fmt.Fprintln(tw, "KEY\tNAME\tTITLES\tCOUNTRY\tYEARS\tCABLES")
		for _, c := range amb.Candidates {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\n", c.Key, c.Name, clip(cell(strings.Join(c.Titles, "; ")), 50),
				strings.Join(c.Countries, ","), c.Years(), c.Cables)
		}
		tw.Flush()
		if asJSON {
			json.NewEncoder(e.stdout).Encode(map[string]any{"ambiguous": amb.Name, "candidates": amb.Candidates})
		}
		return exitAmbiguous
	}
	return readFailed(e.stderr, name, err)
}

func writeJSONLines[T any](w io.Writer, items []T) {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, it := range items {
		enc.Encode(it)
	}
}

func flushed(e env, name string, out *bufio.Writer) int {
	if err := out.Flush(); err != nil {
		fmt.Fprintf(e.stderr, "cablegraph %s: writing output: %v\n", name, err)
		return 1
	}
	return 0
}

func personLabel(p explore.Person) string {
	if p.Country != "" {
		return p.Name + " (" + p.Country + ")"
	}
	return p.Name
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return cell(s)
}

func para(n int) string {
	if n == 0 {
		return "-"
	}
	return fmt.Sprint(n)
}
