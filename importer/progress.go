package importer

// progressSteps is about how many times a Progress callback is called.
const progressSteps = 200

// progress reports bytes processed to an Options.Progress callback, at most
// about progressSteps times per file.
type progress struct {
	fn    func(done, total int64)
	total int64
	step  int64 // report when done passes next
	next  int64
}

// newProgress returns a reporter for a file of total bytes; fn may be nil.
func newProgress(fn func(done, total int64), total int64) *progress {
	step := total / progressSteps
	if step < 1 {
		step = 1
	}
	return &progress{fn: fn, total: total, step: step, next: step}
}

// at reports that the first done bytes have been processed.
func (p *progress) at(done int64) {
	if p == nil || p.fn == nil || done < p.next {
		return
	}
	if done > p.total {
		done = p.total
	}
	p.next = done + p.step
	p.fn(done, p.total)
}

// done reports the whole file processed.
func (p *progress) done() {
	if p == nil || p.fn == nil {
		return
	}
	p.fn(p.total, p.total)
}
