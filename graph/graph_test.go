package graph_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
)

// The queries of ../shared/eval/score.py, verbatim.
const scoreEntities = `query($after: String) { entities(first: 200, after: $after) {
  pageInfo { hasNextPage endCursor }
  nodes { id name type aliases roles { title of { id name } } } } }`

const scoreEvents = `query($type: EventType!, $after: String) { events(type: $type, first: 200, after: $after) {
  pageInfo { hasNextPage endCursor }
  nodes { id type status start end
    participants { role entity { id name } }
    location { id name }
    sources { document { id } } } } }`

type pageInfo struct {
	HasNextPage bool
	EndCursor   *string
}

type entityNode struct {
	ID, Name, Type string
	Aliases        []string
	Roles          []struct {
		Title string
		Of    *struct{ ID, Name string }
	}
}

type eventNode struct {
	ID, Type, Status string
	Start, End       *string
	Participants     []struct {
		Role   string
		Entity struct{ ID, Name string }
	}
	Location *struct{ ID, Name string }
	Sources  []struct{ Document struct{ ID string } }
}

// paged follows endCursor like score.py does and returns every node.
func paged[T any](t *testing.T, s *server, q, field string, vars map[string]any) []T {
	t.Helper()
	var all []T
	var after any
	for pages := 0; ; pages++ {
		if pages > 50 {
			t.Fatal("pagination does not end")
		}
		v := map[string]any{"after": after}
		for k, x := range vars {
			v[k] = x
		}
		var out map[string]struct {
			PageInfo pageInfo
			Nodes    []T
		}
		s.must(q, v, &out)
		conn := out[field]
		all = append(all, conn.Nodes...)
		if !conn.PageInfo.HasNextPage {
			return all
		}
		after = *conn.PageInfo.EndCursor
	}
}

func TestScoreQueries(t *testing.T) {
	s := newServer(t, graph.Config{})
	ents := paged[entityNode](t, s, scoreEntities, "entities", nil)
	named := map[string]bool{}
	for _, d := range defaultDocs {
		for _, e := range docSpecs[d].entities {
			named[e] = true
		}
	}
	if len(ents) != len(named) {
		t.Fatalf("got %d entities, want %d: %+v", len(ents), len(named), ents)
	}
	// Default order: most mentioned first (Velm is named four times).
	if ents[0].Name != "Velm" {
		t.Errorf("first entity %q, want Velm, the most mentioned", ents[0].Name)
	}
	var tanabe entityNode
	for _, e := range ents {
		if e.Name == "Aiko Tanabe" {
			tanabe = e
		}
	}
	if tanabe.Type != "PERSON" || !slices.Contains(tanabe.Aliases, "Tanabe") || len(tanabe.Roles) != 1 ||
		tanabe.Roles[0].Title != "prime minister" || tanabe.Roles[0].Of == nil || tanabe.Roles[0].Of.Name != "Norland" {
		t.Errorf("Tanabe read back as %+v", tanabe)
	}

	// The same list in pages of two, through opaque cursors.
	small := paged[entityNode](t, s, strings.Replace(scoreEntities, "first: 200", "first: 2", 1), "entities", nil)
	if len(small) != len(ents) {
		t.Fatalf("pages of 2 gave %d entities, want %d", len(small), len(ents))
	}
	for i := range ents {
		if small[i].ID != ents[i].ID {
			t.Fatalf("page order differs at %d: %s vs %s", i, small[i].ID, ents[i].ID)
		}
	}

	meetings := paged[eventNode](t, s, scoreEvents, "events", map[string]any{"type": "MEETING"})
	visits := paged[eventNode](t, s, scoreEvents, "events", map[string]any{"type": "VISIT"})
	agreements := paged[eventNode](t, s, scoreEvents, "events", map[string]any{"type": "AGREEMENT"})
	if len(meetings) != 3 || len(visits) != 1 || len(agreements) != 0 {
		t.Fatalf("got %d meetings, %d visits, %d agreements; want 3, 1, 0", len(meetings), len(visits), len(agreements))
	}
	smallEvents := paged[eventNode](t, s, strings.Replace(scoreEvents, "first: 200", "first: 1", 1), "events", map[string]any{"type": "MEETING"})
	if len(smallEvents) != 3 {
		t.Errorf("pages of 1 gave %d meetings", len(smallEvents))
	}
	roles := map[string]string{}
	for _, p := range visits[0].Participants {
		roles[p.Role] = p.Entity.Name
	}
	if roles["visitor"] != "Carl Voss" || roles["destination"] != "Velm" || visits[0].Sources[0].Document.ID != "a2" {
		t.Errorf("visit read back as %+v", visits[0])
	}
}

