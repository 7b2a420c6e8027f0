package build

import "sync/atomic"

// Progress is what a running build has done so far, for a display to
// read from another goroutine. A nil *Progress counts nothing.
type Progress struct {
	stage atomic.Value // string: "read", "render"
	done  atomic.Int64
	total atomic.Int64
}

// begin starts counting the n steps of a stage.
func (p *Progress) begin(stage string, n int) {
	if p == nil {
		return
	}
	p.stage.Store(stage)
	p.done.Store(0)
	p.total.Store(int64(n))
}

// step counts one step done.
func (p *Progress) step() {
	if p != nil {
		p.done.Add(1)
	}
}

// Now returns the stage running and how far it is: "read", 4210, 10000.
func (p *Progress) Now() (stage string, done, total int) {
	s, _ := p.stage.Load().(string)
	return s, int(p.done.Load()), int(p.total.Load())
}
