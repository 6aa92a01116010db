// Package newsgraph is the vocabulary every other package speaks: documents,
// mentions with byte spans, resolved entities, events and the evidence behind
// each fact. It depends on the standard library only.
package newsgraph

import (
	"errors"
	"slices"
	"sort"
	"time"
)

// Typed identifiers. Entity and event ids are IRIs (urn:newsgraph:...), stable
// across re-ingests and restarts; document ids are the caller's own.
type (
	DocumentID string
	EntityID   string
	EventID    string
)

// EntityType is the kind of thing an entity is.
type EntityType string

const (
	Person       EntityType = "PERSON"
	Organization EntityType = "ORGANIZATION"
	GPE          EntityType = "GPE"      // countries, cities, states
	Location     EntityType = "LOCATION" // seas, straits, regions
	Facility     EntityType = "FACILITY" // palaces, guest houses, bases, embassies, ships
	Other        EntityType = "OTHER"
)

// EntityTypes lists every entity type in a stable order.
var EntityTypes = []EntityType{Person, Organization, GPE, Location, Facility, Other}

// EventType is the kind of event.
type EventType string

const (
	Meeting   EventType = "MEETING"
	Visit     EventType = "VISIT"
	Agreement EventType = "AGREEMENT"
)

// EventTypes lists every event type in a stable order.
var EventTypes = []EventType{Meeting, Visit, Agreement}

// EventStatus says whether an event happened, according to a source.
type EventStatus string

const (
	Happened  EventStatus = "HAPPENED"
	Planned   EventStatus = "PLANNED"
	Cancelled EventStatus = "CANCELLED"
	Uncertain EventStatus = "UNCERTAIN"
)

// Participant roles of an event.
const (
	RoleParticipant = "participant"
	RoleVisitor     = "visitor"
	RoleDestination = "destination"
	RoleHost        = "host"
	RoleParty       = "party"
	RoleSignatory   = "signatory"
	RoleBroker      = "broker"
)

// Document is one article as ingested.
type Document struct {
	ID        DocumentID
	Title     string
	URL       string
	Published time.Time // zero when unknown
	Text      string
}

// Span is a half-open byte range [Start, End) of a document's text.
type Span struct {
	Start int
	End   int
}

// Evidence points at the text that states a fact: a document, the index of
// the sentence in it, and a byte span (the mention or the sentence) together
// with the sentence's own text.
type Evidence struct {
	Document DocumentID
	Sentence int
	Span     Span
	Text     string // the sentence
}

// Mention is one place where a document names an entity.
type Mention struct {
	Entity   EntityID
	Text     string // the surface form as written
	Type     EntityType
	Evidence Evidence // Span is the mention's own span
}

// Role is a title an entity holds, optionally of an organisation or country,
// as claimed by the sources.
type Role struct {
	Title   string
	Of      EntityID // empty when the text names no organisation or country
	OfName  string   // the name of Of, for readers without a store
	Former  bool     // "former prime minister"
	Since   string   // YYYY-MM-DD: earliest published date of a source claiming it, empty if unknown
	Until   string   // YYYY-MM-DD: latest such date
	Sources []Evidence
}

// Entity is one real-world person, organisation or place, with every surface
// form the documents use for it.
type Entity struct {
	ID       EntityID
	Name     string
	Type     EntityType
	Aliases  []string
	Roles    []Role
	Mentions int // how many mentions support it
}

// Participant ties an entity to an event in a role.
type Participant struct {
	Role   string
	Entity EntityID
}

// Event is a meeting, visit or agreement. Start and End are written at the
// precision the text states (see DatePrecision): YYYY-MM-DD for a day,
// YYYY-MM for "in May", YYYY for "in 1974"; Start == End for one day, month
// or year; both empty when the text does not say.
type Event struct {
	ID           EventID
	Type         EventType
	Status       EventStatus
	Start        string
	End          string
	Participants []Participant
	Location     EntityID // empty when unknown
	Sources      []Evidence
	Claims       []Claim // per-source view, filled by the store when read
}

// TakesPart returns the first of ids that takes part in ev, other than
// the entities in not; the empty id when none does.
func (ev *Event) TakesPart(ids []EntityID, not ...EntityID) EntityID {
	for _, p := range ev.Participants {
		if slices.Contains(ids, p.Entity) && !slices.Contains(not, p.Entity) {
			return p.Entity
		}
	}
	return ""
}

