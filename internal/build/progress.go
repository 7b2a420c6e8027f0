package build

import (
	"fmt"
	"io"
	"sync/atomic"
	"time"
)

// Progress is what a running build has done so far, for a display to
// read from another goroutine. A nil *Progress counts nothing.
type Progress struct {
	stage atomic.Value // string: "read", "extract", "render"
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

// Show writes the build's progress to w, a terminal, once the build has
// run for longer than delay: one line, rewritten ten times a second
// ("reading articles 4,210/10,000"). stop erases it.
func (p *Progress) Show(w io.Writer, delay time.Duration) (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		shown := false
		wait := time.NewTimer(delay)
		defer wait.Stop()
		select {
		case <-done:
			return
		case <-wait.C:
		}
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			stage, n, total := p.Now()
			if what, ok := stageNames[stage]; ok {
				fmt.Fprintf(w, "\r%s %s/%s\x1b[K", what, thousands(n), thousands(total))
				shown = true
			}
			select {
			case <-done:
				if shown {
					fmt.Fprint(w, "\r\x1b[K")
				}
				return
			case <-tick.C:
			}
		}
	}()
	return func() {
		close(done)
		<-finished
	}
}

var stageNames = map[string]string{"read": "reading articles", "extract": "finding the dates of articles", "render": "making pages"}
