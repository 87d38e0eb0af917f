package pipeline_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/cablegraph/cablegraph/pipeline"
)

func ExampleNewMultiReader() {
	// Directories are walked (README and the like skipped), .gz files
	// decompressed, and "-" reads the given stdin.
	m := pipeline.NewMultiReader([]string{"../testdata/sample"}, nil)
	n := 0
	for m.Next() {
		if n < 2 {
			fmt.Println(m.Cable().ID, m.Cable().Source.Format)
		}
		n++
	}
	fmt.Println(n, "cables", m.Err())
	// Output:
	// 07KUALALUMPUR1376 text
	// 07PARIS3972 text
	// 20 cables <nil>
}

func ExampleRun() {
	words := strings.Fields("the order of the input is kept")
	i := 0
	next := func() (string, int64, bool) {
		if i == len(words) {
			return "", 0, false
		}
		i++
		return words[i-1], int64(len(words[i-1])), true
	}
	upper := func(_ context.Context, w string) (string, error) { return strings.ToUpper(w), nil }
	err := pipeline.Run(context.Background(), pipeline.Config{Workers: 4, MaxBytes: 8}, next, upper,
		func(w, res string, err error) error {
			fmt.Print(res, " ")
			return err
		})
	fmt.Println(err)
	// Output:
	// THE ORDER OF THE INPUT IS KEPT <nil>
}
