package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/export"
	"github.com/newsgraph/newsgraph/store"
)

// graphOf stores one invented document:
//
//	d1: Ana Reyes (PERSON, foreign minister of Norland) --MEETING(2025-03-04, HAPPENED)-- Ben Holt, at Velm
func graphOf(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), "memory://")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	text := "Foreign Minister Ana Reyes of Norland met Ben Holt in Velm."
	ev := newsgraph.Evidence{Document: "d1", Sentence: 0, Span: newsgraph.Span{Start: 0, End: len(text)}, Text: text}
	ana := newsgraph.NewEntityID(newsgraph.Person, "Ana Reyes")
	ben := newsgraph.NewEntityID(newsgraph.Person, "Ben Holt")
	velm := newsgraph.NewEntityID(newsgraph.GPE, "Velm")
	norland := newsgraph.NewEntityID(newsgraph.GPE, "Norland")
	x := &newsgraph.Extraction{
		Document:  newsgraph.Document{ID: "d1", Title: "Talks", Published: time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC), Text: text},
		Sentences: []newsgraph.Span{{Start: 0, End: len(text)}},
		Entities: []newsgraph.Entity{
			{ID: ana, Name: "Ana Reyes", Type: newsgraph.Person, Aliases: []string{"Ana Reyes"}, Mentions: 1,
				Roles: []newsgraph.Role{{Title: "Foreign Minister", Of: norland, OfName: "Norland", Since: "2025-03-04", Until: "2025-03-04", Sources: []newsgraph.Evidence{ev}}}},
			{ID: ben, Name: "Ben Holt", Type: newsgraph.Person, Aliases: []string{"Ben Holt"}, Mentions: 1},
			{ID: velm, Name: "Velm", Type: newsgraph.GPE, Aliases: []string{"Velm"}, Mentions: 1},
			{ID: norland, Name: "Norland", Type: newsgraph.GPE, Aliases: []string{"Norland"}, Mentions: 1},
		},
		Events: []newsgraph.Event{{ID: newsgraph.NewEventID(newsgraph.Meeting, "d1#0"), Type: newsgraph.Meeting, Status: newsgraph.Happened,
			Start: "2025-03-04", End: "2025-03-04", Location: velm, Sources: []newsgraph.Evidence{ev},
			Participants: []newsgraph.Participant{{Role: newsgraph.RoleParticipant, Entity: ana}, {Role: newsgraph.RoleParticipant, Entity: ben}}}},
	}
	if err := st.Put(context.Background(), x); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := export.CSV(context.Background(), graphOf(t), &buf); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 {
		t.Fatalf("%d rows, want a header and one event: %v", len(rows), rows)
	}
	got := map[string]string{}
	for i, h := range rows[0] {
		got[h] = rows[1][i]
	}
	if got["type"] != "MEETING" || got["status"] != "HAPPENED" || got["start"] != "2025-03-04" || got["participants"] != "Ana Reyes; Ben Holt" ||
		got["location"] != "Velm" || got["sources"] != "1" || got["source_ids"] != "d1" {
		t.Errorf("row %v", got)
	}
}

