package store

import (
	"database/sql"
	"fmt"
	"math/rand"
	"net/url"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// synthetic builds document i of a deterministic corpus: each article names
// three or four of 500 people, one of 80 cities and one of 40 venues in it,
// and reports one meeting among them at the venue. Meetings repeat across
// articles (one in four cites an earlier meeting), as news does.
func synthetic(i int) *newsgraph.Extraction {
	rng := rand.New(rand.NewSource(int64(i)))
	person := func() string { return fmt.Sprintf("Person%03d Surname", rng.Intn(500)) }
	city := fmt.Sprintf("City%02d", rng.Intn(80))
	venue := fmt.Sprintf("Venue%02d Hall", rng.Intn(40))
	people := map[string]bool{}
	for len(people) < 3+rng.Intn(2) {
		people[person()] = true
	}
	var names []string
	for p := range people {
		names = append(names, p)
	}
	sort.Strings(names)
	s1 := strings.Join(names, " and ") + " met at the " + venue + " in " + city + "."
	s2 := "The talks at the " + venue + " were about trade and security."
	text := s1 + " " + s2
	x := &newsgraph.Extraction{
		Document: newsgraph.Document{
			ID:        newsgraph.DocumentID(fmt.Sprintf("doc-%05d", i)),
			Title:     "Talks in " + city,
			URL:       fmt.Sprintf("https://news.example/%d", i),
			Published: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%365),
			Text:      text,
		},
		Sentences: []newsgraph.Span{{Start: 0, End: len(s1)}, {Start: len(s1) + 1, End: len(text)}},
	}
	mention := func(id newsgraph.EntityID, t newsgraph.EntityType, surface string, from int) {
		off := strings.Index(text[from:], surface) + from
		sent := 0
		if off > len(s1) {
			sent = 1
		}
		x.Mentions = append(x.Mentions, newsgraph.Mention{Entity: id, Text: surface, Type: t,
			Evidence: newsgraph.Evidence{Document: x.Document.ID, Sentence: sent, Span: newsgraph.Span{Start: off, End: off + len(surface)}}})
	}
	var parts []newsgraph.Participant
	for _, n := range names {
		id := newsgraph.NewEntityID(newsgraph.Person, n)
		x.Entities = append(x.Entities, newsgraph.Entity{ID: id, Name: n, Type: newsgraph.Person})
		mention(id, newsgraph.Person, n, 0)
		parts = append(parts, newsgraph.Participant{Role: newsgraph.RoleParticipant, Entity: id})
	}
	cityID := newsgraph.NewEntityID(newsgraph.GPE, city)
	venueID := newsgraph.NewEntityID(newsgraph.Facility, venue)
	x.Entities = append(x.Entities,
		newsgraph.Entity{ID: cityID, Name: city, Type: newsgraph.GPE},
		newsgraph.Entity{ID: venueID, Name: venue, Type: newsgraph.Facility})
	mention(cityID, newsgraph.GPE, city, 0)
	mention(venueID, newsgraph.Facility, venue, 0)
	mention(venueID, newsgraph.Facility, venue, len(s1))
	x.PartOf = []newsgraph.PartOf{{Part: venueID, Whole: cityID, Evidence: x.Mentions[len(x.Mentions)-3].Evidence}}
	seed := string(x.Document.ID)
	if i%4 == 3 {
		seed = fmt.Sprintf("doc-%05d", i-1-rng.Intn(3))
	}
	off := strings.Index(text, " met ")
	x.Events = []newsgraph.Event{{
		ID: newsgraph.NewEventID(newsgraph.Meeting, seed), Type: newsgraph.Meeting, Status: newsgraph.Happened,
		Location: venueID, Participants: parts,
		Sources: []newsgraph.Evidence{{Document: x.Document.ID, Sentence: 0, Span: newsgraph.Span{Start: off + 1, End: off + 4}}},
	}}
	return x
}

// benchGraph is one loaded graph; each is loaded once per process, since
// loading thousands of documents takes seconds and a benchmark function
// runs several times.
type benchGraph struct {
	once      sync.Once
	s         *Store
	quadsPerS float64
	docsPerS  float64
	err       error
}

var benchGraphs = map[string]*benchGraph{"leveldb": {}, "postgres": {}}

