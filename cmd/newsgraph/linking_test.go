package main

import (
	"context"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// linkCase is stories that name one real-world entity (or, with apart,
// two) in different forms, each story naming it one way only: ingested
// one by one in the order given and in the reverse order, the entities
// answering to key must be want (one node), or, with apart, must hold
// want, the short form's own node.
type linkCase struct {
	name    string
	stories []string
	key     string
	want    newsgraph.EntityID
	apart   bool
}

var linkCases = []linkCase{
	{
		name: "a firm's initials in one story, its full name in another",
		stories: []string{
			"Halvard Industrial Machines Corp said on Monday it would cut 300 jobs at its plant in Ohio. Chief executive Mark Dunlow said demand had fallen.",
			"Shares of HIM fell 4 percent on Tuesday after the job cuts. HIM said it would close two plants.",
		},
		key: "him", want: newsgraph.NewEntityID(newsgraph.Organization, "Halvard Industrial Machines Corp"),
	},
	{
		name: "a body's initials in one story, its full name in another",
		stories: []string{
			"The Corvian Ports Authority approved a new container terminal on Monday, its chairman said.",
			"The CPA will open the terminal next year, officials told reporters in Lisbon on Friday.",
		},
		key: "cpa", want: newsgraph.NewEntityID(newsgraph.Organization, "Corvian Ports Authority"),
	},
	{
		name: "a ministry named head first in one story, head last in another",
		stories: []string{
			"The Ministry of Coastal Affairs said on Monday it would build three new ports.",
			"The Coastal Affairs Ministry opened a tender for the ports on Friday.",
		},
		key: "coastal affairs ministry", want: newsgraph.NewEntityID(newsgraph.Organization, "Ministry of Coastal Affairs"),
	},
	{
		name: "the Department of Energy and the Energy Department",
		stories: []string{
			"The Department of Energy said on Monday it would sell oil from the reserve.",
			"The Energy Department said on Thursday the sale had been delayed.",
		},
		key: "energy department", want: newsgraph.NewEntityID(newsgraph.Organization, "Department of Energy"),
	},
	{
		name: "a committee with its chamber in one story, without in another",
		stories: []string{
			"The House of Commons Transport Select Committee questioned rail bosses on Monday about late trains.",
			"The Transport Select Committee will report in May, its chairman said on Friday.",
		},
		key: "transport select committee", want: newsgraph.NewEntityID(newsgraph.Organization, "House of Commons Transport Select Committee"),
	},
	{
		name: "Washington D.C. in one story, Washington in another",
		stories: []string{
			"Officials in Washington D.C. said on Monday the bill would pass.",
			"Lawmakers in Washington said on Tuesday the bill had stalled.",
		},
		key: "washington dc", want: newsgraph.NewEntityID(newsgraph.GPE, "Washington"),
	},
	// near misses
	{
		name: "initials two known firms share name neither",
		stories: []string{
			"Halvard Industrial Machines Corp said on Monday it would cut 300 jobs at its plant in Ohio.",
			"Hollis Iron Mills said on Wednesday it would raise steel prices by 5 percent.",
			"Shares of HIM fell 4 percent on Tuesday. HIM said it would close two plants.",
		},
		key: "him", want: newsgraph.NewEntityID(newsgraph.Organization, "HIM"), apart: true,
	},
	{
		name: "two countries' commerce ministries",
		stories: []string{
			"China's Commerce Ministry said on Monday that exports rose 5 percent in May.",
			"India's Ministry of Commerce said on Tuesday that steel imports would be capped.",
		},
		key: "commerce ministry", want: newsgraph.NewEntityID(newsgraph.Organization, "Commerce Ministry"), apart: true,
	},
	{
		name: "initials of two letters are too short to name a firm",
		stories: []string{
			"Harwick Mining said on Monday it had found copper in Chile.",
			"Shares of HM rose 2 percent on Tuesday. HM said it would pay a higher dividend.",
		},
		key: "hm", want: newsgraph.NewEntityID(newsgraph.Organization, "HM"), apart: true,
	},
}

// TestOneEntityAcrossStories ingests each case's stories through the real
// extractor into a memory store, in both orders.
func TestOneEntityAcrossStories(t *testing.T) {
	for _, c := range linkCases {
		t.Run(c.name, func(t *testing.T) {
			for _, reverse := range []bool{false, true} {
				stories := slices.Clone(c.stories)
				if reverse {
					slices.Reverse(stories)
				}
				st, svc := memoryService(t)
				for i, text := range stories {
					ingestText(t, svc, "doc"+string(rune('a'+i)), text, "2026-03-02")
				}
				ents, err := st.EntitiesByKey(context.Background(), c.key)
				if err != nil {
					t.Fatal(err)
				}
				var ids []newsgraph.EntityID
				for _, e := range ents {
					ids = append(ids, e.ID)
				}
				switch {
				case c.apart && !slices.Contains(ids, c.want):
					t.Errorf("reverse %v: %q answers %v, want %s, a node of its own", reverse, c.key, ids, c.want)
				case !c.apart && (len(ids) != 1 || ids[0] != c.want):
					t.Errorf("reverse %v: %q answers %v, want %s alone", reverse, c.key, ids, c.want)
				}
			}
		})
	}
}
