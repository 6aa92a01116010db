package extract

import (
	"strings"
	"testing"
	"time"
)

// ledByCases are invented sentences whose sides are groups named with
// their leaders ("a delegation led by X", "negotiators headed by Y"). The
// parser hangs a second group after "and" on the first one's participle,
// and the place and day after a leader's name on the leading, not on the
// meeting.
var ledByCases = []wordingCase{
	{
		name: "talks between two led groups",
		text: "Markets were calm on Wednesday.\n\nTalks in Oslo between state mediators led by Ana Ortiz and a union team headed by Tomas Vale ended on Thursday.",
		want: []string{"MEETING: participant=Ana Ortiz; participant=Tomas Vale"},
	},
	{
		name: "a meeting between two led teams",
		text: "Markets were calm on Wednesday.\n\nA meeting between a Kenyan team led by Trade Minister Peter Otieno and a Ugandan team headed by Grace Namuli took place in Kampala.",
		want: []string{"MEETING: participant=Grace Namuli; participant=Peter Otieno"},
	},
	{
		name: "negotiations between two led delegations, planned",
		text: "Markets were calm on Wednesday.\n\nNegotiations between a union delegation led by Rosa Quintero and managers headed by Graham Ostler will resume next week.",
		want: []string{"MEETING: participant=Graham Ostler; participant=Rosa Quintero"},
	},
	{
		name: "the place after the second leader is the meeting's",
		text: "Markets were calm on Wednesday.\n\nA delegation led by Foreign Minister Lina Haddad held talks with a Jordanian team headed by Omar Said in Amman on Monday.",
		want: []string{"MEETING: location=Amman; participant=Lina Haddad; participant=Omar Said"},
	},
	{
		name: "the place after a sole leader is the meeting's",
		text: "Markets were calm on Wednesday.\n\nPresident Aiko Mori met a business delegation led by Hans Keller in Osaka on Tuesday.",
		want: []string{"MEETING: location=Osaka; participant=Aiko Mori; participant=Hans Keller"},
	},
	{
		name: "signed with a team led by someone, in a city",
		text: "Markets were calm on Wednesday.\n\nThe Chilean government signed a fisheries accord with a Peruvian mission headed by Carla Benedetti in Lima on Friday.",
		want: []string{"AGREEMENT: party=Carla Benedetti; party=Chile"},
	},
	{
		name: "talks between led sides at a venue",
		text: "Markets were calm on Wednesday.\n\nTalks between Greek officials led by Nikos Pappas and Turkish officials headed by Ayse Demir opened in Geneva on Monday.",
		want: []string{"MEETING: participant=Ayse Demir; participant=Nikos Pappas"},
	},
	{
		name: "received a delegation led by someone in the capital",
		text: "Markets were calm on Wednesday.\n\nPrime Minister Joseph Camilleri received a business delegation led by Marco Gallo in Valletta on Thursday.",
		want: []string{"MEETING: location=Valletta; participant=Joseph Camilleri; participant=Marco Gallo"},
	},
	{
		name: "a led group with no counterpart is no meeting",
		text: "Markets were calm on Wednesday.\n\nA delegation led by Ana Ortiz and a group of engineers headed by Tomas Vale toured the plant in Lima.",
		not:  []string{"MEETING"},
	},
	{
		name: "a company led by someone is no talks",
		text: "Markets were calm on Wednesday.\n\nHarlow Mining, led by Ana Ortiz since 2019, and Cobalt Energy, headed by Tomas Vale, both reported record profits in Lima.",
		not:  []string{"MEETING", "AGREEMENT"},
	},
	{
		name: "a march led by someone in a city is no visit by the leader's counterpart",
		text: "Markets were calm on Wednesday.\n\nThousands joined a march led by Rosa Quintero and a rally headed by Graham Ostler in Santiago.",
		not:  []string{"MEETING"},
	},
}

// TestWordingLedBy matches sides as the scorer does (the leaders' countries
// may stand beside them), and a want's "location=" with eventAt.
func TestWordingLedBy(t *testing.T) {
	pub := time.Date(1999, 4, 14, 0, 0, 0, 0, time.UTC)
	var stories []story
	for _, c := range ledByCases {
		var sides []string
		var checks []check
		for _, w := range c.want {
			// "MEETING: location=P; participant=X; ...": the event X takes
			// part in is at P
			head, parts, _ := strings.Cut(w, ": ")
			if place, rest, ok := strings.Cut(strings.TrimPrefix(parts, "location="), "; participant="); ok && strings.HasPrefix(parts, "location=") {
				who, _, _ := strings.Cut(rest, ";")
				checks = append(checks, eventAt(head+" "+who, place, "-"))
				w = head + ": participant=" + rest
			}
			sides = append(sides, w)
		}
		checks = append(checks, eventChecks(holdsSides, sides, c.not))
		stories = append(stories, story{c.name, c.text, pub, checks})
	}
	runStories(t, "wording", stories)
}
