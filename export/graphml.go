package export

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strconv"
)

// GraphML writes the graph for Gephi, Cytoscape or yEd
// (http://graphml.graphdrawing.org/): one node per entity and per event,
// one directed edge from each participant to its event (attribute role:
// "visitor", "party", ...) and from each event to its location (role
// "location"). Node attributes: label, kind (entity or event), type, and
// mentions for entities; status, start, end and sources (number of
// documents) for events.
func GraphML(ctx context.Context, g Graph, w io.Writer) error {
	ents, err := entities(ctx, g)
	if err != nil {
		return err
	}
	evs, err := events(ctx, g)
	if err != nil {
		return err
	}
	keys := []gmlKey{
		{ID: "label", For: "node", Name: "label", Type: "string"},
		{ID: "kind", For: "node", Name: "kind", Type: "string"},
		{ID: "type", For: "node", Name: "type", Type: "string"},
		{ID: "mentions", For: "node", Name: "mentions", Type: "int"},
		{ID: "status", For: "node", Name: "status", Type: "string"},
		{ID: "start", For: "node", Name: "start", Type: "string"},
		{ID: "end", For: "node", Name: "end", Type: "string"},
		{ID: "sources", For: "node", Name: "sources", Type: "int"},
		{ID: "role", For: "edge", Name: "role", Type: "string"},
	}
	gr := gmlGraph{ID: "newsgraph", EdgeDefault: "directed"}
	known := map[string]bool{}
	for _, e := range ents {
		known[string(e.ID)] = true
		gr.Nodes = append(gr.Nodes, gmlNode{ID: string(e.ID), Data: []gmlData{
			{"label", e.Name}, {"kind", "entity"}, {"type", string(e.Type)}, {"mentions", strconv.Itoa(e.Mentions)}}})
	}
	edge := func(from, to, role string) {
		if !known[from] || !known[to] {
			return // an entity the store no longer has: no dangling edge
		}
		gr.Edges = append(gr.Edges, gmlEdge{ID: fmt.Sprintf("e%d", len(gr.Edges)), Source: from, Target: to, Data: []gmlData{{"role", role}}})
	}
	for _, ev := range evs {
		known[string(ev.ID)] = true
		label := string(ev.Type)
		if ev.Start != "" {
			label += " " + ev.Start
		}
		d := []gmlData{{"label", label}, {"kind", "event"}, {"type", string(ev.Type)}, {"status", string(ev.Status)}}
		if ev.Start != "" {
			d = append(d, gmlData{"start", ev.Start})
		}
		if ev.End != "" {
			d = append(d, gmlData{"end", ev.End})
		}
		d = append(d, gmlData{"sources", strconv.Itoa(len(sourceDocs(ev)))})
		gr.Nodes = append(gr.Nodes, gmlNode{ID: string(ev.ID), Data: d})
	}
	for _, ev := range evs {
		for _, p := range ev.Participants {
			edge(string(p.Entity), string(ev.ID), p.Role)
		}
		if ev.Location != "" {
			edge(string(ev.ID), string(ev.Location), "location")
		}
	}
	doc := gmlDoc{XMLNS: "http://graphml.graphdrawing.org/xmlns", Keys: keys, Graph: gr}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", " ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("export: graphml: %w", err)
	}
	_, err = io.WriteString(w, "\n")
	return err
}

type gmlDoc struct {
	XMLName xml.Name `xml:"graphml"`
	XMLNS   string   `xml:"xmlns,attr"`
	Keys    []gmlKey `xml:"key"`
	Graph   gmlGraph `xml:"graph"`
}

type gmlKey struct {
	ID   string `xml:"id,attr"`
	For  string `xml:"for,attr"`
	Name string `xml:"attr.name,attr"`
	Type string `xml:"attr.type,attr"`
}

type gmlGraph struct {
	ID          string    `xml:"id,attr"`
	EdgeDefault string    `xml:"edgedefault,attr"`
	Nodes       []gmlNode `xml:"node"`
	Edges       []gmlEdge `xml:"edge"`
}

type gmlNode struct {
	ID   string    `xml:"id,attr"`
	Data []gmlData `xml:"data"`
}

type gmlEdge struct {
	ID     string    `xml:"id,attr"`
	Source string    `xml:"source,attr"`
	Target string    `xml:"target,attr"`
	Data   []gmlData `xml:"data"`
}

type gmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

func sortStrings(s []string) { sort.Strings(s) }
