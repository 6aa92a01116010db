package store

import (
	"cmp"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// The graph layout. Every fact a document states hangs off its node or the
// literals it points at, so that the document's whole statement is
// reachable from its node through the subject index alone (kv backends
// index subject and object, not labels), and every such quad carries the
// document as label. What one document says about one entity or event is
// one JSON literal (it begins with the document and the entity or event:
// literalHead), the object of the document's node (to find it from the
// document) and the subject of the quads pointing at the entity or event,
// its types and alias keys (to find it from the entity in one index scan,
// one quad per document):
//
//	<doc>  type      <Document>
//	<doc>  document  "{json}\ntext"   id, title, url, published, sentences
//	                                 ("0-45 46-120"), a newline, the text
//	<doc>  states    "{json}"     one statement per entity the doc names:
//	    <"{json}"> statement <E> ; etype <etype:PERSON> ; aliasKey "..."
//	<doc>  lookups   "..."        what its extraction read of the graph
//	                                 (ingest's record; not exported)
//	<doc>  lookedUp  "key"        an alias key it looked up and does not
//	                                 state (ingest's; not exported)
//	<doc>  claims    "{json}"     one claim per event the doc cites:
//	    <"{json}"> claim <V> ; vtype <vtype:MEETING> ; location <L> ;
//	               <part:visitor> <E>
//
// The JSON holds the document id and published date, names, types,
// aliases, mentions, roles and part-of (statements) or type, status, dates,
// location, participants and evidence spans (claims); sentence text is
// rebuilt from the document literal on read. Entities and events own no
// quads: they exist while some document's statement or claim points at
// them, which is what makes delete and re-Put exact.
//
// Stores written before the document literal hold a document's head and
// body as two nodes it owns (<doc> head <doc#h>, <doc#h> id|title|url|
// published "..."; <doc> body <doc#t>, <doc#t> text|sentences "..."): they
// read as before, and a re-Put of such a document replaces them with the
// literal. The literal spares seven quads and six nodes a document, on
// PostgreSQL (some 200 bytes of row and index each) about 2.5 bytes per
// byte of text. Stores written before statements and claims were their
// literals' own subjects hold each under a node the document owns
// (<doc> states <doc#e:E>, <doc#e:E> data "{json}" ; etype ... ; aliasKey
// ...; "{json}" statement <E>; claims alike under <doc#v:V>): they read as
// before (entityOfStmt, eventOfClaim and statementOf take either), and a
// re-Put replaces the nodes. The literals spare a quad and a node a
// statement, some 1.5 bytes per byte of text on PostgreSQL.
const ns = "urn:newsgraph:"

const (
	docPrefix       = ns + "document:"
	entityTypePref  = ns + "etype:"
	eventTypePref   = ns + "vtype:"
	participantPref = ns + "part:"
	decisionPrefix  = ns + "decision:"
)

var (
	pType      = quad.IRI(ns + "p:type")
	pDocument  = quad.IRI(ns + "p:document")
	pHead      = quad.IRI(ns + "p:head")
	pID        = quad.IRI(ns + "p:id")
	pBody      = quad.IRI(ns + "p:body")
	pTitle     = quad.IRI(ns + "p:title")
	pURL       = quad.IRI(ns + "p:url")
	pPublished = quad.IRI(ns + "p:published")
	pText      = quad.IRI(ns + "p:text")
	pSentences = quad.IRI(ns + "p:sentences")
	pStates    = quad.IRI(ns + "p:states")
	pData      = quad.IRI(ns + "p:data")
	pStatement = quad.IRI(ns + "p:statement")
	pEntType   = quad.IRI(ns + "p:etype")
	pAliasKey  = quad.IRI(ns + "p:aliasKey")
	pClaims    = quad.IRI(ns + "p:claims")
	pClaim     = quad.IRI(ns + "p:claim")
	pEvType    = quad.IRI(ns + "p:vtype")
	pLocation  = quad.IRI(ns + "p:location")
	pDecision  = quad.IRI(ns + "p:decision")
	pLookups   = quad.IRI(ns + "p:lookups")
	pLookedUp  = quad.IRI(ns + "p:lookedUp")

	classDocument = quad.IRI(ns + "Document")
	classDecision = quad.IRI(ns + "Decision")
)

// docData is the head of a document's literal: the JSON before its first
// newline (json.Marshal writes none); the text follows unescaped.
type docData struct {
	ID        newsgraph.DocumentID `json:"id"`
	Title     string               `json:"title,omitempty"`
	URL       string               `json:"url,omitempty"`
	Published string               `json:"published,omitempty"` // RFC 3339
	Sentences string               `json:"sentences,omitempty"` // encodeSentences
}

// docLiteral is the literal of document x: its docData, a newline, its text.
func docLiteral(x *newsgraph.Extraction) quad.String {
	h := docData{ID: x.Document.ID, Title: x.Document.Title, URL: x.Document.URL, Sentences: encodeSentences(x.Sentences)}
	if !x.Document.Published.IsZero() {
		h.Published = x.Document.Published.Format(time.RFC3339Nano)
	}
	return mustJSON(h) + "\n" + quad.String(x.Document.Text)
}

// decodeDoc reads a document literal back: the document (text included)
// and its sentence spans.
func decodeDoc(lit string) (*newsgraph.Document, []newsgraph.Span, error) {
	head, text, ok := strings.Cut(lit, "\n")
	var h docData
	if !ok {
		return nil, nil, fmt.Errorf("document literal %.80q has no newline", lit)
	}
	if err := json.Unmarshal([]byte(head), &h); err != nil {
		return nil, nil, fmt.Errorf("bad document literal %.80q: %w", lit, err)
	}
	d := &newsgraph.Document{ID: h.ID, Title: h.Title, URL: h.URL, Text: text}
	if h.Published != "" {
		d.Published, _ = time.Parse(time.RFC3339Nano, h.Published)
	}
	return d, decodeSentences(h.Sentences), nil
}

// stmtData is what one document says about one entity (JSON, short keys:
// it is stored once per document and entity).
type stmtData struct {
	Doc       newsgraph.DocumentID   `json:"d"`
	Entity    newsgraph.EntityID     `json:"e"`
	Published string                 `json:"p,omitempty"`
	Names     []string               `json:"n,omitempty"`
	Types     []newsgraph.EntityType `json:"t,omitempty"`
	Aliases   []string               `json:"a,omitempty"`
	Mentions  []mentionData          `json:"m,omitempty"`
	Roles     []roleData             `json:"r,omitempty"`
	PartOf    []newsgraph.EntityID   `json:"w,omitempty"`
}

// spanData is an evidence pointer: sentence index, start, end.
type spanData [3]int

type mentionData struct {
	At   spanData             `json:"s"`
	Type newsgraph.EntityType `json:"t,omitempty"`
	Text string               `json:"x"`
}

type roleData struct {
	Title    string             `json:"t"`
	Of       newsgraph.EntityID `json:"o,omitempty"`
	OfName   string             `json:"on,omitempty"`
	Former   bool               `json:"f,omitempty"`
	Evidence []spanData         `json:"ev,omitempty"`
}

// claimData is what one document says about one event.
type claimData struct {
	Doc          newsgraph.DocumentID    `json:"d"`
	Event        newsgraph.EventID       `json:"v"`
	Published    string                  `json:"p,omitempty"`
	Types        []newsgraph.EventType   `json:"t,omitempty"`
	Status       newsgraph.EventStatus   `json:"s,omitempty"`
	Start        string                  `json:"b,omitempty"`
	End          string                  `json:"e,omitempty"`
	Location     newsgraph.EntityID      `json:"l,omitempty"`
	Participants []newsgraph.Participant `json:"pa,omitempty"`
	Evidence     []spanData              `json:"ev,omitempty"`
}

func toSpan(ev newsgraph.Evidence) spanData {
	return spanData{ev.Sentence, ev.Span.Start, ev.Span.End}
}

func sortSpans(s []spanData) {
	sort.Slice(s, func(i, j int) bool {
		for k := range s[i] {
			if s[i][k] != s[j][k] {
				return s[i][k] < s[j][k]
			}
		}
		return false
	})
}

func mustJSON(v any) quad.String {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // only plain structs of strings and ints are marshalled
	}
	return quad.String(b)
}

