package graph

// gqlgen resolves the paths in gqlgen.yml from the working directory, so it
// runs from the module root.
//go:generate go -C .. run github.com/99designs/gqlgen generate
