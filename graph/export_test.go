package graph

import "time"

// SetBatchWait sets how long a loader waits for a batch to fill, until the
// returned func restores it: a test that sets an hour shows a request that
// never waits for a batch.
func SetBatchWait(d time.Duration) (restore func()) {
	old := batchWait
	batchWait = d
	return func() { batchWait = old }
}