// docIRI is the node of a document. The id is path-escaped so that it holds
// no '#', the separator of the nodes a document owns.
func docIRI(id newsgraph.DocumentID) quad.IRI {
	return quad.IRI(docPrefix + url.PathEscape(string(id)))
}

// docOf recovers the document from its node or from any node it owns.
func docOf(v quad.Value) (newsgraph.DocumentID, bool) {
	iri, ok := v.(quad.IRI)
	if !ok || !strings.HasPrefix(string(iri), docPrefix) {
		return "", false
	}
	rest := strings.TrimPrefix(string(iri), docPrefix)
	rest, _, _ = strings.Cut(rest, "#")
	id, err := url.PathUnescape(rest)
	if err != nil {
		return "", false
	}
	return newsgraph.DocumentID(id), true
}

func headIRI(d quad.IRI) quad.IRI { return d + "#h" }
func bodyIRI(d quad.IRI) quad.IRI { return d + "#t" }
func stmtIRI(d quad.IRI, e newsgraph.EntityID) quad.IRI {
	return d + "#e:" + quad.IRI(e)
}
func claimIRI(d quad.IRI, v newsgraph.EventID) quad.IRI {
	return d + "#v:" + quad.IRI(v)
}

// entityOfStmt and eventOfClaim read the entity or event back from a
// statement or claim: its literal, or the node a store written before
// held it under (not a role node), sparing a lookup per node.
func entityOfStmt(v quad.Value) (newsgraph.EntityID, bool) {
	switch v := v.(type) {
	case quad.String:
		_, key, e, ok := literalHead(string(v))
		return newsgraph.EntityID(e), ok && key == "e"
	case quad.IRI:
		_, e, ok := strings.Cut(string(v), "#e:")
		return newsgraph.EntityID(e), ok
	}
	return "", false
}