// SortEvents orders events by start date (undated last), then id, so that
// pages are stable. Dates of mixed precision compare as strings: a year
// sorts before its months and a month before its days, as if on its first
// day and ahead of it (1974 < 1974-02 < 1974-02-01 < 1974-02-02).
func SortEvents(evs []*Event) {
	sort.Slice(evs, func(i, j int) bool {
		a, b := evs[i], evs[j]
		if (a.Start == "") != (b.Start == "") {
			return a.Start != ""
		}
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.ID < b.ID
	})
}

// Claim is what one document says about an event: its status, dates and
// place in that source. Disagreements between claims are shown, not hidden.
type Claim struct {
	Document  DocumentID
	Published string
	Status    EventStatus
	Start     string
	End       string
	Location  EntityID
}

// Extraction is everything extracted from one document. Entities and events
// carry only what this document says about them; ids that are already in the
// graph are reused so that the store merges them.
type Extraction struct {
	Document  Document
	Sentences []Span
	Mentions  []Mention
	Entities  []Entity
	Events    []Event
	PartOf    []PartOf

	// Lookups is what the extraction read of the graph, as the ingest
	// service records it: kept with the document so that a later process
	// can tell which documents a change of the graph may change without
	// extracting them again. Opaque outside ingest; not part of the graph
	// (an export leaves it out). Empty: not recorded.
	Lookups string `json:"-"`
	// LookedUp are the alias keys the extraction looked up that the
	// document's own statements do not give (what it looked for and did
	// not name): kept so that a later process finds the document when
	// something comes to answer to one. Like Lookups, not exported.
	LookedUp []string `json:"-"`
}

// PartOf says a place lies inside another ("the State Guest House in Tokyo").
type PartOf struct {
	Part     EntityID
	Whole    EntityID
	Evidence Evidence
}

// Decision kinds: curation an analyst made, applied again on every ingest.
const (
	DecisionMerge  = "MERGE"  // Entities[1:] become Entities[0]
	DecisionSplit  = "SPLIT"  // Alias leaves Entities[0]
	DecisionRename = "RENAME" // Entities[0] is called Name
)

// Decision is one curation step, kept with who made it and when, undoable.
type Decision struct {
	ID       string
	Kind     string
	By       string
	At       time.Time
	Undone   bool
	Entities []EntityID
	Alias    string
	Name     string
}

// LinkedMention is a mention found in a caller's text by entity linking,
// with the known entity it names (empty when none) and a confidence in [0,1].
type LinkedMention struct {
	Text       string
	Span       Span
	Type       EntityType
	Entity     EntityID
	Confidence float64
}

// Stats counts what a graph holds: documents, and entities and events per
// type (types with none are absent).
type Stats struct {
	Documents int
	Entities  map[string]int
	Events    map[string]int
}

// PathStep is one hop of a path between entities: From and To take part in
// Event (as participants or its place), To through Through when From acts
// by the organisation or country of one of its roles (else empty).
type PathStep struct {
	From, To, Through EntityID
	Event             EventID
}

// EventFilter selects events; the zero value selects every event. Each of
// Participants, Also and Places is a set of alternatives (the entities one
// name stands for); an event must match every set given: one of
// Participants takes part, one of Also takes part besides it, it is at one
// of Places or somewhere inside one (its location, a place one source
// gives, a visit's destination). From and To (YYYY-MM-DD, inclusive) keep
// dated events whose days (EventDays) overlap the range: an event "in May"
// is kept by a range that holds any day of May.
type EventFilter struct {
	Type         EventType
	Participants []EntityID
	Also         []EntityID
	Places       []EntityID
	From, To     string
	Status       EventStatus
}

// EntityMatch is an entity a name search found, with how well its name or
// an alias matched: one of the Match tiers, best (smallest) first.
type EntityMatch struct {
	Entity *Entity
	Tier   int
}

// Match tiers of a name search. A search lists better tiers first; a name
// that must stand for entities (a filter, a path end) takes the best tier.
const (
	MatchExact  = iota // the whole alias key
	MatchWords         // whole words of an alias ("takaichi" in "sanae takaichi")
	MatchPrefix        // the start of an alias or of one of its words
	MatchTypo          // within a few edits of an alias or its words
)

// Sentinel errors, wrapped by every package.
var (
	ErrNotFound = errors.New("not found")
	ErrInvalid  = errors.New("invalid input")
	ErrLocked   = errors.New("store is locked by another process")
	ErrDenied   = errors.New("permission denied")
	// ErrExtractorFault is a fault of the extractor on one document's
	// text (a bug, not bad input): nothing of that document is stored.
	ErrExtractorFault = errors.New("extractor fault")
)

// DateLayout is the layout of every date in the vocabulary.
const DateLayout = "2006-01-02"
