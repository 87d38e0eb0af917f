package pipeline

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// items returns a next function over weights, counting the weight read
// and not yet delivered in *read (the test's view of the bytes in flight).
func items(weights []int64) func() (int, int64, bool) {
	i := 0
	return func() (int, int64, bool) {
		if i >= len(weights) {
			return 0, 0, false
		}
		i++
		return i - 1, weights[i-1], true
	}
}

// TestRunOrder runs work that takes random times and checks that every
// item is delivered once, in order, whatever the workers.
func TestRunOrder(t *testing.T) {
	tests := []struct {
		workers int
		n       int
		budget  int64
	}{
		0: {workers: 1, n: 50},
		1: {workers: 3, n: 200},
		2: {workers: 8, n: 500},
		3: {workers: 8, n: 500, budget: 10},
		4: {workers: 0, n: 100}, // GOMAXPROCS
		5: {workers: 4, n: 0},
	}
	for i, tt := range tests {
		weights := make([]int64, tt.n)
		for k := range weights {
			weights[k] = rand.Int64N(5)
		}
		var got []int
		err := Run(context.Background(), Config{Workers: tt.workers, MaxBytes: tt.budget}, items(weights),
			func(_ context.Context, k int) (string, error) {
				time.Sleep(time.Duration(rand.IntN(200)) * time.Microsecond)
				return fmt.Sprint(k), nil
			},
			func(k int, res string, err error) error {
				if res != fmt.Sprint(k) || err != nil {
					t.Errorf("%d: item %d delivered with %q, %v", i, k, res, err)
				}
				got = append(got, k)
				return nil
			})
		if err != nil {
			t.Errorf("%d: Run: %v", i, err)
		}
		if len(got) != tt.n {
			t.Errorf("%d: %d items delivered, want %d", i, len(got), tt.n)
		}
		for k, v := range got {
			if k != v {
				t.Errorf("%d: item %d delivered at position %d", i, v, k)
				break
			}
		}
	}
}

// TestRunBytesInFlight counts the weight of the items that work has
// started and deliver has not yet taken: it must never pass the budget,
// except for an item heavier than the budget, which must then be alone.
// Seen from next, the weight read and not delivered may pass it by the one
// item next holds. A slow deliver keeps the budget full.
func TestRunBytesInFlight(t *testing.T) {
	tests := []struct {
		workers int
		budget  int64
		weights func(k int) int64
	}{
		0: {workers: 4, budget: 100, weights: func(int) int64 { return 10 }},
		1: {workers: 8, budget: 100, weights: func(int) int64 { return rand.Int64N(60) }},
		2: {workers: 8, budget: 100, weights: func(k int) int64 {
			if k%7 == 0 {
				return 250 // heavier than the whole budget
			}
			return rand.Int64N(30)
		}},
		3: {workers: 16, budget: 1 << 20, weights: func(int) int64 { return rand.Int64N(300 << 10) }},
		4: {workers: 2, budget: 5, weights: func(int) int64 { return 0 }},
	}
	for i, tt := range tests {
		const n = 300
		weights := make([]int64, n)
		heaviest := int64(0)
		for k := range weights {
			weights[k] = tt.weights(k)
			heaviest = max(heaviest, weights[k])
		}
		var mu sync.Mutex
		var started, maxStarted, read, maxRead int64
		var heavyAlone = true
		next := items(weights)
		err := Run(context.Background(), Config{Workers: tt.workers, MaxBytes: tt.budget},
			func() (int, int64, bool) {
				k, w, ok := next()
				mu.Lock()
				read += w
				maxRead = max(maxRead, read)
				mu.Unlock()
				return k, w, ok
			},
			func(_ context.Context, k int) (int, error) {
				mu.Lock()
				if weights[k] > tt.budget && started > 0 {
					heavyAlone = false
				}
				started += min(weights[k], tt.budget)
				maxStarted = max(maxStarted, started)
				mu.Unlock()
				return k, nil
			},
			func(k, _ int, _ error) error {
				time.Sleep(time.Duration(rand.IntN(50)) * time.Microsecond)
				mu.Lock()
				started -= min(weights[k], tt.budget)
				read -= weights[k]
				mu.Unlock()
				return nil
			})
		if err != nil {
			t.Errorf("%d: Run: %v", i, err)
		}
		if maxStarted > tt.budget {
			t.Errorf("%d: %d bytes in flight, over the budget of %d", i, maxStarted, tt.budget)
		}
		if !heavyAlone {
			t.Errorf("%d: an item heavier than the budget ran beside others", i)
		}
		if maxRead > tt.budget+heaviest {
			t.Errorf("%d: %d bytes read and not delivered, over the budget of %d and one item of %d", i, maxRead, tt.budget, heaviest)
		}
		if started != 0 || read != 0 {
			t.Errorf("%d: %d bytes started, %d read, left at the end", i, started, read)
		}
	}
}

