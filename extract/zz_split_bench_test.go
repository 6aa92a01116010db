package extract

import (
	"os"
	"path/filepath"
	"testing"
)

func BenchmarkZZSplit(b *testing.B) {
	files, _ := filepath.Glob("testdata/*.txt")
	var texts []string
	n := 0
	for _, f := range files {
		t, _ := os.ReadFile(f)
		texts = append(texts, string(t))
		n += len(t)
	}
	b.SetBytes(int64(n))
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			split(t)
		}
	}
}
