package extract

import (
	"encoding/json"
	"errors"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want Date
		ok   bool
	}{
		0:  {"2007-09-18", Date{2007, time.September, 18}, true},
		1:  {"0000-12-31", Date{0, time.December, 31}, true},
		2:  {"2008-02-29", Date{2008, time.February, 29}, true},
		3:  {"12345-01-02", Date{12345, time.January, 2}, true}, // as time.DateOnly writes it
		4:  {"-0001-01-02", Date{-1, time.January, 2}, true},
		5:  {"2007-02-29", Date{}, false}, // no such day
		6:  {"2007-13-01", Date{}, false},
		7:  {"2007-00-10", Date{}, false},
		8:  {"2007-09-00", Date{}, false},
		9:  {"2007-9-18", Date{}, false},
		10: {"07-09-18", Date{}, false},
		11: {"2007-09-18T00:00:00Z", Date{}, false},
		12: {"", Date{}, false},
		13: {"+2007-09-18", Date{}, false},
		14: {"September", Date{}, false},
		15: {"2007-09-1x", Date{}, false},
		16: {"-001-01-02", Date{}, false},
	}
	for i, tt := range tests {
		got, err := ParseDate(tt.in)
		if ok := err == nil; ok != tt.ok || got != tt.want {
			t.Errorf("%d. ParseDate(%q) = %v, %v; want %v (ok %v)", i, tt.in, got, err, tt.want, tt.ok)
		}
		if err != nil && !errors.Is(err, ErrDate) {
			t.Errorf("%d. ParseDate(%q): error %v is not ErrDate", i, tt.in, err)
		}
		if tt.ok {
			// String writes what time.DateOnly writes, and reads back.
			if s, want := got.String(), got.In(time.UTC).Format(time.DateOnly); s != want || s != tt.in {
				t.Errorf("%d. %v.String() = %q; want %q, as time formats it %q", i, got, s, tt.in, want)
			}
		}
	}
}

func TestDateOrder(t *testing.T) {
	a, b := Date{2007, time.September, 30}, Date{2007, time.October, 1}
	if !a.Before(b) || a.After(b) || !b.After(a) || a.Compare(a) != 0 || b.Compare(a) != 1 {
		t.Errorf("%v and %v misordered", a, b)
	}
	if got := a.AddDays(1); got != b {
		t.Errorf("%v.AddDays(1) = %v, want %v", a, got, b)
	}
	if got := b.AddDays(-1); got != a {
		t.Errorf("%v.AddDays(-1) = %v, want %v", b, got, a)
	}
	if got := DateOf(time.Date(2007, 9, 30, 23, 59, 0, 0, time.FixedZone("X", -5*3600))); got != a {
		t.Errorf("DateOf = %v, want %v (the day in t's own zone)", got, a)
	}
	if (Date{}).String() != "" || !(Date{}).IsZero() || (Date{}).IsValid() {
		t.Error("the zero Date is not the empty, invalid no-date")
	}
}

// TestDateJSON: a Result writes a date as the ISO string it always did,
// leaves out a zero one, and reads back what it wrote.
func TestDateJSON(t *testing.T) {
	rel := Relation{Type: Met, From: "A", To: "B", FromKey: "a", Date: Date{2007, time.May, 11}}
	b, err := json.Marshal(rel)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"type":"MET","from":"A","to":"B","from_key":"a","date":"2007-05-11"}`; string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
	var back Relation
	if err := json.Unmarshal(b, &back); err != nil || back != rel {
		t.Errorf("read back %+v, %v; want %+v", back, err, rel)
	}

	m := Meeting{Key: "meeting:X:1", Kind: KindMeeting, Participants: []Participant{}}
	if b, _ = json.Marshal(m); string(b) != `{"key":"meeting:X:1","kind":"meeting","participants":[]}` {
		t.Errorf("an undated meeting writes a date: %s", b)
	}
	m.Date, m.DateEnd, m.Precision = Date{2010, time.January, 25}, Date{2010, time.January, 28}, PrecisionRange
	if b, _ = json.Marshal(m); string(b) != `{"key":"meeting:X:1","kind":"meeting","date":"2010-01-25","date_end":"2010-01-28","precision":"range","participants":[]}` {
		t.Errorf("got %s", b)
	}

	tests := []struct {
		in   string
		want Date
		ok   bool
	}{
		0: {`"2007-05-11"`, Date{2007, time.May, 11}, true},
		1: {`""`, Date{}, true},
		2: {`null`, Date{}, true},
		3: {`"2007-05-32"`, Date{}, false},
		4: {`20070511`, Date{}, false},
	}
	for i, tt := range tests {
		var d Date
		err := json.Unmarshal([]byte(tt.in), &d)
		if ok := err == nil; ok != tt.ok || d != tt.want {
			t.Errorf("%d. Unmarshal(%s) = %v, %v; want %v (ok %v)", i, tt.in, d, err, tt.want, tt.ok)
		}
	}
	if b, _ := json.Marshal(Date{}); string(b) != `""` {
		t.Errorf("zero Date marshals as %s, want \"\"", b)
	}
}
