package main

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/store"
)

// crossStoryCase is stories naming bodies or places in different written
// forms, each story a document of its own. With one, every key answers
// one and the same node; with apart, the keys' nodes are two (no node
// answers to both).
type crossStoryCase struct {
	name    string
	stories []string
	keys    []string
	apart   bool
	mints   string // a name whose own node the stories keep ("OGB" alone)
}

var crossStoryCases = []crossStoryCase{
	{
		name: "a council's full name in one story, its initials alone in another",
		stories: []string{
			"The Velmoran Trade Council said on Monday it would lower tariffs on grain from the north.",
			"The VTC will publish its new tariff schedule next week, a spokesman said on Friday.",
		},
		keys: []string{"velmoran trade council", "vtc"},
	},
	{
		name: "a bank's initials take the letter of its 'of'",
		stories: []string{
			"The Bank of Tessary raised its main interest rate on Thursday to curb prices.",
			"The BOT said on Monday that inflation had eased in May.",
		},
		keys: []string{"bank of tessary", "bot"},
	},
	{
		name: "a bureau's initials leave out the country before it",
		stories: []string{
			"The U.S. Bureau of Harbor Surveys mapped the silted channel at Dunmore Sound last spring.",
			"A BHS report released on Tuesday said the channel needed dredging within two years.",
		},
		keys: []string{"us bureau of harbor surveys", "bhs"},
	},
	{
		name: "an authority's initials, its possessive full name, and its full name with the initials",
		stories: []string{
			"KRTA buses stopped running on Monday. The strike began after the Kestrel River Transit Authority's board cut wages. A KRTA spokesman declined to comment.",
			"The Kestrel River Transit Authority (KRTA) said on Friday it would hire 40 drivers.",
			"The KRTA said its ferries would run on Sunday as usual.",
		},
		keys: []string{"kestrel river transit authority", "krta"},
	},
	{
		name: "a ministry named head first in one story, head last in another",
		stories: []string{
			"Velmora's Ministry of Mines said on Monday it would auction three copper licences.",
			"The Mines Ministry said on Thursday the auction would be held in June.",
		},
		keys: []string{"ministry of mines", "mines ministry"},
	},
	{
		name: "a department named both ways round",
		stories: []string{
			"The Fisheries Department closed the cod grounds off Harl Point on Monday.",
			"The Department of Fisheries said on Wednesday the grounds would reopen in April.",
		},
		keys: []string{"fisheries department", "department of fisheries"},
	},
	{
		name: "a central bank named after its state, and with 'of' and the state",
		stories: []string{
			"The Velmora Central Bank cut its main rate by half a point on Thursday.",
			"The Central Bank of Velmora said on Monday that lending had picked up since the cut.",
		},
		keys: []string{"velmora central bank", "central bank of velmora"},
	},
	{
		name: "a town with and without 'City'",
		stories: []string{
			"Flooding closed the harbour at Port Arvel City on Monday, officials said.",
			"Ferries to Port Arvel resumed on Wednesday after the floods receded.",
		},
		keys: []string{"port arvel city", "port arvel"},
	},
	{
		name: "the capital with and without D.C.",
		stories: []string{
			"Lawmakers in Washington D.C. said on Monday the ferry bill would pass.",
			"Officials in Washington said on Tuesday the ferry bill had stalled.",
		},
		keys: []string{"washington dc", "washington"},
	},
	{
		name: "a broadcaster's station with its parent's acronym, and without",
		stories: []string{
			"VBC Radio Velmora Two said on Monday it would drop its late news bulletin.",
			"Listeners of Radio Velmora Two complained on Tuesday about the change.",
		},
		keys: []string{"vbc radio velmora two", "radio velmora two"},
	},
	{
		name: "a national body after U.S., and bare in a wire",
		stories: []string{
			"The U.S. Navy said on Monday it would send two ships to the Harl Strait.",
			"The Navy said on Wednesday the ships had arrived off Harl Point.",
		},
		keys: []string{"us navy", "navy"},
	},
	// near misses
	{
		name: "a desk two parents' acronyms give is neither's",
		stories: []string{
			"VBC World Desk said on Monday it would open a bureau in Tarrow.",
			"KTN World Desk said on Tuesday it had hired six reporters in Dorran.",
			"World Desk editors met on Sunday to plan the coverage of the vote.",
		},
		keys:  []string{"vbc world desk", "ktn world desk"},
		apart: true,
	},
	{
		name: "two bodies of the same initials, each named in full with them",
		stories: []string{
			"The Ostravian Grain Board (OGB) said on Monday it would buy more wheat this year.",
			"The Orlen Glass Bureau (OGB) opened a new kiln at Tarrow on Friday.",
			"OGB officials declined to comment on Sunday.",
		},
		keys:  []string{"ostravian grain board", "orlen glass bureau"},
		apart: true,
		mints: "OGB",
	},
	{
		name: "a bare acronym two known bodies give is neither",
		stories: []string{
			"The Ostravian Grain Board said on Monday it would buy more wheat this year.",
			"The Orlen Glass Bureau opened a new kiln at Tarrow on Friday.",
			"OGB officials declined to comment on Sunday.",
		},
		keys:  []string{"ostravian grain board", "orlen glass bureau"},
		apart: true,
		mints: "OGB",
	},
	{
		name: "a bank of a place and a bank named after it are two firms",
		stories: []string{
			"Bank of Corrin said on Monday its profit rose 8 percent in the year.",
			"Corrin Bank said on Tuesday it would close four branches in the valley.",
		},
		keys:  []string{"bank of corrin", "corrin bank"},
		apart: true,
	},
	{
		name: "two letters are too few initials",
		stories: []string{
			"Harwick Mining said on Monday it had found copper in the hills near Dorran.",
			"Shares of HM rose 2 percent on Tuesday after the dividend was raised.",
		},
		keys:  []string{"harwick mining", "hm"},
		apart: true,
	},
	{
		name: "a town named after its state keeps its 'City'",
		stories: []string{
			"Storms cut power to Velmora City on Monday, the utility said.",
			"Velmora said on Tuesday it would ask its neighbours for generators.",
		},
		keys:  []string{"velmora city", "velmora"},
		apart: true,
	},
	{
		name: "a town named after a lake keeps its 'City'",
		stories: []string{
			"Voters in Ferrow Lake City elected a new mayor on Tuesday.",
			"Fishing boats on Ferrow Lake were told to stay in port on Monday.",
		},
		keys:  []string{"ferrow lake city", "ferrow lake"},
		apart: true,
	},
}

