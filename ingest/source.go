package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
)

// Item is one document read from a source, or why it could not be read, or
// a file of a folder that is not read and why (Skipped). Origin says where
// it came from ("feed.jsonl:12", "a/b.txt", "feed.rss#3", "stdin").
type Item struct {
	Doc     newsgraph.Document
	Origin  string
	Err     error
	Skipped string
}

// maxLine bounds one JSONL line: a document at the size limit, escaped.
const maxLine = 16 << 20

// Read walks paths — .txt files, .jsonl feeds, web pages, RSS and Atom
// feeds, folders of these (recursively, in name order; other files are
// yielded as Skipped) and "-" for stdin (JSONL when it starts with '{', else
// one text document) — and calls yield for every document. A path that cannot
// be read is reported as an Item with Err; only yield's error stops Read.
func Read(ctx context.Context, paths []string, stdin io.Reader, yield func(Item) error) error {
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if p == "-" {
			if err := readStdin(stdin, yield); err != nil {
				return err
			}
			continue
		}
		files, err := expand(p)
		if err != nil {
			if err := yield(Item{Origin: p, Err: err}); err != nil {
				return err
			}
			continue
		}
		for _, f := range files {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := readPath(f, f == p, yield); err != nil {
				return err
			}
		}
	}
	return nil
}

// Count returns how many documents Read would yield from paths, or -1 when
// stdin is among them (its length is unknown ahead of time).
func Count(paths []string) int {
	n := 0
	for _, p := range paths {
		if p == "-" {
			return -1
		}
		files, err := expand(p)
		if err != nil {
			n++
			continue
		}
		for _, f := range files {
			switch kindOf(f) {
			case kindJSONL:
				n += countLines(f)
			case kindFeed:
				return -1 // its items are known once it is parsed
			default:
				n++
			}
		}
	}
	return n
}

func expand(p string) ([]string, error) {
	info, err := os.Stat(p)
	if err != nil {
		return nil, fmt.Errorf("ingest: %w", err)
	}
	if !info.IsDir() {
		return []string{p}, nil
	}
	var files []string
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != p && strings.HasPrefix(d.Name(), ".") {
			files = append(files, path) // reported as skipped
			return filepath.SkipDir
		}
		if !d.IsDir() {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("ingest: %w", err)
	}
	sort.Strings(files)
	return files, nil
}

func countLines(path string) int {
	f, err := openFile(path)
	if err != nil {
		return 1
	}
	defer f.Close()
	n := 0
	lr := newLineReader(f)
	for {
		line, tooLong, err := lr.next()
		if tooLong || len(bytes.TrimSpace(line)) > 0 {
			n++
		}
		if err != nil {
			return n
		}
	}
}

// openFile opens path for reading, through gzip when its name ends in ".gz".
// Closing the result closes the file.
func openFile(path string) (io.ReadCloser, error) {
	f, err := os.Open(path)
	if err != nil || !gzipped(path) {
		return f, err
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%w: %s is not gzip data: %v", newsgraph.ErrInvalid, path, err)
	}
	return gzipFile{zr, f}, nil
}

type gzipFile struct {
	*gzip.Reader
	f *os.File
}

func (g gzipFile) Close() error {
	g.Reader.Close()
	return g.f.Close()
}

func readFile(path string, yield func(Item) error) error {
	if kindOf(path) == kindJSONL {
		f, err := openFile(path)
		if err != nil {
			return yield(Item{Origin: path, Err: fmt.Errorf("ingest: %w", err)})
		}
		defer f.Close()
		return readJSONL(f, path, yield)
	}
	b, err := readBounded(path)
	if err != nil {
		return yield(Item{Origin: path, Err: err})
	}
	// A gzipped article keeps the id it has uncompressed: "a.txt.gz" is "a.txt".
	id := filepath.Base(path)
	if gzipped(id) {
		id = id[:len(id)-len(".gz")]
	}
	return yield(Item{Origin: path, Doc: newsgraph.Document{ID: newsgraph.DocumentID(strings.TrimSpace(id)), Text: string(b)}})
}

// readBounded reads a text file of at most maxLine bytes (no document can
// be longer), refusing a larger one from its size before reading it.
func readBounded(path string) ([]byte, error) {
	f, err := openFile(path)
	if err != nil {
		return nil, fmt.Errorf("ingest: %w", err)
	}
	defer f.Close()
	if plain, ok := f.(*os.File); ok {
		if info, err := plain.Stat(); err == nil && info.Size() > maxLine {
			return nil, fmt.Errorf("%w: the file is %d bytes, over the limit of %d for one document", newsgraph.ErrInvalid, info.Size(), maxLine)
		}
	}
	b, err := io.ReadAll(io.LimitReader(f, maxLine+1))
	if err != nil {
		return nil, fmt.Errorf("ingest: %s: %w", path, err)
	}
	if len(b) > maxLine {
		return nil, fmt.Errorf("%w: the file is over the limit of %d bytes for one document", newsgraph.ErrInvalid, maxLine)
	}
	return b, nil
}