func eventOfClaim(v quad.Value) (newsgraph.EventID, bool) {
	switch v := v.(type) {
	case quad.String:
		_, key, e, ok := literalHead(string(v))
		return newsgraph.EventID(e), ok && key == "v"
	case quad.IRI:
		_, e, ok := strings.Cut(string(v), "#v:")
		return newsgraph.EventID(e), ok
	}
	return "", false
}

// literalHead reads the first two members of a statement's or claim's
// literal, as encode writes them: the document ("d"), then the entity
// ("e") or the event ("v") and its value.
func literalHead(s string) (doc newsgraph.DocumentID, key, val string, ok bool) {
	if !strings.HasPrefix(s, `{"d":`) {
		return "", "", "", false
	}
	dec := json.NewDecoder(strings.NewReader(s))
	var toks [5]string
	for i := range toks {
		t, err := dec.Token()
		if err != nil {
			return "", "", "", false
		}
		if i > 0 {
			str, isStr := t.(string)
			if !isStr {
				return "", "", "", false
			}
			toks[i] = str
		}
	}
	if toks[1] != "d" {
		return "", "", "", false
	}
	return newsgraph.DocumentID(toks[2]), toks[3], toks[4], true
}

func encodeSentences(spans []newsgraph.Span) string {
	var b strings.Builder
	for i, sp := range spans {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strconv.Itoa(sp.Start))
		b.WriteByte('-')
		b.WriteString(strconv.Itoa(sp.End))
	}
	return b.String()
}

func decodeSentences(s string) []newsgraph.Span {
	var out []newsgraph.Span
	for _, f := range strings.Fields(s) {
		a, b, _ := strings.Cut(f, "-")
		start, err1 := strconv.Atoi(a)
		end, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil {
			continue
		}
		out = append(out, newsgraph.Span{Start: start, End: end})
	}
	return out
}