func TestMeetings(t *testing.T) {
	s := newServer(t, graph.Config{})
	const q = `query($person: String, $with: String, $at: String, $from: String, $to: String) {
	  meetings(person: $person, with: $with, at: $at, from: $from, to: $to) {
	    totalCount
	    nodes { status start participants { entity { name } } location { name }
	      sources { document { id published } text }
	      claims { document { id } status }
	      conflicts { participants { entity { name } } } } } }`
	type meeting struct {
		Status       string
		Start        string
		Participants []struct{ Entity struct{ Name string } }
		Location     struct{ Name string }
		Sources      []struct {
			Document struct{ ID, Published string }
			Text     string
		}
		Claims []struct {
			Document struct{ ID string }
			Status   string
		}
		Conflicts []struct {
			Participants []struct{ Entity struct{ Name string } }
		}
	}
	var out struct {
		Meetings struct {
			TotalCount int
			Nodes      []meeting
		}
	}
	s.must(q, map[string]any{"person": "Tanabe", "with": "olsen"}, &out)
	if out.Meetings.TotalCount != 1 {
		t.Fatalf("Tanabe with Olsen: %d meetings, want 1: %+v", out.Meetings.TotalCount, out.Meetings.Nodes)
	}
	m := out.Meetings.Nodes[0]
	var docs []string
	for _, src := range m.Sources {
		docs = append(docs, src.Document.ID)
	}
	sort.Strings(docs)
	if m.Status != "HAPPENED" || m.Start != "2025-10-28" || m.Location.Name != "Harbor Guest House" || strings.Join(docs, ",") != "a1,a2" {
		t.Errorf("meeting read back as %+v", m)
	}
	if len(m.Claims) != 2 {
		t.Errorf("claims %+v, want one per source", m.Claims)
	}
	if len(m.Conflicts) != 1 || len(m.Conflicts[0].Participants) != 2 || m.Conflicts[0].Participants[1].Entity.Name != "Dane Ruiz" {
		t.Errorf("conflicts %+v, want the Tanabe-Ruiz report of the same day", m.Conflicts)
	}

	// Every meeting of Tanabe, then those at places inside Norland (the guest
	// house is in Velm, Velm in Norland), then a date window.
	for _, c := range []struct {
		vars map[string]any
		want int
	}{
		{map[string]any{"person": "Tanabe"}, 2},
		{map[string]any{"person": entityID("Aiko Tanabe")}, 2},
		{map[string]any{"at": "Norland"}, 3},
		{map[string]any{"at": "Velm", "person": "Voss"}, 1},
		{map[string]any{"at": "Harbor Guest House"}, 2},
		{map[string]any{"from": "2025-10-29"}, 1},
		{map[string]any{"to": "2025-10-28"}, 2},
		{map[string]any{"person": "Nobody Atall"}, 0},
	} {
		s.must(q, c.vars, &out)
		if out.Meetings.TotalCount != c.want {
			t.Errorf("meetings(%v) = %d, want %d", c.vars, out.Meetings.TotalCount, c.want)
		}
	}
	if msg := s.errorOf(q, map[string]any{"from": "28 October"}); !strings.Contains(msg, "YYYY-MM-DD") {
		t.Errorf("bad date error %q", msg)
	}

	var evs struct {
		Events struct{ TotalCount int }
	}
	s.must(`{ events(filter: {location: "Norland", type: VISIT}) { totalCount } }`, nil, &evs)
	if evs.Events.TotalCount != 1 {
		t.Errorf("visits inside Norland: %d, want 1", evs.Events.TotalCount)
	}
	s.must(`{ events(filter: {participant: "Mira Sol", status: HAPPENED}) { totalCount } }`, nil, &evs)
	if evs.Events.TotalCount != 1 {
		t.Errorf("events of Sol: %d, want 1", evs.Events.TotalCount)
	}
}

func TestPath(t *testing.T) {
	s := newServer(t, graph.Config{})
	var out struct {
		Path *struct {
			Hops  int
			Steps []struct {
				From    struct{ Name string }
				Event   struct{ Type string }
				To      struct{ Name string }
				Through *struct{ Name string }
			}
		}
	}
	const q = `query($from: String!, $to: String!) { path(from: $from, to: $to) { hops steps { from { name } event { type } to { name } through { name } } } }`
	s.must(q, map[string]any{"from": "Dane Ruiz", "to": "Mira Sol"}, &out)
	if out.Path == nil || out.Path.Hops != 3 {
		t.Fatalf("path = %+v, want 3 hops (Ruiz, Tanabe, Olsen, Sol)", out.Path)
	}
	var chain []string
	for _, st := range out.Path.Steps {
		chain = append(chain, st.From.Name)
	}
	chain = append(chain, out.Path.Steps[len(out.Path.Steps)-1].To.Name)
	if got := strings.Join(chain, " > "); got != "Dane Ruiz > Aiko Tanabe > Bram Olsen > Mira Sol" &&
		got != "Dane Ruiz > Harbor Guest House > Bram Olsen > Mira Sol" {
		t.Errorf("path %s", got)
	}
	for _, st := range out.Path.Steps {
		if st.Through != nil {
			t.Errorf("a path through events alone went through %s", st.Through.Name)
		}
	}
	s.must(`{ path(from: "Dane Ruiz", to: "Mira Sol", maxHops: 2) { hops } }`, nil, &out)
	if out.Path != nil {
		t.Errorf("a 3-hop path within 2 hops: %+v", out.Path)
	}
	if msg := s.errorOf(`{ path(from: "Dane Ruiz", to: "Mira Sol", maxHops: 99) { hops } }`, nil); !strings.Contains(msg, "maxHops") {
		t.Errorf("maxHops error %q", msg)
	}

	// Lund takes part in nothing himself; his country signed with Tanabe.
	s.ingest("a5")
	s.must(q, map[string]any{"from": "Kai Lund", "to": "Olsen"}, &out)
	if out.Path == nil || out.Path.Hops != 2 || out.Path.Steps[0].Through == nil || out.Path.Steps[0].Through.Name != "Ostra" ||
		out.Path.Steps[0].Event.Type != "AGREEMENT" || out.Path.Steps[0].To.Name != "Aiko Tanabe" || out.Path.Steps[1].Through != nil {
		t.Errorf("path through a role: %+v", out.Path)
	}
}