func readStdin(r io.Reader, yield func(Item) error) error {
	if r == nil {
		return yield(Item{Origin: "stdin", Err: errors.New("ingest: no standard input")})
	}
	br := bufio.NewReader(r)
	if magic, err := br.Peek(2); err == nil && magic[0] == 0x1f && magic[1] == 0x8b {
		// gzip's magic number: "zcat" is not needed in front of newsgraph.
		zr, err := gzip.NewReader(br)
		if err != nil {
			return yield(Item{Origin: "stdin", Err: fmt.Errorf("%w: standard input starts like gzip data but is not: %v", newsgraph.ErrInvalid, err)})
		}
		defer zr.Close()
		return readStdin(zr, yield)
	}
	for {
		b, err := br.Peek(1)
		if err != nil {
			break
		}
		if b[0] == ' ' || b[0] == '\n' || b[0] == '\r' || b[0] == '\t' {
			br.ReadByte()
			continue
		}
		if b[0] == '{' {
			return readJSONL(br, "stdin", yield)
		}
		break
	}
	b, err := io.ReadAll(io.LimitReader(br, maxLine+1))
	if err != nil {
		return yield(Item{Origin: "stdin", Err: fmt.Errorf("ingest: stdin: %w", err)})
	}
	if len(b) > maxLine {
		return yield(Item{Origin: "stdin", Err: fmt.Errorf("%w: standard input holds more than the limit of %d bytes for one document", newsgraph.ErrInvalid, maxLine)})
	}
	return yield(Item{Origin: "stdin", Doc: newsgraph.Document{ID: ContentID(string(b)), Text: string(b)}})
}

// Line is one JSONL record.
type Line struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Published string `json:"published"`
}

// readJSONL yields one Item per non-blank line. A line longer than maxLine
// is reported as a failure of its own and skipped without being held in
// memory; the lines after it are read as usual.
func readJSONL(r io.Reader, name string, yield func(Item) error) error {
	lr := newLineReader(r)
	for n := 1; ; n++ {
		raw, tooLong, err := lr.next()
		origin := fmt.Sprintf("%s:%d", name, n)
		if err != nil && err != io.EOF {
			// A stream cut short (a damaged archive, a dropped pipe) ends
			// in a partial line: name the read error, not its JSON.
			return yield(Item{Origin: origin, Err: fmt.Errorf("ingest: %s: %w", name, err)})
		}
		line := bytes.TrimSpace(raw)
		switch {
		case tooLong:
			if err := yield(Item{Origin: origin, Err: fmt.Errorf("%w: the line is longer than the limit of %d bytes; skipped", newsgraph.ErrInvalid, maxLine)}); err != nil {
				return err
			}
		case len(line) == 0:
		default:
			var l Line
			if jerr := json.Unmarshal(line, &l); jerr != nil {
				if err := yield(Item{Origin: origin, Err: fmt.Errorf("%w: not a JSON object {id,text,title,url,published}: %v", newsgraph.ErrInvalid, jerr)}); err != nil {
					return err
				}
				break
			}
			doc, derr := l.Document()
			if err := yield(Item{Origin: origin, Doc: doc, Err: derr}); err != nil {
				return err
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// lineReader splits a stream at '\n' into lines of at most maxLine bytes.
type lineReader struct {
	br  *bufio.Reader
	buf []byte
}

func newLineReader(r io.Reader) *lineReader {
	return &lineReader{br: bufio.NewReaderSize(r, 64<<10)}
}

// next returns the next line without its '\n', whether it was longer than
// maxLine (then line is empty: the rest of it was read and dropped), and
// io.EOF with the last line or another read error.
func (lr *lineReader) next() (line []byte, tooLong bool, err error) {
	lr.buf = lr.buf[:0]
	for {
		chunk, err := lr.br.ReadSlice('\n')
		if !tooLong {
			if len(lr.buf)+len(bytes.TrimSuffix(chunk, []byte("\n"))) > maxLine {
				tooLong, lr.buf = true, lr.buf[:0]
			} else {
				lr.buf = append(lr.buf, chunk...)
			}
		}
		switch err {
		case bufio.ErrBufferFull:
			continue
		case nil:
			return bytes.TrimSuffix(lr.buf, []byte("\n")), tooLong, nil
		default:
			return lr.buf, tooLong, err
		}
	}
}

// Document converts a record, parsing its published date.
func (l Line) Document() (newsgraph.Document, error) {
	pub, err := ParsePublished(l.Published)
	// Ids are trimmed here as the GraphQL mutation trims them: one rule.
	doc := newsgraph.Document{ID: newsgraph.DocumentID(strings.TrimSpace(l.ID)), Title: l.Title, URL: l.URL, Published: pub, Text: l.Text}
	if err != nil {
		return doc, fmt.Errorf("document %s: %w", quote(l.ID), err)
	}
	return doc, nil
}

// Failure is a document that could not be ingested.
type Failure struct {
	Origin string
	ID     newsgraph.DocumentID
	Err    error
}

// Summary reports a batch.
type Summary struct {
	Documents int // distinct documents stored (one sent twice counts once)
	Failed    int
	Entities  int // distinct entities the ingested documents mention
	Events    int // distinct events they state
	Mentions  int
	Words     int
	Rereads   int // stored documents extracted again because the batch's writes changed what they read (see settle)
	Elapsed   time.Duration
	Failures  []Failure
	Skipped   []Failure          // files of a folder not read, Err saying why
	Dates     map[DateSource]int // documents ingested, by where their published date came from
	// RereadsKept counts the documents settling read again whose mentions
	// (entities and spans) and events came out the same: at most the names,
	// roles or dates they state of what they name changed (such as the
	// fuller name of a known firm whose case variants trade the lead), so
	// that no other document had to be read again after them.
	RereadsKept int
}

// WordsPerSecond is the batch's throughput over its whole elapsed time.
func (s Summary) WordsPerSecond() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Words) / s.Elapsed.Seconds()
}