// validate rejects an extraction the store cannot keep traceable, before
// anything is written.
func validate(x *newsgraph.Extraction) error {
	if x == nil {
		return fmt.Errorf("store: nil extraction: %w", newsgraph.ErrInvalid)
	}
	doc := x.Document
	if doc.ID == "" {
		return fmt.Errorf("store: document without id: %w", newsgraph.ErrInvalid)
	}
	bad := func(format string, args ...any) error {
		return fmt.Errorf("store: document %s: %s: %w", doc.ID, fmt.Sprintf(format, args...), newsgraph.ErrInvalid)
	}
	n := len(doc.Text)
	span := func(sp newsgraph.Span) bool { return sp.Start >= 0 && sp.Start <= sp.End && sp.End <= n }
	for i, sp := range x.Sentences {
		if !span(sp) {
			return bad("sentence %d span %d-%d outside the text", i, sp.Start, sp.End)
		}
	}
	evidence := func(what string, e newsgraph.Evidence) error {
		if e.Document != "" && e.Document != doc.ID {
			return bad("%s cites document %s", what, e.Document)
		}
		if !span(e.Span) {
			return bad("%s span %d-%d outside the text", what, e.Span.Start, e.Span.End)
		}
		if e.Sentence < 0 || (len(x.Sentences) > 0 && e.Sentence >= len(x.Sentences)) {
			return bad("%s sentence %d out of range", what, e.Sentence)
		}
		return nil
	}
	for _, m := range x.Mentions {
		if m.Entity == "" {
			return bad("mention %q without entity", m.Text)
		}
		if !knownEntityType(m.Type) && m.Type != "" {
			return bad("mention %q has unknown type %q", m.Text, m.Type)
		}
		if err := evidence("mention "+m.Text, m.Evidence); err != nil {
			return err
		}
	}
	for _, e := range x.Entities {
		if e.ID == "" {
			return bad("entity %q without id", e.Name)
		}
		if !knownEntityType(e.Type) {
			return bad("entity %s has unknown type %q", e.ID, e.Type)
		}
		for _, r := range e.Roles {
			for _, ev := range r.Sources {
				if err := evidence("role "+r.Title, ev); err != nil {
					return err
				}
			}
		}
	}
	for _, v := range x.Events {
		if v.ID == "" {
			return bad("event without id")
		}
		if !knownEventType(v.Type) {
			return bad("event %s has unknown type %q", v.ID, v.Type)
		}
		for _, d := range []string{v.Start, v.End} {
			if d != "" && newsgraph.PrecisionOf(d) == "" {
				return bad("event %s has date %q, not YYYY, YYYY-MM or YYYY-MM-DD", v.ID, d)
			}
		}
		switch v.Status {
		case "", newsgraph.Happened, newsgraph.Planned, newsgraph.Cancelled, newsgraph.Uncertain:
		default:
			return bad("event %s has unknown status %q", v.ID, v.Status)
		}
		for _, p := range v.Participants {
			if p.Entity == "" || p.Role == "" || strings.ContainsAny(p.Role, " #") {
				return bad("event %s has participant %q in role %q", v.ID, p.Entity, p.Role)
			}
		}
		for _, ev := range v.Sources {
			if err := evidence("event "+string(v.ID), ev); err != nil {
				return err
			}
		}
	}
	for _, p := range x.PartOf {
		if p.Part == "" || p.Whole == "" {
			return bad("part-of %q in %q", p.Part, p.Whole)
		}
	}
	return nil
}

func knownEntityType(t newsgraph.EntityType) bool {
	for _, k := range newsgraph.EntityTypes {
		if k == t {
			return true
		}
	}
	return false
}

func knownEventType(t newsgraph.EventType) bool {
	for _, k := range newsgraph.EventTypes {
		if k == t {
			return true
		}
	}
	return false
}

