package graph

import "testing"

// TestRounds: every pair of buckets is scheduled exactly once, and no
// round uses a bucket twice.
func TestRounds(t *testing.T) {
	for _, n := range []int{2, 4, 6, 8} {
		seen := map[bucketPair]int{}
		for ri, round := range rounds(n) {
			used := map[int]bool{}
			for _, p := range round {
				seen[p]++
				if used[p.lo] || (p.hi != p.lo && used[p.hi]) {
					t.Errorf("n=%d round %d uses a bucket twice: %v", n, ri, round)
				}
				used[p.lo], used[p.hi] = true, true
			}
		}
		for a := 0; a < n; a++ {
			for b := a; b < n; b++ {
				if seen[bucketPair{a, b}] != 1 {
					t.Errorf("n=%d: pair (%d,%d) scheduled %d times", n, a, b, seen[bucketPair{a, b}])
				}
			}
		}
	}
}
