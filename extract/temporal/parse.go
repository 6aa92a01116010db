package temporal

import (
	"strings"
	"time"
)

// parser holds one call's tokens and reference day. Every matcher starts at a
// token index and returns the token index after what it matched (or fails);
// Find keeps the longest match at each position.
type parser struct {
	text   string
	t      []token
	ref    time.Time // reference day at midnight UTC
	hasRef bool
	tense  int // +1 future, -1 past, 0 unknown
}

// match is one expression found: tokens [first, end) and its resolution.
type match struct {
	first, end int
	from, to   time.Time // zero when unresolved
	grain      string
	relative   bool
	shift      uint8 // shiftWeek, shiftYear: what the sentence's tense may move
	day        pd    // a single written day, as written
}

// What tenseShift may move: a bare weekday by a week, a day or month
// written without a year by a year.
const (
	shiftNone uint8 = iota
	shiftWeek
	shiftYear
)

// pd is a calendar day as written: y == 0 when no year is written; wd is a
// weekday written with it ("Tuesday, October 28"), 0 if none; dm is set for
// the day-first order ("28 October").
type pd struct {
	y, m, d, wd int
	dm          bool
}

// ---- token helpers

func (p *parser) kwAt(i int) kw {
	if i < 0 || i >= len(p.t) || p.t[i].kind != tWord {
		return kwNone
	}
	return p.t[i].lx.kw
}

func (p *parser) punctAt(i int, r rune) bool {
	return i >= 0 && i < len(p.t) && p.t[i].kind == tPunct && p.t[i].r == r
}

func (p *parser) unitAt(i int) unit {
	if i < 0 || i >= len(p.t) || p.t[i].kind != tWord {
		return uNone
	}
	return p.t[i].lx.unit
}

func isDash(r rune) bool { return r == '-' || r == '–' || r == '—' }

// rangeSep returns the index after a range separator at i ("-", "–", "to",
// "through", "until", "and"), or -1. and reports whether it was "and".
func (p *parser) rangeSep(i int) (next int, and bool) {
	if i >= len(p.t) {
		return -1, false
	}
	if tk := p.t[i]; tk.kind == tPunct && isDash(tk.r) {
		return i + 1, false
	}
	switch p.kwAt(i) {
	case kwTo, kwThrough, kwUntil:
		return i + 1, false
	case kwAnd:
		return i + 1, true
	}
	return -1, false
}

// cleanAfter reports whether a number ending just before token i really ends
// there: not "2,000", "3.5", "10:30", "2%", "5G" or "1/2".
func (p *parser) cleanAfter(i int) bool {
	if i >= len(p.t) || p.t[i].space {
		return true
	}
	tk := p.t[i]
	if tk.kind != tPunct {
		return false
	}
	switch tk.r {
	case ':', '%', '/', '$', '€', '£', '°', '\'', '’':
		return false
	case '.', ',':
		return !(i+1 < len(p.t) && !p.t[i+1].space && p.t[i+1].kind == tNum)
	}
	return true
}

// cleanBefore reports whether the number at token i starts there: not "A320",
// "F-150", "$2025", "3.2025" or "#2019".
func (p *parser) cleanBefore(i int) bool {
	if i == 0 || p.t[i].space {
		return true
	}
	prev := p.t[i-1]
	if prev.kind != tPunct {
		return false
	}
	switch prev.r {
	case '$', '€', '£', '#', '.', ',', '/', ':', '-', '+', '–', '\'', '’', '^':
		return false
	}
	return true
}

// ---- calendar pieces

// monthAt reads a month name at i ("October", "Oct.", "OCT"). It returns the
// month, whether it was abbreviated, and the index after it, or next < 0.
func (p *parser) monthAt(i int) (m int, abbr bool, next int) {
	if i < 0 || i >= len(p.t) {
		return 0, false, -1
	}
	tk := p.t[i]
	if tk.kind != tWord || tk.lx.month == 0 || !tk.caps {
		return 0, false, -1
	}
	next = i + 1
	if tk.lx.abbr && p.punctAt(next, '.') && !p.t[next].space {
		next++
	}
	return int(tk.lx.month), tk.lx.abbr, next
}

// weekdayAt reads a weekday name at i; abbreviations ("Tue.") only when
// allowed, since "Sun" and "Wed" are also other words.
func (p *parser) weekdayAt(i int, abbrOK bool) (wd int, next int) {
	if i < 0 || i >= len(p.t) {
		return 0, -1
	}
	tk := p.t[i]
	if tk.kind != tWord || tk.lx.weekday == 0 || !tk.caps || tk.lx.abbr && !abbrOK {
		return 0, -1
	}
	next = i + 1
	if tk.lx.abbr && p.punctAt(next, '.') && !p.t[next].space {
		next++
	}
	return int(tk.lx.weekday), next
}

// dayAt reads a day of the month ("28", "28th") at i.
func (p *parser) dayAt(i int) (d int, next int) {
	if i < 0 || i >= len(p.t) {
		return 0, -1
	}
	tk := p.t[i]
	if tk.kind != tNum || tk.nd > 2 || tk.val < 1 || tk.val > 31 {
		return 0, -1
	}
	next = i + 1
	if next < len(p.t) && !p.t[next].space && p.kwAt(next) == kwOrdinal {
		next++
	}
	if !p.cleanAfter(next) {
		return 0, -1
	}
	return tk.val, next
}

// yearAt reads a four-digit year at i.
func (p *parser) yearAt(i int) (y int, next int) {
	if i < 0 || i >= len(p.t) {
		return 0, -1
	}
	tk := p.t[i]
	if tk.kind != tNum || tk.nd != 4 || tk.val < 1000 || tk.val > 2999 || !p.cleanAfter(i+1) {
		return 0, -1
	}
	return tk.val, i + 1
}

// yearAfter reads an optional ", 2025" after a date.
func (p *parser) yearAfter(i int) (y int, next int) {
	j := i
	if p.punctAt(j, ',') {
		j++
	}
	return p.yearAt(j)
}

// dayDate reads one written calendar day, optionally led by a weekday:
// "October 28", "Oct. 28, 2025", "28 October", "the 28th of October 2025",
// "Tuesday, October 28".
func (p *parser) dayDate(i int) (pd, int, bool) {
	if wd, j := p.weekdayAt(i, true); j > 0 {
		if p.punctAt(j, ',') {
			j++
		}
		a, n, ok := p.plainDate(j)
		a.wd = wd
		return a, n, ok
	}
	return p.plainDate(i)
}

