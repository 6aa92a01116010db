package store

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph"
)

// The graph layout. Every fact a document states hangs off nodes the
// document owns, so that the document's whole statement is reachable from
// its node through the subject index alone (kv backends index subject and
// object, not labels), and every such quad carries the document as label:
//
//	<doc>  type      <Document>
//	<doc>  head      <doc#h>      <doc#h> title|url|published "..."
//	<doc>  body      <doc#t>      <doc#t> text "..." ; sentences "0-45 46-120"
//	<doc>  states    <doc#e:E>    one statement per entity the doc names:
//	    <doc#e:E> about <E> ; name "..." ; etype <etype:PERSON> ; alias "..." ;
//	    aliasKey "..." ; mention "sent:start:end:TYPE:surface" ; partOf <W> ;
//	    role <doc#e:E/r0>   <doc#e:E/r0> title "..." ; of <O> ; ofName "..." ;
//	                        former "true" ; evidence "sent:start:end"
//	<doc>  claims    <doc#v:V>    one claim per event the doc cites:
//	    <doc#v:V> claimOf <V> ; vtype <vtype:MEETING> ; status "..." ;
//	    start "..." ; end "..." ; location <L> ; evidence "sent:start:end" ;
//	    <part:visitor> <E>
//
// Entities and events themselves own no quads: they exist while some
// document's statement or claim points at them, which is what makes delete
// and re-Put exact.
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
	pHead      = quad.IRI(ns + "p:head")
	pID        = quad.IRI(ns + "p:id")
	pBody      = quad.IRI(ns + "p:body")
	pTitle     = quad.IRI(ns + "p:title")
	pURL       = quad.IRI(ns + "p:url")
	pPublished = quad.IRI(ns + "p:published")
	pText      = quad.IRI(ns + "p:text")
	pSentences = quad.IRI(ns + "p:sentences")
	pStates    = quad.IRI(ns + "p:states")
	pAbout     = quad.IRI(ns + "p:about")
	pName      = quad.IRI(ns + "p:name")
	pEntType   = quad.IRI(ns + "p:etype")
	pAlias     = quad.IRI(ns + "p:alias")
	pAliasKey  = quad.IRI(ns + "p:aliasKey")
	pMention   = quad.IRI(ns + "p:mention")
	pPartOf    = quad.IRI(ns + "p:partOf")
	pRole      = quad.IRI(ns + "p:role")
	pRoleTitle = quad.IRI(ns + "p:roleTitle")
	pOf        = quad.IRI(ns + "p:of")
	pOfName    = quad.IRI(ns + "p:ofName")
	pFormer    = quad.IRI(ns + "p:former")
	pEvidence  = quad.IRI(ns + "p:evidence")
	pClaims    = quad.IRI(ns + "p:claims")
	pClaimOf   = quad.IRI(ns + "p:claimOf")
	pEvType    = quad.IRI(ns + "p:vtype")
	pStatus    = quad.IRI(ns + "p:status")
	pStart     = quad.IRI(ns + "p:start")
	pEnd       = quad.IRI(ns + "p:end")
	pLocation  = quad.IRI(ns + "p:location")
	pDecision  = quad.IRI(ns + "p:decision")

	classDocument = quad.IRI(ns + "Document")
	classDecision = quad.IRI(ns + "Decision")
)

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
// statement or claim node (not a role node), sparing a lookup per node.
func entityOfStmt(v quad.Value) (newsgraph.EntityID, bool) {
	iri, ok := v.(quad.IRI)
	if !ok {
		return "", false
	}
	_, e, ok := strings.Cut(string(iri), "#e:")
	return newsgraph.EntityID(e), ok
}

func eventOfClaim(v quad.Value) (newsgraph.EventID, bool) {
	iri, ok := v.(quad.IRI)
	if !ok {
		return "", false
	}
	_, e, ok := strings.Cut(string(iri), "#v:")
	return newsgraph.EventID(e), ok
}

// encodeSpan packs an evidence pointer; the document is the quad's label and
// the sentence text is rebuilt from the document on read.
func encodeSpan(sentence int, sp newsgraph.Span) string {
	return strconv.Itoa(sentence) + ":" + strconv.Itoa(sp.Start) + ":" + strconv.Itoa(sp.End)
}

