package temporal

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// benchText is made-up news prose with the usual density of dates.
const benchText = `WASHINGTON, Oct. 27 (Reuters) - The two governments said on Monday that
their leaders would meet in the capital on Tuesday and Wednesday next week, after
talks that began in March 2024 stalled last month. The agreement, first proposed
in 2019, would run from Jan. 1 to Dec. 31, 2026. Officials met three days ago and
again earlier this week; a ministerial session is set for Nov. 3-4. Markets rose
2% on the news, and the index closed at 4,512 points. "We may reach a deal by the
end of the year," a spokesman told reporters, adding that a summit planned for
mid-2026 could follow. Trade fell sharply in the 1990s and again during 2008-09.
`

// BenchmarkFind reports throughput on news prose (MB/s) and allocations per
// paragraph.
func BenchmarkFind(b *testing.B) {
	ref := time.Date(2025, 10, 27, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		Find(benchText, ref)
	}
}

// BenchmarkFindNoDates measures prose without any date: the common case
// for most sentences.
func BenchmarkFindNoDates(b *testing.B) {
	text := strings.Repeat("The minister told reporters that the talks were constructive and useful. ", 10)
	ref := time.Date(2025, 10, 27, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Find(text, ref)
	}
}

func ExampleFind() {
	published := time.Date(2025, 10, 22, 8, 0, 0, 0, time.UTC) // a Wednesday
	for _, e := range Find("The leaders will meet on Monday and Tuesday next week, the ministry said on Oct. 21.", published) {
		fmt.Println(e.Text, e.From, e.To, e.Grain, e.Relative)
	}
	// Output:
	// Monday and Tuesday next week 2025-10-27 2025-10-28 range true
	// Oct. 21 2025-10-21 2025-10-21 day false
}

func ExampleDateline() {
	t, ok := Dateline("TOKYO, Oct. 27, 2025 (Reuters) - Japan's prime minister said on Monday ...", time.Time{})
	fmt.Println(t.Format(time.DateOnly), ok)
	// Output: 2025-10-27 true
}

func TestBenchTextDates(t *testing.T) {
	want := "Oct. 27=2025-10-27 day; Monday=2025-10-27 day rel; Tuesday and Wednesday next week=2025-11-04..2025-11-05 range rel; " +
		"March 2024=2024-03-01..2024-03-31 month; last month=2025-09-01..2025-09-30 month rel; 2019=2019-01-01..2019-12-31 year; " +
		"Jan. 1 to Dec. 31, 2026=2026-01-01..2026-12-31 range; three days ago=2025-10-24 day rel; earlier this week=2025-10-27 range rel; " +
		"Nov. 3-4=2025-11-03..2025-11-04 range; end of the year=2025-12-01..2025-12-31 range rel; mid-2026=2026-05-01..2026-08-31 range; 1990s=1990-01-01..1999-12-31 range; 2008-09=2008-01-01..2009-12-31 range"
	got := Find(benchText, time.Date(2025, 10, 27, 0, 0, 0, 0, time.UTC))
	checkSpans(t, benchText, got)
	if s := show(got); s != want {
		t.Errorf("got  %s\nwant %s", s, want)
	}
}
