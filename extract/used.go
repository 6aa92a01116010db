package extract

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/newsgraph/newsgraph"
)

// What an extraction used of the graph's answers, as a Witness is told it
// (see Witness): a test of other answers (same) and the same test as a
// record, which Same turns back into the test in another process. The
// record is a JSON array: ["L", type, name, flags, facts, tokens] for an
// entity's lookup (flags: 1 strong, 2 unsure, 4 royal, 8 no tokens; facts: a hash of
// what linking read of the answer, see linkedFacts; tokens only where they
// are not the name's own words), ["R", type, name, flags, title, country,
// tokens] for what a bare title read of the roles of the entity that
// lookup finds (see knownRoleOf), ["O", person] for a sentence's opener.

// answerTest reports whether other answers lead an extraction where the
// answers it got did.
type answerTest = func(answer func(key string) []newsgraph.Entity) bool

// factsHash is the hash a record keeps of linkedFacts: a record is read
// for every document naming a changed name, so it holds 8 bytes, not the
// roles and names the facts spell out.
func factsHash(facts string) uint64 {
	h := sha256.Sum256([]byte(facts))
	return binary.BigEndian.Uint64(h[:8])
}

// lookupUse is the test and record of entity lookup q, which linked to
// facts got.
func (x *Extractor) lookupUse(q query, got string) (string, answerTest) {
	h := factsHash(got)
	return queryRecord("L", q, fmt.Sprintf("%016x", h)), x.lookupTest(q, h)
}

// queryRecord is the record of a use of kind of q's answers: kind, q's
// type, name and flags, then what the use read (facts), then q's tokens
// where they are not its name's own words.
func queryRecord(kind string, q query, facts ...any) string {
	flags := 0
	if q.strong {
		flags |= 1
	}
	if q.unsure {
		flags |= 2
	}
	if q.royal {
		flags |= 4
	}
	if q.tokens == nil {
		flags |= 8
	}
	rec := append([]any{kind, q.typ, q.name, flags}, facts...)
	if q.tokens != nil && !slices.Equal(q.tokens, nameTokens(q.name)) {
		rec = append(rec, q.tokens)
	}
	return mustRecord(rec)
}

func (x *Extractor) lookupTest(q query, h uint64) answerTest {
	return func(answer func(key string) []newsgraph.Entity) bool {
		c, _ := q.resolve(func(k string) ([]newsgraph.Entity, error) { return answer(k), nil })
		return factsHash(x.linkedFacts(q, c)) == h
	}
}

// roleUse is the test and record of knownRoleOf's reading, for title, of
// the roles of the entity lookup q finds, which gave of.
func (x *Extractor) roleUse(q query, title, of string) (string, answerTest) {
	return queryRecord("R", q, title, of), x.roleTest(q, title, of)
}

func (x *Extractor) roleTest(q query, title, of string) answerTest {
	return func(answer func(key string) []newsgraph.Entity) bool {
		c, _ := q.resolve(func(k string) ([]newsgraph.Entity, error) { return answer(k), nil })
		var roles []newsgraph.Role
		if c != nil {
			roles = c.Roles
		}
		return x.knownRole(roles, title) == of
	}
}

// openerUse is the test and record of the lookup of a sentence's one-word
// opener under key k, which found a known person or not.
func openerUse(k string, person bool) (string, answerTest) {
	return mustRecord([]any{"O", person}), openerTest(k, person)
}

func openerTest(k string, person bool) answerTest {
	return func(answer func(string) []newsgraph.Entity) bool {
		return knownPerson(mostMentioned(answer(k))) == person
	}
}

func mustRecord(v []any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // strings, numbers and booleans always marshal
	}
	return string(b)
}

// Same turns a record an extraction gave its Witness, with the keys it
// went with, back into the test of other answers that came with it. An
// error means a record this extractor did not write (another version's):
// the caller takes the whole answers as used.
func (x *Extractor) Same(keys []string, rec string) (func(answer func(key string) []newsgraph.Entity) bool, error) {
	var fields []json.RawMessage
	if err := json.Unmarshal([]byte(rec), &fields); err != nil || len(fields) == 0 {
		return nil, fmt.Errorf("extract: use record %q: not a record", rec)
	}
	var kind string
	bad := json.Unmarshal(fields[0], &kind) != nil
	switch {
	case bad:
	case kind == "O" && len(fields) == 2 && len(keys) == 1:
		var person bool
		if json.Unmarshal(fields[1], &person) == nil {
			return openerTest(keys[0], person), nil
		}
	case (kind == "L" || kind == "R") && len(keys) > 0:
		n := 5 // the fields before the tokens
		if kind == "R" {
			n = 6
		}
		if len(fields) != n && len(fields) != n+1 {
			break
		}
		q := query{keys: slices.Clone(keys)}
		var flags int
		if json.Unmarshal(fields[1], &q.typ) != nil || json.Unmarshal(fields[2], &q.name) != nil ||
			json.Unmarshal(fields[3], &flags) != nil {
			break
		}
		if flags&8 == 0 {
			q.tokens = nameTokens(q.name)
		}
		if len(fields) == n+1 && json.Unmarshal(fields[n], &q.tokens) != nil {
			break
		}
		q.strong, q.unsure, q.royal = flags&1 != 0, flags&2 != 0, flags&4 != 0
		q.id = newsgraph.NewEntityID(q.typ, q.name)
		if kind == "R" {
			var title, of string
			if json.Unmarshal(fields[4], &title) != nil || json.Unmarshal(fields[5], &of) != nil {
				break
			}
			return x.roleTest(q, title, of), nil
		}
		var hash string
		var h uint64
		if json.Unmarshal(fields[4], &hash) != nil {
			break
		}
		if _, err := fmt.Sscanf(hash, "%016x", &h); err != nil || len(hash) != 16 {
			break
		}
		return x.lookupTest(q, h), nil
	}
	return nil, fmt.Errorf("extract: use record %q: not a record", rec)
}
