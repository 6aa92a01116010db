package graph_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// connections names every connection field of the schema with a query that
// reaches it; $first, $after, $last and $before are its paging arguments and
// each node's key is one of its scalar fields.
var connections = []struct {
	name, query string
	path        []string // from data to the connection
	key         string
}{
	{"entities", `query($first: Int, $after: String, $last: Int, $before: String) {
	  c: entities(first: $first, after: $after, last: $last, before: $before) { ...page nodes { key: id } } }`, []string{"c"}, "key"},
	{"events", `query($first: Int, $after: String, $last: Int, $before: String) {
	  c: events(first: $first, after: $after, last: $last, before: $before) { ...page nodes { key: id } } }`, []string{"c"}, "key"},
	{"events filtered", `query($first: Int, $after: String, $last: Int, $before: String) {
	  c: events(filter: {from: "2025-01-01"}, first: $first, after: $after, last: $last, before: $before) { ...page nodes { key: id } } }`, []string{"c"}, "key"},
	{"events ordered", `query($first: Int, $after: String, $last: Int, $before: String) {
	  c: events(orderBy: {field: START, direction: DESC}, first: $first, after: $after, last: $last, before: $before) { ...page nodes { key: id } } }`, []string{"c"}, "key"},
	{"documents", `query($first: Int, $after: String, $last: Int, $before: String) {
	  c: documents(first: $first, after: $after, last: $last, before: $before) { ...page nodes { key: id } } }`, []string{"c"}, "key"},
	{"meetings", `query($first: Int, $after: String, $last: Int, $before: String) {
	  c: meetings(first: $first, after: $after, last: $last, before: $before) { ...page nodes { key: id } } }`, []string{"c"}, "key"},
	{"decisions", `query($first: Int, $after: String, $last: Int, $before: String) {
	  c: decisions(first: $first, after: $after, last: $last, before: $before) { ...page nodes { key: id } } }`, []string{"c"}, "key"},
	{"Entity.mentions", `query($first: Int, $after: String, $last: Int, $before: String) {
	  e: entities(filter: {name: "Tanabe"}, first: 1) { nodes {
	    c: mentions(first: $first, after: $after, last: $last, before: $before) { ...page nodes { key: text evidence { start } } } } } }`, []string{"e", "nodes", "0", "c"}, "key"},
	{"Entity.events", `query($first: Int, $after: String, $last: Int, $before: String) {
	  e: entities(filter: {name: "Tanabe"}, first: 1) { nodes {
	    c: events(first: $first, after: $after, last: $last, before: $before) { ...page nodes { key: id } } } } }`, []string{"e", "nodes", "0", "c"}, "key"},
	{"Document.mentions", `query($first: Int, $after: String, $last: Int, $before: String) {
	  d: document(id: "a1") {
	    c: mentions(first: $first, after: $after, last: $last, before: $before) { ...page nodes { key: text evidence { start } } } } }`, []string{"d", "c"}, "key"},
}

const pageFragment = `
fragment page on %s { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }`

type connPage struct {
	TotalCount int
	PageInfo   struct {
		HasNextPage, HasPreviousPage bool
		StartCursor, EndCursor       *string
	}
	Nodes []map[string]any
}

// fetchPage runs one connection query and returns its connection.
func fetchPage(t *testing.T, s *server, query string, path []string, vars map[string]any) connPage {
	t.Helper()
	var data any
	s.must(query, vars, &data)
	for _, step := range path {
		switch v := data.(type) {
		case map[string]any:
			data = v[step]
		case []any:
			i := int(step[0] - '0')
			if i >= len(v) {
				t.Fatalf("no %s in %v", step, v)
			}
			data = v[i]
		}
	}
	b, _ := json.Marshal(data)
	var c connPage
	if err := json.Unmarshal(b, &c); err != nil {
		t.Fatal(err)
	}
	return c
}

