package main

import (
	"runtime/debug"
	"testing"
)

// A local ingest runs the collector at ingestGCPercent and sets the
// process's own pace back after it; GOGC in the environment wins.
func TestIngestPacing(t *testing.T) {
	t.Setenv("GOGC", "")
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	restore := ingestPacing()
	if got := debug.SetGCPercent(ingestGCPercent); got != ingestGCPercent {
		t.Errorf("GOGC %d during an ingest, want %d", got, ingestGCPercent)
	}
	restore()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC %d after an ingest, want the 100 it was", got)
	}

	t.Setenv("GOGC", "150")
	restore = ingestPacing()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC %d during an ingest with GOGC set, want it left at 100", got)
	}
	restore()
}
