package extract

import "testing"

// modernDatelineCases are invented stories under the datelines of modern
// outlets (a bare hyphen, a colon, a country or state after the town, the
// day before the month, a byline before it): an event that states no
// place takes the dateline's place and day; a place and a dash past the
// lede is none.
var modernDatelineCases = []whereCase{
	{"a bare hyphen dateline places talks",
		"Envoy in port city talks\n\nSINGAPORE - Foreign Minister Ilse Marwick held talks with Prime Minister Daniel Oyelaran on Tuesday about shipping lanes.",
		"2026-05-14", "MEETING Ilse Marwick", "Singapore", "2026-05-12"},
	{"a town, its country and an em dash",
		"Ministers meet\n\nVALLETTA, Malta \u2014 Trade Minister Omar Zaheen met Shipping Minister Lena Drach on Tuesday to discuss port fees.",
		"2026-05-14", "MEETING Omar Zaheen", "Valletta", "2026-05-12"},
	{"a town, its state's abbreviation and an em dash",
		"Governors meet\n\nSANTA ROSA, Calif. \u2014 Governor Ana Whitcombe met Governor Piotr Lasko on Tuesday to discuss wildfire crews.",
		"2026-05-14", "MEETING Ana Whitcombe", "Santa Rosa", "2026-05-12"},
	{"the day before the month after a byline and a timestamp",
		"Ministers agree on port fees\nBy Ann Roe\nUpdated 3 hours ago\nKARACHI, 12 May: Trade Minister Omar Zaheen met Shipping Minister Lena Drach.",
		"2026-05-14", "MEETING Omar Zaheen", "Karachi", "2026-05-12"},
	{"a colon after a town in capitals",
		"Ministers meet\n\nKUALA LUMPUR: Trade Minister Omar Zaheen met Shipping Minister Lena Drach on Tuesday to discuss port fees.",
		"2026-05-14", "MEETING Omar Zaheen", "Kuala Lumpur", "2026-05-12"},
	{"a place and a dash past the lede is no dateline",
		"Ministers meet\n\nTrade Minister Omar Zaheen met Shipping Minister Lena Drach on Tuesday, aides said after the talks.\n\nKarachi \u2014 a city of ports \u2014 was calm.",
		"2026-05-14", "MEETING Omar Zaheen", "", "2026-05-12"},
}

func TestWhereModernDateline(t *testing.T) { runWhere(t, modernDatelineCases) }
