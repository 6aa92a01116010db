package graph

// gqlgen resolves the paths in gqlgen.yml from the working directory, so it
// runs from the module root; execpatch then edits what it wrote (allocations
// per object and field), so both run for every regeneration.
//go:generate go -C .. run github.com/99designs/gqlgen generate
//go:generate go -C .. run ./graph/internal/execpatch graph/generated/generated.go