// TestRunItemErrors fails the work of some items: each goes to deliver
// with its item, and the others are still run and delivered.
func TestRunItemErrors(t *testing.T) {
	tests := []struct {
		n    int
		fail func(k int) bool
	}{
		0: {n: 100, fail: func(k int) bool { return k%3 == 0 }},
		1: {n: 10, fail: func(k int) bool { return true }},
		2: {n: 10, fail: func(k int) bool { return k == 0 }},
		3: {n: 10, fail: func(k int) bool { return k == 9 }},
	}
	for i, tt := range tests {
		delivered, failed := 0, 0
		err := Run(context.Background(), Config{Workers: 4}, items(make([]int64, tt.n)),
			func(_ context.Context, k int) (int, error) {
				if tt.fail(k) {
					return 0, fmt.Errorf("item %d failed", k)
				}
				return k * 2, nil
			},
			func(k, res int, err error) error {
				delivered++
				switch {
				case tt.fail(k):
					failed++
					if err == nil || err.Error() != fmt.Sprintf("item %d failed", k) {
						t.Errorf("%d: item %d delivered with error %v", i, k, err)
					}
				case err != nil || res != k*2:
					t.Errorf("%d: item %d delivered with %d, %v", i, k, res, err)
				}
				return nil
			})
		if err != nil {
			t.Errorf("%d: Run: %v", i, err)
		}
		if delivered != tt.n {
			t.Errorf("%d: %d items delivered, want %d", i, delivered, tt.n)
		}
		if failed == 0 {
			t.Errorf("%d: no item failed", i)
		}
	}
}

// TestRunStops ends a run early: a deliver error, a cancelled context,
// work that waits for the cancellation, a next blocked for ever (stdin).
// Run must return the error and no item may be delivered after it.
func TestRunStops(t *testing.T) {
	errStop := errors.New("stop")
	blocked := make(chan struct{}) // never closed: a next that hangs
	defer close(blocked)
	tests := []struct {
		name string
		// stopAt is the item whose delivery stops the run.
		stopAt    int
		cancel    bool // cancel the context instead of failing deliver
		blockNext bool // next hangs after stopAt+1 items
		blockWork bool // work on items past stopAt waits for ctx
		want      error
	}{
		0: {name: "deliver error", stopAt: 5, want: errStop},
		1: {name: "cancel", stopAt: 5, cancel: true, want: context.Canceled},
		2: {name: "cancel while work waits", stopAt: 3, cancel: true, blockWork: true, want: context.Canceled},
		3: {name: "cancel while next hangs", stopAt: 3, cancel: true, blockNext: true, want: context.Canceled},
		4: {name: "deliver error while next hangs", stopAt: 3, blockNext: true, want: errStop},
		5: {name: "first item", stopAt: 0, cancel: true, want: context.Canceled},
	}
	for i, tt := range tests {
		ctx, cancel := context.WithCancel(context.Background())
		k := 0
		var after atomic.Bool
		var workDone atomic.Int64
		err := Run(ctx, Config{Workers: 3},
			func() (int, int64, bool) {
				if tt.blockNext && k > tt.stopAt {
					<-blocked
				}
				k++
				return k - 1, 1, k <= 1000
			},
			func(ctx context.Context, k int) (int, error) {
				defer workDone.Add(1)
				if tt.blockWork && k > tt.stopAt {
					<-ctx.Done()
					return 0, ctx.Err()
				}
				return k, nil
			},
			func(k, _ int, _ error) error {
				if after.Load() {
					t.Errorf("%d %s: item %d delivered after the stop", i, tt.name, k)
				}
				if k == tt.stopAt {
					after.Store(true)
					if tt.cancel {
						cancel()
						return nil
					}
					return errStop
				}
				return nil
			})
		cancel()
		if !errors.Is(err, tt.want) {
			t.Errorf("%d %s: Run returned %v, want %v", i, tt.name, err, tt.want)
		}
		if !after.Load() {
			t.Errorf("%d %s: the run stopped before item %d", i, tt.name, tt.stopAt)
		}
		if n := workDone.Load(); n > 1000 {
			t.Errorf("%d %s: work ran on %d items", i, tt.name, n)
		}
	}
}
