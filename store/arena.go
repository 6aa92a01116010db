package store

import (
	"strings"
	"unsafe"
)

// strArena copies strings into shared chunks of memory: strings that live
// as long as an index does (entity ids, alias keys, folded names) then
// cost the collector, which marks every live object at every cycle, an
// object per chunk rather than one each. A chunk lives while any of its
// strings does; a string taken out of an index leaves its bytes in its
// chunk until then.
type strArena struct {
	chunk []byte // the bytes of the chunk being filled; never written below len
}

// arenaChunk is the size of a chunk; a string longer than an eighth of it
// gets an object of its own.
const arenaChunk = 32 << 10

// copy returns s in the arena.
func (a *strArena) copy(s string) string {
	switch {
	case s == "":
		return ""
	case len(s) > arenaChunk/8:
		return strings.Clone(s)
	case cap(a.chunk)-len(a.chunk) < len(s):
		a.chunk = make([]byte, 0, arenaChunk)
	}
	at := len(a.chunk)
	a.chunk = append(a.chunk, s...)
	return unsafe.String(&a.chunk[at], len(s))
}