func (p *parser) plainDate(i int) (pd, int, bool) {
	if m, _, j := p.monthAt(i); j > 0 {
		d, k := p.dayAt(j)
		if k < 0 {
			return pd{}, 0, false
		}
		a := pd{m: m, d: d}
		if y, n := p.yearAfter(k); n > 0 {
			a.y, k = y, n
		} else if p.unitAt(k) != uNone {
			return pd{}, 0, false // "Theresa May 2 weeks ago" counts weeks
		}
		return a, k, validDay(a.y, a.m, a.d)
	}
	if d, j := p.dayAt(i); j > 0 {
		if p.kwAt(j) == kwOf {
			j++
		}
		m, _, k := p.monthAt(j)
		if k < 0 {
			return pd{}, 0, false
		}
		a := pd{m: m, d: d, dm: true}
		if y, n := p.yearAfter(k); n > 0 {
			a.y, k = y, n
		}
		return a, k, validDay(a.y, a.m, a.d)
	}
	return pd{}, 0, false
}

// ---- year inference

// dayYear picks the year of a day written without one. With a known tense:
// the nearest such day on or after (future) or on or before (past) the
// reference. Otherwise the reference's year, unless that puts the day more
// than six months after the reference (then the year before: news mostly
// reports the past) or more than ten months before it (then the year after:
// "talks on Jan. 5" written on December 28).
func (p *parser) dayYear(m, d int) int {
	y := p.ref.Year()
	t := civil(y, m, d)
	switch {
	case p.tense > 0:
		if t.Before(p.ref) {
			y++
		}
	case p.tense < 0:
		if t.After(p.ref) {
			y--
		}
	default:
		if t.After(p.ref.AddDate(0, 6, 0)) {
			y--
		} else if t.Before(p.ref.AddDate(0, -10, 0)) {
			y++
		}
	}
	return y
}

// monthYear picks the year of a month written without one ("in July"): the
// reference's year unless that is more than six months ahead, then the year
// before; with a known tense, the nearest such month not before (future) or
// not after (past) the reference's month.
func (p *parser) monthYear(m int) int {
	y, rm := p.ref.Year(), int(p.ref.Month())
	switch {
	case p.tense > 0:
		if m < rm {
			y++
		}
	case p.tense < 0:
		if m > rm {
			y--
		}
	default:
		if m-rm > 6 {
			y--
		}
	}
	return y
}

// resolveDay turns a written day into a date. ok is false only for a day that
// does not exist (February 30); an unresolvable day (no year, no reference)
// is ok with a zero date.
func (p *parser) resolveDay(a pd) (time.Time, bool) {
	if !validDay(a.y, a.m, a.d) {
		return time.Time{}, false
	}
	if a.y == 0 {
		if !p.hasRef {
			return time.Time{}, true
		}
		a.y = p.dayYear(a.m, a.d)
		if a.wd != 0 {
			a.y = weekdayYear(a)
		}
	}
	if !validDay(a.y, a.m, a.d) { // February 29 in a common year
		return time.Time{}, true
	}
	return civil(a.y, a.m, a.d), true
}

// weekdayYear moves a.y to the neighbouring year when only that one makes the
// written weekday true ("Tuesday, October 28" is 2025, not 2026).
func weekdayYear(a pd) int {
	for _, y := range [...]int{a.y, a.y - 1, a.y + 1} {
		if validDay(y, a.m, a.d) && weekdayIndex(civil(y, a.m, a.d)) == a.wd-1 {
			return y
		}
	}
	return a.y
}

// ---- matchers

// matchCalendar matches written days and day ranges: "October 28, 2025",
// "Tuesday, Oct. 28", "28 October", "Oct. 27-29", "from October 27 to 29",
// "27-29 October 2025", "Oct 27 to Nov 2".
func (p *parser) matchCalendar(i int) (match, bool) {
	if p.t[i].kind == tNum && !p.cleanBefore(i) {
		return match{}, false
	}
	// "27-29 October", "27 to 29 October 2025"
	if d1, k := p.dayAt(i); k > 0 {
		if s, and := p.rangeSep(k); s > 0 && (!and || p.kwAt(i-1) == kwBetween) {
			if b, n, ok := p.dayDate(s); ok && b.dm && b.wd == 0 && b.d > d1 {
				return p.rangeMatch(i, n, pd{y: b.y, m: b.m, d: d1, dm: true}, b)
			}
		}
	}
	a, j, ok := p.dayDate(i)
	if !ok {
		return match{}, false
	}
	if s, and := p.rangeSep(j); s > 0 {
		if b, n, ok := p.dayDate(s); ok && (!and || p.kwAt(i-1) == kwBetween) {
			return p.rangeMatch(i, n, a, b)
		}
		if !a.dm && a.y == 0 {
			if d2, n := p.dayAt(s); n > 0 && d2 > a.d {
				b := pd{m: a.m, d: d2}
				if y, n2 := p.yearAfter(n); n2 > 0 {
					b.y, n = y, n2
				}
				if validDay(b.y, b.m, b.d) {
					return p.rangeMatch(i, n, a, b)
				}
			}
		}
	}
	m := match{first: i, end: j, grain: "day", day: a}
	if a.y == 0 && a.wd == 0 {
		// "on Oct. 5 last year"
		if off, n := p.yearPhrase(j); n > 0 {
			m.end, m.relative = n, true
			if !p.hasRef {
				return m, validDay(0, a.m, a.d)
			}
			a.y = p.ref.Year() + off
		} else if p.tense == 0 {
			m.shift = shiftYear
		}
	}
	t, ok := p.resolveDay(a)
	if !ok {
		return match{}, false
	}
	m.from, m.to = t, t
	return m, true
}

// yearPhrase reads "last year", "of next year", "this year" after a month or
// day written without a year, and returns the year's offset from the
// reference's.
func (p *parser) yearPhrase(i int) (off int, next int) {
	if p.kwAt(i) == kwOf {
		i++
	}
	if p.unitAt(i+1) != uYear || p.plural(i+1) {
		return 0, -1
	}
	switch p.kwAt(i) {
	case kwLast, kwPrevious:
		return -1, i + 2
	case kwNext, kwComing:
		return 1, i + 2
	case kwThis:
		return 0, i + 2
	}
	return 0, -1
}

