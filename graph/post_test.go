package graph

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/99designs/gqlgen/graphql"
)

// TestWriteResponseAsJSONMarshal: the answer writer gives json.Marshal's
// bytes for data with what its compaction escapes or drops, and for
// answers that are more than data.
func TestWriteResponseAsJSONMarshal(t *testing.T) {
	yes := true
	for _, r := range []*graphql.Response{
		{},
		{Data: json.RawMessage(`null`)},
		{Data: json.RawMessage(`{"a":"x<y>&z","b":["\u2028","` + "\u2028\u2029" + `"],"c":"\"<\\\\>\"","d":1.5,"e":null}`)},
		{Data: json.RawMessage(`{"a": [1, 2],` + "\n" + `"b":"in a string: < > & \t"}`)},
		{Data: json.RawMessage(`{"a":"é – ☃ ` + "\xe2\x80" + `"}`)},
		{Data: json.RawMessage(`{"a":1}`), Extensions: map[string]any{"x": "<"}},
		{Data: json.RawMessage(`{"a":1}`), HasNext: &yes, Label: "l"},
	} {
		want, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		writeResponse(&got, r)
		if !bytes.Equal(got.Bytes(), want) {
			t.Errorf("%s:\n got %s\nwant %s", r.Data, got.Bytes(), want)
		}
	}
}
