//go:build race

package graph_test

// raceEnabled: the race detector allocates on its own account, so
// allocation counts are not checked under it.
const raceEnabled = true