// rangeMatch resolves a range of two written days, sharing a written year:
// "Dec. 28 to Jan. 3, 2026" starts in 2025.
func (p *parser) rangeMatch(first, end int, a, b pd) (match, bool) {
	before := func(x, y pd) bool { return x.m < y.m || x.m == y.m && x.d < y.d }
	switch {
	case a.y == 0 && b.y != 0:
		a.y = b.y
		if before(b, a) {
			a.y--
		}
	case b.y == 0 && a.y != 0:
		b.y = a.y
		if before(b, a) {
			b.y++
		}
	}
	m := match{first: first, end: end, grain: "range"}
	if a.y == 0 && a.wd == 0 && b.wd == 0 && p.tense == 0 {
		m.shift = shiftYear
	}
	if a.y == 0 {
		if !validDay(0, a.m, a.d) || !validDay(0, b.m, b.d) {
			return match{}, false
		}
		if !p.hasRef {
			return m, true
		}
		a.y = p.dayYear(a.m, a.d)
		if a.wd != 0 {
			a.y = weekdayYear(a)
		}
		b.y = a.y
		if before(b, a) {
			b.y++
		}
	}
	if !validDay(a.y, a.m, a.d) || !validDay(b.y, b.m, b.d) {
		return match{}, false
	}
	m.from, m.to = civil(a.y, a.m, a.d), civil(b.y, b.m, b.d)
	if m.to.Before(m.from) {
		return match{}, false
	}
	return m, true
}

// matchISO matches "2025-10-28".
func (p *parser) matchISO(i int) (match, bool) {
	if i+4 >= len(p.t) || !p.cleanBefore(i) {
		return match{}, false
	}
	y, d1, mo, d2, d := p.t[i], p.t[i+1], p.t[i+2], p.t[i+3], p.t[i+4]
	if y.kind != tNum || y.nd != 4 || d1.space || !p.punctAt(i+1, '-') ||
		mo.space || mo.kind != tNum || mo.nd > 2 || d2.space || !p.punctAt(i+3, '-') ||
		d.space || d.kind != tNum || d.nd > 2 || !validDay(y.val, mo.val, d.val) {
		return match{}, false
	}
	if i+5 < len(p.t) && !p.t[i+5].space && (p.t[i+5].kind == tNum || p.punctAt(i+5, '-')) {
		return match{}, false
	}
	t := civil(y.val, mo.val, d.val)
	return match{first: i, end: i + 5, from: t, to: t, grain: "day"}, true
}

// monthContext reports whether the word before a bare month name makes it a
// date: "in May", "since March", "until July" (but not "Theresa May" or
// "March organisers").
func (p *parser) monthContext(i int) bool {
	switch p.kwAt(i) {
	case kwIn, kwSince, kwUntil, kwBy, kwFrom, kwThrough, kwDuring, kwBefore, kwAfter,
		kwOf, kwTo, kwBetween, kwEarly, kwMid, kwLate, kwFor:
		return true
	}
	return false
}

// matchMonth matches a month without a day: "October 2025", "in July",
// "last October", "from June to August 2025".
func (p *parser) matchMonth(i int) (match, bool) {
	first, mod := i, kwNone
	switch k := p.kwAt(i); k {
	case kwLast, kwNext, kwThis, kwPrevious, kwComing, kwPast:
		mod = k
		i++
	}
	m1, abbr, j := p.monthAt(i)
	if j < 0 {
		return match{}, false
	}
	y1, n := p.yearAfter(j)
	if n > 0 {
		if mod != kwNone {
			return match{}, false
		}
		j = n
	}
	var m2, y2 int
	if s, and := p.rangeSep(j); s > 0 && (!and || y1 == 0 || p.kwAt(first-1) == kwBetween) {
		if mm, _, k := p.monthAt(s); k > 0 {
			if yy, n := p.yearAfter(k); n > 0 {
				m2, y2, j = mm, yy, n
			} else if p.t[s].lx.abbr {
				// "Jan to Mar" without a year is too weak
			} else if mod == kwNone && !abbr {
				m2, j = mm, k
			}
		}
	}
	if y1 == 0 && y2 == 0 && (abbr || mod == kwNone && !p.monthContext(first-1)) {
		return match{}, false
	}
	res := match{first: first, end: j, grain: "month", relative: mod != kwNone}
	if m2 != 0 {
		res.grain = "range"
		switch {
		case y1 == 0 && y2 != 0:
			y1 = y2
			if m1 > m2 {
				y1--
			}
		case y2 == 0 && y1 != 0:
			y2 = y1
			if m2 < m1 {
				y2++
			}
		case y1 == 0:
			if p.tense == 0 {
				res.shift = shiftYear
			}
			if !p.hasRef {
				return res, true
			}
			y1 = p.monthYear(m1)
			y2 = y1
			if m2 < m1 {
				y2++
			}
		}
		res.from, _ = monthRange(y1, m1)
		_, res.to = monthRange(y2, m2)
		if res.to.Before(res.from) {
			return match{}, false
		}
		return res, true
	}
	if y1 == 0 && mod == kwNone {
		// "in June last year"
		if off, n := p.yearPhrase(j); n > 0 {
			res.end, res.relative = n, true
			if !p.hasRef {
				return res, true
			}
			y1 = p.ref.Year() + off
		} else if p.tense == 0 {
			res.shift = shiftYear
		}
	}
	if y1 == 0 {
		if !p.hasRef {
			return res, true
		}
		y1 = p.ref.Year()
		rm := int(p.ref.Month())
		switch mod {
		case kwLast, kwPrevious, kwPast:
			if m1 >= rm {
				y1--
			}
		case kwNext, kwComing:
			if m1 <= rm {
				y1++
			}
		case kwThis:
		default:
			y1 = p.monthYear(m1)
		}
	}
	res.from, res.to = monthRange(y1, m1)
	return res, true
}

// modifier of a weekday: how far from the reference's week it lies.
const (
	wkThis   = iota // the reference's own Monday-to-Sunday week
	wkNext          // "next Tuesday", "Tuesday next week"
	wkLast          // "Tuesday last week"
	wkPrev          // "last Tuesday": the most recent one before the reference
	wkComing        // "this coming Tuesday": the first one after the reference
	wkBare          // no modifier: the reference's week, or by tense
)

