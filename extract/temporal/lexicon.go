package temporal

// kw names the words the scanner reacts to; everything else is just a word.
type kw uint8

const (
	kwNone kw = iota
	// modifiers of a weekday, a month or a unit
	kwNext
	kwLast
	kwThis
	kwPast
	kwPrevious
	kwComing
	kwSubsequent
	kwFollowing
	// sub-ranges
	kwEarlier
	kwLater
	kwEarly
	kwMid
	kwLate
	// deictic days and parts of a day
	kwToday
	kwYesterday
	kwTomorrow
	kwTonight
	kwNight
	kwMorning
	kwAfternoon
	kwEvening
	kwAgo
	// range separators
	kwTo
	kwThrough
	kwUntil
	kwAnd
	// prepositions and other context words that make a bare month or year a date
	kwBetween
	kwFrom
	kwIn
	kwSince
	kwBy
	kwOf
	kwFor
	kwDuring
	kwBefore
	kwAfter
	kwOn
	kwAt
	kwThe
	kwFiscal
	kwOrdinal // st, nd, rd, th after a day number
	kwS       // the s of "1970s"
	kwFunction
	kwEnd
	kwStart
	kwNew
)

// unit is a calendar unit named in words.
type unit uint8

const (
	uNone unit = iota
	uDay
	uWeek
	uMonth
	uYear
	uWeekend
)

// entry is what the lexicon knows about one lower-cased word.
type entry struct {
	month   int8 // 1..12
	weekday int8 // 1..7 = Monday..Sunday
	abbr    bool // an abbreviated month or weekday ("Oct", "Tue")
	num     int8 // number words: "a", "two", "twelve"
	unit    unit
	kw      kw
	tense   int8 // a tense cue: +1 future, -1 past, tenseNeutral for "-ed" words that are not past
	season  int8 // 1..3 = spring, summer, autumn (winter straddles two years and is left out)
}

// tenseNeutral marks "-ed" words that do not make a clause past ("expected",
// "United"); tenseReport marks reporting verbs, past only for a date right
// next to them.
const (
	tenseNeutral = 2
	tenseReport  = 3
)

