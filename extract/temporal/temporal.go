// Package temporal finds the date expressions of English news text and
// resolves them to calendar dates against the article's published date.
//
// It is a hand-written scanner over a small lexicon (no regular expressions,
// no model), pure and deterministic: the same text and reference date always
// give the same dates, so re-ingesting an article gives the same graph.
//
// Conventions, chosen to fit how news is written:
//
//   - A day or month written without a year takes the reference's year,
//     unless that puts it more than six months ahead (then the year before:
//     news mostly reports the past) or, for a day, more than ten months
//     behind (then the year after: "talks on Jan. 5" written on December 28).
//     A written weekday ("Tuesday, October 28") moves it to the neighbouring
//     year when only that one has the right weekday; a plainly past or
//     future clause moves it by a year ("sentenced two in December" written
//     in August is last December; "is scheduled to step down in January"
//     next January). "In June last year" and "on Oct. 5 of next year" say
//     the year in words. "On the 28th" is the 28th nearest the reference.
//   - A bare weekday ("on Tuesday", "announced Wednesday", "Wednesday's
//     talks") is the one in the reference's own Monday-to-Sunday week,
//     unless its sentence is plainly past ("took to the streets on
//     Saturday", written on a Wednesday: the Saturday before) or plainly
//     future ("will sign on Monday": the Monday after), judged from a few
//     cue words; FindTensed takes the tense from the caller instead.
//     "Next Tuesday", "subsequent Tuesday" and "Tuesday next week" are in the
//     following week; "Tuesday last week" in the one before; "last Tuesday"
//     is the most recent Tuesday before the reference; "this coming Tuesday"
//     the first one after it. Sunday "next week" is the Sunday that starts
//     it when that is still ahead ("from Sunday next week" written on a
//     Wednesday is four days later).
//   - "Next week", "last month", "this year" are whole calendar weeks (Monday
//     to Sunday), months and years; "earlier this month" runs from the first
//     of the month to the reference, "later this year" from the reference to
//     December 31; "the past two weeks" ends at the reference. "Early",
//     "mid" and "late" take a third of a month, year or decade; "the end of"
//     and "the start of" its last or first part (ten days, a month, or
//     Friday-Sunday and Monday-Tuesday of a week).
//   - Tense cues are a handful of words ("will", "is due to", "was", "took",
//     an "-ed" verb or "said" just before the date) within eight words
//     before and four after the date in the same sentence; a clause with
//     both kinds, or neither, keeps the calendar rule.
//   - Numeric dates: "2025-10-28", "2025/10/28", "10/28/2025" (month first
//     unless the first number cannot be a month).
//   - Month and weekday names must be capitalised, and a month without a day
//     or year needs a preposition before it ("in May", "since March"), so
//     "may meet", "March organisers" and "Theresa May" are not dates. A bare
//     four-digit number is a year only after a preposition ("in 2019", "by
//     2030 when", not "by 2030 votes" or "about 2000 people").
//   - Prepositions ("on", "from", "between", "in") are not part of Text;
//     modifiers ("next", "last", "early") are.
//
// Times of day ("3 p.m.") are ignored.
package temporal

import (
	"time"

	"github.com/newsgraph/newsgraph"
)

// Expr is one date expression found in a text.
type Expr struct {
	Start, End int // byte offsets of the expression in the text given to Find
	Text       string
	From, To   string // resolved YYYY-MM-DD (From == To for one day); empty when it cannot be resolved (no reference date and no explicit year)
	Relative   bool   // resolved from the reference date ("on Tuesday", "next week")
	Grain      string // "day", "week", "month", "year", "range"
}

// Span returns the expression's byte range, for Evidence.
func (e Expr) Span() newsgraph.Span { return newsgraph.Span{Start: e.Start, End: e.End} }

// Find returns the date expressions in text in order of appearance, resolved
// against ref (the article's published date, or a dateline's date; zero =
// unknown, as is a year outside 1000-9000). ref's calendar date is taken in
// ref's own location.
func Find(text string, ref time.Time) []Expr {
	return find(text, ref, 0)
}

// FindTensed is Find for a sentence whose tense the caller knows: a bare
// weekday is then the nearest one on or after (future) or on or before (past)
// the reference, and a day or month without a year the nearest such one on
// that side of it.
func FindTensed(text string, ref time.Time, future bool) []Expr {
	if future {
		return find(text, ref, 1)
	}
	return find(text, ref, -1)
}

func newParser(text string, ref time.Time, tense int) *parser {
	p := &parser{text: text, t: tokenize(text, make([]token, 0, len(text)/5+1)), tense: tense}
	// A reference outside four-digit years is a broken clock, not a date.
	if y := ref.Year(); !ref.IsZero() && y >= 1000 && y <= 9000 {
		p.ref, p.hasRef = dayOf(ref), true
	}
	return p
}

