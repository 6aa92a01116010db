package extract

import (
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// whereCases: the place and day of a found event. Each case names one
// event by its type and a participant ("MEETING Ilse Vandam") and wants its
// place ("" when none may be given) and start day ("-" to leave it unchecked).
var whereCases = []whereCase{
	// a trip only planned or put in doubt is no place of a meeting held
	{"an uncertain trip does not place a held meeting",
		"Serbian envoy Dragan Ilic and Albanian envoy Besnik Hoxha sat down with Swedish mediator Marta Lindqvist on Sunday. Lindqvist may travel to Tirana this year, aides said.",
		"2026-05-12", "MEETING Marta Lindqvist", "", "2026-05-10"},
	{"a planned trip does not place a held meeting",
		"Finance Minister Oskar Brandt met with Gunnar Holm on Monday. Holm is expected to visit Bergen in the autumn.",
		"2026-05-12", "MEETING Gunnar Holm", "", "2026-05-11"},
	{"a trip under way still places its meeting",
		"Chilean Deputy Minister Rosa Quintero met with Tiago Morais, head of a port operator, on Monday. Quintero arrived in Lisbon on Sunday for a three-day visit to Portugal.",
		"2026-05-12", "MEETING Tiago Morais", "Lisbon", "2026-05-11"},
	// of a trip to several cities, the one the story is told from
	{"a dateline city among the trip's cities places the meeting",
		"MADRID, May 12 (Reuters) - Chilean Deputy Minister Rosa Quintero held talks with Spanish Economy Minister Duarte Vaz on Tuesday on copper exports.\n\nEarlier in the day, Quintero met with Tiago Morais, who runs Atlantis Docks, a firm with terminals in Bilbao and Vigo.\n\nQuintero landed in Madrid on Monday, opening a week-long trip to Spain. She will also go to Barcelona and Valencia before flying home.",
		"2026-05-12", "MEETING Tiago Morais", "Madrid", "2026-05-12"},
	// the verb of a relative phrase places and dates the accord told before
	{"a participle after an accord told before gives its place and day",
		"Norway and Chile have agreed to work together on lithium refining, officials said.\n\nThe declaration, signed in Valparaiso on Wednesday, binds Norway to fund two research chairs.",
		"2026-05-15", "AGREEMENT Chile", "Valparaiso", "2026-05-13"},
	{"a participle on another paper tells nothing of the accord",
		"Norway and Chile have agreed to work together on lithium refining, officials said.\n\nThe petition, signed in Valparaiso on Wednesday, asks Norway to fund two research chairs.",
		"2026-05-15", "AGREEMENT Chile", "", "2026-05-15"},
}

type whereCase struct {
	name, text, pub, event, place, start string
}

func TestWhere(t *testing.T) { runWhere(t, whereCases) }

// runWhere tells each case, published on its own day, and checks the
// place and day of its event.
func runWhere(t *testing.T, cases []whereCase) {
	var stories []story
	for _, c := range cases {
		pub, err := time.Parse("2006-01-02", c.pub)
		if err != nil {
			t.Fatal(err)
		}
		stories = append(stories, story{c.name, c.text, pub, []check{eventAt(c.event, c.place, c.start)}})
	}
	runStories(t, "where", stories)
}

// eventAt checks that some event of event's type ("MEETING Ilse Vandam")
// in which its person takes part is at place and starts on start ("-"
// for any day).
func eventAt(event, place, start string) check {
	return func(t *testing.T, ex *newsgraph.Extraction) {
		t.Helper()
		names := map[newsgraph.EntityID]string{}
		for _, e := range ex.Entities {
			names[e.ID] = e.Name
		}
		typ, who, _ := strings.Cut(event, " ")
		var got []string
		for _, ev := range ex.Events {
			var ps []string
			for _, p := range ev.Participants {
				ps = append(ps, names[p.Entity])
			}
			sort.Strings(ps)
			got = append(got, string(ev.Type)+"["+strings.Join(ps, ", ")+"] at "+names[ev.Location]+" "+ev.Start)
			if string(ev.Type) != typ || ev.TakesPart([]newsgraph.EntityID{entityNamed(ex, who)}) == "" {
				continue
			}
			if names[ev.Location] == place && (start == "-" || ev.Start == start) {
				return
			}
		}
		t.Errorf("no %s at %q on %s; got %q", event, place, start, got)
	}
}

func entityNamed(ex *newsgraph.Extraction, name string) newsgraph.EntityID {
	for _, e := range ex.Entities {
		if e.Name == name {
			return e.ID
		}
	}
	return "-"
}