// lexicon holds every word the scanner knows. It is read-only after package
// initialisation.
var lexicon = map[string]entry{
	"january": {month: 1}, "february": {month: 2}, "march": {month: 3}, "april": {month: 4},
	"may": {month: 5}, "june": {month: 6}, "july": {month: 7}, "august": {month: 8},
	"september": {month: 9}, "october": {month: 10}, "november": {month: 11}, "december": {month: 12},
	"jan": {month: 1, abbr: true}, "feb": {month: 2, abbr: true}, "mar": {month: 3, abbr: true},
	"apr": {month: 4, abbr: true}, "jun": {month: 6, abbr: true}, "jul": {month: 7, abbr: true},
	"aug": {month: 8, abbr: true}, "sep": {month: 9, abbr: true}, "sept": {month: 9, abbr: true},
	"oct": {month: 10, abbr: true}, "nov": {month: 11, abbr: true}, "dec": {month: 12, abbr: true},

	"monday": {weekday: 1}, "tuesday": {weekday: 2}, "wednesday": {weekday: 3}, "thursday": {weekday: 4},
	"friday": {weekday: 5}, "saturday": {weekday: 6}, "sunday": {weekday: 7},
	"mon": {weekday: 1, abbr: true}, "tue": {weekday: 2, abbr: true}, "tues": {weekday: 2, abbr: true},
	"wed": {weekday: 3, abbr: true}, "thu": {weekday: 4, abbr: true}, "thur": {weekday: 4, abbr: true},
	"thurs": {weekday: 4, abbr: true}, "fri": {weekday: 5, abbr: true}, "sat": {weekday: 6, abbr: true},
	"sun": {weekday: 7, abbr: true},

	"a": {num: 1}, "an": {num: 1}, "one": {num: 1}, "two": {num: 2}, "three": {num: 3}, "four": {num: 4},
	"five": {num: 5}, "six": {num: 6}, "seven": {num: 7}, "eight": {num: 8}, "nine": {num: 9},
	"ten": {num: 10}, "eleven": {num: 11}, "twelve": {num: 12},

	"day": {unit: uDay}, "days": {unit: uDay}, "week": {unit: uWeek}, "weeks": {unit: uWeek},
	"month": {unit: uMonth}, "months": {unit: uMonth}, "year": {unit: uYear}, "years": {unit: uYear},
	"weekend": {unit: uWeekend},

	"next": {kw: kwNext}, "last": {kw: kwLast}, "this": {kw: kwThis}, "past": {kw: kwPast},
	"previous": {kw: kwPrevious}, "coming": {kw: kwComing}, "subsequent": {kw: kwSubsequent},
	"following": {kw: kwFollowing},
	"earlier":   {kw: kwEarlier}, "later": {kw: kwLater}, "early": {kw: kwEarly}, "mid": {kw: kwMid},
	"late":  {kw: kwLate},
	"today": {kw: kwToday}, "yesterday": {kw: kwYesterday}, "tomorrow": {kw: kwTomorrow},
	"tonight": {kw: kwTonight}, "night": {kw: kwNight}, "morning": {kw: kwMorning},
	"afternoon": {kw: kwAfternoon}, "evening": {kw: kwEvening},
	"to": {kw: kwTo}, "through": {kw: kwThrough}, "thru": {kw: kwThrough}, "until": {kw: kwUntil},
	"till": {kw: kwUntil}, "and": {kw: kwAnd},
	"between": {kw: kwBetween}, "from": {kw: kwFrom}, "in": {kw: kwIn}, "since": {kw: kwSince},
	"by": {kw: kwBy}, "of": {kw: kwOf}, "for": {kw: kwFor}, "during": {kw: kwDuring},
	"before": {kw: kwBefore}, "after": {kw: kwAfter}, "on": {kw: kwOn}, "at": {kw: kwAt},
	"the": {kw: kwThe}, "fiscal": {kw: kwFiscal}, "new": {kw: kwNew},
	"spring": {season: 1}, "summer": {season: 2}, "autumn": {season: 3}, "fall": {season: 3},
	"end": {kw: kwEnd}, "start": {kw: kwStart}, "beginning": {kw: kwStart},
	"st": {kw: kwOrdinal}, "nd": {kw: kwOrdinal}, "rd": {kw: kwOrdinal}, "th": {kw: kwOrdinal},
	"s": {kw: kwS},
	// Function words that may follow a year ("by 2030 when ...") but not a
	// count ("by 2030 votes").
	"was": {kw: kwFunction, tense: -1}, "were": {kw: kwFunction, tense: -1}, "is": {kw: kwFunction}, "are": {kw: kwFunction},
	"as": {kw: kwFunction}, "when": {kw: kwFunction}, "but": {kw: kwFunction}, "with": {kw: kwFunction},
	"had": {kw: kwFunction, tense: -1}, "has": {kw: kwFunction}, "have": {kw: kwFunction}, "will": {kw: kwFunction, tense: 1},
	"would": {kw: kwFunction, tense: 1}, "could": {kw: kwFunction}, "should": {kw: kwFunction}, "if": {kw: kwFunction},
	"that": {kw: kwFunction}, "which": {kw: kwFunction}, "while": {kw: kwFunction}, "amid": {kw: kwFunction},
	"or": {kw: kwFunction}, "so": {kw: kwFunction}, "because": {kw: kwFunction}, "onwards": {kw: kwFunction},
	"onward": {kw: kwFunction}, "elections": {kw: kwFunction}, "election": {kw: kwFunction},

	// Tense cues for bare weekdays (see clauseTense). Function words above
	// that are cues carry both roles.
	"shall": {tense: 1}, "ll": {tense: 1}, "due": {tense: 1}, "upcoming": {tense: 1},
	"expected": {tense: 1}, "scheduled": {tense: 1}, "slated": {tense: 1}, "planned": {tense: 1},
	"anticipated": {tense: 1}, "plans": {tense: 1}, "intends": {tense: 1}, "aims": {tense: 1},
	"said": {tense: tenseReport}, "told": {tense: tenseReport}, "wrote": {tense: tenseReport},
	"added": {tense: tenseReport}, "announced": {tense: tenseReport}, "stated": {tense: tenseReport},
	"noted": {tense: tenseReport}, "reported": {tense: tenseReport}, "confirmed": {tense: tenseReport},
	"explained": {tense: tenseReport}, "insisted": {tense: tenseReport}, "claimed": {tense: tenseReport},
	"warned": {tense: tenseReport}, "declared": {tense: tenseReport}, "revealed": {tense: tenseReport},
	"stressed": {tense: tenseReport}, "urged": {tense: tenseReport}, "tweeted": {tense: tenseReport},
	"posted": {tense: tenseReport}, "suggested": {tense: tenseReport}, "argued": {tense: tenseReport},
	"did": {tense: -1}, "met": {tense: -1},
	"held": {tense: -1}, "took": {tense: -1}, "went": {tense: -1}, "came": {tense: -1},
	"left": {tense: -1}, "began": {tense: -1}, "spoke": {tense: -1}, "saw": {tense: -1},
	"made": {tense: -1}, "gave": {tense: -1}, "won": {tense: -1}, "lost": {tense: -1},
	"shot": {tense: -1}, "fell": {tense: -1}, "rose": {tense: -1},
	"sent": {tense: -1}, "led": {tense: -1}, "ago": {kw: kwAgo, tense: -1},
	"proposed": {tense: tenseNeutral}, "supposed": {tense: tenseNeutral}, "intended": {tense: tenseNeutral},
	"limited": {tense: tenseNeutral}, "based": {tense: tenseNeutral}, "related": {tense: tenseNeutral},
	"alleged": {tense: tenseNeutral}, "advanced": {tense: tenseNeutral}, "detailed": {tense: tenseNeutral},
	"interested": {tense: tenseNeutral}, "concerned": {tense: tenseNeutral}, "hundred": {tense: tenseNeutral},
	"indeed": {tense: tenseNeutral}, "speed": {tense: tenseNeutral}, "need": {tense: tenseNeutral},
	"armed": {tense: tenseNeutral}, "elected": {tense: tenseNeutral}, "called": {tense: tenseNeutral},
	"named": {tense: tenseNeutral}, "skilled": {tense: tenseNeutral}, "aged": {tense: tenseNeutral},
	"biased": {tense: tenseNeutral}, "embed": {tense: tenseNeutral}, "seed": {tense: tenseNeutral},
	"breed": {tense: tenseNeutral}, "unprecedented": {tense: tenseNeutral}, "red": {tense: tenseNeutral},
	"dated": {tense: tenseNeutral}, "titled": {tense: tenseNeutral}, "entitled": {tense: tenseNeutral},
	"dubbed": {tense: tenseNeutral}, "timed": {tense: tenseNeutral},
}

// lookup finds the lexicon entry of an ASCII word, case-insensitively, without
// allocating.
func lookup(w string) (entry, bool) {
	if len(w) > 12 {
		return entry{}, false
	}
	var buf [12]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return entry{}, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	e, ok := lexicon[string(buf[:len(w)])]
	return e, ok
}
