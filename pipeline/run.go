// Package pipeline runs the stages of cablegraph over a corpus: it expands
// command-line paths into inputs (files, directories walked, gzip, "-" for
// stdin) and reads their cables with a MultiReader, and Run processes items
// on parallel workers while delivering the results in input order, with
// the bytes in flight bounded.
//
//	m := pipeline.NewMultiReader(paths, os.Stdin)
//	next := func() (*cable.Cable, int64, bool) {
//		if !m.Next() {
//			return nil, 0, false
//		}
//		return m.Cable(), m.Size(), true
//	}
//	err := pipeline.Run(ctx, pipeline.Config{}, next, extractOne, writeOne)
//
// The parser (package cable) turns bytes into cables and knows nothing of
// files; the stages after it (extract, graph) know nothing of inputs.
package pipeline

import (
	"context"
	"runtime"
	"sync"
)

// DefaultMaxBytes is the bytes in flight when Config.MaxBytes is zero.
const DefaultMaxBytes = 64 << 20

// Config says how Run runs. The zero value is the default.
type Config struct {
	// Workers run the work at once; zero means runtime.GOMAXPROCS(0).
	Workers int

	// MaxBytes bounds the weight of the items read and not yet delivered;
	// zero means DefaultMaxBytes. An item heavier than MaxBytes counts as
	// MaxBytes: it runs alone rather than never.
	MaxBytes int64
}

// Run is an ordered parallel runner, after gofmt's sequencer: it calls
// next for each item, in turn, until next says there are no more; runs
// work on each item on up to Workers goroutines; and calls deliver with
// every item, its result and its error, in the order next returned them.
//
// next returns each item with its weight (its size in bytes, say). Before
// an item is handed to a worker, its weight is taken from a budget of
// MaxBytes, and given back once the item is delivered: so a slow deliver
// or a heavy item stops the reading rather than letting memory grow. The
// items in flight are also at most a few per worker, whatever their weight.
// Besides those, next holds the one item it has just read while it waits
// for room.
//
// An error of work is the item's own: it goes to deliver with the item,
// and the others go on. Run stops at the first error of deliver, which it
// returns, or when ctx is done, returning ctx.Err(); it then cancels the
// context given to work and waits for the workers. next runs on a
// goroutine of its own, and deliver on the caller's. A next blocked (on
// stdin, say) is not waited for: it may still be running when Run returns
// an error, but never after Run returns nil.
func Run[T, R any](ctx context.Context, cfg Config, next func() (item T, weight int64, ok bool),
	work func(context.Context, T) (R, error), deliver func(T, R, error) error) error {
	workers := cfg.Workers
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	budget := cfg.MaxBytes
	if budget <= 0 {
		budget = DefaultMaxBytes
	}

	type job struct {
		item   T
		weight int64
		res    R
		err    error
		done   chan struct{}
	}
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	// Cancel first: when deliver fails, the reader and the workers may be
	// blocked, and would never finish.
	defer wg.Wait()
	defer cancel()

	sem := newWeighted(budget)
	jobs := make(chan *job)
	ordered := make(chan *job, 4*workers)
	go func() {
		defer close(jobs)
		defer close(ordered)
		for {
			item, weight, ok := next()
			if !ok {
				return
			}
			weight = min(max(weight, 0), budget)
			if !sem.acquire(ctx, weight) {
				return
			}
			j := &job{item: item, weight: weight, done: make(chan struct{})}
			// In order first, then to a worker: the deliverer waits for
			// j.done only once a worker has j.
			select {
			case ordered <- j:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
		}
	}()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				// Also watch ctx: the reader may be blocked in next and
				// never close jobs.
				select {
				case j, ok := <-jobs:
					if !ok {
						return
					}
					j.res, j.err = work(ctx, j.item)
					close(j.done)
				case <-ctx.Done():
					return
				}
			}
		}()
	}

	for {
		var j *job
		var ok bool
		select {
		case j, ok = <-ordered:
		case <-ctx.Done():
			return ctx.Err()
		}
		if !ok {
			return ctx.Err()
		}
		select {
		case <-j.done:
		case <-ctx.Done():
			return ctx.Err()
		}
		if err := ctx.Err(); err != nil {
			// Work cut short by the cancellation is no result.
			return err
		}
		err := deliver(j.item, j.res, j.err)
		sem.release(j.weight)
		if err != nil {
			return err
		}
	}
}

// weighted is a weighted semaphore for one acquirer (the reader) and any
// number of releasers: golang.org/x/sync/semaphore cut to what Run needs.
type weighted struct {
	mu    sync.Mutex
	size  int64
	cur   int64
	freed chan struct{} // a release happened since the acquirer last looked
}

func newWeighted(size int64) *weighted {
	return &weighted{size: size, freed: make(chan struct{}, 1)}
}

// acquire waits until n fits, and takes it; it reports false when ctx is
// done first.
func (s *weighted) acquire(ctx context.Context, n int64) bool {
	for {
		s.mu.Lock()
		if s.cur+n <= s.size {
			s.cur += n
			s.mu.Unlock()
			return true
		}
		s.mu.Unlock()
		select {
		case <-s.freed:
		case <-ctx.Done():
			return false
		}
	}
}

func (s *weighted) release(n int64) {
	s.mu.Lock()
	s.cur -= n
	s.mu.Unlock()
	select {
	case s.freed <- struct{}{}:
	default:
	}
}