func find(text string, ref time.Time, tense int) []Expr {
	p := newParser(text, ref, tense)
	var out []Expr
	for i := 0; i < len(p.t); {
		m, ok := p.at(i)
		if !ok {
			i++
			continue
		}
		if m.shift != shiftNone && p.hasRef {
			m = p.tenseShift(m)
		}
		e := Expr{
			Start:    p.t[m.first].start,
			End:      p.t[m.end-1].end,
			Relative: m.relative,
			Grain:    m.grain,
		}
		e.Text = text[e.Start:e.End]
		if !m.from.IsZero() {
			e.From, e.To = m.from.Format(time.DateOnly), m.to.Format(time.DateOnly)
		}
		out = append(out, e)
		i = m.end
	}
	return out
}

// at returns the longest expression starting at token i.
func (p *parser) at(i int) (match, bool) {
	tk := p.t[i]
	if tk.kind == tPunct {
		return match{}, false
	}
	if tk.kind == tWord && tk.lx == (entry{}) {
		return match{}, false
	}
	var best match
	found := false
	try := func(m match, ok bool) {
		if ok && m.end > m.first && (!found || m.end > best.end) {
			if m.relative && !p.hasRef {
				m.from, m.to = time.Time{}, time.Time{}
			}
			best, found = m, true
		}
	}
	if tk.kind == tNum {
		try(p.matchISO(i))
		try(p.matchSlash(i))
		try(p.matchCalendar(i))
		try(p.matchYear(i))
		try(p.matchAgo(i))
		try(p.matchOrdinalDay(i))
		return best, found
	}
	switch {
	case tk.lx.month != 0 || tk.lx.weekday != 0:
		try(p.matchCalendar(i))
		try(p.matchMonth(i))
		try(p.matchWeekday(i))
	case tk.lx.num != 0:
		try(p.matchAgo(i))
	case tk.lx.season != 0:
		try(p.matchSeason(i))
	case tk.lx.kw != kwNone || tk.lx.unit != uNone:
		try(p.matchSeason(i))
		try(p.matchMonth(i))
		try(p.matchWeekday(i))
		try(p.matchRelative(i))
		try(p.matchPart(i))
		try(p.matchEdge(i))
	}
	return best, found
}

// Dateline finds a date stated near the top of an article (a dateline or a
// byline date such as "Tuesday, October 28", "Oct 27, 2025" or "TOKYO, Oct.
// 27 (Reuters) -") and returns it at midnight UTC; ok is false if none. Used
// when no published date is given. ref (a crawl time, a file date; zero if
// none) supplies a missing year. With no ref either, the year is borrowed
// from the article itself (the latest year written in a full date, else in a
// month, else alone), moved by up to six years to make a written weekday
// true: a wrong guess by a year beats no reference at all for every
// "Tuesday" in the article.
func Dateline(text string, ref time.Time) (time.Time, bool) {
	const head = 600
	top := text
	if len(top) > head {
		top = top[:head]
	}
	p := newParser(top, ref, 0)
	for i := 0; i < len(p.t); {
		m, ok := p.at(i)
		if !ok {
			i++
			continue
		}
		if m.relative || m.grain != "day" {
			i = m.end
			continue
		}
		if !m.from.IsZero() {
			return m.from, true
		}
		if p.hasRef || m.day.m == 0 {
			return time.Time{}, false // February 29 in a common year, or a date without its parts
		}
		y, ok := textYear(text)
		if !ok {
			return time.Time{}, false
		}
		return snapYear(m.day, y)
	}
	return time.Time{}, false
}

// textYear returns the latest year the text writes in a full date ("October
// 27, 2025"), else in a month ("March 2024"), else alone ("in 2022").
func textYear(text string) (int, bool) {
	var day, month, year int
	for _, e := range Find(text, time.Time{}) {
		if e.From == "" || e.Relative {
			continue
		}
		y := (int(e.From[0]-'0')*10+int(e.From[1]-'0'))*100 + int(e.From[2]-'0')*10 + int(e.From[3]-'0')
		switch e.Grain {
		case "day":
			day = max(day, y)
		case "month":
			month = max(month, y)
		case "year":
			year = max(year, y)
		}
	}
	for _, y := range [...]int{day, month, year} {
		if y != 0 {
			return y, true
		}
	}
	return 0, false
}

// snapYear dates a written day in year y, or in the nearest year within six
// that makes its written weekday true.
func snapYear(a pd, y int) (time.Time, bool) {
	for dy := 0; dy <= 6; dy++ {
		for _, c := range [...]int{y - dy, y + dy} {
			if validDay(c, a.m, a.d) && (a.wd == 0 || weekdayIndex(civil(c, a.m, a.d)) == a.wd-1) {
				return civil(c, a.m, a.d), true
			}
		}
	}
	return time.Time{}, false
}

// Anchor guesses when an article was written when it has neither a
// published date nor a dateline: the latest day it writes out in full, with
// its year ("ending on May 4, 2025"). It is a weak guess (an article
// may announce a later event in full), meant only to resolve "on Monday"
// rather than leave it unresolved; ok is false when the article writes no
// full date.
func Anchor(text string) (time.Time, bool) {
	var best string
	for _, e := range Find(text, time.Time{}) {
		if e.Grain == "day" && !e.Relative && e.From > best {
			best = e.From
		}
	}
	if best == "" {
		return time.Time{}, false
	}
	t, err := time.Parse(time.DateOnly, best)
	return t, err == nil
}
