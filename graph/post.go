package graph

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/99designs/gqlgen/graphql/handler/transport"
)

// postJSON is gqlgen's POST transport (application/json) with a lighter
// writer of answers. gqlgen writes every response with json.Marshal, which
// runs the whole answer, already JSON, through encoding/json's scanner
// again (compacting a RawMessage): a tenth of a computed answer's CPU.
// An answer that is data alone is written here as {"data":...} with the
// one change that scanner makes to gqlgen's compact output, escaping <, >,
// & and U+2028/9 as \u003c...; the same bytes. Anything else (errors,
// extensions, a request gqlgen cannot read) goes the way gqlgen's POST
// would, by its own code.
type postJSON struct{ transport.POST }

var _ graphql.Transport = postJSON{}

func (p postJSON) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	ctx := r.Context()
	body, err := io.ReadAll(r.Body)
	params := &graphql.RawParams{}
	start := graphql.Now()
	if err == nil {
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.UseNumber()
		err = dec.Decode(params)
	}
	if err != nil {
		// gqlgen's own answer to a body it cannot read or decode
		r.Body = io.NopCloser(io.MultiReader(bytes.NewReader(body), errReader{err}))
		p.POST.Do(w, r, exec)
		return
	}
	contentType := responseContentType(r)
	w.Header().Add("Content-Type", contentType)
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}
	rc, opErr := exec.CreateOperationContext(ctx, params)
	if opErr != nil {
		status := http.StatusOK
		if errcode.GetErrorKind(opErr) == errcode.KindProtocol {
			status = http.StatusUnprocessableEntity
			if contentType == graphqlResponseJSON {
				status = http.StatusBadRequest
			}
		}
		w.WriteHeader(status)
		writeResponse(w, exec.DispatchError(graphql.WithOperationContext(ctx, rc), opErr))
		return
	}
	responses, ctx := exec.DispatchOperation(ctx, rc)
	writeResponse(w, responses(ctx))
}

// errReader fails a read with err once the body before it is read, so
// that gqlgen's transport meets the same error.
type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

const graphqlResponseJSON = "application/graphql-response+json"

// responseContentType is the content type gqlgen's POST answers with (its
// default settings): application/json unless the Accept header names
// application/graphql-response+json first, or names nothing it knows.
func responseContentType(r *http.Request) string {
	accept := r.Header.Get("Accept")
	if accept == "" {
		return "application/json"
	}
	for part := range strings.SplitSeq(accept, ",") {
		mt, _, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		switch mt {
		case "*/*", "application/*", "application/json":
			return "application/json"
		case graphqlResponseJSON:
			return graphqlResponseJSON
		}
	}
	return graphqlResponseJSON
}

var dataPrefix = []byte(`{"data":`)

// writeResponse writes r as json.Marshal would.
func writeResponse(w io.Writer, r *graphql.Response) {
	if len(r.Errors) == 0 && r.Label == "" && len(r.Path) == 0 && r.HasNext == nil && len(r.Extensions) == 0 {
		if out, ok := appendData(make([]byte, 0, len(dataPrefix)+len(r.Data)+16), r.Data); ok {
			w.Write(out)
			return
		}
	}
	b, err := json.Marshal(r)
	if err != nil {
		panic(fmt.Errorf("unable to marshal %s: %w", string(r.Data), err))
	}
	w.Write(b)
}

const hexDigits = "0123456789abcdef"

// appendData appends {"data":DATA} to dst with what encoding/json's
// compaction of a RawMessage changes in gqlgen's output: <, > and & and
// the line and paragraph separators escaped. It reports false for data
// that compaction would change otherwise (space between tokens, which
// gqlgen does not write), to be left to json.Marshal.
func appendData(dst, data []byte) ([]byte, bool) {
	if len(data) == 0 {
		return append(append(dst, dataPrefix...), "null}"...), true
	}
	dst = append(dst, dataPrefix...)
	inString, escaped := false, false
	start := 0
	for i := 0; i < len(data); i++ {
		c := data[i]
		switch {
		case inString && escaped:
			escaped = false
			continue
		case inString && c == '\\':
			escaped = true
			continue
		case c == '"':
			inString = !inString
			continue
		case !inString && (c == ' ' || c == '\t' || c == '\n' || c == '\r'):
			return dst, false
		}
		switch {
		case c == '<' || c == '>' || c == '&':
			dst = append(dst, data[start:i]...)
			dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			start = i + 1
		case c == 0xE2 && i+2 < len(data) && data[i+1] == 0x80 && data[i+2]&^1 == 0xA8:
			dst = append(dst, data[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[data[i+2]&0xF])
			start = i + 3
			i += 2
		}
	}
	dst = append(dst, data[start:]...)
	return append(dst, '}'), true
}