func TestJSONLD(t *testing.T) {
	var buf bytes.Buffer
	if err := export.JSONLD(context.Background(), graphOf(t), &buf); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Context map[string]any   `json:"@context"`
		Graph   []map[string]any `json:"@graph"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	types := map[string]int{}
	for _, n := range doc.Graph {
		types[n["@type"].(string)]++
		if n["name"] == "Ana Reyes" {
			roles, _ := n["hasOccupation"].([]any)
			if len(roles) != 1 || roles[0].(map[string]any)["startDate"].(map[string]any)["@value"] != "2025-03-04" {
				t.Errorf("Ana Reyes's roles: %v", n["hasOccupation"])
			}
		}
	}
	if doc.Context["@vocab"] != "https://schema.org/" || types["Person"] != 2 || types["Event"] != 1 || types["NewsArticle"] != 1 || types["AdministrativeArea"] != 2 {
		t.Errorf("context %v, types %v", doc.Context, types)
	}
}

var update = flag.Bool("update", false, "rewrite testdata/*.golden.* from the current output")

// csvRows reads a CSV export into header-keyed rows.
func csvRows(t *testing.T, b []byte) []map[string]string {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]string
	for _, r := range rows[1:] {
		m := map[string]string{}
		for i, h := range rows[0] {
			m[h] = r[i]
		}
		out = append(out, m)
	}
	return out
}

func TestEntitiesCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := export.EntitiesCSV(context.Background(), graphOf(t), &buf); err != nil {
		t.Fatal(err)
	}
	rows := csvRows(t, buf.Bytes())
	byName := map[string]map[string]string{}
	for _, r := range rows {
		byName[r["name"]] = r
	}
	if len(rows) != 4 {
		t.Fatalf("%d rows, want 4 entities: %v", len(rows), rows)
	}
	ana, velm, norland := byName["Ana Reyes"], byName["Velm"], byName["Norland"]
	if ana["type"] != "PERSON" || ana["roles"] != "Foreign Minister of Norland (2025-03-04–2025-03-04)" || ana["events"] != "1" {
		t.Errorf("Ana Reyes: %v", ana)
	}
	if velm["events"] != "1" || norland["events"] != "0" {
		t.Errorf("events of the place (1) and of the country named only in a title (0): %v %v", velm, norland)
	}
}

func TestDocumentsCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := export.DocumentsCSV(context.Background(), graphOf(t), &buf); err != nil {
		t.Fatal(err)
	}
	rows := csvRows(t, buf.Bytes())
	if len(rows) != 1 {
		t.Fatalf("rows %v", rows)
	}
	if r := rows[0]; r["id"] != "d1" || r["title"] != "Talks" || r["published"] != "2025-03-04" || r["words"] != "11" || r["events"] != "1" {
		t.Errorf("row %v", r)
	}
}

// TestGraphML: the export parses as XML in the GraphML namespace, declares
// every data key it uses, and has a node per entity and event and an edge
// per participant and location, each between nodes it declares.
func TestGraphML(t *testing.T) {
	var buf bytes.Buffer
	if err := export.GraphML(context.Background(), graphOf(t), &buf); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		XMLName xml.Name
		Keys    []struct {
			ID  string `xml:"id,attr"`
			For string `xml:"for,attr"`
		} `xml:"key"`
		Graph struct {
			EdgeDefault string `xml:"edgedefault,attr"`
			Nodes       []struct {
				ID   string `xml:"id,attr"`
				Data []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"node"`
			Edges []struct {
				Source string `xml:"source,attr"`
				Target string `xml:"target,attr"`
				Data   []struct {
					Key   string `xml:"key,attr"`
					Value string `xml:",chardata"`
				} `xml:"data"`
			} `xml:"edge"`
		} `xml:"graph"`
	}
	if err := xml.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("not XML: %v\n%s", err, buf.String())
	}
	if doc.XMLName.Space != "http://graphml.graphdrawing.org/xmlns" || doc.XMLName.Local != "graphml" || doc.Graph.EdgeDefault != "directed" {
		t.Errorf("root %v, edgedefault %q", doc.XMLName, doc.Graph.EdgeDefault)
	}
	keys := map[string]bool{}
	for _, k := range doc.Keys {
		keys[k.ID] = true
	}
	nodes := map[string]map[string]string{}
	for _, n := range doc.Graph.Nodes {
		nodes[n.ID] = map[string]string{}
		for _, d := range n.Data {
			if !keys[d.Key] {
				t.Errorf("node %s uses undeclared key %q", n.ID, d.Key)
			}
			nodes[n.ID][d.Key] = d.Value
		}
	}
	roles := map[string]int{}
	for _, e := range doc.Graph.Edges {
		if nodes[e.Source] == nil || nodes[e.Target] == nil {
			t.Errorf("edge %s -> %s names a node the file lacks", e.Source, e.Target)
		}
		for _, d := range e.Data {
			roles[d.Value]++
		}
	}
	if len(nodes) != 5 || len(doc.Graph.Edges) != 3 || roles["participant"] != 2 || roles["location"] != 1 {
		t.Errorf("%d nodes (want 4 entities + 1 event), %d edges (want 2 participants + 1 location), roles %v", len(nodes), len(doc.Graph.Edges), roles)
	}
	ev := nodes[string(newsgraph.NewEventID(newsgraph.Meeting, "d1#0"))]
	if ev["kind"] != "event" || ev["start"] != "2025-03-04" || ev["status"] != "HAPPENED" || ev["sources"] != "1" {
		t.Errorf("event node %v", ev)
	}
}

// TestJSONLDExpands: a JSON-LD processor (json-gold, run from
// export/rdfcheck) expands the export to RDF: the golden triples, which
// hold each fact of the fixture under its schema.org term, dates typed,
// statuses as IRIs.
func TestJSONLDExpands(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the json-gold run")
	}
	var buf bytes.Buffer
	if err := export.JSONLD(context.Background(), graphOf(t), &buf); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "graph.jsonld")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "run", ".", "jsonld", path)
	cmd.Dir = "rdfcheck"
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("json-gold: %v\n%s", err, errb.String())
	}
	golden := filepath.Join("testdata", "jsonld.golden.nq")
	if *update {
		if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if out.String() != string(want) {
		t.Errorf("the expansion differs from %s (go test ./export -run JSONLDExpands -update to accept):\n%s", golden, out.String())
	}
	for _, triple := range []string{
		`<urn:newsgraph:entity:person:ana-reyes> <https://schema.org/name> "Ana Reyes" .`,
		`<urn:newsgraph:entity:person:ana-reyes> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Person> .`,
		`<https://schema.org/startDate> "2025-03-04"^^<http://www.w3.org/2001/XMLSchema#date> .`,
		`<https://schema.org/eventStatus> <https://schema.org/EventScheduled> .`,
		`<https://schema.org/location> <urn:newsgraph:entity:gpe:velm> .`,
		`<urn:newsgraph:document:d1> <https://schema.org/datePublished> "2025-03-04"^^<http://www.w3.org/2001/XMLSchema#date> .`,
	} {
		if !strings.Contains(out.String(), triple) {
			t.Errorf("the expansion lacks %s", triple)
		}
	}
}
