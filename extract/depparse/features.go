package depparse

import (
	"unicode"
	"unicode/utf8"
)

// Features are hashed: a template number and its values are mixed into one
// 64-bit key, and the key picks a row of the flat weight array. Collisions
// are accepted (the hashing trick); they cost little at these table sizes.

const (
	mulA = 0x9E3779B97F4A7C15
	mulB = 0xC2B2AE3D27D4EB4F
)

func mix(h, v uint64) uint64 {
	h ^= v
	h *= mulA
	h ^= h >> 31
	return h
}

func f1(t, a uint64) uint64       { return mix(mix(t*mulB, a), 1) }
func f2(t, a, b uint64) uint64    { return mix(mix(mix(t*mulB, a), b), 2) }
func f3(t, a, b, c uint64) uint64 { return mix(mix(mix(mix(t*mulB, a), b), c), 3) }

// fnv is FNV-1a over a string.
func fnv(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

const (
	hNone = 0x5bd1e9955bd1e995 // an absent position
	hRoot = 0x2545F4914F6CDD1D // the artificial root
)

// wordFeats are the per-position values the templates read. Index 0 is an
// absent position, index 1 the root, index i+1 the word at position i.
type wordFeats struct {
	w, p, wp, suf, shape []uint64
	cf, cc               []uint64 // fine and coarse word class
	pt                   []uint64 // the tag given (prose's), kept when the tagger replaces p
	suf2, suf1, pre2     []uint64 // further affixes, for the tagger
}

const hNoClass = 0x1f83d9abfb41bd6b

// reset fills the values of a sentence; affixes: also the tagger's
// (suf2, suf1, pre2), which parsing without a tagger does not read.
func (wf *wordFeats) reset(words, tags []string, cl *Clusters, affixes bool) {
	m := len(words) + 2
	grow := func(a []uint64) []uint64 {
		if cap(a) < m {
			return make([]uint64, m)
		}
		return a[:m]
	}
	wf.w, wf.p, wf.wp, wf.suf, wf.shape = grow(wf.w), grow(wf.p), grow(wf.wp), grow(wf.suf), grow(wf.shape)
	wf.cf, wf.cc = grow(wf.cf), grow(wf.cc)
	wf.pt, wf.suf2, wf.suf1, wf.pre2 = grow(wf.pt), grow(wf.suf2), grow(wf.suf1), grow(wf.pre2)
	for i, v := range []uint64{hNone, hRoot} {
		wf.w[i], wf.p[i], wf.wp[i], wf.suf[i], wf.shape[i], wf.cf[i], wf.cc[i] = v, v, v, v, v, v, v
		wf.pt[i], wf.suf2[i], wf.suf1[i], wf.pre2[i] = v, v, v, v
	}
	var buf [64]byte
	for i, word := range words {
		j := i + 2
		lw := normalize(word, buf[:0])
		tag := ""
		if i < len(tags) {
			tag = tags[i]
		}
		wf.w[j] = fnvBytes(lw)
		wf.p[j] = fnv(tag)
		wf.wp[j] = mix(wf.w[j], wf.p[j])
		wf.suf[j] = fnvBytes(suffix(lw, 3)) ^ 0x51
		wf.pt[j] = wf.p[j]
		if affixes {
			wf.suf2[j] = fnvBytes(suffix(lw, 2)) ^ 0x52
			wf.suf1[j] = fnvBytes(suffix(lw, 1)) ^ 0x53
			wf.pre2[j] = fnvBytes(prefix(lw, 2)) ^ 0x54
		}
		wf.shape[j] = shapeOf(word)
		if f, c, ok := cl.lookup(wf.w[j]); ok {
			wf.cf[j], wf.cc[j] = f+1, c+0x10001
		} else {
			wf.cf[j], wf.cc[j] = hNoClass, hNoClass
		}
	}
}

func fnvBytes(s []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range s {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// normalize lower-cases a word and writes every digit as 0, so that numbers
// of one shape share their features.
func normalize(word string, buf []byte) []byte {
	for _, r := range word {
		switch {
		case r >= '0' && r <= '9':
			buf = append(buf, '0')
		case r < utf8.RuneSelf:
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			buf = append(buf, byte(r))
		default:
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
	}
	return buf
}

func suffix(b []byte, n int) []byte {
	k := len(b)
	for c := 0; c < n && k > 0; c++ {
		_, size := utf8.DecodeLastRune(b[:k])
		k -= size
	}
	return b[k:]
}

func prefix(b []byte, n int) []byte {
	k := 0
	for c := 0; c < n && k < len(b); c++ {
		_, size := utf8.DecodeRune(b[k:])
		k += size
	}
	return b[:k]
}

// shapeOf maps a word to its character classes (X upper, x lower, d digit,
// p other) with runs collapsed, at most five classes: "McCain" -> XxXx,
// "1987" -> d, "U.S." -> XpXp.
func shapeOf(word string) uint64 {
	h := uint64(0x3f)
	var last byte
	k := 0
	for _, r := range word {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = 'p'
		}
		if c == last {
			continue
		}
		last = c
		h = mix(h, uint64(c))
		if k++; k == 5 {
			break
		}
	}
	return h
}

// distance buckets the distance between two positions.
func distance(a, b int) uint64 {
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 9:
		return 6
	}
	return 7
}

func valency(n int) uint64 {
	if n > 3 {
		return 3
	}
	return uint64(n)
}

// numActionFeats is the number of action templates (see actionFeatures).
const numActionFeats = 101

// actionFeatures writes the action templates of state s into out, a cut-down
// set of Zhang and Nivre (2011): words and tags of the stack top S0, the
// buffer N0..N2, S0's head and grand-head, the outer children of S0 and N0,
// distance, valency and label sets, plus suffixes and shapes for unknown
// words.
func actionFeatures(s *state, wf *wordFeats, out []uint64) {
	at := func(p int) int { return p + 1 } // position -> wordFeats index
	s0 := s.top()
	n0, n1, n2 := none, none, none
	switch {
	case s.b <= s.n:
		n0 = s.b
	case s.b == s.n+1:
		n0 = 0 // the root, last in the buffer
	}
	if s.b+1 <= s.n {
		n1 = s.b + 1
	}
	if s.b+2 <= s.n {
		n2 = s.b + 2
	}
	s1 := none
	if len(s.stack) > 1 {
		s1 = s.stack[len(s.stack)-2]
	}
	s0h, s0h2 := none, none
	s0l, s0l2, s0r, s0r2 := none, none, none, none
	var s0nl, s0nr int
	var s0ls, s0rs uint64
	if s0 != none {
		s0l, s0l2, s0r, s0r2 = s.lc1[s0], s.lc2[s0], s.rc1[s0], s.rc2[s0]
		s0nl, s0nr, s0ls, s0rs = s.nl[s0], s.nr[s0], s.lset[s0], s.rset[s0]
		s0h = s.head[s0]
		if s0h > 0 {
			s0h2 = s.head[s0h]
		}
	}
	n0l, n0l2 := none, none
	if n0 > 0 {
		n0l, n0l2 = s.lc1[n0], s.lc2[n0]
	}
	lab := func(p int) uint64 {
		if p <= 0 || s.label[p] == none {
			return 0xfe
		}
		return uint64(s.label[p])
	}
	w, p, wp := wf.w, wf.p, wf.wp
	S0w, S0p, S0wp := w[at(s0)], p[at(s0)], wp[at(s0)]
	N0w, N0p, N0wp := w[at(n0)], p[at(n0)], wp[at(n0)]
	N1w, N1p, N1wp := w[at(n1)], p[at(n1)], wp[at(n1)]
	N2w, N2p := w[at(n2)], p[at(n2)]
	S1w, S1p := w[at(s1)], p[at(s1)]
	d := uint64(8)
	if s0 != none {
		d = distance(s0, s.b)
	}
	S0vl, S0vr := valency(s0nl), valency(s0nr)
	N0vl := uint64(9)
	N0ls := uint64(0)
	if n0 > 0 {
		N0vl = valency(s.nl[n0])
		N0ls = s.lset[n0]
	}
	S0hasHead := uint64(0)
	if s0 == none {
		S0hasHead = 2
	} else if s.head[s0] != none {
		S0hasHead = 1
	}
	N0prev := p[at(min(s.b-1, s.n))]
	k := 0
	put := func(h uint64) { out[k] = h; k++ }
	// single words
	put(f1(1, S0wp))
	put(f1(2, S0w))
	put(f1(3, S0p))
	put(f1(4, N0wp))
	put(f1(5, N0w))
	put(f1(6, N0p))
	put(f1(7, N1wp))
	put(f1(8, N1w))
	put(f1(9, N1p))
	put(f1(10, N2w))
	put(f1(11, N2p))
	// pairs
	put(f2(12, S0wp, N0wp))
	put(f2(13, S0wp, N0w))
	put(f2(14, S0w, N0wp))
	put(f2(15, S0wp, N0p))
	put(f2(16, S0p, N0wp))
	put(f2(17, S0w, N0w))
	put(f2(18, S0p, N0p))
	put(f2(19, N0p, N1p))
	// triples
	put(f3(20, N0p, N1p, N2p))
	put(f3(21, S0p, N0p, N1p))
	put(f3(22, p[at(s0h)], S0p, N0p))
	put(f3(23, S0p, p[at(s0l)], N0p))
	put(f3(24, S0p, p[at(s0r)], N0p))
	put(f3(25, S0p, N0p, p[at(n0l)]))
	// distance
	put(f2(26, S0w, d))
	put(f2(27, S0p, d))
	put(f2(28, N0w, d))
	put(f2(29, N0p, d))
	put(f3(30, S0w, N0w, d))
	put(f3(31, S0p, N0p, d))
	// valency
	put(f2(32, S0w, S0vr))
	put(f2(33, S0p, S0vr))
	put(f2(34, S0w, S0vl))
	put(f2(35, S0p, S0vl))
	put(f2(36, N0w, N0vl))
	put(f2(37, N0p, N0vl))
	// heads and children
	put(f1(38, w[at(s0h)]))
	put(f1(39, p[at(s0h)]))
	put(f1(40, lab(s0)))
	put(f1(41, w[at(s0l)]))
	put(f1(42, p[at(s0l)]))
	put(f1(43, lab(s0l)))
	put(f1(44, w[at(s0r)]))
	put(f1(45, p[at(s0r)]))
	put(f1(46, lab(s0r)))
	put(f1(47, w[at(n0l)]))
	put(f1(48, p[at(n0l)]))
	put(f1(49, lab(n0l)))
	// third order
	put(f1(50, w[at(s0h2)]))
	put(f1(51, p[at(s0h2)]))
	put(f1(52, lab(s0h)))
	put(f1(53, w[at(s0l2)]))
	put(f1(54, p[at(s0l2)]))
	put(f1(55, lab(s0l2)))
	put(f1(56, w[at(s0r2)]))
	put(f1(57, p[at(s0r2)]))
	put(f1(58, lab(s0r2)))
	put(f1(59, w[at(n0l2)]))
	put(f1(60, p[at(n0l2)]))
	put(f1(61, lab(n0l2)))
	put(f3(62, S0p, p[at(s0l)], p[at(s0l2)]))
	put(f3(63, S0p, p[at(s0r)], p[at(s0r2)]))
	put(f3(64, S0p, p[at(s0h)], p[at(s0h2)]))
	put(f3(65, N0p, p[at(n0l)], p[at(n0l2)]))
	// label sets
	put(f2(66, S0w, s0rs))
	put(f2(67, S0p, s0rs))
	put(f2(68, S0w, s0ls))
	put(f2(69, S0p, s0ls))
	put(f2(70, N0w, N0ls))
	put(f2(71, N0p, N0ls))
	// unknown words, the second stack item, attachment state
	put(f2(72, wf.suf[at(s0)], S0p))
	put(f2(73, wf.suf[at(n0)], N0p))
	put(f2(74, wf.shape[at(s0)], S0p))
	put(f2(75, wf.shape[at(n0)], N0p))
	put(f1(76, S1p))
	put(f1(77, S1w))
	put(f3(78, S1p, S0p, N0p))
	put(f3(79, S0hasHead, S0p, N0p))
	put(f3(80, N0prev, S0p, N0p))
	put(f2(81, S0hasHead, N0wp))
	put(f3(82, S0hasHead, S0wp, N0p))
	put(f3(83, uint64(len(s.stack)), S0p, N0p))
	put(f1(84, 0x77)) // bias
	// word classes
	cf, cc := wf.cf, wf.cc
	S0cf, N0cf, N1cf := cf[at(s0)], cf[at(n0)], cf[at(n1)]
	S0cc, N0cc, N1cc := cc[at(s0)], cc[at(n0)], cc[at(n1)]
	put(f1(85, S0cf))
	put(f1(86, N0cf))
	put(f1(87, N1cf))
	put(f2(88, S0cf, N0cf))
	put(f2(89, S0cf, N0p))
	put(f2(90, S0p, N0cf))
	put(f3(91, S0cc, N0cc, d))
	put(f2(92, N0cf, N1cf))
	put(f3(93, S0cc, N0cc, N1cc))
	put(f3(94, cc[at(s0h)], S0cc, N0cc))
	put(f2(95, cf[at(n0l)], N0cf))
	put(f2(96, S0w, N0cf))
	put(f2(97, S0cf, N0w))
	// prepositional attachment: the preposition N0 took against S0 and
	// S0's head ("met X in Vienna": in with met, or with X)
	N0lw := w[at(n0l)]
	put(f3(98, S0p, N0p, N0lw))
	put(f2(99, w[at(s0h)], N0lw))
	put(f2(100, S0cf, N0lw))
	put(f3(101, S0w, N0lw, N0p))
}

// numLabelFeats is the number of relation templates (see labelFeatures).
const numLabelFeats = 31

// labelFeatures writes the relation templates for an arc from head to dep
// (dir 0: a left arc, dep before head; dir 1: a right arc) into out.
func labelFeatures(s *state, wf *wordFeats, head, dep int, out []uint64) {
	at := func(p int) int { return p + 1 }
	dir := uint64(1)
	if dep < head {
		dir = 0
	}
	w, p, wp := wf.w, wf.p, wf.wp
	Dw, Dp, Dwp := w[at(dep)], p[at(dep)], wp[at(dep)]
	Hw, Hp, Hwp := w[at(head)], p[at(head)], wp[at(head)]
	dl, dr := s.lc1[dep], s.rc1[dep]
	hl, hr := s.lc1[head], s.rc1[head]
	hlab := uint64(0xfe)
	if head > 0 && s.label[head] != none {
		hlab = uint64(s.label[head])
	}
	lab := func(q int) uint64 {
		if q <= 0 || s.label[q] == none {
			return 0xfe
		}
		return uint64(s.label[q])
	}
	prev, next := p[at(dep-1)], uint64(hNone)
	if dep+1 <= s.n {
		next = p[at(dep+1)]
	}
	d := distance(dep, head)
	k := 0
	put := func(t, h uint64) { out[k] = mix(h, t*mulB+dir); k++ }
	put(1, f1(1, Dw))
	put(2, f1(2, Dp))
	put(3, f1(3, Dwp))
	put(4, f1(4, Hw))
	put(5, f1(5, Hp))
	put(6, f1(6, Hwp))
	put(7, f2(7, Dw, Hw))
	put(8, f2(8, Dp, Hp))
	put(9, f2(9, Dw, Hp))
	put(10, f2(10, Dp, Hw))
	put(11, f2(11, wf.suf[at(dep)], Hp))
	put(12, f2(12, wf.shape[at(dep)], Dp))
	put(13, f3(13, d, Dp, Hp))
	put(14, f2(14, w[at(dl)], Dp))
	put(15, f2(15, lab(dl), Dp))
	put(16, f2(16, s.lset[dep], Dp))
	put(17, f3(17, hlab, Dp, Hp))
	put(18, f2(18, lab(hr), Dp))
	put(19, f3(19, s.lset[head], Dp, Hp))
	put(20, f3(20, prev, Dp, next))
	put(21, f2(21, w[at(dl)], Hw))
	put(22, f2(22, s.rset[head], Dp))
	put(23, f2(23, s.rset[dep], Dp))
	put(24, f3(24, w[at(dl)], Dw, Hp))
	put(25, f3(25, lab(hl), Dp, Hp))
	put(26, f2(26, w[at(dr)], Dp))
	Dcf, Hcf := wf.cf[at(dep)], wf.cf[at(head)]
	put(27, f1(27, Dcf))
	put(28, f1(28, Hcf))
	put(29, f2(29, Dcf, Hcf))
	put(30, f2(30, wf.cc[at(dep)], Hw))
	put(31, f2(31, Dw, Hcf))
}