// matchWeekday matches weekdays and weekday ranges relative to the
// reference: "Tuesday", "next Tuesday", "on Monday and Tuesday next week",
// "from Sunday next week", "last Friday", "Monday to Wednesday".
func (p *parser) matchWeekday(i int) (match, bool) {
	first, mode := i, wkBare
	switch p.kwAt(i) {
	case kwNext, kwSubsequent, kwFollowing:
		mode = wkNext
		i++
	case kwLast, kwPrevious, kwPast:
		mode = wkPrev
		i++
	case kwThis:
		mode = wkThis
		switch p.kwAt(i + 1) {
		case kwComing:
			mode = wkComing
			i++
		case kwPast: // "this past Sunday"
			mode = wkPrev
			i++
		}
		i++
	case kwComing:
		mode = wkComing
		i++
	}
	w1, j := p.weekdayAt(i, false)
	if j < 0 {
		return match{}, false
	}
	w2 := 0
	if s, _ := p.rangeSep(j); s > 0 {
		if w, k := p.weekdayAt(s, false); k > 0 {
			w2, j = w, k
		}
	}
	// "Tuesday next week", "Tuesday of last week", "Tuesday this week"
	k := j
	if p.kwAt(k) == kwOf {
		k++
	}
	if p.unitAt(k+1) == uWeek && !p.plural(k+1) {
		switch p.kwAt(k) {
		case kwNext, kwComing, kwFollowing:
			if mode == wkBare {
				mode, j = wkNext, k+2
			}
		case kwLast, kwPrevious, kwPast:
			if mode == wkBare {
				mode, j = wkLast, k+2
			}
		case kwThis:
			if mode == wkBare {
				mode, j = wkThis, k+2
			}
		}
	}
	m := match{first: first, end: j, grain: "day", relative: true}
	if mode == wkBare && p.tense == 0 {
		m.shift = shiftWeek
	}
	if !p.hasRef {
		if w2 != 0 {
			m.grain = "range"
		}
		return m, true
	}
	m.from = p.weekday(w1, mode)
	m.to = m.from
	if w2 != 0 {
		m.grain = "range"
		m.to = p.weekday(w2, mode)
		for m.to.Before(m.from) {
			m.to = m.to.AddDate(0, 0, 7)
		}
	}
	return m, true
}

// weekday resolves weekday w (1 = Monday) under a modifier. A bare weekday is
// the one in the reference's own Monday-to-Sunday week, which fits news
// usage both ways ("announced Wednesday" on a Wednesday, "confirmed Monday"
// two days later, "meets on Thursday" written on Tuesday); with a known tense
// it is the nearest one on or before (past) or on or after (future) the
// reference. "Next week" is the following Monday-to-Sunday week, except that
// its Sunday is the one that starts it when that is still ahead: "from Sunday
// next week" written on a Wednesday is four days later, as in the many
// calendars whose weeks start on Sunday.
func (p *parser) weekday(w, mode int) time.Time {
	ref, mon := p.ref, mondayOf(p.ref)
	idx := w - 1
	switch mode {
	case wkBare:
		switch {
		case p.tense > 0:
			return ref.AddDate(0, 0, (idx-weekdayIndex(ref)+7)%7)
		case p.tense < 0:
			return ref.AddDate(0, 0, -((weekdayIndex(ref) - idx + 7) % 7))
		}
		return mon.AddDate(0, 0, idx)
	case wkThis:
		return mon.AddDate(0, 0, idx)
	case wkNext:
		next := mon.AddDate(0, 0, 7)
		if idx == 6 {
			if sun := next.AddDate(0, 0, -1); sun.After(ref) {
				return sun
			}
		}
		return next.AddDate(0, 0, idx)
	case wkLast:
		return mon.AddDate(0, 0, idx-7)
	case wkPrev:
		back := (weekdayIndex(ref) - idx + 7) % 7
		if back == 0 {
			back = 7
		}
		return ref.AddDate(0, 0, -back)
	default: // wkComing
		ahead := (idx - weekdayIndex(ref) + 7) % 7
		if ahead == 0 {
			ahead = 7
		}
		return ref.AddDate(0, 0, ahead)
	}
}

