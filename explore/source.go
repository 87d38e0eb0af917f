package explore

import (
	"context"

	"github.com/cablegraph/cablegraph/draw"
)

// Source is where the picture and the path commands find people and
// meetings: Neo4j (Graph) or files read into memory (Index, through
// Memory).
type Source interface {
	Resolve(ctx context.Context, name string) (Candidate, error)
	Ego(ctx context.Context, key string, depth int) (*draw.Network, error)
	Path(ctx context.Context, a, b string, maxHops int) ([]Chain, error)
	PathNetwork(ctx context.Context, chains []Chain) (*draw.Network, error)
	Person(ctx context.Context, key string) (*Record, error)
}

var (
	_ Source = Graph{}
	_ Source = Memory{}
)

// Memory is an Index seen as a Source.
type Memory struct {
	*Index
}

func (m Memory) Resolve(_ context.Context, name string) (Candidate, error) {
	return m.Index.Resolve(name)
}

func (m Memory) Ego(_ context.Context, key string, depth int) (*draw.Network, error) {
	return m.Index.Ego(key, depth), nil
}

func (m Memory) Path(_ context.Context, a, b string, maxHops int) ([]Chain, error) {
	return m.Index.Path(a, b, maxHops), nil
}

func (m Memory) PathNetwork(_ context.Context, chains []Chain) (*draw.Network, error) {
	return m.Index.PathNetwork(chains), nil
}