func TestEntitySearch(t *testing.T) {
	s := newServer(t, graph.Config{})
	const q = `query($name: String, $type: EntityType) { entities(filter: {name: $name, type: $type}) { totalCount nodes { name } } }`
	for _, c := range []struct {
		name, typ string
		first     string
	}{
		{"tanabe", "", "Aiko Tanabe"},       // one word of an alias, any case
		{"TANABÉ", "", "Aiko Tanabe"},       // accents folded
		{"Tanbae", "", "Aiko Tanabe"},       // transposition
		{"Aiko Tanabee", "", "Aiko Tanabe"}, // typo in a long name
		{"harb", "", "Harbor Guest House"},  // prefix
		{"the Harbor Guest House", "FACILITY", "Harbor Guest House"},
		{"Olsne", "PERSON", "Bram Olsen"},
	} {
		var out struct {
			Entities struct {
				TotalCount int
				Nodes      []struct{ Name string }
			}
		}
		vars := map[string]any{"name": c.name}
		if c.typ != "" {
			vars["type"] = c.typ
		}
		s.must(q, vars, &out)
		if out.Entities.TotalCount == 0 || out.Entities.Nodes[0].Name != c.first {
			t.Errorf("entities(name: %q) = %+v, want %s first", c.name, out.Entities, c.first)
		}
	}
	var out struct {
		Entities struct{ TotalCount int }
	}
	s.must(q, map[string]any{"name": "Zebulon"}, &out)
	if out.Entities.TotalCount != 0 {
		t.Errorf("a name nobody has matched %d entities", out.Entities.TotalCount)
	}
	s.must(q, map[string]any{"name": "Vo"}, &out) // too short for typos: prefix only
	if out.Entities.TotalCount != 1 {
		t.Errorf("\"Vo\" matched %d entities, want Voss only", out.Entities.TotalCount)
	}
	var byName struct {
		Entities struct{ Nodes []struct{ Name string } }
	}
	s.must(`{ entities(orderBy: NAME, filter: {type: PERSON}) { nodes { name } } }`, nil, &byName)
	var names []string
	for _, n := range byName.Entities.Nodes {
		names = append(names, n.Name)
	}
	if strings.Join(names, ",") != "Aiko Tanabe,Bram Olsen,Carl Voss,Dane Ruiz,Mira Sol" {
		t.Errorf("orderBy NAME: %v", names)
	}
}

func TestEntityFields(t *testing.T) {
	s := newServer(t, graph.Config{})
	var out struct {
		Entity struct {
			MentionCount int
			Mentions     struct {
				TotalCount int
				Nodes      []struct {
					Text     string
					Evidence struct {
						Start, End int
						Document   struct{ ID string }
					}
				}
			}
			Events  struct{ TotalCount int }
			Related []struct {
				Entity struct{ Name string }
				Count  int
				Events []struct{ ID string }
			}
			Roles []struct {
				Since, Until *string
				Sources      []struct{ Document struct{ ID string } }
			}
		}
		Place struct {
			PartOf []struct{ Name string }
		}
		Tanabe struct {
			Roles []struct {
				Title, Since, Until string
				Of                  struct{ Name string }
				Sources             []struct {
					Text     string
					Document struct{ ID string }
				}
			}
		}
	}
	s.must(`query($id: ID!, $place: ID!, $tanabe: ID!) {
	  entity(id: $id) { mentionCount mentions(first: 10) { totalCount nodes { text evidence { start end document { id } } } }
	    events(type: MEETING) { totalCount } related { entity { name } count events { id } }
	    roles { since until sources { document { id } } } }
	  place: entity(id: $place) { partOf { name } }
	  tanabe: entity(id: $tanabe) { roles { title since until of { name } sources { text document { id } } } } }`,
		map[string]any{"id": entityID("Bram Olsen"), "place": entityID("Harbor Guest House"), "tanabe": entityID("Aiko Tanabe")}, &out)
	if roles := out.Tanabe.Roles; len(roles) != 1 || roles[0].Since != "2025-10-22" || roles[0].Until != "2025-10-22" ||
		roles[0].Of.Name != "Norland" || len(roles[0].Sources) != 1 || roles[0].Sources[0].Document.ID != "a1" {
		t.Errorf("Tanabe's roles %+v", roles)
	}
	e := out.Entity
	if e.MentionCount != 3 || e.Mentions.TotalCount != 3 || e.Events.TotalCount != 2 {
		t.Errorf("Olsen: %d mentions (%d listed), %d meetings; want 3, 3, 2", e.MentionCount, e.Mentions.TotalCount, e.Events.TotalCount)
	}
	for _, m := range e.Mentions.Nodes {
		if text := docSpecs[m.Evidence.Document.ID].text[m.Evidence.Start:m.Evidence.End]; text != m.Text {
			t.Errorf("mention %q spans %q", m.Text, text)
		}
	}
	if len(e.Related) != 3 || e.Related[0].Count != 1 {
		t.Errorf("related %+v, want Tanabe, Voss and Sol once each", e.Related)
	}
	var partOf []string
	for _, p := range out.Place.PartOf {
		partOf = append(partOf, p.Name)
	}
	if strings.Join(partOf, ",") != "Velm,Norland" {
		t.Errorf("partOf %v, want Velm,Norland", partOf)
	}
}

