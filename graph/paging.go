package graph

import (
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph/model"
)

// maxFirst caps every page; larger requests get maxFirst items and a next
// page, so that no single request reads an unbounded list.
const maxFirst = 500

// cursorPrefix makes cursors opaque while telling a stale or foreign string
// apart from one of ours.
const cursorPrefix = "ng:"

func cursor(offset int) string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorPrefix + strconv.Itoa(offset)))
}

func decodeCursor(c string) (int, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err == nil && strings.HasPrefix(string(b), cursorPrefix) {
		if n, err := strconv.Atoi(string(b[len(cursorPrefix):])); err == nil && n >= 0 {
			return n, nil
		}
	}
	return 0, fmt.Errorf("%w: after: %q is not a cursor of this list", newsgraph.ErrInvalid, c)
}

// window is one page of a list: the items' offsets [start, end) and the
// page info that goes with them.
type window struct {
	start, end int
	info       *model.PageInfo
}

// pageOf cuts the page that first and after ask for out of a list of n
// items. first defaults to def and is capped at maxFirst.
func pageOf(n int, first *int, after *string, def int) (window, error) {
	size := def
	if first != nil {
		size = *first
	}
	if size < 0 {
		return window{}, fmt.Errorf("%w: first must not be negative", newsgraph.ErrInvalid)
	}
	size = min(size, maxFirst)
	start := 0
	if after != nil && *after != "" {
		off, err := decodeCursor(*after)
		if err != nil {
			return window{}, err
		}
		start = off + 1
	}
	start = min(start, n)
	end := min(start+size, n)
	w := window{start: start, end: end, info: &model.PageInfo{
		HasNextPage:     end < n,
		HasPreviousPage: start > 0,
	}}
	if end > start {
		s, e := cursor(start), cursor(end-1)
		w.info.StartCursor, w.info.EndCursor = &s, &e
	}
	return w, nil
}

func entityConnection(items []*newsgraph.Entity, first *int, after *string) (*model.EntityConnection, error) {
	w, err := pageOf(len(items), first, after, 50)
	if err != nil {
		return nil, err
	}
	c := &model.EntityConnection{Nodes: items[w.start:w.end], PageInfo: w.info, TotalCount: len(items), Edges: []*model.EntityEdge{}}
	for i, n := range c.Nodes {
		c.Edges = append(c.Edges, &model.EntityEdge{Cursor: cursor(w.start + i), Node: n})
	}
	return c, nil
}

func eventConnection(items []*newsgraph.Event, first *int, after *string) (*model.EventConnection, error) {
	w, err := pageOf(len(items), first, after, 50)
	if err != nil {
		return nil, err
	}
	c := &model.EventConnection{Nodes: items[w.start:w.end], PageInfo: w.info, TotalCount: len(items), Edges: []*model.EventEdge{}}
	for i, n := range c.Nodes {
		c.Edges = append(c.Edges, &model.EventEdge{Cursor: cursor(w.start + i), Node: n})
	}
	return c, nil
}

func documentConnection(items []*newsgraph.Document, first *int, after *string) (*model.DocumentConnection, error) {
	w, err := pageOf(len(items), first, after, 50)
	if err != nil {
		return nil, err
	}
	c := &model.DocumentConnection{Nodes: items[w.start:w.end], PageInfo: w.info, TotalCount: len(items), Edges: []*model.DocumentEdge{}}
	for i, n := range c.Nodes {
		c.Edges = append(c.Edges, &model.DocumentEdge{Cursor: cursor(w.start + i), Node: n})
	}
	return c, nil
}

func mentionConnection(items []newsgraph.Mention, first *int, after *string) (*model.MentionConnection, error) {
	w, err := pageOf(len(items), first, after, 50)
	if err != nil {
		return nil, err
	}
	c := &model.MentionConnection{Nodes: []*newsgraph.Mention{}, PageInfo: w.info, TotalCount: len(items), Edges: []*model.MentionEdge{}}
	for i := w.start; i < w.end; i++ {
		m := &items[i]
		c.Nodes = append(c.Nodes, m)
		c.Edges = append(c.Edges, &model.MentionEdge{Cursor: cursor(i), Node: m})
	}
	return c, nil
}

func decisionConnection(items []newsgraph.Decision, first *int, after *string) (*model.DecisionConnection, error) {
	w, err := pageOf(len(items), first, after, 50)
	if err != nil {
		return nil, err
	}
	c := &model.DecisionConnection{Nodes: []*newsgraph.Decision{}, PageInfo: w.info, TotalCount: len(items), Edges: []*model.DecisionEdge{}}
	for i := w.start; i < w.end; i++ {
		d := &items[i]
		c.Nodes = append(c.Nodes, d)
		c.Edges = append(c.Edges, &model.DecisionEdge{Cursor: cursor(i), Node: d})
	}
	return c, nil
}

// pageOfIDs cuts a page out of a sorted id list and reads only that page
// through load. It returns the window, the values read and, for each, its
// offset in ids (the cursor); ids the store no longer knows are skipped.
func pageOfIDs[K comparable, V any](ids []K, first *int, after *string, load func([]K) (map[K]*V, error)) (window, []*V, []int, error) {
	w, err := pageOf(len(ids), first, after, 50)
	if err != nil {
		return w, nil, nil, err
	}
	byID, err := load(ids[w.start:w.end])
	if err != nil {
		return w, nil, nil, err
	}
	var values []*V
	var offsets []int
	for i := w.start; i < w.end; i++ {
		if v := byID[ids[i]]; v != nil {
			values = append(values, v)
			offsets = append(offsets, i)
		}
	}
	return w, values, offsets, nil
}
