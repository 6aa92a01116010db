// Command execpatch edits the executor gqlgen writes (graph/generated) so
// that resolving an object or a leaf field allocates less: run after
// `gqlgen generate` by go:generate (graph/generate.go), so that `make
// check-generated` checks the edited file. Each edit keeps what a
// response says, byte for byte; gqlgen has no option for any of them.
//
//   - An object without @defer fields neither allocates a deferred field
//     set nor a label map, nor computes its path (graphql.GetPath, a new
//     slice per object) for a deferred group that has nothing to do.
//   - A leaf field's "does not have child fields" error is made once per
//     type, not at every resolution of the field.
//   - An object's fields are written by fieldSet (graph/generated/fieldset.go),
//     not graphql.FieldSet's MarshalGQL, which allocates a map and two
//     closures per object written.
//   - A field bound to a resolver is resolved by a closure that the
//     @defer branch does not share: shared, it escaped to the heap with a
//     copy of the field at every object, deferred or not.
//   - Where the server marks an operation as having no field middleware
//     but the one that calls the resolver (graph.directFields), a field is
//     resolved by resolveDirect (graph/generated/fieldset.go), which calls
//     the resolver itself: the closures a field is resolved with then stay
//     on the stack, where graphql.ResolveField hands them to the
//     middleware and they escape, with a closure and the context of its
//     own (six objects of a leaf field's eight).
//   - In such an operation, a leaf field read straight from its object
//     (obj.Name) and written by a marshaller that can neither fail nor
//     use the context (graphql.MarshalString, MarshalInt, MarshalBoolean,
//     MarshalID, or nil as null) is marshalled at once, without the field
//     context, the context holding it and the boxed value resolveDirect
//     makes: none of them can show in the answer, as nothing can fail or
//     panic there and no middleware looks (three objects of a leaf's four;
//     an event's id, an entity's name).
//   - An object's field values and what writes them are one allocation
//     (newObjectSet, graph/generated/fieldset.go), not a values slice and
//     a boxed fieldSet.
//   - An object's fields are collected through a cache of the operation's
//     own (collectedFields), keyed by the selection set's and the
//     type list's addresses: graphql.CollectFields keys its cache by a
//     hash and a reflect.Value of the selection set, which allocates at
//     every object.
//   - The element of a list of structs (an event's participants, sources,
//     claims) is resolved in place, not copied to the heap first.
//   - A query's answer is written into a pooled buffer and copied out at
//     its length (marshalData, graph/generated/fieldset.go): written into
//     a new bytes.Buffer, it left a buffer of each size it grew through
//     (some 11 of a 20-event answer's 4 kB).
//   - An object's field set and its deferred field set stay off the heap:
//     the closure of a deferred field holds a copy of the latter (it held
//     the variable, which escaped at every object), and the former is not
//     dispatched (no field runs concurrently any more, see below).
//   - A request runs on one goroutine: the fields bound to resolvers run
//     in line, not in a goroutine each (graphql.FieldSet's Concurrently and
//     Dispatch), and the elements of a list one after the other
//     (marshalSlice, graph/generated/fieldset.go), not in a goroutine each
//     (graphql.MarshalSliceConcurrently). The resolvers read ahead what a
//     list's fields need (graph/prefetch.go), so nothing waits on a batch;
//     spread over goroutines, one request took both cores and the garbage
//     collector's time, and 16 clients gained little over one.
//
// An edit whose gqlgen text is not found fails the run, so that a new
// gqlgen that writes other code is noticed rather than silently unedited.
package main

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"regexp"
	"sort"
	"strings"
)

// marker begins the file once edited, so that a second run is a no-op.
const marker = "// Edited by graph/internal/execpatch after gqlgen: see its doc comment.\n"

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: execpatch graph/generated/generated.go")
		os.Exit(2)
	}
	if err := patchFile(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "execpatch:", err)
		os.Exit(1)
	}
}

func patchFile(path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if bytes.Contains(src, []byte(marker)) {
		return nil
	}
	out, err := patch(string(src))
	if err != nil {
		return err
	}
	formatted, err := format.Source([]byte(out))
	if err != nil {
		return fmt.Errorf("edited code does not parse: %w", err)
	}
	return os.WriteFile(path, formatted, 0o644)
}

