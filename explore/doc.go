// Package explore answers the questions users bring to the who-met-whom
// graph: which person a name means, whom they met, the shortest chain of
// meetings between two people, a person's timeline, and the network to
// draw around them.
//
// Graph asks Neo4j, through the bounded graph.Reader: names go through the
// full-text index person_names, and every other query starts from resolved
// keys. Index answers the same questions without a server, in memory, from
// the output of `cablegraph extract` or the bulk files of `cablegraph load`,
// so that a first run on the sample can end with a picture:
//
//	g := explore.Graph{Reader: graph.Reader{Driver: drv}}
//	who, err := g.Resolve(ctx, "kouchner")  // *AmbiguousError lists the candidates
//	enc, err := g.WhoMet(ctx, who.Key, explore.Filter{})
//	net, err := g.Ego(ctx, who.Key, 1)      // a *draw.Network, for package draw
package explore