// loadBenchGraph loads docs synthetic documents (NEWSGRAPH_BENCH_DOCS
// overrides) into the store at url.
func loadBenchGraph(b *testing.B, backend string, docs int, url func() (string, error)) *benchGraph {
	if n, err := strconv.Atoi(os.Getenv("NEWSGRAPH_BENCH_DOCS")); err == nil && n > 0 {
		docs = n // a smaller graph for profiling
	}
	g := benchGraphs[backend]
	g.once.Do(func() {
		u, err := url()
		if err != nil {
			g.err = err
			return
		}
		s, err := Open(ctx, u)
		if err != nil {
			g.err = err
			return
		}
		quads := 0
		start := time.Now()
		for i := 0; i < docs; i++ {
			x := synthetic(i)
			quads += len(encode(x))
			if err := s.Put(ctx, x); err != nil {
				g.err = err
				return
			}
		}
		g.quadsPerS = float64(quads) / time.Since(start).Seconds()
		g.docsPerS = float64(docs) / time.Since(start).Seconds()
		g.s = s
	})
	if g.err != nil {
		b.Fatal(g.err)
	}
	return g
}

// BenchmarkWhoMetWhom asks what the GraphQL layer asks for one person: the
// events they took part in, with every participant and the location, over a
// 2,000-document leveldb graph (NEWSGRAPH_BENCH_DOCS overrides). "cold" folds
// every entity and event from the quads; "warm" lets the fold cache answer,
// as a served graph between writes does. It reports p50/p99 latency of the
// whole question and the write rate of the load.
func BenchmarkWhoMetWhom(b *testing.B) {
	g := loadBenchGraph(b, "leveldb", 2000, func() (string, error) {
		dir, err := os.MkdirTemp("", "newsgraph-bench-")
		return "leveldb://" + dir, err
	})
	coldAndWarm(b, g)
}

// BenchmarkWhoMetWhomPostgres asks the same over 500 documents in
// PostgreSQL (a schema of its own, left behind for inspection and dropped
// by the next run's DROP SCHEMA ... CASCADE of the same name).
func BenchmarkWhoMetWhomPostgres(b *testing.B) {
	base := os.Getenv("NEWSGRAPH_TEST_POSTGRES")
	if base == "" {
		b.Skip("NEWSGRAPH_TEST_POSTGRES not set: skipping the PostgreSQL benchmark")
	}
	g := loadBenchGraph(b, "postgres", 500, func() (string, error) {
		db, err := sql.Open("postgres", base)
		if err != nil {
			return "", err
		}
		defer db.Close()
		const schema = "ng_bench"
		if _, err := db.Exec("DROP SCHEMA IF EXISTS " + schema + " CASCADE; CREATE SCHEMA " + schema); err != nil {
			return "", err
		}
		u, err := url.Parse(base)
		if err != nil {
			return "", err
		}
		q := u.Query()
		q.Set("search_path", schema)
		u.RawQuery = q.Encode()
		return u.String(), nil
	})
	coldAndWarm(b, g)
}

func coldAndWarm(b *testing.B, g *benchGraph) {
	for _, warm := range []bool{false, true} {
		name := map[bool]string{false: "cold", true: "warm"}[warm]
		b.Run(name, func(b *testing.B) {
			g.s.folds.reset()
			g.s.folds.disabled = !warm
			defer func() { g.s.folds.disabled = false }()
			whoMetWhom(b, g)
		})
	}
}

func whoMetWhom(b *testing.B, g *benchGraph) {
	s := g.s
	rng := rand.New(rand.NewSource(1))
	lat := make([]time.Duration, 0, b.N)
	answers := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x := newsgraph.NewEntityID(newsgraph.Person, fmt.Sprintf("Person%03d Surname", rng.Intn(500)))
		start := time.Now()
		of, err := s.EventsOf(ctx, []newsgraph.EntityID{x})
		if err != nil {
			b.Fatal(err)
		}
		evs, err := s.Events(ctx, of[x])
		if err != nil {
			b.Fatal(err)
		}
		var ids []newsgraph.EntityID
		seen := map[newsgraph.EntityID]bool{}
		for _, ev := range evs {
			for _, p := range ev.Participants {
				if !seen[p.Entity] {
					seen[p.Entity] = true
					ids = append(ids, p.Entity)
				}
			}
			if ev.Location != "" && !seen[ev.Location] {
				seen[ev.Location] = true
				ids = append(ids, ev.Location)
			}
		}
		ents, err := s.Entities(ctx, ids)
		if err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
		answers += len(ents)
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) float64 {
		return float64(lat[int(p*float64(len(lat)-1))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(float64(answers)/float64(b.N), "entities/op")
	b.ReportMetric(g.quadsPerS, "write-quads/s")
	b.ReportMetric(g.docsPerS, "write-docs/s")
}