// matchRelative matches deictic words and units: "today", "yesterday
// morning", "last night", "next week", "last month", "this year", "this
// weekend", "earlier this month", "later in the year", "the past two weeks".
func (p *parser) matchRelative(i int) (match, bool) {
	ref := p.ref
	day := func(end int, t time.Time) (match, bool) {
		switch p.kwAt(end) {
		case kwMorning, kwAfternoon, kwEvening, kwNight:
			end++
		}
		return match{first: i, end: end, from: t, to: t, grain: "day", relative: true}, true
	}
	k := p.kwAt(i)
	switch k {
	case kwToday, kwTonight:
		return day(i+1, ref)
	case kwYesterday:
		return day(i+1, ref.AddDate(0, 0, -1))
	case kwTomorrow:
		return day(i+1, ref.AddDate(0, 0, 1))
	case kwEarlier, kwLater:
		j := i + 1
		if p.kwAt(j) == kwIn {
			j++
		}
		if q := p.kwAt(j); q != kwThis && q != kwThe {
			return match{}, false
		}
		u := p.unitAt(j + 1)
		from, to, g := p.unitRange(u, 0)
		if g == "" || u == uWeekend {
			return match{}, false
		}
		m := match{first: i, end: j + 2, grain: "range", relative: true}
		if !p.hasRef {
			return m, true
		}
		if k == kwEarlier {
			m.from, m.to = from, ref
		} else {
			m.from, m.to = ref, to
		}
		return m, true
	case kwLast, kwNext, kwThis, kwPast, kwPrevious, kwComing, kwFollowing, kwSubsequent:
	default:
		if p.unitAt(i) == uWeekend && p.kwAt(i-1) == kwThe {
			m := match{first: i, end: i + 1, grain: "range", relative: true}
			if p.hasRef {
				// the most recent weekend, or the coming one in a future sentence
				off := -1
				if weekdayIndex(ref) >= 5 || p.tense > 0 || p.tense == 0 && p.clauseTense(i, i+1) > 0 {
					off = 0
				}
				m.from, m.to, _ = p.unitRange(uWeekend, off)
			}
			return m, true
		}
		return match{}, false
	}
	// "this past weekend", "the past weekend": the most recent one
	if j := i + 1; k == kwPast || k == kwThis && p.kwAt(j) == kwPast {
		if k == kwThis {
			j++
		}
		if p.unitAt(j) == uWeekend {
			m := match{first: i, end: j + 1, grain: "range", relative: true}
			if p.hasRef {
				off := -1
				if weekdayIndex(ref) >= 5 {
					off = 0
				}
				m.from, m.to, _ = p.unitRange(uWeekend, off)
			}
			return m, true
		}
		if k == kwThis && p.unitAt(j) == uWeek && !p.plural(j) {
			return p.span(i, j+1, 1, uWeek) // "this past week"
		}
	}
	// modifier + part of day, unit, or count
	switch {
	case k == kwLast && p.kwAt(i+1) == kwNight:
		return match{first: i, end: i + 2, from: ref.AddDate(0, 0, -1), to: ref.AddDate(0, 0, -1), grain: "day", relative: true}, true
	case k == kwThis && (p.kwAt(i+1) == kwMorning || p.kwAt(i+1) == kwAfternoon || p.kwAt(i+1) == kwEvening):
		return match{first: i, end: i + 2, from: ref, to: ref, grain: "day", relative: true}, true
	}
	if u := p.unitAt(i + 1); u != uNone && u != uDay && !p.plural(i+1) {
		off := 0
		switch k {
		case kwNext, kwComing, kwFollowing, kwSubsequent:
			off = 1
		case kwLast, kwPrevious:
			off = -1
		case kwPast:
			// "the past week": the seven days up to the reference
			if u == uWeekend {
				return match{}, false
			}
			return p.span(i, i+2, 1, u)
		}
		m := match{first: i, end: i + 2, relative: true}
		m.from, m.to, m.grain = p.unitRange(u, off)
		if u == uWeekend {
			m.grain = "range"
		}
		return m, true
	}
	// "the past two weeks", "the last 10 years"
	if k == kwPast || k == kwLast {
		if n, j := p.countAt(i + 1); j > 0 && p.plural(j) {
			if u := p.unitAt(j); u != uNone && u != uWeekend {
				return p.span(i, j+1, n, u)
			}
		}
	}
	return match{}, false
}

// plural reports whether the unit word at i is plural ("weeks"): "next
// week" but "the past two weeks".
func (p *parser) plural(i int) bool {
	if i < 0 || i >= len(p.t) || p.t[i].lx.unit == uNone {
		return false
	}
	c := p.text[p.t[i].end-1]
	return p.t[i].lx.unit != uWeekend && (c == 's' || c == 'S')
}

// span is the range of n units up to the reference ("the past two weeks").
func (p *parser) span(first, end, n int, u unit) (match, bool) {
	m := match{first: first, end: end, grain: "range", relative: true}
	if !p.hasRef {
		return m, true
	}
	m.to = p.ref
	switch u {
	case uDay:
		m.from = p.ref.AddDate(0, 0, -n)
	case uWeek:
		m.from = p.ref.AddDate(0, 0, -7*n)
	case uMonth:
		m.from = p.ref.AddDate(0, -n, 0)
	case uYear:
		m.from = p.ref.AddDate(-n, 0, 0)
	}
	return m, true
}

// unitRange returns the calendar week, month, year or weekend off units away
// from the reference's own.
func (p *parser) unitRange(u unit, off int) (from, to time.Time, grain string) {
	if !p.hasRef {
		switch u {
		case uWeek:
			return from, to, "week"
		case uMonth:
			return from, to, "month"
		case uYear:
			return from, to, "year"
		case uWeekend:
			return from, to, "range"
		}
		return from, to, ""
	}
	ref := p.ref
	switch u {
	case uWeek:
		mon := mondayOf(ref).AddDate(0, 0, 7*off)
		return mon, mon.AddDate(0, 0, 6), "week"
	case uWeekend:
		sat := mondayOf(ref).AddDate(0, 0, 7*off+5)
		return sat, sat.AddDate(0, 0, 1), "range"
	case uMonth:
		first := civil(ref.Year(), int(ref.Month()), 1).AddDate(0, off, 0)
		f, t := monthRange(first.Year(), int(first.Month()))
		return f, t, "month"
	case uYear:
		f, t := yearRange(ref.Year() + off)
		return f, t, "year"
	}
	return from, to, ""
}

// countAt reads a small count in digits or words ("3", "three", "a").
func (p *parser) countAt(i int) (n int, next int) {
	if i < 0 || i >= len(p.t) {
		return 0, -1
	}
	tk := p.t[i]
	switch {
	case tk.kind == tNum && tk.nd <= 3 && tk.val > 0 && p.cleanBefore(i) && p.cleanAfter(i+1):
		return tk.val, i + 1
	case tk.kind == tWord && tk.lx.num > 0:
		return int(tk.lx.num), i + 1
	}
	return 0, -1
}

// matchAgo matches "three days ago", "a week ago", "two years ago": a day
// for days, otherwise the calendar week, month or year that contains it.
func (p *parser) matchAgo(i int) (match, bool) {
	n, j := p.countAt(i)
	if j < 0 {
		return match{}, false
	}
	u := p.unitAt(j)
	if u == uNone || u == uWeekend || p.kwAt(j+1) != kwAgo {
		return match{}, false
	}
	if n == 1 && p.plural(j) || n > 1 && !p.plural(j) {
		return match{}, false
	}
	m := match{first: i, end: j + 2, relative: true}
	if !p.hasRef {
		m.grain = unitGrain(u)
		return m, true
	}
	switch u {
	case uDay:
		m.from = p.ref.AddDate(0, 0, -n)
		m.to, m.grain = m.from, "day"
	case uWeek:
		mon := mondayOf(p.ref.AddDate(0, 0, -7*n))
		m.from, m.to, m.grain = mon, mon.AddDate(0, 0, 6), "week"
	case uMonth:
		t := civil(p.ref.Year(), int(p.ref.Month()), 1).AddDate(0, -n, 0)
		m.from, m.to = monthRange(t.Year(), int(t.Month()))
		m.grain = "month"
	case uYear:
		m.from, m.to = yearRange(p.ref.Year() - n)
		m.grain = "year"
	}
	return m, true
}

