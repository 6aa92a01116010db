package generated

import (
	"io"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
)

// marshalData gives what was written as bytes of their own, nil for
// nothing, and once its pooled buffer has grown, one allocation an answer
// (the copy), not one per size a new buffer grows through.
func TestMarshalData(t *testing.T) {
	answer := strings.Repeat(`{"name":"Velma Quist"},`, 200)
	m := graphql.WriterFunc(func(w io.Writer) { io.WriteString(w, answer) })
	if got := string(marshalData(m)); got != answer {
		t.Fatalf("marshalData wrote %d bytes, want %d", len(got), len(answer))
	}
	first := marshalData(m)
	if second := marshalData(m); &first[0] == &second[0] {
		t.Fatal("two answers share their bytes")
	}
	if got := marshalData(graphql.WriterFunc(func(io.Writer) {})); got != nil {
		t.Errorf("nothing written: %q, want nil", got)
	}
	if raceEnabled {
		return // the race detector drops pooled values at random
	}
	if n := testing.AllocsPerRun(20, func() { marshalData(m) }); n > 1 {
		t.Errorf("marshalData of a %d-byte answer: %.0f allocations, want 1", len(answer), n)
	}
}