// edit is one replacement that must apply at least once.
type edit struct {
	name string
	re   *regexp.Regexp
	with string
}

var edits = []edit{
	{
		name: "lazy deferred field set",
		re:   regexp.MustCompile(`\n(\t+)deferredFieldSet := graphql\.NewFieldSet\(nil\)\n\t+deferLabelToView := make\(map\[string\]\*graphql\.FieldSetView\)\n`),
		with: "\n${1}var deferredFieldSet *graphql.FieldSet\n${1}var deferLabelToView map[string]*graphql.FieldSetView\n",
	},
	{
		name: "deferred field set made by the first deferred field",
		re:   regexp.MustCompile(`\n(\t+)if field\.IsDeferred\(\) \{\n(\t+)deferredFieldSet\.AddField\(field\)\n`),
		with: "\n${1}if field.IsDeferred() {\n${2}if deferredFieldSet == nil {\n${2}deferredFieldSet = graphql.NewFieldSet(nil)\n${2}deferLabelToView = make(map[string]*graphql.FieldSetView)\n${2}}\n${2}deferredFieldSet.AddField(field)\n",
	},
	{
		name: "deferred group only with deferred fields",
		re:   regexp.MustCompile(`\n(\t+)(ec\.ProcessDeferredGroup\(graphql\.DeferredGroup\{\n(?:\t+\w+:\s+[^\n]+,\n)+\t+\}\))\n`),
		with: "\n${1}if deferredFieldSet != nil {\n${1}${2}\n${1}}\n",
	},
	{
		name: "deferred fields resolved by a closure of their own",
		re:   regexp.MustCompile(`(\n\t+innerFunc := func\(ctx context\.Context, fs \*graphql\.FieldSet\) \(res graphql\.Marshaler\) \{\n\t+defer func\(\) \{\n\t+if r := recover\(\); r != nil \{\n\t+ec\.Error\(ctx, ec\.Recover\(ctx, r\)\)\n\t+\}\n\t+\}\(\)\n\t+res = ec\.\w+\(ctx, field, obj\)\n\t+if res == graphql\.(?:Null|RequiredNull) \{\n\t+atomic\.AddUint32\(&fs\.Invalids, 1\)\n\t+\}\n\t+return res\n\t+\}\n)(\n\t+if field\.IsDeferred\(\) \{\n)`),
		with: "${1}${2}field := field\n${1}",
	},
	{
		name: "a deferred field's closure holds its own copy of the deferred field set",
		re:   regexp.MustCompile(`\n(\t+)(deferredFieldSet\.Concurrently\(fieldIndex, func\(ctx context\.Context\) graphql\.Marshaler \{\n\t+return innerFunc\(ctx, )deferredFieldSet\)\n`),
		with: "\n${1}deferred := deferredFieldSet\n${1}${2}deferred)\n",
	},
	{
		name: "no dispatch of fields that nothing runs concurrently",
		re:   regexp.MustCompile(`\n\tout\.Dispatch\(ctx\)\n`),
		with: "\n",
	},
	{
		name: "resolver fields run in line",
		re:   regexp.MustCompile(`\n(\t+)out\.Concurrently\(i, func\(ctx context\.Context\) graphql\.Marshaler \{ return (innerFunc\(ctx, out\)|rrm\(innerCtx\)) \}\)\n`),
		with: "\n${1}out.Values[i] = ${2}\n",
	},
	{
		name: "fields resolved directly where no middleware intercepts them",
		re:   regexp.MustCompile(`\n\treturn graphql\.ResolveField\(\n\t\tctx,\n\t\tec\.OperationContext,\n\t\tfield,\n(\t\tfunc\(ctx context\.Context, field graphql\.CollectedField\) .*\n(?:\t\t\t.*\n)*\t\t\},\n)(\t\tfunc\(ctx context\.Context\) \(any, error\) \{\n(?:\t\t\t.*\n)*\t\t\},\n)\t\tnil,\n(\t\tfunc\(ctx context\.Context, selections ast\.SelectionSet, v .*\n(?:\t\t\t.*\n)*\t\t\},\n)(\t\t(?:true|false),\n\t\t(?:true|false),\n)\t\)\n\}\n`),
		with: "\n\tif direct(ec.OperationContext) {\n\t\treturn resolveDirect(ctx, ec.OperationContext, field,\n${1}${2}${3}${4}\t\t)\n\t}\n\treturn graphql.ResolveField(\n\t\tctx,\n\t\tec.OperationContext,\n\t\tfield,\n${1}${2}\t\tnil,\n${3}${4}\t)\n}\n",
	},
	{
		name: "lists marshalled in order",
		re:   regexp.MustCompile(`graphql\.MarshalSliceConcurrently\(ctx, len\(v\), 0, false, `),
		with: "marshalSlice(ctx, len(v), ",
	},
	{
		name: "objects written by fieldSet",
		re:   regexp.MustCompile(`(?s)\n\tout := graphql\.NewFieldSet\(fields\)\n(.*?)\n\treturn out\n\}\n`),
		with: "\n\tset, values := newObjectSet(fields)\n\tout := &graphql.FieldSet{Values: values}\n${1}\n\treturn set\n}\n",
	},
	{
		name: "a query's answer written through a pooled buffer",
		re:   regexp.MustCompile(`\n(\t+)var buf bytes\.Buffer\n\t+data\.MarshalGQL\(&buf\)\n\t+response\.Data = buf\.Bytes\(\)\n`),
		with: "\n${1}response.Data = marshalData(data)\n",
	},
	{
		name: "fields collected through the operation's cache",
		re:   regexp.MustCompile(`graphql\.CollectFields\(ec\.OperationContext, sel, (\w+Implementors)\)`),
		with: "ec.collected.collect(ec.OperationContext, sel, ${1})",
	},
	{
		name: "the operation's cache of collected fields",
		re:   regexp.MustCompile(`\ntype executionContext struct \{\n(\t\*graphql\.ExecutionContextState\[ResolverRoot, DirectiveRoot, ComplexityRoot\]\n)\}\n`),
		with: "\ntype executionContext struct {\n${1}\tcollected collectedFields\n}\n",
	},
}