// TestOneNodeAcrossStories ingests each case's stories, one document a
// run, in every order, into a fresh memory store: the keys answer as the
// case says, and every order gives the same export, byte for byte.
func TestOneNodeAcrossStories(t *testing.T) {
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, c := range crossStoryCases {
		t.Run(c.name, func(t *testing.T) {
			var first []byte
			for _, order := range permutations(len(c.stories)) {
				st, err := store.Open(ctx, "memory://")
				if err != nil {
					t.Fatal(err)
				}
				svc := ingest.New(graphExtractor{x}, st, 0)
				svc.SetWorkers(1)
				for _, i := range order {
					ingestText(t, svc, fmt.Sprintf("story-%d", i), c.stories[i], fmt.Sprintf("2034-05-0%d", i+1))
				}
				nodes := map[string][]newsgraph.EntityID{}
				for _, k := range c.keys {
					ents, err := st.EntitiesByKey(ctx, k)
					if err != nil {
						t.Fatal(err)
					}
					for _, e := range ents {
						if e.Type != newsgraph.Person {
							nodes[k] = append(nodes[k], e.ID)
						}
					}
				}
				a, b := nodes[c.keys[0]], nodes[c.keys[1]]
				switch {
				case !c.apart && (len(a) != 1 || !slices.Equal(a, b)):
					t.Errorf("order %v: %q answers %v, %q answers %v; want one node", order, c.keys[0], a, c.keys[1], b)
				case c.apart && (len(a) == 0 || len(b) == 0 || slices.ContainsFunc(a, func(id newsgraph.EntityID) bool { return slices.Contains(b, id) })):
					t.Errorf("order %v: %q answers %v, %q answers %v; want two nodes", order, c.keys[0], a, c.keys[1], b)
				}
				var out bytes.Buffer
				if err := st.WriteNQuads(ctx, &out); err != nil {
					t.Fatal(err)
				}
				st.Close()
				if c.mints != "" && !bytes.Contains(out.Bytes(), []byte("<"+string(newsgraph.NewEntityID(newsgraph.Organization, c.mints))+">")) {
					t.Errorf("order %v: no node %s of its own", order, c.mints)
				}
				if first == nil {
					first = out.Bytes()
				} else if !bytes.Equal(out.Bytes(), first) {
					t.Errorf("order %v: export differs from the first order's:\n%s", order, firstDiff(first, out.Bytes()))
				}
			}
		})
	}
}

// permutations are the orders of 0..n-1, the identity first.
func permutations(n int) [][]int {
	if n == 0 {
		return [][]int{{}}
	}
	var out [][]int
	for _, p := range permutations(n - 1) {
		for i := len(p); i >= 0; i-- {
			q := append(append(append([]int{}, p[:i]...), n-1), p[i:]...)
			out = append(out, q)
		}
	}
	return out
}
