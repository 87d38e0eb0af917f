package graph

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"
)

// TestPeople: the people of the fixture come back in key order with their
// names and countries (none for burns), and an error from the callback
// stops the read.
func TestPeople(t *testing.T) {
	drv, c := testDriver(t)
	load(t, drv, c.Database, fixture(), 1000)
	ctx := context.Background()
	var got []string
	err := People(ctx, drv, c.Database, func(key, name, country string) error {
		got = append(got, fmt.Sprintf("%s|%s|%s", key, name, country))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"burns|" + injection + "|", "kouchner|Bernard Kouchner|FR", "lavrov|Lavrov|RU"}
	if !slices.Equal(got, want) {
		t.Errorf("People:\n got %q\nwant %q", got, want)
	}

	stop := errors.New("stop")
	calls := 0
	err = People(ctx, drv, c.Database, func(key, name, country string) error {
		calls++
		return stop
	})
	if !errors.Is(err, stop) || calls != 1 {
		t.Errorf("People with a failing callback: %v after %d calls, want %v after 1", err, calls, stop)
	}
}
