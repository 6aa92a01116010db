package store

import (
	"strings"
	"testing"
	"unsafe"
)

// TestArenaCopies: strings copied into the arena read as they were, short
// ones share chunks, and a long one gets memory of its own.
func TestArenaCopies(t *testing.T) {
	var a strArena
	in := []string{"", "tokyo", "urn:newsgraph:entity:person:ada-quenby", strings.Repeat("x", arenaChunk/8+1)}
	for i := range 2000 {
		in = append(in, strings.Repeat("k", i%40+1))
	}
	var out []string
	for _, s := range in {
		out = append(out, a.copy(s))
	}
	chunks := map[uintptr]bool{}
	for i, s := range out {
		if s != in[i] {
			t.Fatalf("copy %d: %q, want %q", i, s, in[i])
		}
		if s != "" && len(s) <= arenaChunk/8 {
			chunks[uintptr(unsafe.Pointer(unsafe.StringData(s)))/arenaChunk] = true
		}
	}
	total := 0
	for _, s := range in {
		total += len(s)
	}
	if len(chunks) > 2*(total/arenaChunk+2) { // (a chunk may straddle two windows)
		t.Errorf("%d strings of %d bytes in %d chunks", len(in), total, len(chunks))
	}
}
