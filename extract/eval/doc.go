// Package eval measures extraction against a hand-annotated gold set, and
// runs stock prose v3 as the baseline to beat.
//
// A gold set is a directory of <REFID>.json files in the format of
// ../shared/GOLD-FORMAT.md. Score compares one extract.Result with its
// gold annotation; a Tally sums the scores of one system over the set
// (micro-averaging) and WriteTable prints several systems side by side:
//
//	gold, err := eval.ReadGoldDir("testdata/gold")
//	ours := &eval.Tally{System: "cablegraph"}
//	for _, c := range cables {
//		if g := gold[c.ID]; g != nil {
//			ours.Add(eval.Score(g, extractor.Extract(c)))
//		}
//	}
//	eval.WriteTable(os.Stdout, ours)
//
// GOLD-FORMAT.md leaves a few choices to the scorer. They are settled so:
//
//   - People are matched one to one by the Hungarian method, maximising the
//     number of pairs first and exact name forms second. Names fold case,
//     accents, punctuation and a trailing "'s" (also the telegram's ",s").
//     Given names conflict when their initials differ or when both are
//     written out in full and differ.
//   - Titles are scored only for matched people, on both sides: a missed or
//     spurious person costs once, under people. Titles compare as runs of
//     whole folded words, either containing the other. Recall counts gold
//     titles found; precision counts predicted titles that match a gold
//     title of the same person.
//   - MET pairs are lists, matched one to one within an unordered pair of
//     gold people; a relation whose ends are not matched gold people is a
//     false positive.
//   - The MET date is right when it equals the gold date, and a null gold
//     date is right only against no predicted date.
//   - Person country (not in GOLD-FORMAT.md) is reported as an accuracy over
//     matched people whose gold country is not null.
package eval