func TestNodeDocumentsStatsLink(t *testing.T) {
	s := newServer(t, graph.Config{})
	var out struct {
		Doc struct {
			Typename string `json:"__typename"`
		}
		Ent struct {
			Typename string `json:"__typename"`
		}
		Stats struct {
			Documents int
			Entities  []struct {
				Type  string
				Count int
			}
			Events []struct {
				Type  string
				Count int
			}
		}
		Documents struct {
			TotalCount int
			Nodes      []struct {
				ID        string
				Published *string
				Events    []struct{ Type string }
				Mentions  struct{ TotalCount int }
			}
		}
		Link []struct {
			Text       string
			Start, End int
			Entity     *struct{ ID string }
		}
	}
	s.must(`query($ent: ID!) { doc: node(id: "a2") { __typename } ent: node(id: $ent) { __typename }
	  stats { documents entities { type count } events { type count } }
	  documents(filter: {text: "harbor", from: "2025-10-28"}) { totalCount nodes { id published events { type } mentions { totalCount } } }
	  link(text: "Olsen spoke with Zed in Velm.") { text start end entity { id } } }`,
		map[string]any{"ent": entityID("Velm")}, &out)
	if out.Doc.Typename != "Document" || out.Ent.Typename != "Entity" {
		t.Errorf("node typenames %q %q", out.Doc.Typename, out.Ent.Typename)
	}
	if out.Stats.Documents != 4 || out.Stats.Entities[0].Type != "PERSON" || out.Stats.Entities[0].Count != 5 ||
		out.Stats.Events[0].Type != "MEETING" || out.Stats.Events[0].Count != 3 {
		t.Errorf("stats %+v", out.Stats)
	}
	if out.Documents.TotalCount != 2 || out.Documents.Nodes[0].ID != "a2" || *out.Documents.Nodes[0].Published != "2025-10-28" ||
		len(out.Documents.Nodes[0].Events) != 2 || out.Documents.Nodes[0].Mentions.TotalCount != 5 {
		t.Errorf("documents %+v", out.Documents)
	}
	if len(out.Link) != 3 || out.Link[0].Entity == nil || out.Link[0].Entity.ID != string(entityID("Bram Olsen")) ||
		out.Link[1].Entity != nil || out.Link[2].Entity == nil || out.Link[2].Start != 24 {
		t.Errorf("link %+v", out.Link)
	}
}

func TestTokens(t *testing.T) {
	s := newServer(t, graph.Config{WriteToken: "w-secret", ReadToken: "r-secret"})
	const merge = `mutation($into: ID!, $from: [ID!]!) { mergeEntities(into: $into, from: $from) { id by } }`
	vars := map[string]any{"into": entityID("Carl Voss"), "from": []any{entityID("Dane Ruiz")}}

	s.token = ""
	if r := s.query(`{ stats { documents } }`, nil); r.status != http.StatusUnauthorized || !strings.Contains(r.Errors[0].Message, "read token required") {
		t.Errorf("read without token: %d %+v", r.status, r.Errors)
	}
	s.token = "r-secret"
	s.must(`{ stats { documents } }`, nil, nil)
	if msg := s.errorOf(merge, vars); !strings.Contains(msg, "write token required") {
		t.Errorf("mutation with the read token: %q", msg)
	}
	s.token = "wrong"
	if r := s.query(merge, vars); r.status != http.StatusUnauthorized {
		t.Errorf("a wrong token: status %d", r.status)
	}
	s.token = "w-secret"
	var out struct{ MergeEntities struct{ ID, By string } }
	s.must(merge, vars, &out)
	if out.MergeEntities.By != "write-token" {
		t.Errorf("decision by %q", out.MergeEntities.By)
	}

	open := newServer(t, graph.Config{}, "a1")
	open.token = ""
	var d struct{ RenameEntity struct{ By, Name string } }
	open.must(`mutation($e: ID!) { renameEntity(entity: $e, name: "Aiko T.") { by name } }`, map[string]any{"e": entityID("Aiko Tanabe")}, &d)
	if d.RenameEntity.By != "anonymous" || d.RenameEntity.Name != "Aiko T." {
		t.Errorf("open server decision %+v", d.RenameEntity)
	}
}

