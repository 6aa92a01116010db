package graph

import (
	"context"
	"encoding/json"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// strictStrings refuses a JSON number sent in a variable where the schema
// wants a String: gqlgen decodes variables with UseNumber and its String
// accepts a json.Number as its digits, so {"text": 42} would become the
// article "42", which the command line (and an inline literal) refuse.
// ID keeps accepting numbers, as the GraphQL spec has it.
type strictStrings struct{ schema *ast.Schema }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = &strictStrings{}

func (*strictStrings) ExtensionName() string { return "StrictStrings" }

func (s *strictStrings) Validate(es graphql.ExecutableSchema) error {
	s.schema = es.Schema()
	return nil
}

func (s *strictStrings) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	for _, def := range oc.Operation.VariableDefinitions {
		if path, ok := s.check(def.Type, oc.Variables[def.Variable], "$"+def.Variable, 0); !ok {
			err := gqlerror.Errorf("variable %s: a number where a String is wanted; send it as a JSON string", path)
			errcode.Set(err, "BAD_USER_INPUT")
			return err
		}
	}
	return nil
}

// check walks v along t and returns the path of the first number in a
// String position.
func (s *strictStrings) check(t *ast.Type, v any, path string, depth int) (string, bool) {
	if v == nil || t == nil || depth > 16 {
		return "", true
	}
	if t.Elem != nil {
		list, ok := v.([]any)
		if !ok {
			return s.check(t.Elem, v, path, depth+1) // a single value for a list
		}
		for _, e := range list {
			if p, ok := s.check(t.Elem, e, path+"[]", depth+1); !ok {
				return p, false
			}
		}
		return "", true
	}
	if t.NamedType == "String" {
		_, isNumber := v.(json.Number)
		return path, !isNumber
	}
	def := s.schema.Types[t.NamedType]
	obj, ok := v.(map[string]any)
	if def == nil || def.Kind != ast.InputObject || !ok {
		return "", true
	}
	for _, f := range def.Fields {
		if p, ok := s.check(f.Type, obj[f.Name], path+"."+f.Name, depth+1); !ok {
			return p, false
		}
	}
	return "", true
}