// yearContext reports whether the word at i makes a following bare number a
// year: "in 2019", "since 2001", "by 2030", "fiscal 2025", "the year 2000".
// strict is set for words that also precede counts ("for 2,000 people"), so
// the caller checks what follows.
func (p *parser) yearContext(i int) (ok, strict bool) {
	switch p.kwAt(i) {
	case kwIn, kwSince, kwUntil, kwThrough, kwDuring, kwBefore, kwAfter, kwBetween, kwFiscal:
		return true, false
	case kwBy, kwFrom, kwOf, kwFor, kwTo:
		return true, true
	}
	if p.unitAt(i) == uYear {
		return true, false
	}
	return false, false
}

// countFollows reports whether the word at i reads as what a number counts
// ("2030 votes"), so the number before it is not a year.
func (p *parser) countFollows(i int) bool {
	if i >= len(p.t) || p.t[i].kind != tWord {
		return false
	}
	tk := p.t[i]
	if tk.lx.unit != uNone {
		return true // "for 2000 years"
	}
	return !tk.caps && tk.lx.kw == kwNone && tk.lx.num == 0
}

// matchYear matches years, year ranges and decades: "in 2019", "2019-2021",
// "2019-21", "from 2019 to 2021", "the 1970s".
func (p *parser) matchYear(i int) (match, bool) {
	tk := p.t[i]
	if tk.kind != tNum || tk.nd != 4 || !p.cleanBefore(i) {
		return match{}, false
	}
	if d, ok := p.decadeAt(i); ok {
		m := match{first: i, end: d, grain: "range"}
		m.from, _ = yearRange(tk.val)
		_, m.to = yearRange(tk.val + 9)
		return m, true
	}
	y, j := p.yearAt(i)
	if j < 0 {
		return match{}, false
	}
	ctx, strict := p.yearContext(i - 1)
	if s, and := p.rangeSep(j); s > 0 && s < len(p.t) {
		nt := p.t[s]
		y2 := 0
		if y2b, k := p.yearAt(s); k > 0 {
			y2 = y2b
		} else if nt.kind == tNum && nt.nd == 2 && isDash(p.t[j].r) && p.t[j].kind == tPunct &&
			!nt.space && !p.t[j].space && p.cleanAfter(s+1) {
			y2 = y - y%100 + nt.val
		}
		dash := p.t[j].kind == tPunct
		if y2 > y && (dash || ctx && (!and || p.kwAt(i-1) == kwBetween)) {
			m := match{first: i, end: s + 1, grain: "range"}
			m.from, _ = yearRange(y)
			_, m.to = yearRange(y2)
			return m, true
		}
	}
	if !ctx && !p.whenFollows(j) || ctx && strict && p.countFollows(j) {
		return match{}, false
	}
	m := match{first: i, end: j, grain: "year"}
	m.from, m.to = yearRange(y)
	return m, true
}

// whenFollows reports whether a "when" clause opens at i with a comma:
// "remember 1994, when talks came close to a deal" makes 1994 a time, which
// no count is ("sold 1994 when prices rose" may be one).
func (p *parser) whenFollows(i int) bool {
	if !p.punctAt(i, ',') {
		return false
	}
	i++
	return i < len(p.t) && p.t[i].kind == tWord && strings.EqualFold(p.text[p.t[i].start:p.t[i].end], "when")
}

// decadeAt reads "1970s" or "1970's" at i and returns the index after it.
func (p *parser) decadeAt(i int) (int, bool) {
	tk := p.t[i]
	if tk.kind != tNum || tk.nd != 4 || tk.val%10 != 0 || tk.val < 1000 {
		return 0, false
	}
	j := i + 1
	if j < len(p.t) && !p.t[j].space && (p.punctAt(j, '\'') || p.punctAt(j, '’')) {
		j++
	}
	if j < len(p.t) && !p.t[j].space && p.kwAt(j) == kwS && p.t[j].end-p.t[j].start == 1 &&
		p.t[j].kind == tWord && p.cleanAfter(j+1) {
		return j + 1, true
	}
	return 0, false
}

// matchPart matches "early October", "mid-2025", "late next year", "the
// early 1990s": the early, middle or late third of a month, year or decade.
func (p *parser) matchPart(i int) (match, bool) {
	q := p.kwAt(i)
	if q != kwEarly && q != kwMid && q != kwLate {
		return match{}, false
	}
	j := i + 1
	if j < len(p.t) && p.t[j].kind == tPunct && isDash(p.t[j].r) && !p.t[j].space {
		j++
	}
	if j >= len(p.t) {
		return match{}, false
	}
	var inner match
	var ok bool
	var g string
	switch {
	case p.t[j].kind == tNum:
		if end, dok := p.decadeAt(j); dok {
			inner, ok, g = match{end: end}, true, "decade"
			inner.from, _ = yearRange(p.t[j].val)
			_, inner.to = yearRange(p.t[j].val + 9)
		} else if y, end := p.yearAt(j); end > 0 {
			inner, ok, g = match{end: end}, true, "year"
			inner.from, inner.to = yearRange(y)
		}
	case p.kwAt(j) == kwNext || p.kwAt(j) == kwLast || p.kwAt(j) == kwThis:
		u := p.unitAt(j + 1)
		if u == uMonth || u == uYear {
			inner = match{end: j + 2, relative: true}
			inner.from, inner.to, g = p.unitRange(u, offset(p.kwAt(j)))
			ok = true
		}
	default:
		if m, _, k := p.monthAt(j); k > 0 && !p.t[j].lx.abbr {
			inner, ok, g = match{end: k}, true, "month"
			y, n := p.yearAfter(k)
			if n > 0 {
				inner.end = n
			} else if p.hasRef {
				y = p.monthYear(m)
			}
			if y != 0 {
				inner.from, inner.to = monthRange(y, m)
			}
		}
	}
	if !ok {
		return match{}, false
	}
	m := match{first: i, end: inner.end, grain: "range", relative: inner.relative}
	if !inner.from.IsZero() {
		m.from, m.to = part(q, g, inner.from, inner.to)
	}
	return m, true
}

