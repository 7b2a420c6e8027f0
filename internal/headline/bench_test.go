package headline

import "testing"

func BenchmarkPick(b *testing.B) {
	evs := events(b, 100)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, cs := range evs {
			Pick(cs)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(evs)), "ns/event")
}

func BenchmarkScore(b *testing.B) {
	var cs []Candidate
	for _, ev := range events(b, 100) {
		cs = append(cs, ev...)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, c := range cs {
			Score(c)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(cs)), "ns/score")
}