// encode turns one extraction into the set of quads the document states.
// The same extraction always gives the same set (slices are sorted before
// they are marshalled), which is what lets Put write only the difference.
func encode(x *newsgraph.Extraction) map[quad.Quad]struct{} {
	d := docIRI(x.Document.ID)
	out := make(map[quad.Quad]struct{})
	add := func(s, p, o quad.Value) {
		out[quad.Quad{Subject: s, Predicate: p, Object: o, Label: d}] = struct{}{}
	}
	published := ""
	if !x.Document.Published.IsZero() {
		published = x.Document.Published.Format(newsgraph.DateLayout)
	}

	add(d, pType, classDocument)
	add(d, pDocument, docLiteral(x))
	if x.Lookups != "" {
		add(d, pLookups, quad.String(x.Lookups))
	}
	for _, k := range x.LookedUp {
		if k != "" {
			add(d, pLookedUp, quad.String(k))
		}
	}

	stmts := map[newsgraph.EntityID]*stmtData{}
	var order []newsgraph.EntityID
	stmt := func(e newsgraph.EntityID) *stmtData {
		st := stmts[e]
		if st == nil {
			st = &stmtData{Doc: x.Document.ID, Entity: e, Published: published}
			stmts[e] = st
			order = append(order, e)
		}
		return st
	}
	for _, e := range x.Entities {
		st := stmt(e.ID)
		if e.Name != "" {
			st.Names = append(st.Names, e.Name)
		}
		st.Types = append(st.Types, e.Type)
		for _, a := range e.Aliases {
			if a != "" {
				st.Aliases = append(st.Aliases, a)
			}
		}
		for _, r := range e.Roles {
			rd := roleData{Title: r.Title, Of: r.Of, OfName: r.OfName, Former: r.Former}
			for _, ev := range r.Sources {
				rd.Evidence = append(rd.Evidence, toSpan(ev))
			}
			sortSpans(rd.Evidence)
			st.Roles = append(st.Roles, rd)
		}
	}
	for _, m := range x.Mentions {
		st := stmt(m.Entity)
		st.Mentions = append(st.Mentions, mentionData{At: toSpan(m.Evidence), Type: m.Type, Text: m.Text})
		if len(st.Types) == 0 && m.Type != "" {
			// An entity named only by mentions still needs a type to
			// exist; its first mention gives it.
			st.Types = append(st.Types, m.Type)
		}
	}
	for _, p := range x.PartOf {
		st := stmt(p.Part)
		st.PartOf = append(st.PartOf, p.Whole)
	}
	for _, e := range order {
		st := stmts[e]
		st.Names = uniq(st.Names)
		st.Types = uniq(st.Types)
		st.Aliases = uniq(st.Aliases)
		st.PartOf = uniq(st.PartOf)
		sort.Slice(st.Mentions, func(i, j int) bool {
			a, b := st.Mentions[i], st.Mentions[j]
			if a.At != b.At {
				return a.At[1] < b.At[1] || a.At[1] == b.At[1] && a.At[2] < b.At[2]
			}
			return a.Text < b.Text
		})
		data := mustJSON(st)
		add(d, pStates, data)
		add(data, pStatement, quad.IRI(e))
		for _, t := range st.Types {
			add(data, pEntType, quad.IRI(entityTypePref+string(t)))
		}
		for _, s := range append(append(append([]string(nil), st.Names...), st.Aliases...), mentionTexts(st.Mentions)...) {
			if k := newsgraph.AliasKey(s); k != "" {
				add(data, pAliasKey, quad.String(k))
			}
		}
	}
	for _, v := range x.Events {
		cd := claimData{Doc: x.Document.ID, Event: v.ID, Published: published, Types: []newsgraph.EventType{v.Type},
			Status: v.Status, Start: v.Start, End: v.End, Location: v.Location}
		cd.Participants = append(cd.Participants, v.Participants...)
		sort.Slice(cd.Participants, func(i, j int) bool {
			a, b := cd.Participants[i], cd.Participants[j]
			return a.Role < b.Role || a.Role == b.Role && a.Entity < b.Entity
		})
		for _, ev := range v.Sources {
			cd.Evidence = append(cd.Evidence, toSpan(ev))
		}
		sortSpans(cd.Evidence)
		c := mustJSON(cd)
		add(d, pClaims, c)
		add(c, pClaim, quad.IRI(v.ID))
		add(c, pEvType, quad.IRI(eventTypePref+string(v.Type)))
		if v.Location != "" {
			add(c, pLocation, quad.IRI(v.Location))
		}
		for _, p := range v.Participants {
			add(c, quad.IRI(participantPref+p.Role), quad.IRI(p.Entity))
		}
	}
	return out
}

func mentionTexts(ms []mentionData) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.Text
	}
	return out
}

// uniq sorts s and drops repeats.
func uniq[T cmp.Ordered](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	slices.Sort(s)
	return slices.Compact(s)
}
