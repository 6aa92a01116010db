package depparse

import (
	"bufio"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clusters maps words (lower-cased, digits as 0) to distributional classes
// learnt from unlabelled news text, at two grains: a word's fine class, and
// the coarse class its fine class falls in. They let the parser generalise
// from a treebank word to the many words of the same class it never saw
// (Koo, Carreras and Collins 2008 did this with Brown clusters).
//
// The table is flat open addressing over the words' 64-bit hashes, so a
// lookup allocates nothing and no word text ships.
type Clusters struct {
	keys   []uint64 // 0: empty slot
	fine   []uint16
	coarse []uint8
}

func (c *Clusters) lookup(h uint64) (fine, coarse uint64, ok bool) {
	if c == nil || len(c.keys) == 0 {
		return 0, 0, false
	}
	if h == 0 {
		h = 1
	}
	mask := len(c.keys) - 1
	for i := slot(h, mask); ; i = (i + 1) & mask {
		switch c.keys[i] {
		case h:
			return uint64(c.fine[i]), uint64(c.coarse[i]), true
		case 0:
			return 0, 0, false
		}
	}
}

// Len is the number of words with a class.
func (c *Clusters) Len() int {
	if c == nil {
		return 0
	}
	n := 0
	for _, k := range c.keys {
		if k != 0 {
			n++
		}
	}
	return n
}

func slot(h uint64, mask int) int { return int(mix(h, 0x636c) & uint64(mask)) }

func newClusters(n int) *Clusters {
	size := 1
	for size < 2*n {
		size <<= 1
	}
	return &Clusters{keys: make([]uint64, size), fine: make([]uint16, size), coarse: make([]uint8, size)}
}

func (c *Clusters) insert(h uint64, fine uint16, coarse uint8) {
	if h == 0 {
		h = 1
	}
	mask := len(c.keys) - 1
	for i := slot(h, mask); ; i = (i + 1) & mask {
		if c.keys[i] == 0 || c.keys[i] == h {
			c.keys[i], c.fine[i], c.coarse[i] = h, fine, coarse
			return
		}
	}
}

// ClusterOptions tunes BuildClusters.
type ClusterOptions struct {
	MinCount int    // words seen fewer times get no class
	MaxWords int    // at most this many words, the most frequent
	Contexts int    // neighbour words counted as contexts, the most frequent
	Dims     int    // random projection of the context vectors
	Fine     int    // number of fine classes (at most 65536)
	Coarse   int    // number of coarse classes (at most 256)
	Rounds   int    // k-means rounds
	Seed     uint64 // projection and initial centroids
}

// DefaultClusterOptions are the settings of the shipped classes.
func DefaultClusterOptions() ClusterOptions {
	return ClusterOptions{MinCount: 20, MaxWords: 20000, Contexts: 400, Dims: 256, Fine: 256, Coarse: 32, Rounds: 10, Seed: 7}
}

// Tokens splits running text into word tokens the way treebanks do, near
// enough for counting neighbours: punctuation apart, "'s" and "n't" apart.
func Tokens(text string, emit func(string)) {
	for _, f := range strings.Fields(text) {
		for f != "" {
			r, size := utf8.DecodeRuneInString(f)
			if !isWordRune(r) {
				emit(f[:size])
				f = f[size:]
				continue
			}
			break
		}
		var tail []string
		for f != "" {
			r, size := utf8.DecodeLastRuneInString(f)
			if !isWordRune(r) && !(r == '.' && len(f) <= 4 && strings.Count(f, ".") > 1) {
				tail = append(tail, f[len(f)-size:])
				f = f[:len(f)-size]
				continue
			}
			break
		}
		if f != "" {
			lf := strings.ToLower(f)
			switch {
			case strings.HasSuffix(lf, "n't") && len(f) > 3:
				emit(f[:len(f)-3])
				emit(f[len(f)-3:])
			case (strings.HasSuffix(lf, "'s") || strings.HasSuffix(lf, "'re") || strings.HasSuffix(lf, "'ll") || strings.HasSuffix(lf, "'ve") || strings.HasSuffix(lf, "'d")) && strings.Contains(f[1:], "'"):
				i := strings.LastIndex(f, "'")
				emit(f[:i])
				emit(f[i:])
			default:
				emit(f)
			}
		}
		for i := len(tail) - 1; i >= 0; i-- {
			emit(tail[i])
		}
	}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// BuildClusters learns word classes from the texts read from r, one text a
// line: each word is a vector of its left and right neighbours (positive
// pointwise mutual information over the most frequent contexts), randomly
// projected and normalised; spherical k-means gives the fine classes, and
// k-means over the fine centroids the coarse ones. Deterministic.
func BuildClusters(r io.Reader, opts ClusterOptions) (*Clusters, error) {
	counts := map[string]int{}
	var sents [][]string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	var buf []byte
	for sc.Scan() {
		var toks []string
		Tokens(sc.Text(), func(t string) {
			buf = normalize(t, buf[:0])
			w := string(buf)
			counts[w]++
			toks = append(toks, w)
		})
		sents = append(sents, toks)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	type wc struct {
		w string
		n int
	}
	var vocab []wc
	for w, n := range counts {
		if n >= opts.MinCount {
			vocab = append(vocab, wc{w, n})
		}
	}
	slices.SortFunc(vocab, func(a, b wc) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return strings.Compare(a.w, b.w)
	})
	if len(vocab) > opts.MaxWords {
		vocab = vocab[:opts.MaxWords]
	}
	index := make(map[string]int, len(vocab))
	for i, v := range vocab {
		index[v.w] = i
	}
	C := min(opts.Contexts, len(vocab))
	// co[w][ctx]: ctx < C left neighbour, C+ctx right neighbour.
	co := make([]map[int32]float64, len(vocab))
	for i := range co {
		co[i] = map[int32]float64{}
	}
	ctxTotal := make([]float64, 2*C)
	total := 0.0
	for _, s := range sents {
		for i, w := range s {
			wi, ok := index[w]
			if !ok {
				continue
			}
			if i > 0 {
				if c, ok := index[s[i-1]]; ok && c < C {
					co[wi][int32(c)]++
					ctxTotal[c]++
					total++
				}
			}
			if i+1 < len(s) {
				if c, ok := index[s[i+1]]; ok && c < C {
					co[wi][int32(C+c)]++
					ctxTotal[C+c]++
					total++
				}
			}
		}
	}
	// Random projection: each context gets a fixed random ±1 vector.
	rng := rand.New(rand.NewPCG(opts.Seed, 0x636c7573))
	D := opts.Dims
	proj := make([]float32, 2*C*D)
	for i := range proj {
		if rng.IntN(2) == 0 {
			proj[i] = 1
		} else {
			proj[i] = -1
		}
	}
	vecs := make([][]float32, len(vocab))
	for wi := range vocab {
		v := make([]float32, D)
		wTotal := 0.0
		for _, n := range co[wi] {
			wTotal += n
		}
		keys := make([]int32, 0, len(co[wi]))
		for c := range co[wi] {
			keys = append(keys, c)
		}
		slices.Sort(keys) // a fixed order keeps float sums reproducible
		for _, c := range keys {
			n := co[wi][c]
			pmi := math.Log(n * total / (wTotal * ctxTotal[c]))
			if pmi <= 0 {
				continue
			}
			row := proj[int(c)*D : int(c)*D+D]
			for d := range v {
				v[d] += float32(pmi) * row[d]
			}
		}
		normalise(v)
		vecs[wi] = v
	}
	weights := make([]float64, len(vocab))
	for i := range weights {
		weights[i] = 1
	}
	fineOf, centroids := kmeans(vecs, weights, opts.Fine, opts.Rounds, rng)
	fineSize := make([]float64, len(centroids))
	for _, f := range fineOf {
		fineSize[f]++
	}
	coarseOf, _ := kmeans(centroids, fineSize, opts.Coarse, opts.Rounds, rng)
	cl := newClusters(len(vocab))
	for wi, v := range vocab {
		f := fineOf[wi]
		cl.insert(fnv(v.w), uint16(f), uint8(coarseOf[f]))
	}
	return cl, nil
}

func normalise(v []float32) {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= inv
	}
}

// kmeans is spherical k-means (cosine similarity) over unit vectors, with
// weighted points; the first centroids are k points drawn at random. It
// returns each point's class and the centroids.
func kmeans(vecs [][]float32, weights []float64, k, rounds int, rng *rand.Rand) ([]int, [][]float32) {
	if k > len(vecs) {
		k = len(vecs)
	}
	D := len(vecs[0])
	perm := rng.Perm(len(vecs))
	cents := make([][]float32, k)
	for i := range cents {
		cents[i] = slices.Clone(vecs[perm[i]])
	}
	assign := make([]int, len(vecs))
	for round := 0; round < rounds; round++ {
		for i, v := range vecs {
			best, bestSim := 0, float32(-2)
			for c, cv := range cents {
				var s float32
				for d := 0; d < D; d++ {
					s += v[d] * cv[d]
				}
				if s > bestSim {
					best, bestSim = c, s
				}
			}
			assign[i] = best
		}
		sums := make([][]float64, k)
		for c := range sums {
			sums[c] = make([]float64, D)
		}
		for i, v := range vecs {
			for d, x := range v {
				sums[assign[i]][d] += weights[i] * float64(x)
			}
		}
		for c := range cents {
			var norm float64
			for _, x := range sums[c] {
				norm += x * x
			}
			if norm == 0 {
				continue // an empty class keeps its centroid
			}
			for d := range cents[c] {
				cents[c][d] = float32(sums[c][d] / math.Sqrt(norm))
			}
		}
	}
	return assign, cents
}
