package main

import (
	"runtime/debug"
	"testing"
)

// A local ingest runs the collector at ingestGCPercent and sets the
// process's own pace back after it; GOGC in the environment wins.
func TestIngestPacing(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	limitBefore := debug.SetMemoryLimit(-1)
	restore := ingestPacing()
	if got := debug.SetGCPercent(ingestGCPercent); got != ingestGCPercent {
		t.Errorf("GOGC %d during an ingest, want %d", got, ingestGCPercent)
	}
	if got := debug.SetMemoryLimit(-1); got != ingestMemoryLimit {
		t.Errorf("memory limit %d during an ingest, want %d", got, ingestMemoryLimit)
	}
	restore()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC %d after an ingest, want the 100 it was", got)
	}
	if got := debug.SetMemoryLimit(-1); got != limitBefore {
		t.Errorf("memory limit %d after an ingest, want the %d it was", got, limitBefore)
	}

	t.Setenv("GOGC", "150")
	restore = ingestPacing()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC %d during an ingest with GOGC set, want it left at 100", got)
	}
	restore()
}