func TestMergeAndUndo(t *testing.T) {
	s := newServer(t, graph.Config{})
	ruiz, voss := entityID("Dane Ruiz"), entityID("Carl Voss")
	var dec struct {
		MergeEntities struct {
			ID, Kind, At string
			Undone       bool
			Entities     []struct{ ID string }
		}
	}
	s.must(`mutation($into: ID!, $from: [ID!]!) { mergeEntities(into: $into, from: $from) { id kind at undone entities { id } } }`,
		map[string]any{"into": voss, "from": []any{ruiz}}, &dec)
	if dec.MergeEntities.Kind != "MERGE" || len(dec.MergeEntities.Entities) != 2 || dec.MergeEntities.At == "" ||
		dec.MergeEntities.Entities[1].ID != string(ruiz) {
		t.Errorf("merge decision %+v", dec.MergeEntities)
	}
	const ask = `query($r: ID!, $v: ID!) { r: entity(id: $r) { id } v: entity(id: $v) { aliases events { totalCount } } }`
	var got struct {
		R *struct{ ID string }
		V struct {
			Aliases []string
			Events  struct{ TotalCount int }
		}
	}
	s.must(ask, map[string]any{"r": ruiz, "v": voss}, &got)
	// The merged-away id now reads as the entity it went into.
	if got.R == nil || got.R.ID != string(voss) || !slices.Contains(got.V.Aliases, "Dane Ruiz") || got.V.Events.TotalCount != 3 {
		t.Errorf("after the merge: %+v", got)
	}
	// The merge holds when a document is sent again.
	s.ingest("a4")
	s.must(ask, map[string]any{"r": ruiz, "v": voss}, &got)
	if got.R == nil || got.R.ID != string(voss) || got.V.Events.TotalCount != 3 {
		t.Errorf("re-ingest undid the merge: %+v", got)
	}
	var list struct {
		Decisions struct {
			TotalCount int
			Nodes      []struct{ ID string }
		}
	}
	s.must(`{ decisions { totalCount nodes { id } } }`, nil, &list)
	if list.Decisions.TotalCount != 1 || list.Decisions.Nodes[0].ID != dec.MergeEntities.ID {
		t.Errorf("decisions %+v", list)
	}
	var node struct {
		Node struct {
			Typename string `json:"__typename"`
			Kind     string
		}
	}
	s.must(`query($id: ID!) { node(id: $id) { __typename ... on Decision { kind } } }`, map[string]any{"id": dec.MergeEntities.ID}, &node)
	if node.Node.Typename != "Decision" || node.Node.Kind != "MERGE" {
		t.Errorf("node(decision id) = %+v", node.Node)
	}
	var undo struct{ UndoDecision struct{ Undone bool } }
	s.must(`mutation($id: ID!) { undoDecision(id: $id) { undone } }`, map[string]any{"id": dec.MergeEntities.ID}, &undo)
	if !undo.UndoDecision.Undone {
		t.Error("undo did not mark the decision undone")
	}
	s.must(ask, map[string]any{"r": ruiz, "v": voss}, &got)
	if got.R == nil || got.R.ID != string(ruiz) || got.V.Events.TotalCount != 2 {
		t.Errorf("after the undo: %+v", got)
	}
	if msg := s.errorOf(`mutation { mergeEntities(into: "urn:newsgraph:entity:person:nobody", from: ["urn:newsgraph:entity:person:dane-ruiz"]) { id } }`, nil); !strings.Contains(msg, "not found") {
		t.Errorf("merge into an unknown entity: %q", msg)
	}
	if msg := s.errorOf(`mutation { undoDecision(id: "nope") { id } }`, nil); !strings.Contains(msg, "not found") {
		t.Errorf("undo of an unknown decision: %q", msg)
	}
}

func TestSplitAlias(t *testing.T) {
	s := newServer(t, graph.Config{})
	var out struct{ SplitAlias struct{ Kind, Alias string } }
	s.must(`mutation($e: ID!) { splitAlias(entity: $e, alias: "Tanabe") { kind alias } }`, map[string]any{"e": entityID("Aiko Tanabe")}, &out)
	var got struct{ Entity struct{ Aliases []string } }
	s.must(`query($e: ID!) { entity(id: $e) { aliases } }`, map[string]any{"e": entityID("Aiko Tanabe")}, &got)
	if out.SplitAlias.Kind != "SPLIT" || slices.Contains(got.Entity.Aliases, "Tanabe") {
		t.Errorf("split %+v, aliases left %v", out.SplitAlias, got.Entity.Aliases)
	}
}

func TestDeleteDocument(t *testing.T) {
	s := newServer(t, graph.Config{})
	const del = `mutation($id: ID!) { deleteDocument(id: $id) { id deleted } }`
	var out struct{ DeleteDocument struct{ Deleted bool } }
	s.must(del, map[string]any{"id": "a3"}, &out)
	if !out.DeleteDocument.Deleted {
		t.Fatal("a3 not deleted")
	}
	var got struct {
		Sol      *struct{ ID string }
		Meetings struct{ TotalCount int }
		Stats    struct{ Documents int }
	}
	s.must(`query($sol: ID!) { sol: entity(id: $sol) { id } meetings { totalCount } stats { documents } }`, map[string]any{"sol": entityID("Mira Sol")}, &got)
	if got.Sol != nil || got.Meetings.TotalCount != 2 || got.Stats.Documents != 3 {
		t.Errorf("after deleting a3: %+v", got)
	}
	s.must(del, map[string]any{"id": "a3"}, &out)
	if out.DeleteDocument.Deleted {
		t.Error("deleting a missing document said deleted")
	}
}

func TestIngestErrors(t *testing.T) {
	s := newServer(t, graph.Config{}, "a1")
	const ingest = `mutation($input: DocumentInput!) { ingestDocument(input: $input) { document { id published } mentions entities { name } events { status } } }`
	var out struct {
		IngestDocument struct {
			Document struct{ ID, Published string }
			Mentions int
			Entities []struct{ Name string }
			Events   []struct{ Status string }
		}
	}
	s.must(ingest, map[string]any{"input": map[string]any{"id": "a2", "text": docSpecs["a2"].text, "published": "2025-10-28T09:30:00+09:00"}}, &out)
	if out.IngestDocument.Document.Published != "2025-10-28" || out.IngestDocument.Mentions != 5 || len(out.IngestDocument.Events) != 2 ||
		out.IngestDocument.Events[0].Status != "HAPPENED" {
		t.Errorf("ingest payload %+v", out.IngestDocument)
	}
	if msg := s.errorOf(ingest, map[string]any{"input": map[string]any{"id": "a3", "text": docSpecs["a3"].text, "published": "last Tuesday"}}); !strings.Contains(msg, "published") || !strings.Contains(msg, "RFC 3339") {
		t.Errorf("bad published date: %q", msg)
	}
	if msg := s.errorOf(ingest, map[string]any{"input": map[string]any{"id": "x", "text": "  "}}); !strings.Contains(msg, "text is empty") {
		t.Errorf("empty text: %q", msg)
	}
}