func decodeSpan(s string) (sentence int, sp newsgraph.Span, rest string, ok bool) {
	parts := strings.SplitN(s, ":", 4)
	if len(parts) < 3 {
		return 0, sp, "", false
	}
	var err1, err2, err3 error
	sentence, err1 = strconv.Atoi(parts[0])
	sp.Start, err2 = strconv.Atoi(parts[1])
	sp.End, err3 = strconv.Atoi(parts[2])
	if len(parts) == 4 {
		rest = parts[3]
	}
	return sentence, sp, rest, err1 == nil && err2 == nil && err3 == nil
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
// The same extraction always gives the same set, which is what lets Put
// write only the difference.
func encode(x *newsgraph.Extraction) map[quad.Quad]struct{} {
	d := docIRI(x.Document.ID)
	out := make(map[quad.Quad]struct{})
	add := func(s, p, o quad.Value) {
		out[quad.Quad{Subject: s, Predicate: p, Object: o, Label: d}] = struct{}{}
	}
	str := func(s, p quad.Value, v string) {
		if v != "" {
			add(s, p, quad.String(v))
		}
	}

	head, body := headIRI(d), bodyIRI(d)
	add(d, pType, classDocument)
	add(d, pHead, head)
	add(d, pBody, body)
	add(head, pID, quad.String(string(x.Document.ID)))
	str(head, pTitle, x.Document.Title)
	str(head, pURL, x.Document.URL)
	if !x.Document.Published.IsZero() {
		str(head, pPublished, x.Document.Published.Format(time.RFC3339Nano))
	}
	str(body, pText, x.Document.Text)
	str(body, pSentences, encodeSentences(x.Sentences))

	stmt := func(e newsgraph.EntityID) quad.IRI {
		s := stmtIRI(d, e)
		add(d, pStates, s)
		add(s, pAbout, quad.IRI(e))
		return s
	}
	aliasKey := func(s quad.IRI, surface string) {
		if k := newsgraph.AliasKey(surface); k != "" {
			add(s, pAliasKey, quad.String(k))
		}
	}
	for _, e := range x.Entities {
		s := stmt(e.ID)
		str(s, pName, e.Name)
		aliasKey(s, e.Name)
		add(s, pEntType, quad.IRI(entityTypePref+string(e.Type)))
		for _, a := range e.Aliases {
			str(s, pAlias, a)
			aliasKey(s, a)
		}
		for i, r := range e.Roles {
			rn := s + quad.IRI("/r"+strconv.Itoa(i))
			add(s, pRole, rn)
			str(rn, pRoleTitle, r.Title)
			if r.Of != "" {
				add(rn, pOf, quad.IRI(r.Of))
			}
			str(rn, pOfName, r.OfName)
			if r.Former {
				str(rn, pFormer, "true")
			}
			for _, ev := range r.Sources {
				str(rn, pEvidence, encodeSpan(ev.Sentence, ev.Span))
			}
		}
	}
	typed := make(map[newsgraph.EntityID]bool, len(x.Entities))
	for _, e := range x.Entities {
		typed[e.ID] = true
	}
	for _, m := range x.Mentions {
		s := stmt(m.Entity)
		str(s, pMention, encodeSpan(m.Evidence.Sentence, m.Evidence.Span)+":"+string(m.Type)+":"+m.Text)
		aliasKey(s, m.Text)
		if m.Type != "" && !typed[m.Entity] {
			// An entity named only by mentions still needs a type to
			// exist; its first mention gives it.
			add(s, pEntType, quad.IRI(entityTypePref+string(m.Type)))
			typed[m.Entity] = true
		}
	}
	for _, p := range x.PartOf {
		add(stmt(p.Part), pPartOf, quad.IRI(p.Whole))
	}
	for _, v := range x.Events {
		c := claimIRI(d, v.ID)
		add(d, pClaims, c)
		add(c, pClaimOf, quad.IRI(v.ID))
		add(c, pEvType, quad.IRI(eventTypePref+string(v.Type)))
		str(c, pStatus, string(v.Status))
		str(c, pStart, v.Start)
		str(c, pEnd, v.End)
		if v.Location != "" {
			add(c, pLocation, quad.IRI(v.Location))
		}
		for _, p := range v.Participants {
			add(c, quad.IRI(participantPref+p.Role), quad.IRI(p.Entity))
		}
		for _, ev := range v.Sources {
			str(c, pEvidence, encodeSpan(ev.Sentence, ev.Span))
		}
	}
	return out
}
