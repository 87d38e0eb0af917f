package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sync"

	"github.com/cablegraph/cablegraph/cable"
	"github.com/cablegraph/cablegraph/extract"
)

// fitCommand extracts the people of every cable named and measures how
// the number of distinct people (distinct person keys, as the graph gets
// them) grows with the number of cables: the mean over random subsets of
// sizes 500, 1000, 2000, ... and the slope k of the least-squares line
// through log(distinct) against log(cables).
func fitCommand(ctx context.Context, paths []string, workers int, stdout, stderr io.Writer) error {
	var files []string
	for _, p := range paths {
		err := filepath.WalkDir(p, func(f string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() {
				files = append(files, f)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	slices.Sort(files)
	keys, err := personKeys(ctx, files, max(1, workers))
	if err != nil {
		return err
	}
	fmt.Fprintf(stderr, "cablegen: people of %d cables extracted\n", len(keys))
	rows, k := fitGrowth(keys, 1)
	fmt.Fprintf(stdout, "%10s %14s %8s\n", "cables", "distinct people", "local k")
	for i, r := range rows {
		local := ""
		if i > 0 {
			local = fmt.Sprintf("%.3f", math.Log(r.people/rows[i-1].people)/math.Log(float64(r.cables)/float64(rows[i-1].cables)))
		}
		fmt.Fprintf(stdout, "%10d %14.0f %8s\n", r.cables, r.people, local)
	}
	fmt.Fprintf(stdout, "distinct people ~ cables^%.3f (least squares over the sizes above)\n", k)
	return nil
}

// personKeys returns the person keys of each cable, interned.
func personKeys(ctx context.Context, files []string, workers int) ([][]int32, error) {
	type job struct {
		i int
		c *cable.Cable
	}
	jobs := make(chan job, 64)
	var (
		mu     sync.Mutex
		intern = map[string]int32{}
		out    [][]int32
		wg     sync.WaitGroup
	)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var x extract.Extractor
			for j := range jobs {
				res := x.Extract(j.c)
				var ks []string
				for _, e := range res.Entities {
					if e.Type == extract.Person {
						ks = append(ks, e.Key)
					}
				}
				mu.Lock()
				ids := make([]int32, len(ks))
				for i, k := range ks {
					id, ok := intern[k]
					if !ok {
						id = int32(len(intern))
						intern[k] = id
					}
					ids[i] = id
				}
				out[j.i] = ids
				mu.Unlock()
			}
		}()
	}
	var ferr error
	n := 0
	for _, f := range files {
		if ctx.Err() != nil {
			break
		}
		fh, err := os.Open(f)
		if err != nil {
			ferr = err
			break
		}
		r := cable.NewReader(fh, f)
		for r.Next() {
			mu.Lock()
			out = append(out, nil)
			mu.Unlock()
			jobs <- job{n, r.Cable()}
			n++
		}
		fh.Close()
	}
	close(jobs)
	wg.Wait()
	if ferr == nil {
		ferr = ctx.Err()
	}
	return out, ferr
}

type growthRow struct {
	cables int
	people float64
}

// fitGrowth counts distinct keys over random subsets (five draws a size,
// one for the whole) and fits the exponent.
func fitGrowth(keys [][]int32, seed uint64) ([]growthRow, float64) {
	maxKey := int32(-1)
	for _, ks := range keys {
		for _, k := range ks {
			maxKey = max(maxKey, k)
		}
	}
	stamp := make([]int32, maxKey+1)
	gen := int32(0)
	rng := rand.New(rand.NewPCG(seed, 0))
	order := make([]int, len(keys))
	for i := range order {
		order[i] = i
	}
	var sizes []int
	for s := 500; s < len(keys); s *= 2 {
		sizes = append(sizes, s)
	}
	sizes = append(sizes, len(keys))
	var rows []growthRow
	var sx, sy, sxx, sxy float64
	for _, size := range sizes {
		reps := 5
		if size == len(keys) {
			reps = 1
		}
		total := 0
		for range reps {
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
			gen++
			d := 0
			for _, i := range order[:size] {
				for _, k := range keys[i] {
					if stamp[k] != gen {
						stamp[k] = gen
						d++
					}
				}
			}
			total += d
		}
		r := growthRow{size, float64(total) / float64(reps)}
		rows = append(rows, r)
		x, y := math.Log(float64(size)), math.Log(r.people)
		sx, sy, sxx, sxy = sx+x, sy+y, sxx+x*x, sxy+x*y
	}
	n := float64(len(rows))
	k := (n*sxy - sx*sy) / (n*sxx - sx*sx)
	return rows, k
}
