//go:build race

package extract

// raceEnabled: the race detector slows extraction several times over, so
// long measurements read a sample.
const raceEnabled = true
