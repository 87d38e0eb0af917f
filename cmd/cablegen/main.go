// Command cablegen writes a realistic full-size cables.csv for measuring
// cablegraph on the whole 2010 release without having it: the 251,287 real
// reference IDs and months of heuer/cablemap's cable2month.csv.gz, each
// given the body of a real cable of the WikiLeaks mirror (of the same post
// and year when the mirror has one) with its origin, date and serial
// rewritten to fit the ID and the surnames of its people varied, so that
// the number of distinct people grows with the number of cables about as
// it does in the real corpus.
//
//	go run ./cmd/cablegen -n 10000 -o cables.csv        # a seeded sample of 10,000 IDs
//	go run ./cmd/cablegen -n 1000 -skip 10000 -o more.csv # 1,000 IDs that sample does not hold
//	go run ./cmd/cablegen -fit ../shared/cables-raw/avilaroman__Wikileaks-Mirror/cable
//
// The output is the MySQL-style cables.csv dump that cable.Reader streams.
// Output is deterministic for a seed. Memory holds the mirror's texts and
// one hash per ID of the release, whatever -n is.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// defaultShared is where the project's real cables live, relative to the
// module root (the worktrees sit beside ../shared).
func defaultShared() string {
	for _, d := range []string{"../shared", "../../shared", "../../../shared"} {
		if _, err := os.Stat(filepath.Join(d, "cables-raw")); err == nil {
			return d
		}
	}
	return "../shared"
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("cablegen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg Config
	shared := fs.String("shared", defaultShared(), "directory holding cables-raw/ (the project's real cables)")
	fs.IntVar(&cfg.N, "n", 0, "cables to write (default all 251,287 IDs of the release)")
	fs.IntVar(&cfg.Skip, "skip", 0, "leave out the first `K` IDs of the seeded order, so that -n M -skip K shares no ID with -n K")
	fs.Uint64Var(&cfg.Seed, "seed", 1, "seed of the ID sample, the choice of bodies and the names")
	fs.Float64Var(&cfg.Zipf, "zipf", defaultZipf, "exponent s of the Zipf law surnames are drawn from (distinct surnames grow about as draws^(1/s))")
	fs.Float64Var(&cfg.Keep, "keep", defaultKeep, "share of a cable's variable people who keep their real name")
	out := fs.String("o", "-", "output `FILE` (- for stdout)")
	fit := fs.Bool("fit", false, "measure instead: extract the people of the cables named as arguments (files, dirs, cables.csv) and fit distinct people ~ cables^k over random subsets")
	j := fs.Int("j", 2, "extract this many cables in parallel (reading the mirror, and -fit)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: cablegen [-n N] [-skip K] [-seed S] [-o FILE]\n       cablegen -fit [FILE|DIR]...\n\nflags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	cfg.Mirror = filepath.Join(*shared, "cables-raw", "avilaroman__Wikileaks-Mirror", "cable")
	cfg.IDs = filepath.Join(*shared, "cables-raw", "heuer__cablemap", "cablemap.core", "cablemap", "core", "cable2month.csv.gz")
	cfg.Workers = *j
	if *fit {
		if fs.NArg() == 0 {
			fmt.Fprintln(stderr, "cablegen: -fit needs files or directories of cables")
			return 2
		}
		if err := fitCommand(ctx, fs.Args(), *j, stdout, stderr); err != nil {
			fmt.Fprintln(stderr, "cablegen:", err)
			return 1
		}
		return 0
	}
	if fs.NArg() > 0 || cfg.N < 0 || cfg.Skip < 0 || cfg.Zipf <= 1 || cfg.Keep < 0 || cfg.Keep > 1 {
		fs.Usage()
		return 2
	}
	var w io.Writer = stdout
	var f *os.File
	if *out != "-" {
		var err error
		// Write beside the target and rename at the end, so that an
		// interrupted run never leaves a short file under the real name.
		f, err = os.CreateTemp(filepath.Dir(*out), "."+filepath.Base(*out)+".*")
		if err != nil {
			fmt.Fprintln(stderr, "cablegen:", err)
			return 1
		}
		defer os.Remove(f.Name())
		w = f
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	g, err := NewGenerator(ctx, cfg)
	if err != nil {
		fmt.Fprintln(stderr, "cablegen:", err)
		return 1
	}
	n, err := g.WriteCSV(ctx, bw)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil && f != nil {
		if err = f.Chmod(0o644); err == nil {
			err = f.Close()
		}
		if err == nil {
			err = os.Rename(f.Name(), *out)
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, "cablegen:", err)
		return 1
	}
	fmt.Fprintf(stderr, "cablegen: %d cables (%d mirror bodies, %d real surnames in the pool)\n", n, len(g.sources), len(g.pool))
	return 0
}
