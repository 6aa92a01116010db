//go:build race

package main

// raceEnabled: the race detector slows extraction several times over, so
// the order test reads a sample of the dev set.
const raceEnabled = true
