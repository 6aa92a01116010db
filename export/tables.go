package export

import (
	"context"
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// EntitiesCSV writes one row per entity: id, type, name, aliases (joined by
// "; "), mentions, roles ("Title of Org (since–until)" joined by "; "),
// events (how many events it takes part in or hosts), event ids.
func EntitiesCSV(ctx context.Context, g Graph, w io.Writer) error {
	ents, err := entities(ctx, g)
	if err != nil {
		return err
	}
	evs, err := events(ctx, g)
	if err != nil {
		return err
	}
	in := map[newsgraph.EntityID][]string{}
	for _, ev := range evs {
		seen := map[newsgraph.EntityID]bool{}
		for _, p := range ev.Participants {
			seen[p.Entity] = true
		}
		if ev.Location != "" {
			seen[ev.Location] = true
		}
		for e := range seen {
			in[e] = append(in[e], string(ev.ID))
		}
	}
	cw := csv.NewWriter(w)
	cw.Write([]string{"id", "type", "name", "aliases", "mentions", "roles", "events", "event_ids"})
	for _, e := range ents {
		var roles []string
		for _, r := range e.Roles {
			s := r.Title
			if r.Former {
				s = "former " + s
			}
			if r.OfName != "" {
				s += " of " + r.OfName
			}
			if r.Since != "" || r.Until != "" {
				s += " (" + r.Since + "–" + r.Until + ")"
			}
			roles = append(roles, s)
		}
		ids := in[e.ID]
		sortStrings(ids)
		cw.Write([]string{string(e.ID), string(e.Type), e.Name, strings.Join(e.Aliases, "; "), strconv.Itoa(e.Mentions),
			strings.Join(roles, "; "), strconv.Itoa(len(ids)), strings.Join(ids, "; ")})
	}
	cw.Flush()
	return cw.Error()
}

// DocumentsCSV writes one row per document: id, title, url, published
// (YYYY-MM-DD, empty when unknown), words, events (how many events cite it),
// event ids.
func DocumentsCSV(ctx context.Context, g Graph, w io.Writer) error {
	ids, err := g.DocumentIDs(ctx)
	if err != nil {
		return err
	}
	docs, err := inBatches(ctx, ids, g.Documents)
	if err != nil {
		return err
	}
	evs, err := events(ctx, g)
	if err != nil {
		return err
	}
	cites := map[newsgraph.DocumentID][]string{}
	for _, ev := range evs {
		for _, d := range sourceDocs(ev) {
			cites[newsgraph.DocumentID(d)] = append(cites[newsgraph.DocumentID(d)], string(ev.ID))
		}
	}
	cw := csv.NewWriter(w)
	cw.Write([]string{"id", "title", "url", "published", "words", "events", "event_ids"})
	for _, d := range docs {
		pub := ""
		if !d.Published.IsZero() {
			pub = d.Published.Format(newsgraph.DateLayout)
		}
		evIDs := cites[d.ID]
		sortStrings(evIDs)
		cw.Write([]string{string(d.ID), d.Title, d.URL, pub, strconv.Itoa(len(strings.Fields(d.Text))),
			strconv.Itoa(len(evIDs)), strings.Join(evIDs, "; ")})
	}
	cw.Flush()
	return cw.Error()
}
