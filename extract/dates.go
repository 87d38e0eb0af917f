package extract

import (
	"strconv"
	"strings"
	"time"
)

// dateRef is a date expression found in a sentence. A reference the text
// does not pin to a day ("last week", "in September") has a zero date:
// it still tells the MET stage that the sentence speaks of a time.
type dateRef struct {
	lo, hi int // token range
	date   time.Time
	days   bool // a range of days ("January 10-12"); date is the first
	rel    int  // days from the day the context gives ("the previous day": -1), date unset
}

func (r dateRef) iso() string {
	if r.date.IsZero() {
		return ""
	}
	return r.date.Format("2006-01-02")
}

var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

func monthOf(t *token) (time.Month, bool) {
	if t.kind != tokWord || !t.upper || len(t.text) < 3 || len(t.text) > 9 {
		return 0, false
	}
	m, ok := months[t.lower]
	return m, ok
}

func weekdayOf(t *token) (time.Weekday, bool) {
	if t.kind != tokWord || !t.upper || len(t.text) < 6 || len(t.text) > 9 {
		return 0, false
	}
	w, ok := weekdays[t.lower]
	return w, ok
}

// dayNumber reads "18" or "18th" as a day of the month.
func dayNumber(t *token) (int, bool) {
	if t.kind != tokNum {
		return 0, false
	}
	s := strings.TrimRight(t.text, "thsnrd")
	// A range of days, "14-15": a stay that began on the first.
	if a, b, ok := strings.Cut(s, "-"); ok {
		if m, err := strconv.Atoi(b); err != nil || m < 1 || m > 31 {
			return 0, false
		}
		s = a
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > 31 {
		return 0, false
	}
	return n, true
}

func yearNumber(t *token) (int, bool) {
	if t.kind != tokNum || len(t.text) != 4 {
		return 0, false
	}
	n, err := strconv.Atoi(t.text)
	if err != nil || n < 1940 || n > 2030 {
		return 0, false
	}
	return n, true
}

// findDates returns the date expressions of toks[lo:hi], resolved against
// the cable's date: a day without a year is the most recent such day not
// after the cable (events reported are past), a weekday is the most recent
// such day before the cable, "yesterday" is the day before.
func findDates(toks []token, lo, hi int, cableDate time.Time, out []dateRef) []dateRef {
	day0 := time.Date(cableDate.Year(), cableDate.Month(), cableDate.Day(), 0, 0, 0, 0, time.UTC)
	for i := lo; i < hi; i++ {
		t := &toks[i]
		if m, ok := monthOf(t); ok {
			// Sept. 18
			j := i + 1
			if j < hi && toks[j].text == "." {
				j++
			}
			if j < hi {
				if d, ok := dayNumber(&toks[j]); ok {
					y, end := 0, j+1
					if end+1 < hi && toks[end].text == "," {
						if yy, ok := yearNumber(&toks[end+1]); ok {
							y, end = yy, end+2
						}
					} else if end < hi {
						if yy, ok := yearNumber(&toks[end]); ok {
							y, end = yy, end+1
						}
					}
					out = append(out, dateRef{lo: i, hi: end, date: monthDay(day0, y, m, d), days: strings.Contains(toks[j].text, "-")})
					i = end - 1
					continue
				}
			}
			// 18 September (2007)
			if i > lo {
				if d, ok := dayNumber(&toks[i-1]); ok {
					y, end := 0, i+1
					if end < hi {
						if yy, ok := yearNumber(&toks[end]); ok {
							y, end = yy, end+1
						}
					}
					out = append(out, dateRef{lo: i - 1, hi: end, date: monthDay(day0, y, m, d), days: strings.Contains(toks[i-1].text, "-")})
					i = end - 1
					continue
				}
			}
			if m != 5 || t.text == "May" && i > lo && (toks[i-1].is("in") || toks[i-1].is("early") || toks[i-1].is("late") || toks[i-1].is("mid")) {
				out = append(out, dateRef{lo: i, hi: i + 1}) // a month, no day
			}
			continue
		}
		if w, ok := weekdayOf(t); ok {
			diff := (int(day0.Weekday()) - int(w) + 7) % 7
			if diff == 0 {
				diff = 7
			}
			out = append(out, dateRef{lo: i, hi: i + 1, date: day0.AddDate(0, 0, -diff)})
			continue
		}
		if t.kind == tokNum && strings.Count(t.text, "/") >= 1 {
			if d, ok := slashDate(t.text, day0); ok {
				out = append(out, dateRef{lo: i, hi: i + 1, date: d})
			}
			continue
		}
		if t.kind != tokWord {
			continue
		}
		switch {
		case t.is("yesterday"):
			out = append(out, dateRef{lo: i, hi: i + 1, date: day0.AddDate(0, 0, -1)})
		case t.is("today") || t.is("tonight"):
			out = append(out, dateRef{lo: i, hi: i + 1, date: day0})
		case t.is("this") && i+1 < hi && (toks[i+1].is("morning") || toks[i+1].is("afternoon") || toks[i+1].is("evening")):
			out = append(out, dateRef{lo: i, hi: i + 2, date: day0})
		case t.is("last") && i+1 < hi && toks[i+1].is("night"):
			out = append(out, dateRef{lo: i, hi: i + 2, date: day0.AddDate(0, 0, -1)})
		case (t.is("last") || t.is("next") || t.is("this")) && i+1 < hi && (toks[i+1].is("week") || toks[i+1].is("month") || toks[i+1].is("year") || toks[i+1].is("weekend")):
			out = append(out, dateRef{lo: i, hi: i + 2})
		case t.is("recently") || t.is("recent") || t.is("earlier"):
			out = append(out, dateRef{lo: i, hi: i + 1})
		case t.is("the") && i+2 < hi && toks[i+2].is("day") && (toks[i+1].is("previous") || toks[i+1].is("next") || toks[i+1].is("following")):
			// "the previous day", "the next day": a day from the one the
			// text has just told, not from the cable's.
			rel := 1
			if toks[i+1].is("previous") {
				rel = -1
			}
			out = append(out, dateRef{lo: i, hi: i + 3, rel: rel})
			i += 2
		case t.is("the") && i+2 < hi && toks[i+1].is("day") && (toks[i+2].is("before") || toks[i+2].is("after")) && (i+3 >= hi || toks[i+3].kind != tokWord || toks[i+3].is("and")):
			rel := 1
			if toks[i+2].is("before") {
				rel = -1
			}
			out = append(out, dateRef{lo: i, hi: i + 3, rel: rel})
			i += 2
		}
	}
	return out
}

// monthDay resolves month and day, with the year if written, against the
// cable's day.
func monthDay(day0 time.Time, year int, m time.Month, d int) time.Time {
	if year != 0 {
		return time.Date(year, m, d, 0, 0, 0, 0, time.UTC)
	}
	t := time.Date(day0.Year(), m, d, 0, 0, 0, 0, time.UTC)
	// A day up to two months ahead is the future this year ("will meet
	// on January 24"); further ahead it is last year (a December meeting
	// reported in January).
	if t.After(day0.AddDate(0, 2, 0)) {
		t = t.AddDate(-1, 0, 0)
	}
	return t
}

// slashDate reads the American m/d and m/d/yy forms.
func slashDate(s string, day0 time.Time) (time.Time, bool) {
	parts := strings.Split(s, "/")
	if len(parts) < 2 || len(parts) > 3 {
		return time.Time{}, false
	}
	m, err1 := strconv.Atoi(parts[0])
	d, err2 := strconv.Atoi(parts[1])
	if err1 != nil || err2 != nil || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	y := 0
	if len(parts) == 3 {
		var err error
		y, err = strconv.Atoi(parts[2])
		if err != nil {
			return time.Time{}, false
		}
		switch {
		case y < 50:
			y += 2000
		case y < 100:
			y += 1900
		}
	}
	return monthDay(day0, y, time.Month(m), d), true
}
