package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/cablegraph/cablegraph/cable"
	"github.com/cablegraph/cablegraph/extract"
	"github.com/cablegraph/cablegraph/extract/eval"
)

const identityUsage = `usage: cablegraph eval-identity [flags] GOLD_DIR [CORPUS_DIR]

Scores person identity against the identity gold GOLD_DIR
(testdata/gold-identity): extracts every cable of CORPUS_DIR (by default
the WikiLeaks mirror under ../shared/cables-raw), resolves people across
them in input order as load does, and prints B-cubed and pairwise precision
and recall of the person keys over the gold's mentions, split by split,
beside the keys of each cable alone (the "same full name" baseline).
`

// runEvalIdentity implements "cablegraph eval-identity".
func runEvalIdentity(ctx context.Context, e env) int {
	fl := newFlagSet("eval-identity", identityUsage, e.stderr)
	ex := addExtractFlags(fl)
	splits := fl.String("splits", "train,dev", "comma-separated splits to score (the test split is scored only to report)")
	verbose := fl.Bool("v", false, "list the merged and split gold people")
	mentions := fl.Bool("mentions", false, "list every mention with its gold person and key")
	if code, done := parseFlags(fl, e.args); done {
		return code
	}
	if fl.NArg() < 1 || fl.NArg() > 2 {
		fl.Usage()
		return 2
	}
	gold, err := eval.ReadIdentityGold(fl.Arg(0))
	if err != nil {
		fmt.Fprintf(e.stderr, "cablegraph eval-identity: %v\n", err)
		return 1
	}
	corpus := filepath.Join("..", "shared", "cables-raw", "avilaroman__Wikileaks-Mirror", "cable")
	if fl.NArg() == 2 {
		corpus = fl.Arg(1)
	}
	want := map[string]bool{}
	for _, m := range gold {
		want[m.Cable] = true
	}
	// The extraction of every gold cable, read in corpus order (the keys
	// do not depend on it).
	results := map[string]*extract.Result{}
	cables := map[string]*cable.Cable{} // the text of the mentions, to map them back to the input
	fails := &failures{w: e.stderr}
	ex.copies = chooseCopies([]string{corpus}, 0, runtime.GOMAXPROCS(0), io.Discard)
	m := openInputs([]string{corpus}, nil, 0, fails)
	err = ex.run(ctx, m, fails, nil, func(c *cable.Cable, res *extract.Result) error {
		if want[c.ID] {
			results[c.ID], cables[c.ID] = res, &cable.Cable{Body: c.Body, Subject: c.Subject}
		}
		return nil
	})
	if err != nil {
		fmt.Fprintf(e.stderr, "cablegraph eval-identity: %v\n", err)
		return 1
	}
	keyOf := func(m eval.IdentityMention) string {
		if res := results[m.Cable]; res != nil {
			return eval.PersonAt(res, cables[m.Cable], m.Offset)
		}
		return ""
	}
	code := 0
	for _, split := range strings.Split(*splits, ",") {
		var set []eval.IdentityMention
		for _, m := range gold {
			if m.Split == split {
				set = append(set, m)
			}
		}
		if len(set) == 0 {
			fmt.Fprintf(e.stderr, "cablegraph eval-identity: no mentions in split %q\n", split)
			code = 2
			continue
		}
		missing := 0
		for _, m := range set {
			if results[m.Cable] == nil {
				missing++
			}
		}
		// The baseline: people are the same when the name written at the
		// mention, normalised, is the same.
		base := eval.ScoreIdentity("same normalised name", set, func(m eval.IdentityMention) string {
			if res := results[m.Cable]; res != nil {
				if text := eval.MentionTextAt(res, cables[m.Cable], m.Offset); text != "" {
					return "name:" + eval.NormaliseName(text)
				}
			}
			return ""
		})
		ours := eval.ScoreIdentity("cablegraph", set, keyOf)
		if err := eval.WriteIdentityTable(e.stdout, split, base, ours); err != nil {
			return 1
		}
		if missing > 0 {
			fmt.Fprintf(e.stdout, "(%d mentions in cables not read from %s)\n", missing, corpus)
		}
		if *mentions {
			for _, m := range set {
				fmt.Fprintf(e.stdout, "  %s %s %-30q %-45s %s\n", m.ID, m.Cable, m.Span, m.Person, keyOf(m))
			}
		}
		if *verbose {
			for _, s := range ours.Merged {
				fmt.Fprintf(e.stdout, "  merged  %s\n", s)
			}
			for _, s := range ours.Split {
				fmt.Fprintf(e.stdout, "  split   %s\n", s)
			}
		}
		fmt.Fprintln(e.stdout)
	}
	if fails.count() > 0 && code == 0 {
		code = 1
	}
	return code
}