func keyOf(n map[string]any) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// TestBackwardPaging walks every connection backward two items at a time
// with last/before and wants the list that first/after reads forward, with
// the page info Relay promises at each end.
func TestBackwardPaging(t *testing.T) {
	s := newServer(t, graph.Config{}, "a1", "a2", "a3", "a4", "a5")
	// Curation changes the graph; the decisions are listed on a server of
	// their own.
	curated := newServer(t, graph.Config{}, "a1", "a2", "a3", "a4")
	var merged struct{ MergeEntities struct{ ID string } }
	curated.must(`mutation { mergeEntities(into: "`+string(entityID("Dane Ruiz"))+`", from: ["`+string(entityID("Mira Sol"))+`"]) { id } }`, nil, &merged)
	curated.must(`mutation { renameEntity(entity: "`+string(entityID("Velm"))+`", name: "Velm City") { id } }`, nil, nil)
	curated.must(`mutation { undoDecision(id: "`+merged.MergeEntities.ID+`") { id } }`, nil, nil)
	curated.must(`mutation { renameEntity(entity: "`+string(entityID("Velm"))+`", name: "Velm") { id } }`, nil, nil)

	for _, c := range connections {
		t.Run(c.name, func(t *testing.T) {
			s := s
			if c.name == "decisions" {
				s = curated
			}
			typ := "EntityConnection"
			switch {
			case strings.Contains(c.name, "events") || c.name == "meetings":
				typ = "EventConnection"
			case c.name == "documents":
				typ = "DocumentConnection"
			case c.name == "decisions":
				typ = "DecisionConnection"
			case strings.HasSuffix(c.name, "mentions"):
				typ = "MentionConnection"
			}
			q := c.query + strings.Replace(pageFragment, "%s", typ, 1)

			all := fetchPage(t, s, q, c.path, map[string]any{"first": 500})
			if len(all.Nodes) < 3 || len(all.Nodes) != all.TotalCount {
				t.Fatalf("forward: %d nodes of %d; the test wants at least 3", len(all.Nodes), all.TotalCount)
			}
			var forward []string
			for _, n := range all.Nodes {
				forward = append(forward, keyOf(n))
			}

			// The last two: the tail, with no next page.
			tail := fetchPage(t, s, q, c.path, map[string]any{"last": 2})
			if !tail.PageInfo.HasPreviousPage || tail.PageInfo.HasNextPage || tail.TotalCount != all.TotalCount {
				t.Errorf("last: 2: page info %+v, total %d", tail.PageInfo, tail.TotalCount)
			}

			var backward []string
			vars := map[string]any{"last": 2}
			for pages := 0; ; pages++ {
				if pages > 100 {
					t.Fatal("backward paging does not end")
				}
				p := fetchPage(t, s, q, c.path, vars)
				var keys []string
				for _, n := range p.Nodes {
					keys = append(keys, keyOf(n))
				}
				backward = append(keys, backward...)
				if pages > 0 && !p.PageInfo.HasNextPage {
					t.Errorf("a page before the last says it has no next page")
				}
				if !p.PageInfo.HasPreviousPage {
					break
				}
				vars = map[string]any{"last": 2, "before": *p.PageInfo.StartCursor}
			}
			if !slices.Equal(backward, forward) {
				t.Errorf("backward:\n%v\nforward:\n%v", backward, forward)
			}

			// after and before together bound a window; first and last cut it.
			mid := fetchPage(t, s, q, c.path, map[string]any{"first": 1})
			win := fetchPage(t, s, q, c.path, map[string]any{"after": *mid.PageInfo.EndCursor, "before": *tail.PageInfo.StartCursor, "last": 500})
			if got, want := len(win.Nodes), all.TotalCount-3; got != want {
				t.Errorf("between the first and the last two: %d nodes, want %d", got, want)
			}
		})
	}
}

func TestPagingErrors(t *testing.T) {
	s := newServer(t, graph.Config{}, "a1")
	if msg := s.errorOf(`{ entities(last: -1) { totalCount } }`, nil); !strings.Contains(msg, "last must not be negative") {
		t.Errorf("negative last: %q", msg)
	}
	if msg := s.errorOf(`{ events(before: "bogus") { totalCount } }`, nil); !strings.Contains(msg, `before: "bogus" is not a cursor`) {
		t.Errorf("bad before: %q", msg)
	}
	// Neither first nor last: 50 a page, as before last/before existed.
	var out struct {
		Entities struct{ Nodes []struct{ ID string } }
	}
	s.must(`{ entities { nodes { id } } }`, nil, &out)
	if len(out.Entities.Nodes) == 0 {
		t.Error("entities with no paging arguments is empty")
	}
}

