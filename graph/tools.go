//go:build tools

// Package graph keeps gqlgen required in go.mod for `go generate`.
package graph

import _ "github.com/99designs/gqlgen"
