package main

import (
	"testing"
	"time"
)

// TestDatelineDate: a wire story's dateline takes its year from the file
// date above it, across a new year too; a date written in full needs none.
func TestDatelineDate(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"FERRY LINE REOPENS\n31-DEC-1991\nBERGEN, Jan 1 - The ferry line to Kessel reopened after repairs in 1985 and 1989.", "1992-01-01"},
		{"PIER TALKS END\n3-MAR-1990\nBERGEN, March 4 - Talks on the pier ended.", "1990-03-04"},
		{"PIER TALKS END\n3-MAR-1990\nTalks on the pier ended without a dateline.", "1990-03-03"},
		{"KESSEL, March 3, 2023 (Harbour Desk) - Mayor Oda Brink met Tomas Ruud.", "2023-03-03"},
		{"Mayor Oda Brink met Tomas Ruud on Friday.", ""},
	} {
		got, ok := datelineDate(tc.text)
		s := ""
		if ok {
			s = got.Format(time.DateOnly)
		}
		if s != tc.want {
			t.Errorf("%.40q: %q, want %q", tc.text, s, tc.want)
		}
	}
}
