package depparse

// The transition system is arc-eager (Nivre 2003) with the artificial root
// at the end of the buffer (Ballesteros and Nivre 2013): a sentence's first
// noun phrase cannot be taken for the root before its verb is seen. One word
// only may attach to the root. Words are numbered 1..n inside the parser,
// the root is 0 in the arrays and stands at buffer position n+1.
const (
	shift = iota
	reduce
	leftArc
	rightArc
	numActions
)

const none = -1

// state is a parser configuration: the stack, the buffer front b (the
// buffer is always the words b..n), and the arcs built so far with, per word,
// its two leftmost and two rightmost children, valencies and label sets.
type state struct {
	n         int
	stack     []int
	b         int
	head      []int // head per position 0..n, none when unattached
	label     []int // relation index per position
	lc1, lc2  []int // leftmost, second leftmost child
	rc1, rc2  []int // rightmost, second rightmost child
	nl, nr    []int // number of left and right children
	lset      []uint64
	rset      []uint64
	rootChild int
}

func (s *state) reset(n int) {
	s.n = n
	s.stack = s.stack[:0]
	s.b = 1
	s.rootChild = none
	m := n + 1
	s.head = fill(s.head, m, none)
	s.label = fill(s.label, m, none)
	s.lc1 = fill(s.lc1, m, none)
	s.lc2 = fill(s.lc2, m, none)
	s.rc1 = fill(s.rc1, m, none)
	s.rc2 = fill(s.rc2, m, none)
	s.nl = fill(s.nl, m, 0)
	s.nr = fill(s.nr, m, 0)
	if cap(s.lset) < m {
		s.lset = make([]uint64, m)
		s.rset = make([]uint64, m)
	}
	s.lset = s.lset[:m]
	s.rset = s.rset[:m]
	clear(s.lset)
	clear(s.rset)
}

func fill(a []int, m, v int) []int {
	if cap(a) < m {
		a = make([]int, m)
	}
	a = a[:m]
	for i := range a {
		a[i] = v
	}
	return a
}

func (s *state) done() bool { return s.b > s.n && len(s.stack) == 0 }

// top is the word on top of the stack, none when the stack is empty.
func (s *state) top() int {
	if len(s.stack) == 0 {
		return none
	}
	return s.stack[len(s.stack)-1]
}

// front is the first word of the buffer: 0 (the root) once the words are
// all read.
func (s *state) front() int {
	if s.b > s.n {
		return 0
	}
	return s.b
}

// legal reports whether action a may be taken.
func (s *state) legal(a int) bool {
	st := s.top()
	atRoot := s.b > s.n
	switch a {
	case shift:
		return !atRoot
	case reduce:
		// Words left without a head once the root has its dependent are
		// popped; run attaches them afterwards.
		return st != none && (s.head[st] != none || atRoot && s.rootChild != none)
	case leftArc:
		return st != none && s.head[st] == none && (!atRoot || s.rootChild == none)
	case rightArc:
		return st != none && !atRoot
	}
	return false
}

func (s *state) addArc(h, d, l int) {
	s.head[d] = h
	s.label[d] = l
	if h == 0 {
		s.rootChild = d
	}
	bit := uint64(1) << (uint(l) & 63)
	if d < h {
		s.nl[h]++
		s.lset[h] |= bit
		// d is built left to right from the head outwards for left
		// children: a new left child is always further left.
		if s.lc1[h] == none || d < s.lc1[h] {
			s.lc2[h] = s.lc1[h]
			s.lc1[h] = d
		} else if s.lc2[h] == none || d < s.lc2[h] {
			s.lc2[h] = d
		}
	} else {
		s.nr[h]++
		s.rset[h] |= bit
		if s.rc1[h] == none || d > s.rc1[h] {
			s.rc2[h] = s.rc1[h]
			s.rc1[h] = d
		} else if s.rc2[h] == none || d > s.rc2[h] {
			s.rc2[h] = d
		}
	}
}

// apply takes action a; l is the relation of the arc it builds.
func (s *state) apply(a, l int) {
	switch a {
	case shift:
		s.stack = append(s.stack, s.b)
		s.b++
	case reduce:
		s.stack = s.stack[:len(s.stack)-1]
	case leftArc:
		s.addArc(s.front(), s.top(), l)
		s.stack = s.stack[:len(s.stack)-1]
	case rightArc:
		s.addArc(s.top(), s.b, l)
		s.stack = append(s.stack, s.b)
		s.b++
	}
}

// costs fills, for each legal action, the number of gold arcs it makes
// unreachable (the arc-eager dynamic oracle of Goldberg and Nivre 2012);
// illegal actions get -1. gold holds the gold head per word with the root
// written n+1, its place in the buffer (gold[0] unused). inStack marks the
// words on the stack.
func (s *state) costs(gold []int, inStack []bool, out *[numActions]int) {
	for a := range out {
		out[a] = -1
	}
	st, b, n := s.top(), s.b, s.n
	root := n + 1
	// headlessDeps counts stack words without a head whose gold head is h.
	headlessDeps := func(h int) int {
		c := 0
		for _, k := range s.stack {
			if s.head[k] == none && gold[k] == h {
				c++
			}
		}
		return c
	}
	// bufferDeps counts words b..n whose gold head is h.
	bufferDeps := func(h int) int {
		c := 0
		for k := b; k <= n; k++ {
			if gold[k] == h {
				c++
			}
		}
		return c
	}
	if s.legal(shift) {
		c := headlessDeps(b)
		if g := gold[b]; g <= n && inStack[g] {
			c++
		}
		out[shift] = c
	}
	if s.legal(reduce) {
		out[reduce] = bufferDeps(st)
	}
	if s.legal(leftArc) {
		c := bufferDeps(st)
		if gold[st] > b {
			c++ // its head is further on (the root too, while b is a word)
		}
		if b > n {
			// the root takes one dependent: the gold one, if still there, is lost
			for _, k := range s.stack {
				if k != st && s.head[k] == none && gold[k] == root {
					c++
				}
			}
		}
		out[leftArc] = c
	}
	if s.legal(rightArc) {
		c := headlessDeps(b)
		if g := gold[b]; g != st && (g > b || g <= n && inStack[g]) {
			c++
		}
		out[rightArc] = c
	}
}