// TestEventsOrderBy orders every event by start date, newest first and
// oldest first, undated ones last either way, and pages through the order.
func TestEventsOrderBy(t *testing.T) {
	s := newServer(t, graph.Config{}, "a1", "a2", "a3", "a4", "a5")
	type ev struct {
		ID    string
		Start *string
	}
	read := func(dir string, vars map[string]any) ([]ev, pageInfo) {
		var out struct {
			Events struct {
				PageInfo pageInfo
				Nodes    []ev
			}
		}
		s.must(`query($first: Int, $after: String) { events(orderBy: {field: START, direction: `+dir+`}, first: $first, after: $after) {
		  pageInfo { hasNextPage endCursor } nodes { id start } } }`, vars, &out)
		return out.Events.Nodes, out.Events.PageInfo
	}
	desc, _ := read("DESC", map[string]any{"first": 100})
	asc, _ := read("ASC", map[string]any{"first": 100})
	if len(desc) < 4 || len(desc) != len(asc) {
		t.Fatalf("%d events newest first, %d oldest first", len(desc), len(asc))
	}
	dates := func(evs []ev) []string {
		var out []string
		for _, e := range evs {
			if e.Start == nil {
				out = append(out, "undated")
			} else {
				out = append(out, *e.Start)
			}
		}
		return out
	}
	d, a := dates(desc), dates(asc)
	if !slices.IsSortedFunc(d, func(x, y string) int { return strings.Compare(flip(y), flip(x)) }) || d[0] == d[len(d)-1] {
		t.Errorf("DESC starts: %v", d)
	}
	if !slices.IsSortedFunc(a, func(x, y string) int { return strings.Compare(flip(x), flip(y)) }) {
		t.Errorf("ASC starts: %v", a)
	}
	if d[0] != "2025-10-30" {
		t.Errorf("newest event starts %s, want the treaty of 2025-10-30", d[0])
	}

	// Two at a time, the cursor keeps the order.
	var paged []string
	vars := map[string]any{"first": 2}
	for pages := 0; pages < 20; pages++ {
		nodes, info := read("DESC", vars)
		for _, n := range nodes {
			paged = append(paged, n.ID)
		}
		if !info.HasNextPage {
			break
		}
		vars = map[string]any{"first": 2, "after": *info.EndCursor}
	}
	var ids []string
	for _, e := range desc {
		ids = append(ids, e.ID)
	}
	if !slices.Equal(paged, ids) {
		t.Errorf("paged newest first:\n%v\nwant\n%v", paged, ids)
	}

	// Filters and the default direction.
	var out struct {
		Events struct{ Nodes []ev }
	}
	s.must(`{ events(type: MEETING, orderBy: {field: START}) { nodes { id start } } }`, nil, &out)
	if got := dates(out.Events.Nodes); len(got) < 2 || !slices.IsSorted(got) {
		t.Errorf("meetings oldest first: %v", got)
	}
}

// flip sorts "undated" after every date in a plain string comparison of
// dates ("~" follows the digits).
func flip(s string) string {
	if s == "undated" {
		return "~"
	}
	return s
}

// TestEventDocuments lists each document that states an event once, in
// order of publication, next to sources that repeat a document per sentence.
func TestEventDocuments(t *testing.T) {
	s := newServer(t, graph.Config{}, "a1", "a2", "a3", "a4", "a5", "a0")
	var out struct {
		Meetings struct {
			Nodes []struct {
				ID        string
				Sources   []struct{ Document struct{ ID string } }
				Documents []struct {
					ID        string
					Published *string
				}
			}
		}
	}
	s.must(`{ meetings(person: "Tanabe", with: "Olsen") { nodes { id sources { document { id } } documents { id published } } } }`, nil, &out)
	if len(out.Meetings.Nodes) != 1 {
		t.Fatalf("%d Tanabe-Olsen meetings, want 1", len(out.Meetings.Nodes))
	}
	m := out.Meetings.Nodes[0]
	var docs []string
	for _, d := range m.Documents {
		docs = append(docs, d.ID)
	}
	if !slices.Equal(docs, []string{"a1", "a2", "a0"}) {
		t.Errorf("documents %v, want a1 (2025-10-22), a2 (2025-10-28), a0 (2025-11-02)", docs)
	}
	var sources []string
	for _, s := range m.Sources {
		sources = append(sources, s.Document.ID)
	}
	if n := strings.Count(strings.Join(sources, " "), "a0"); n != 2 {
		t.Errorf("sources name a0 %d times, want once per sentence (2): %v", n, sources)
	}
}