// A query nested deeper than the limit, through a fragment.
const deepQuery = `fragment E on Entity { related { entity { related { entity { related { entity { related { entity { name } } } } } } } } }
{ entities { nodes { events { nodes { participants { entity { ...E } } } } } } }`

func TestLimits(t *testing.T) {
	s := newServer(t, graph.Config{MaxDepth: 10, MaxComplexity: 1000, MaxBodyBytes: 64 << 10}, "a1")
	if msg := s.errorOf(deepQuery, nil); !strings.Contains(msg, "deeper than the limit of 10") {
		t.Errorf("deep query: %q", msg)
	}
	s.must(`{ stats { documents } }`, nil, nil)

	var wide strings.Builder
	wide.WriteString("{")
	for i := range 300 {
		fmt.Fprintf(&wide, " e%d: entities { totalCount nodes { id } }", i)
	}
	wide.WriteString(" }")
	if msg := s.errorOf(wide.String(), nil); !strings.Contains(msg, "complexity") || !strings.Contains(msg, "limit of 1000") {
		t.Errorf("wide query: %q", msg)
	}
	s.must(`{ stats { documents } }`, nil, nil)

	// Few fields, but lists of lists of 500.
	const huge = `{ entities(first: 500) { nodes { related(first: 500) { entity { events(first: 500) { nodes { id } } } } } } }`
	if msg := s.errorOf(huge, nil); !strings.Contains(msg, "complexity") {
		t.Errorf("huge query: %q", msg)
	}
	s.must(`{ entities(first: 500) { nodes { related(first: 5) { entity { events(first: 5) { nodes { id } } } } } } }`, nil, nil)
	// An operation's price is kept by its text and its variables: the same
	// text with other variables is priced again, and a kept price refuses
	// as the first did.
	const sized = `query($n: Int) { entities(first: 500) { nodes { related(first: $n) { entity { events(first: $n) { nodes { id } } } } } } }`
	for _, n := range []int{5, 500, 5, 500} {
		r := s.query(sized, map[string]any{"n": n})
		if refused := len(r.Errors) > 0 && strings.Contains(r.Errors[0].Message, "which exceeds the limit of 1000"); refused != (n == 500) {
			t.Errorf("first: %d: %+v", n, r.Errors)
		}
	}
	if msg := s.errorOf(wide.String(), nil); !strings.Contains(msg, "complexity") || !strings.Contains(msg, "limit of 1000") {
		t.Errorf("wide query again: %q", msg)
	}

	big := strings.Repeat("x", 70<<10)
	if r := s.query(`{ link(text: $t) { text } }`, map[string]any{"t": big}); r.status != http.StatusRequestEntityTooLarge || !strings.Contains(r.Errors[0].Message, "larger than the limit") {
		t.Errorf("big body: %d %+v", r.status, r.Errors)
	}
	s.must(`{ stats { documents } }`, nil, nil)

	if msg := s.errorOf(`{ entities(first: -1) { totalCount } }`, nil); !strings.Contains(msg, "negative") {
		t.Errorf("negative first: %q", msg)
	}
	if msg := s.errorOf(`{ entities(after: "bogus") { totalCount } }`, nil); !strings.Contains(msg, "not a cursor") {
		t.Errorf("bad cursor: %q", msg)
	}
}

// introspection is the query GraphiQL sends, with its nine levels of ofType.
const introspection = `query IntrospectionQuery { __schema { queryType { name } mutationType { name }
  types { ...FullType } directives { name locations args { ...InputValue } } } }
fragment FullType on __Type { kind name description
  fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields { ...InputValue } interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ...TypeRef } }
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } } }`

func TestIntrospection(t *testing.T) {
	s := newServer(t, graph.Config{Introspection: true, MaxDepth: 5}, "a1")
	var out struct {
		Schema struct{ Types []struct{ Name string } } `json:"__schema"`
	}
	s.must(introspection, nil, &out)
	if len(out.Schema.Types) < 30 {
		t.Errorf("introspection listed %d types", len(out.Schema.Types))
	}
	off := newServer(t, graph.Config{}, "a1")
	if msg := off.errorOf(`{ __schema { types { name } } }`, nil); !strings.Contains(msg, "introspection") {
		t.Errorf("introspection switched off: %q", msg)
	}
}

func TestPersistedQuery(t *testing.T) {
	s := newServer(t, graph.Config{}, "a1")
	const q = `{ stats { documents } }`
	sum := sha256.Sum256([]byte(q))
	ext := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}}
	if r := s.post(map[string]any{"extensions": ext}); len(r.Errors) == 0 || r.Errors[0].Message != "PersistedQueryNotFound" {
		t.Fatalf("unknown hash: %+v", r.Errors)
	}
	if r := s.post(map[string]any{"query": q, "extensions": ext}); len(r.Errors) > 0 {
		t.Fatalf("registering: %+v", r.Errors)
	}
	if r := s.post(map[string]any{"extensions": ext}); len(r.Errors) > 0 || !strings.Contains(string(r.Data), `"documents":1`) {
		t.Errorf("by hash: %s %+v", r.Data, r.Errors)
	}
}

// failingStore breaks one read with an error whose text must not reach a
// client, and counts the batched reads.
type failingStore struct {
	graph.Store
	fail                             atomic.Bool
	entities, events, docs, eventsOf atomic.Int32
}

