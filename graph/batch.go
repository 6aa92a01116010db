package graph

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// DefaultMaxBatch is how many operations one batched request may hold.
const DefaultMaxBatch = 20

// batchPOST is the transport of batched requests: a POST whose JSON body is
// an array of operations ({query, variables, operationName, extensions})
// is answered with the array of their responses, in the same order. Every
// operation is parsed, validated and priced first; together they must fit
// the one complexity budget of a request (a batch is not a way around it),
// and there may be at most max of them. Then they run one after the other,
// so a mutation is seen by the queries after it. An operation that fails
// validation gets its errors in its place; the others still run.
type batchPOST struct {
	max, maxComplexity int
}

var _ graphql.Transport = batchPOST{}

// peekedBody lets Supports look at the first bytes of a body that the
// transport chosen after it reads whole. Its buffer is bufio's smallest:
// Supports needs one byte at a time, and larger reads go past it; the
// default 4 KiB was the largest single allocation of a small query.
type peekedBody struct {
	*bufio.Reader
	io.Closer
}

func (b batchPOST) Supports(r *http.Request) bool {
	if r.Method != http.MethodPost || r.Body == nil || r.Header.Get("Upgrade") != "" {
		return false
	}
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		return false
	}
	body, ok := r.Body.(peekedBody)
	if !ok {
		body = peekedBody{Reader: bufio.NewReaderSize(r.Body, 16), Closer: r.Body}
		r.Body = body
	}
	for {
		head, _ := body.Peek(1)
		if len(head) == 0 {
			return false
		}
		switch head[0] {
		case ' ', '\t', '\r', '\n':
			// whitespace before a JSON value means nothing: dropped, it
			// leaves room in the buffer for what follows
			body.Discard(1)
			continue
		case '[':
			return true
		}
		return false
	}
}

func (b batchPOST) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	ctx := r.Context()
	w.Header().Set("Content-Type", "application/json")
	start := graphql.Now()
	dec := json.NewDecoder(r.Body)
	dec.UseNumber()
	var ops []*graphql.RawParams
	if err := dec.Decode(&ops); err != nil {
		b.refuse(ctx, w, exec, "a batch is a JSON array of operations, each {query, variables, operationName}")
		return
	}
	switch {
	case len(ops) == 0:
		b.refuse(ctx, w, exec, "a batch holds at least one operation")
		return
	case len(ops) > b.max:
		b.refuse(ctx, w, exec, fmt.Sprintf("a batch holds at most %d operations; this one has %d", b.max, len(ops)))
		return
	}
	out := make([]*graphql.Response, len(ops))
	rcs := make([]*graphql.OperationContext, len(ops))
	total := 0
	for i, op := range ops {
		if op == nil {
			op = &graphql.RawParams{}
		}
		op.Headers = r.Header
		op.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}
		rc, errs := exec.CreateOperationContext(ctx, op)
		if errs != nil {
			out[i] = exec.DispatchError(graphql.WithOperationContext(ctx, rc), errs)
			continue
		}
		rcs[i] = rc
		if stats := extension.GetComplexityStats(graphql.WithOperationContext(ctx, rc)); stats != nil {
			total += stats.Complexity
		}
	}
	if total > b.maxComplexity {
		for i, rc := range rcs {
			if rc == nil {
				continue
			}
			err := gqlerror.Errorf("the operations of this batch together have complexity %d, over the limit of %d a request may have", total, b.maxComplexity)
			errcode.Set(err, "COMPLEXITY_LIMIT_EXCEEDED")
			out[i] = exec.DispatchError(graphql.WithOperationContext(ctx, rc), gqlerror.List{err})
		}
		rcs = make([]*graphql.OperationContext, len(ops))
	}
	for i, rc := range rcs {
		if rc == nil {
			continue
		}
		responses, opCtx := exec.DispatchOperation(ctx, rc)
		out[i] = responses(opCtx)
	}
	_ = json.NewEncoder(w).Encode(out)
}

// refuse answers a batch that cannot be read as one with status 400 and a
// single response, not an array: there are no operations to answer.
func (b batchPOST) refuse(ctx context.Context, w http.ResponseWriter, exec graphql.GraphExecutor, msg string) {
	err := gqlerror.Errorf("%s", msg)
	errcode.Set(err, "BAD_BATCH")
	w.WriteHeader(http.StatusBadRequest)
	_ = json.NewEncoder(w).Encode(exec.DispatchError(ctx, gqlerror.List{err}))
}