var leafError = regexp.MustCompile(`errors\.New\("field of type (\w+) does not have child fields"\)`)

func patch(src string) (string, error) {
	header, body, ok := strings.Cut(src, "\npackage ")
	if !ok {
		return "", fmt.Errorf("no package clause")
	}
	src = header + "\n" + marker + "\npackage " + body
	for _, e := range edits {
		n := len(e.re.FindAllStringIndex(src, -1))
		if n == 0 {
			return "", fmt.Errorf("%s: gqlgen's code not found", e.name)
		}
		src = e.re.ReplaceAllString(src, e.with)
	}
	types := map[string]bool{}
	src = leafError.ReplaceAllStringFunc(src, func(m string) string {
		t := leafError.FindStringSubmatch(m)[1]
		types[t] = true
		return "errLeaf" + t
	})
	if len(types) == 0 {
		return "", fmt.Errorf("leaf field errors: gqlgen's code not found")
	}
	src, err := directLeaves(src)
	if err != nil {
		return "", err
	}
	if src, err = elementsInPlace(src); err != nil {
		return "", err
	}
	names := make([]string, 0, len(types))
	for t := range types {
		names = append(names, t)
	}
	sort.Strings(names)
	var vars strings.Builder
	vars.WriteString("\n// The errors of leaf fields asked for child fields, one per type.\nvar (\n")
	for _, t := range names {
		fmt.Fprintf(&vars, "\terrLeaf%s = errors.New(\"field of type %s does not have child fields\")\n", t, t)
	}
	vars.WriteString(")\n")
	return src + vars.String(), nil
}

// funcBody is the body of the generated function name, without its braces
// ("" when there is none).
func funcBody(src, name string) string {
	start := strings.Index(src, "\nfunc (ec *executionContext) "+name+"(")
	if start < 0 {
		return ""
	}
	open := strings.Index(src[start:], "{\n")
	end := strings.Index(src[start:], "\n}\n")
	if open < 0 || end < open {
		return ""
	}
	return src[start+open+2 : start+end+1]
}