func (f *failingStore) Decisions(ctx context.Context) ([]newsgraph.Decision, error) {
	if f.fail.Load() {
		return nil, errors.New("leveldb: corrupted block at /var/secret/path")
	}
	return f.Store.Decisions(ctx)
}

func (f *failingStore) DocumentIDs(ctx context.Context) ([]newsgraph.DocumentID, error) {
	if f.fail.Load() {
		panic("index out of range in a store read")
	}
	return f.Store.DocumentIDs(ctx)
}

func (f *failingStore) Entities(ctx context.Context, ids []newsgraph.EntityID) (map[newsgraph.EntityID]*newsgraph.Entity, error) {
	f.entities.Add(1)
	if f.fail.Load() {
		panic("nil map in a batched read")
	}
	return f.Store.Entities(ctx, ids)
}

func (f *failingStore) Events(ctx context.Context, ids []newsgraph.EventID) (map[newsgraph.EventID]*newsgraph.Event, error) {
	f.events.Add(1)
	return f.Store.Events(ctx, ids)
}

func (f *failingStore) Documents(ctx context.Context, ids []newsgraph.DocumentID) (map[newsgraph.DocumentID]*newsgraph.Document, error) {
	f.docs.Add(1)
	return f.Store.Documents(ctx, ids)
}

func (f *failingStore) EventsOf(ctx context.Context, ids []newsgraph.EntityID) (map[newsgraph.EntityID][]newsgraph.EventID, error) {
	f.eventsOf.Add(1)
	return f.Store.EventsOf(ctx, ids)
}

func wrapped(t *testing.T) (*server, *failingStore) {
	base := newServer(t, graph.Config{})
	fs := &failingStore{Store: base.store}
	s := &server{t: t, store: base.store, handler: graph.New(graph.Config{Store: fs, Ingester: fixtureIngester{store: base.store}})}
	return s, fs
}

func TestErrorPresenterHidesInternals(t *testing.T) {
	s, fs := wrapped(t)
	fs.fail.Store(true)
	r := s.query(`{ decisions { totalCount } }`, nil)
	if len(r.Errors) != 1 || r.Errors[0].Message != "internal error" || strings.Contains(fmt.Sprint(r.Errors), "secret") {
		t.Errorf("internal error shown as %+v", r.Errors)
	}
	r = s.query(`{ documents { totalCount } }`, nil)
	if len(r.Errors) != 1 || r.Errors[0].Message != "internal error" || strings.Contains(fmt.Sprint(r.Errors), "index") {
		t.Errorf("panic shown as %+v", r.Errors)
	}
	// A panic in a loader's batch, outside gqlgen's own goroutines.
	r = s.query(`{ meetings { nodes { participants { entity { name } } } } }`, nil)
	if len(r.Errors) == 0 || r.Errors[0].Message != "internal error" || strings.Contains(fmt.Sprint(r.Errors), "nil map") {
		t.Errorf("batched panic shown as %+v", r.Errors)
	}
	fs.fail.Store(false)
	s.must(`{ documents { totalCount } }`, nil, nil)
	if msg := s.errorOf(`{ meetings(from: "soon") { totalCount } }`, nil); !strings.Contains(msg, `"soon" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`) {
		t.Errorf("bad input hidden: %q", msg)
	}
}

// TestBatching checks that nested fields of a list cost one read per level:
// every meeting's participants, places, sources and their documents.
func TestBatching(t *testing.T) {
	s, fs := wrapped(t)
	s.must(`{ events { nodes { participants { entity { name related { entity { name } } } } location { name partOf { name } }
	  sources { document { id } } claims { document { title } location { name } } } } }`, nil, nil)
	// Entities: the participants and places in one batch, then the related
	// entities, then part-of chains; a loader may split a level across two
	// batches on a busy machine, never into one read per event.
	if n := fs.entities.Load(); n > 8 {
		t.Errorf("%d Entities reads for 4 events", n)
	}
	if n := fs.docs.Load(); n > 2 {
		t.Errorf("%d Documents reads", n)
	}
	if n := fs.eventsOf.Load(); n > 2 {
		t.Errorf("%d EventsOf reads", n)
	}
}

// slowStore holds every listing and search of people until the request's
// time is up.
type slowStore struct{ graph.Store }

