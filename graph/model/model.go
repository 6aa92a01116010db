// Package model holds the GraphQL-only types gqlgen generates (connections,
// inputs, payloads); every domain type is the root package's own.
package model

// Node is what the GraphQL Node interface resolves to: *newsgraph.Entity,
// *newsgraph.Event, *newsgraph.Document or *newsgraph.Decision. It is empty
// because those types live in the root package, which knows nothing of
// GraphQL.
type Node any