// listElement is a list marshaller's call of its element's marshaller.
var listElement = regexp.MustCompile(`\n(\t+)return ec\.(marshalN[^\s(]+)\(ctx, sel, v\[i\]\)\n`)

// byAddress is the body of a struct's marshaller, which takes the struct
// by value only to pass its address on.
var byAddress = regexp.MustCompile(`^\treturn ec\.(_\w+)\(ctx, sel, &v\)\n$`)

// elementsInPlace resolves the elements of lists of structs in place.
func elementsInPlace(src string) (string, error) {
	n := 0
	out := listElement.ReplaceAllStringFunc(src, func(m string) string {
		g := listElement.FindStringSubmatch(m)
		obj := byAddress.FindStringSubmatch(funcBody(src, g[2]))
		if obj == nil {
			return m
		}
		n++
		return fmt.Sprintf("\n%sreturn ec.%s(ctx, sel, &v[i])\n", g[1], obj[1])
	})
	if n == 0 {
		return "", fmt.Errorf("lists of structs: gqlgen's code not found")
	}
	return out, nil
}

// directLeaf is a field's direct branch as the "fields resolved directly"
// edit writes it, for a field read from its object: its field context
// function, the field read and the marshaller.
var directLeaf = regexp.MustCompile(`\n\tif direct\(ec\.OperationContext\) \{\n\t\treturn resolveDirect\(ctx, ec\.OperationContext, field,\n\t\tfunc\(ctx context\.Context, field graphql\.CollectedField\) \(\*graphql\.FieldContext, error\) \{\n\t\t\treturn ec\.(fieldContext_\w+)\(ctx, field\)\n\t\t\},\n\t\tfunc\(ctx context\.Context\) \(any, error\) \{\n\t\t\treturn (obj\.\w+), nil\n\t\t\},\n\t\tfunc\(ctx context\.Context, selections ast\.SelectionSet, v [^\n]+\) graphql\.Marshaler \{\n\t\t\treturn ec\.(marshal[^\s(]+)\(ctx, selections, v\)\n\t\t\},\n\t\t(?:true|false),\n\t\t(?:true|false),\n\t\t\)\n\t\}\n`)

// safeMarshal is the body of a marshaller that cannot fail: one of
// graphql's scalar marshallers, which never answer null, of the value or
// (for a nullable field) of what a non-nil pointer points to.
var safeMarshal = regexp.MustCompile(`^\t_ = sel\n\tres := graphql\.Marshal(?:String|Int|Boolean|ID)\((?:string\()?v\)?\)\n\tif res == graphql\.Null \{\n\t\tif !graphql\.HasFieldError\(ctx, graphql\.GetFieldContext\(ctx\)\) \{\n\t\t\tgraphql\.AddErrorf\(ctx, "the requested element is null which the schema does not allow"\)\n\t\t\}\n\t\}\n\treturn res\n$|^\tif v == nil \{\n\t\treturn graphql\.Null\n\t\}\n\t_ = sel\n\t_ = ctx\n\tres := graphql\.Marshal(?:String|Int|Boolean|ID)\(\*v\)\n\treturn res\n$`)

// directLeaves marshals the leaf fields read from their objects without a
// field context where that cannot change the answer (see the doc comment).
func directLeaves(src string) (string, error) {
	body := func(name string) string { return funcBody(src, name) }
	n := 0
	out := directLeaf.ReplaceAllStringFunc(src, func(m string) string {
		g := directLeaf.FindStringSubmatch(m)
		if !strings.Contains(body(g[1]), "graphql.NewScalarFieldContext(") || !safeMarshal.MatchString(body(g[3])) {
			return m
		}
		n++
		return fmt.Sprintf("\n\tif direct(ec.OperationContext) {\n\t\treturn ec.%s(ctx, field.Selections, %s)\n\t}\n", g[3], g[2])
	})
	if n == 0 {
		return "", fmt.Errorf("leaf fields read from their objects: gqlgen's code not found")
	}
	return out, nil
}
