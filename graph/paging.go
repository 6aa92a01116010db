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

// defaultFirst is the size of a page that names neither first nor last.
var defaultFirst = 50

// cursorPrefix makes cursors opaque while telling a stale or foreign string
// apart from one of ours.
const cursorPrefix = "ng:"

func cursor(offset int) string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorPrefix + strconv.Itoa(offset)))
}

func decodeCursor(arg, c string) (int, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err == nil && strings.HasPrefix(string(b), cursorPrefix) {
		if n, err := strconv.Atoi(string(b[len(cursorPrefix):])); err == nil && n >= 0 {
			return n, nil
		}
	}
	return 0, fmt.Errorf("%w: %s: %q is not a cursor of this list", newsgraph.ErrInvalid, arg, c)
}

// page is the paging arguments of a connection field (Relay): first items
// after the cursor after, or last items before the cursor before.
type page struct {
	first, last   *int
	after, before *string
}

// window is one page of a list: the items' offsets [start, end) and the
// page info that goes with them.
type window struct {
	start, end int
	info       *model.PageInfo
}

// pageOf cuts the page that p asks for out of a list of n items, the way
// Relay's connection spec says: after and before narrow the list, then first
// keeps its head and last its tail. With neither first nor last the page
// holds def items; no page holds more than maxFirst.
func pageOf(n int, p page) (window, error) {
	start, end := 0, n
	if p.after != nil && *p.after != "" {
		off, err := decodeCursor("after", *p.after)
		if err != nil {
			return window{}, err
		}
		start = min(off+1, n)
	}
	if p.before != nil && *p.before != "" {
		off, err := decodeCursor("before", *p.before)
		if err != nil {
			return window{}, err
		}
		end = max(min(off, n), start)
	}
	if p.first == nil && p.last == nil {
		p.first = &defaultFirst
	}
	if p.first != nil {
		if *p.first < 0 {
			return window{}, fmt.Errorf("%w: first must not be negative", newsgraph.ErrInvalid)
		}
		end = min(end, start+min(*p.first, maxFirst))
	}
	if p.last != nil {
		if *p.last < 0 {
			return window{}, fmt.Errorf("%w: last must not be negative", newsgraph.ErrInvalid)
		}
		start = max(start, end-min(*p.last, maxFirst))
	}
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

func entityConnection(items []*newsgraph.Entity, p page) (*model.EntityConnection, error) {
	w, err := pageOf(len(items), p)
	if err != nil {
		return nil, err
	}
	c := &model.EntityConnection{Nodes: items[w.start:w.end], PageInfo: w.info, TotalCount: len(items)}
	c.Edges = make([]*model.EntityEdge, 0, len(c.Nodes))
	for i, n := range c.Nodes {
		c.Edges = append(c.Edges, &model.EntityEdge{Cursor: cursor(w.start + i), Node: n})
	}
	return c, nil
}

func eventConnection(items []*newsgraph.Event, p page) (*model.EventConnection, error) {
	w, err := pageOf(len(items), p)
	if err != nil {
		return nil, err
	}
	c := &model.EventConnection{Nodes: items[w.start:w.end], PageInfo: w.info, TotalCount: len(items)}
	c.Edges = make([]*model.EventEdge, 0, len(c.Nodes))
	for i, n := range c.Nodes {
		c.Edges = append(c.Edges, &model.EventEdge{Cursor: cursor(w.start + i), Node: n})
	}
	return c, nil
}

func documentConnection(items []*newsgraph.Document, p page) (*model.DocumentConnection, error) {
	w, err := pageOf(len(items), p)
	if err != nil {
		return nil, err
	}
	c := &model.DocumentConnection{Nodes: items[w.start:w.end], PageInfo: w.info, TotalCount: len(items)}
	c.Edges = make([]*model.DocumentEdge, 0, len(c.Nodes))
	for i, n := range c.Nodes {
		c.Edges = append(c.Edges, &model.DocumentEdge{Cursor: cursor(w.start + i), Node: n})
	}
	return c, nil
}

func mentionConnection(items []newsgraph.Mention, p page) (*model.MentionConnection, error) {
	w, err := pageOf(len(items), p)
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

func decisionConnection(items []newsgraph.Decision, p page) (*model.DecisionConnection, error) {
	w, err := pageOf(len(items), p)
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
func pageOfIDs[K comparable, V any](ids []K, p page, load func([]K) (map[K]*V, error)) (window, []*V, []int, error) {
	w, err := pageOf(len(ids), p)
	if err != nil {
		return w, nil, nil, err
	}
	byID, err := load(ids[w.start:w.end])
	if err != nil {
		return w, nil, nil, err
	}
	values := make([]*V, 0, w.end-w.start)
	offsets := make([]int, 0, w.end-w.start)
	for i := w.start; i < w.end; i++ {
		if v := byID[ids[i]]; v != nil {
			values = append(values, v)
			offsets = append(offsets, i)
		}
	}
	return w, values, offsets, nil
}