func (s slowStore) EntityIDs(ctx context.Context, t newsgraph.EntityType) ([]newsgraph.EntityID, error) {
	if t == newsgraph.Person {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	return s.Store.EntityIDs(ctx, t)
}

func (s slowStore) SearchEntities(ctx context.Context, name string, t newsgraph.EntityType, byName bool) ([]newsgraph.EntityMatch, error) {
	if t == newsgraph.Person {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	return s.Store.SearchEntities(ctx, name, t, byName)
}

func (s slowStore) ListEntities(ctx context.Context, t newsgraph.EntityType, byName bool) ([]newsgraph.EntityID, error) {
	if t == newsgraph.Person {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	return s.Store.ListEntities(ctx, t, byName)
}

func TestTimeout(t *testing.T) {
	base := newServer(t, graph.Config{}, "a1")
	s := &server{t: t, store: base.store, handler: graph.New(graph.Config{
		Store: slowStore{base.store}, Ingester: fixtureIngester{store: base.store}, Timeout: 50 * time.Millisecond})}
	if msg := s.errorOf(`{ entities(filter: {type: PERSON}) { totalCount } }`, nil); msg != "request timed out" {
		t.Errorf("slow query: %q", msg)
	}
	s.must(`{ entities(filter: {type: GPE}) { totalCount } }`, nil, nil)
}

// BenchmarkScoreEvents runs score.py's event query, nested entities and
// documents included, on the test corpus.
func BenchmarkScoreEvents(b *testing.B) {
	s := newServer(b, graph.Config{})
	vars := map[string]any{"type": "MEETING", "after": nil}
	for b.Loop() {
		if r := s.query(scoreEvents, vars); len(r.Errors) > 0 {
			b.Fatal(r.Errors)
		}
	}
}

// BenchmarkEntitySearch is a typo-tolerant name search, which reads every
// entity of the graph.
func BenchmarkEntitySearch(b *testing.B) {
	s := newServer(b, graph.Config{})
	for b.Loop() {
		if r := s.query(`{ entities(filter: {name: "Tanbae"}) { nodes { id } } }`, nil); len(r.Errors) > 0 {
			b.Fatal(r.Errors)
		}
	}
}

// TestDatePrecision: a month and a year come back as the text states them,
// with their precision; they sort ahead of the days inside them and any
// range that holds one of their days finds them, whether from and to are
// days, months or years.
func TestDatePrecision(t *testing.T) {
	s := newServer(t, graph.Config{}, "a1", "a2", "a3", "a4", "a6")
	type dated struct {
		Type, Start, End string
		Precision        *string
		Claims           []struct {
			Start     string
			Precision *string
		}
	}
	var out struct {
		Events struct{ Nodes []dated }
	}
	s.must(`{ events(orderBy: {field: START}) { nodes { type start end precision claims { start precision } } } }`, nil, &out)
	var got []string
	for _, ev := range out.Events.Nodes {
		p := "null"
		if ev.Precision != nil {
			p = *ev.Precision
		}
		got = append(got, fmt.Sprintf("%s %s..%s %s", ev.Type, ev.Start, ev.End, p))
		for _, c := range ev.Claims {
			if c.Precision == nil || *c.Precision != p || c.Start != ev.Start {
				t.Errorf("claim of %s %s: start %s precision %v", ev.Type, ev.Start, c.Start, c.Precision)
			}
		}
	}
	want := []string{"VISIT 2024..2024 YEAR", "MEETING 2025-09..2025-09 MONTH",
		"MEETING 2025-10-28..2025-10-28 DAY", "MEETING 2025-10-28..2025-10-28 DAY", "VISIT 2025-10-28..2025-10-28 DAY",
		"MEETING 2025-10-29..2025-10-29 DAY"}
	if !slices.Equal(got, want) {
		t.Errorf("events by start:\n got %q\nwant %q", got, want)
	}
	var count struct {
		Events   struct{ TotalCount int }
		Meetings struct{ TotalCount int }
	}
	for _, c := range []struct {
		from, to       string
		events, meetss int
	}{
		{"2025-09-15", "2025-09-20", 1, 1}, // inside September
		{"2025-09", "2025-09", 1, 1},
		{"2025-10", "2025-10", 4, 3},
		{"2024-12-31", "2025-08-31", 1, 0}, // the last day of 2024
		{"2024", "2025", 6, 4},
		{"2025", "", 5, 4},
		{"", "2024", 1, 0},
	} {
		s.must(`query($from: String, $to: String) { events(filter: {from: $from, to: $to}) { totalCount } meetings(from: $from, to: $to) { totalCount } }`,
			map[string]any{"from": c.from, "to": c.to}, &count)
		if count.Events.TotalCount != c.events || count.Meetings.TotalCount != c.meetss {
			t.Errorf("from %q to %q: %d events, %d meetings; want %d, %d", c.from, c.to, count.Events.TotalCount, count.Meetings.TotalCount, c.events, c.meetss)
		}
	}
	for _, bad := range []string{"2025-9", "Sept 2025", "2025-09-31"} {
		if msg := s.errorOf(`query($from: String) { events(filter: {from: $from}) { totalCount } }`, map[string]any{"from": bad}); !strings.Contains(msg, "YYYY-MM-DD, YYYY-MM or YYYY") {
			t.Errorf("from %q: error %q", bad, msg)
		}
	}
}

// faultingIngester fails every document as ingest does when the extractor
// faults on its text.
type faultingIngester struct{ fixtureIngester }

func (faultingIngester) Ingest(_ context.Context, doc newsgraph.Document) (*newsgraph.Extraction, error) {
	return nil, fmt.Errorf("ingest: extract %s: %w on this document, nothing of it stored (please report it with the text): runtime error: index out of range [3] with length 2", doc.ID, newsgraph.ErrExtractorFault)
}

// An extractor fault is the document's own failure: the mutation says so,
// with what failed, under its own code, not as "internal error".
func TestIngestExtractorFault(t *testing.T) {
	base := newServer(t, graph.Config{})
	s := &server{t: t, store: base.store, handler: graph.New(graph.Config{Store: base.store, Ingester: faultingIngester{fixtureIngester{store: base.store}}})}
	r := s.query(`mutation($input: DocumentInput!) { ingestDocument(input: $input) { document { id } } }`,
		map[string]any{"input": map[string]any{"id": "z9", "text": "Their talks lasted three hours."}})
	if len(r.Errors) != 1 || r.Errors[0].Extensions["code"] != "EXTRACTOR_FAULT" ||
		!strings.Contains(r.Errors[0].Message, "z9") || !strings.Contains(r.Errors[0].Message, "index out of range") {
		t.Errorf("extractor fault shown as %+v", r.Errors)
	}
}
