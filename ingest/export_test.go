package ingest

import (
	"context"
	"fmt"
	"reflect"

	"github.com/newsgraph/newsgraph"
)

// CheckSummaries compares every summary the service keeps, as writes
// updated it, with the one the entity's stored mentions give now; it
// returns how many it compared and the first that differs.
func CheckSummaries(ctx context.Context, s *Service) (int, error) {
	s.cache.mu.RLock()
	defer s.cache.mu.RUnlock()
	n := 0
	for id, kept := range s.cache.sums {
		ms, err := s.st.Mentions(ctx, []newsgraph.EntityID{id})
		if err != nil {
			return n, err
		}
		fresh := summarise(id, ms[id])
		if !reflect.DeepEqual(kept, fresh) {
			return n, fmt.Errorf("summary of %s: kept %+v, from the store %+v", id, kept, fresh)
		}
		n++
	}
	return n, nil
}

// KeptTests counts the uses of stored documents the service keeps with
// their test though it could build it again from their record.
func KeptTests(s *Service) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, used := range s.lookups.of {
		for _, u := range used {
			if u.same != nil && u.rec != "" {
				n++
			}
		}
	}
	return n
}