// matchOrdinalDay matches "on the 28th": a day of the month nearest the
// reference (within about half a month), or on the tense's side of it.
func (p *parser) matchOrdinalDay(i int) (match, bool) {
	if i+1 >= len(p.t) || p.t[i+1].space || p.kwAt(i+1) != kwOrdinal || p.kwAt(i-1) != kwThe || !p.t[i].space {
		return match{}, false
	}
	switch p.kwAt(i - 2) {
	case kwOn, kwBy, kwUntil, kwSince, kwFrom, kwBefore, kwAfter, kwThrough:
	default:
		return match{}, false
	}
	d, j := p.dayAt(i)
	if j < 0 || p.countFollows(j) || p.kwAt(j) == kwOf {
		return match{}, false
	}
	m := match{first: i, end: j, grain: "day", relative: true}
	if !p.hasRef {
		return m, true
	}
	ref := p.ref
	first := civil(ref.Year(), int(ref.Month()), 1)
	best, bestDist := time.Time{}, 0
	for off := -1; off <= 1; off++ {
		mo := first.AddDate(0, off, 0)
		if !validDay(mo.Year(), int(mo.Month()), d) {
			continue
		}
		t := civil(mo.Year(), int(mo.Month()), d)
		dist := int(t.Sub(ref).Hours() / 24)
		if p.tense > 0 && dist < 0 || p.tense < 0 && dist > 0 {
			continue
		}
		if dist < 0 {
			dist = -dist
		}
		if best.IsZero() || dist < bestDist {
			best, bestDist = t, dist
		}
	}
	if best.IsZero() {
		return match{}, false
	}
	m.from, m.to = best, best
	return m, true
}

// matchEdge matches "the end of the year", "the start of next month",
// "the beginning of October", "end-2025": the last or first part of a week
// (Friday-Sunday, Monday-Tuesday), a month (its last or first ten days) or a
// year (December or January).
func (p *parser) matchEdge(i int) (match, bool) {
	q := p.kwAt(i)
	if q != kwEnd && q != kwStart {
		return match{}, false
	}
	j := i + 1
	switch {
	case p.kwAt(j) == kwOf:
		j++
	case j < len(p.t) && p.t[j].kind == tPunct && isDash(p.t[j].r) && !p.t[j].space:
		j++
	default:
		return match{}, false
	}
	var inner match
	g := ""
	switch k := p.kwAt(j); {
	case k == kwThe || k == kwThis || k == kwNext || k == kwLast:
		u := p.unitAt(j + 1)
		if (u != uWeek && u != uMonth && u != uYear) || p.plural(j+1) {
			return match{}, false
		}
		off := offset(k)
		inner = match{end: j + 2, relative: true}
		inner.from, inner.to, g = p.unitRange(u, off)
	default:
		if y, n := p.yearAt(j); n > 0 {
			inner, g = match{end: n}, "year"
			inner.from, inner.to = yearRange(y)
			break
		}
		mo, _, n := p.monthAt(j)
		if n < 0 || p.t[j].lx.abbr {
			return match{}, false
		}
		inner, g = match{end: n}, "month"
		y, n2 := p.yearAfter(n)
		if n2 > 0 {
			inner.end = n2
		} else if p.hasRef {
			y = p.monthYear(mo)
		}
		if y != 0 {
			inner.from, inner.to = monthRange(y, mo)
		}
	}
	m := match{first: i, end: inner.end, grain: "range", relative: inner.relative}
	if inner.from.IsZero() {
		return m, true
	}
	from, to := inner.from, inner.to
	switch {
	case g == "week" && q == kwEnd:
		from = to.AddDate(0, 0, -2)
	case g == "week":
		to = from.AddDate(0, 0, 1)
	case g == "month" && q == kwEnd:
		from = from.AddDate(0, 0, 20)
	case g == "month":
		to = from.AddDate(0, 0, 9)
	case q == kwEnd: // year
		from = civil(to.Year(), 12, 1)
	default:
		to = civil(from.Year(), 1, 31)
	}
	m.from, m.to = from, to
	return m, true
}

// clauseTense guesses the tense of the clause around tokens [first, end)
// from a few cues within eight words before it and four after it, in the
// same sentence: +1 when it has only future ones ("will", "is due to",
// "is to", "scheduled"), -1 when only past ones ("was", "took", and "said"
// or "visited" just before the date), 0 when neither or both ("confirmed
// Monday that he will ...").
func (p *parser) clauseTense(first, end int) int {
	lo := first
	for lo > 0 && !p.lineBreak(lo) && !p.sentenceEnd(lo-1) {
		lo--
	}
	hi := end
	for hi < len(p.t) && !p.lineBreak(hi) && !p.sentenceEnd(hi) {
		hi++
	}
	// Only words near the date count: a distant clause ("where he was to
	// have played golf, have been invited to the convention on August 26")
	// speaks of another time.
	lo, hi = max(lo, first-8), min(hi, end+4)
	fut, past := false, false
	for i := lo; i < hi; i++ {
		tk := p.t[i]
		if tk.kind != tWord || i >= first && i < end {
			continue
		}
		if w := p.text[tk.start:tk.end]; (w == "was" || w == "were") && p.kwAt(i+1) == kwTo {
			continue // "was to visit" is a plan
		}
		switch tk.lx.tense {
		case 1:
			fut = true
			continue
		case -1:
			past = true
			continue
		case tenseReport:
			// "said on Friday" dates the saying; "said the vote on Friday
			// will" dates what was said
			if i >= first-2 && i < first || i == end {
				past = true
			}
			continue
		case tenseNeutral:
			continue
		}
		w := p.text[tk.start:tk.end]
		if p.kwAt(i) == kwTo && i > lo {
			if v := p.text[p.t[i-1].start:p.t[i-1].end]; v == "is" || v == "are" {
				fut = true // "is to visit"
			}
		}
		// "arrived in Hanoi on Friday", but not "the Oct. 28 summit, hosted
		// by": an "-ed" word is a past verb only just before the date
		if !tk.caps && len(w) >= 5 && w[len(w)-2:] == "ed" && tk.lx.kw == kwNone && i >= first-4 && i < first {
			past = true
		}
	}
	switch {
	case fut && !past:
		return 1
	case past && !fut:
		return -1
	}
	return 0
}

// lineBreak reports whether a line break before token i ends a clause:
// not where wire copy wraps running prose between two lower-case words
// ("held its first meeting\nin February").
func (p *parser) lineBreak(i int) bool {
	if !p.t[i].nl {
		return false
	}
	if i == 0 || p.t[i].kind != tWord || p.t[i-1].kind != tWord {
		return true
	}
	a, b := p.text[p.t[i-1].end-1], p.text[p.t[i].start]
	return !('a' <= a && a <= 'z' && 'a' <= b && b <= 'z')
}

