package extract

import (
	"errors"
	"fmt"
	"strconv"
	"time"
)

// Date is a day of the calendar, with no time of day and no zone: the day
// a cable says a meeting or visit took place. Its zero value means no
// date; a Meeting's Precision says how much of a date the cable gives.
//
// In JSON a Date is its ISO 8601 string, "2007-09-18". The fields of the
// Result that hold one are tagged omitzero, so that a zero Date is left
// out as the empty strings of earlier versions were.
type Date struct {
	Year  int        // the year, as written in full (2007)
	Month time.Month // January = 1
	Day   int        // day of the month, from 1
}

// DateOf returns the calendar day of t, in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Year: y, Month: m, Day: d}
}

// ErrDate is the error ParseDate returns for text that is not a date.
var ErrDate = errors.New("not an ISO date (YYYY-MM-DD)")

// ParseDate reads an ISO date, "2007-09-18", as String writes it: the
// year in four digits or more (with a minus sign before year 0), the month
// and day in two. The day must exist in that month.
func ParseDate(s string) (Date, error) {
	// The month and day are the last six bytes, "-09-18"; the year is
	// everything before them, so that years past 9999 read back too.
	n := len(s)
	if n < 10 || s[n-6] != '-' || s[n-3] != '-' {
		return Date{}, dateError(s)
	}
	ys := s[:n-6]
	if ys[0] == '+' || len(ys) < 4 || ys[0] == '-' && len(ys) < 5 {
		return Date{}, dateError(s)
	}
	y, err1 := strconv.Atoi(ys)
	m, err2 := twoDigits(s[n-5 : n-3])
	day, err3 := twoDigits(s[n-2:])
	if err1 != nil || err2 != nil || err3 != nil {
		return Date{}, dateError(s)
	}
	d := Date{Year: y, Month: time.Month(m), Day: day}
	if !d.IsValid() {
		return Date{}, dateError(s)
	}
	return d, nil
}

// isoDay is the Date of a day as the stages pass it on, written by
// dateRef.iso ("" for none). The stages carry days as ISO strings; the
// Result holds them typed, and this is the one place that turns one into
// the other. A string dateRef.iso did not write is a bug: it panics, and
// Extract reports it on the cable.
func isoDay(s string) Date {
	if s == "" {
		return Date{}
	}
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func dateError(s string) error { return fmt.Errorf("extract: date %q: %w", s, ErrDate) }

func twoDigits(s string) (int, error) {
	if len(s) != 2 || s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9' {
		return 0, ErrDate
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), nil
}

// IsZero reports whether d is the zero Date: no date.
func (d Date) IsZero() bool { return d == Date{} }

// IsValid reports whether d is a day that exists: a month of 1 to 12 and
// a day within that month.
func (d Date) IsValid() bool {
	return d.Month >= time.January && d.Month <= time.December && d.Day >= 1 && DateOf(d.In(time.UTC)) == d
}

// In returns the time at midnight starting day d in location loc.
func (d Date) In(loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// AddDays returns the date n days after d (before it when n < 0).
func (d Date) AddDays(n int) Date { return DateOf(d.In(time.UTC).AddDate(0, 0, n)) }

// Compare returns -1 if d is before e, +1 if after, 0 if the same day.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(int(d.Month), int(e.Month))
	default:
		return cmpInt(d.Day, e.Day)
	}
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// String returns d in ISO 8601 form, "2007-09-18", and "" for the zero
// Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return string(d.appendISO(make([]byte, 0, 10)))
}

// appendISO writes d as time.DateOnly formats it, years past 9999 and
// before 0 included.
func (d Date) appendISO(b []byte) []byte {
	if d.Year < 0 || d.Year > 9999 || !d.IsValid() {
		return d.In(time.UTC).AppendFormat(b, time.DateOnly)
	}
	y, m, day := d.Year, int(d.Month), d.Day
	return append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-', byte('0'+day/10), byte('0'+day%10))
}

// MarshalText writes d as String does.
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	return d.appendISO(make([]byte, 0, 10)), nil
}

// UnmarshalText reads an ISO date; empty text is the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// MarshalJSON writes d as a JSON string, "2007-09-18" ("" for the zero
// Date, which the Result's fields leave out instead).
func (d Date) MarshalJSON() ([]byte, error) {
	b := append(make([]byte, 0, 12), '"')
	if !d.IsZero() {
		b = d.appendISO(b)
	}
	return append(b, '"'), nil
}

// UnmarshalJSON reads an ISO date string; null and "" are the zero Date.
func (d *Date) UnmarshalJSON(b []byte) error {
	s := string(b)
	if s == "null" {
		*d = Date{}
		return nil
	}
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return fmt.Errorf("extract: date %s: %w", s, ErrDate)
	}
	return d.UnmarshalText([]byte(s[1 : len(s)-1]))
}