// sentenceEnd reports whether token i ends a sentence: "!", "?" or a full
// stop that does not close an abbreviation ("U.S.", "Oct.", "Mr.").
func (p *parser) sentenceEnd(i int) bool {
	tk := p.t[i]
	if tk.kind != tPunct {
		return false
	}
	switch tk.r {
	case '!', '?':
		return true
	case '.':
		if i > 0 {
			prev := p.t[i-1]
			if prev.kind == tWord && (prev.lx.month != 0 || prev.caps && prev.end-prev.start <= 3) {
				return false
			}
		}
		return true
	}
	return false
}

// tenseShift moves what the calendar rules resolved when the sentence's
// tense contradicts it: a bare weekday by a week ("took to the streets on
// Saturday" written on a Wednesday is the Saturday before; "will sign on
// Monday" the Monday after), a day or month written without a year by a
// year ("sentenced two in December" written in August is last December).
func (p *parser) tenseShift(m match) match {
	n := 0
	switch p.clauseTense(m.first, m.end) {
	case -1:
		if m.from.After(p.ref) {
			n = -1
		}
	case 1:
		if m.to.Before(p.ref) {
			n = 1
		}
	}
	switch {
	case n == 0:
	case m.shift == shiftWeek:
		m.from, m.to = m.from.AddDate(0, 0, 7*n), m.to.AddDate(0, 0, 7*n)
	case m.grain == "month":
		m.from, m.to = monthRange(m.from.Year()+n, int(m.from.Month()))
	default:
		m.from, m.to = addYears(m.from, n), addYears(m.to, n)
	}
	return m
}

// addYears moves t by n years, keeping February 29 in February.
func addYears(t time.Time, n int) time.Time {
	y, mo, d := t.Date()
	return civil(y+n, int(mo), min(d, daysIn(y+n, int(mo))))
}

// matchSlash matches numeric dates with slashes: "2025/10/28", "10/28/2025"
// (month first, as in US bylines) and "28/10/2025" (day first, read so only
// when the first number cannot be a month). Two-digit years are too
// ambiguous to read.
func (p *parser) matchSlash(i int) (match, bool) {
	if i+4 >= len(p.t) || !p.cleanBefore(i) {
		return match{}, false
	}
	a, s1, b, s2, c := p.t[i], p.t[i+1], p.t[i+2], p.t[i+3], p.t[i+4]
	if a.kind != tNum || s1.space || !p.punctAt(i+1, '/') || b.space || b.kind != tNum ||
		s2.space || !p.punctAt(i+3, '/') || c.space || c.kind != tNum || !p.cleanAfter(i+5) {
		return match{}, false
	}
	var y, m, d int
	switch {
	case a.nd == 4 && b.nd <= 2 && c.nd <= 2:
		y, m, d = a.val, b.val, c.val
	case c.nd == 4 && a.nd <= 2 && b.nd <= 2 && a.val > 12:
		y, m, d = c.val, b.val, a.val
	case c.nd == 4 && a.nd <= 2 && b.nd <= 2:
		y, m, d = c.val, a.val, b.val
	default:
		return match{}, false
	}
	if y < 1000 || !validDay(y, m, d) {
		return match{}, false
	}
	t := civil(y, m, d)
	return match{first: i, end: i + 5, from: t, to: t, grain: "day"}, true
}

// offset is how many units "next", "last" or "this" move from the
// reference's own.
func offset(k kw) int {
	switch k {
	case kwNext:
		return 1
	case kwLast:
		return -1
	}
	return 0
}

func unitGrain(u unit) string {
	switch u {
	case uDay:
		return "day"
	case uWeek:
		return "week"
	case uMonth:
		return "month"
	}
	return "year"
}

// matchSeason reads a season with its year ("spring 2020"), a season named
// from the reference ("this summer", "next autumn", "last spring") and
// "the new year": the year after the reference's ("talks resume in the new
// year"), unless told in its first two months, when the new year is the
// one just begun.
// A bare season ("in the fall", "prices fall") is no date. Seasons are the
// northern meteorological ones, in whole months: spring is March to May.
func (p *parser) matchSeason(i int) (match, bool) {
	if p.t[i].kind != tWord {
		return match{}, false
	}
	k := p.kwAt(i)
	if k == kwNew {
		if p.kwAt(i-1) != kwThe || p.unitAt(i+1) != uYear || p.plural(i+1) {
			return match{}, false
		}
		m := match{first: i, end: i + 2, grain: "year", relative: true}
		if p.hasRef {
			y := p.ref.Year()
			if p.ref.Month() >= time.March {
				y++
			}
			m.from, m.to = yearRange(y)
		}
		return m, true
	}
	j, off := i, 0
	switch k {
	case kwThis:
		j++
	case kwNext, kwComing:
		j, off = j+1, 1
	case kwLast, kwPast:
		j, off = j+1, -1
	}
	s := p.seasonAt(j)
	if s == 0 {
		return match{}, false
	}
	if j == i {
		y, next := p.yearAt(j + 1)
		if next < 0 {
			return match{}, false
		}
		from, to := seasonRange(y, s)
		return match{first: i, end: next, from: from, to: to, grain: "range"}, true
	}
	m := match{first: i, end: j + 1, grain: "range", relative: true}
	if p.hasRef {
		y := p.ref.Year()
		from, to := seasonRange(y, s)
		for n := 0; n < 2 && off > 0 && !from.After(p.ref); n++ {
			y++
			from, to = seasonRange(y, s)
		}
		for n := 0; n < 2 && off < 0 && !to.Before(p.ref); n++ {
			y--
			from, to = seasonRange(y, s)
		}
		m.from, m.to = from, to
	}
	return m, true
}

func (p *parser) seasonAt(i int) int {
	if i < 0 || i >= len(p.t) || p.t[i].kind != tWord {
		return 0
	}
	return int(p.t[i].lx.season)
}

// seasonRange is season s (1 spring, 2 summer, 3 autumn) of year y.
func seasonRange(y, s int) (time.Time, time.Time) {
	m := 3 * s
	return civil(y, m, 1), civil(y, m+3, 0)
}
