// The Go side of tests/runtime/time.test.ts: each scenario prints "code value" lines, and the
// dialect program compare.ts prints the same lines under virtual time. Durations are multiples
// of U and printed in units of U, rounded down, so real time's small delays do not show.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

const U = 40 * time.Millisecond

func line(code int32, v int64) { fmt.Println(code, v) }

func since(start time.Time) int64 { return int64(time.Since(start) / U) }

func b(v bool) int64 {
	if v {
		return 1
	}
	return 0
}

// A select with a timeout case, once firing and once not.
func selectTimeout() {
	start := time.Now()
	c := make(chan int32)
	go func() { time.Sleep(3 * U); c <- 7 }()
	select {
	case v := <-c:
		line(10, int64(v))
	case <-time.After(U):
		line(11, since(start))
	}
	select {
	case v := <-c:
		line(12, int64(v))
		line(13, since(start))
	case <-time.After(5 * U):
		line(14, since(start))
	}
}

// Sleeping goroutines wake in deadline order.
func sleepers() {
	start := time.Now()
	var wg sync.WaitGroup
	for i, d := range []int64{3, 1, 2} {
		wg.Add(1)
		go func(id int32, d int64) {
			defer wg.Done()
			time.Sleep(time.Duration(d) * U)
			line(20, int64(id))
		}(int32(i), d)
	}
	wg.Wait()
	line(21, since(start))
}

// A ticker with a receiver too slow for it: one tick waits, the next is dropped.
func ticker() {
	start := time.Now()
	t := time.NewTicker(2 * U)
	for i := 0; i < 4; i++ {
		tick := <-t.C
		line(30, int64(tick.Sub(start)/U))
		line(31, since(start))
		if i == 1 {
			time.Sleep(5 * U)
		}
	}
	t.Stop()
}

// Timer.Stop and Timer.Reset as Go 1.23 defines them.
func timers() {
	t := time.NewTimer(5 * U)
	line(40, b(t.Stop()))
	line(41, b(t.Stop()))
	line(42, b(t.Reset(U)))
	start := time.Now()
	<-t.C
	line(43, since(start))
	line(44, b(t.Reset(U)))
	time.Sleep(2 * U)
	line(45, b(t.Stop()))
	select {
	case <-t.C:
		line(46, 1)
	default:
		line(46, 0)
	}
	start = time.Now()
	t.Reset(0)
	<-t.C
	line(47, since(start))
	<-time.After(-U)
	line(48, since(start))
}

func code(err error) int64 {
	switch {
	case err == nil:
		return 0
	case err.Error() == "context canceled":
		return 1
	case err.Error() == "context deadline exceeded":
		return 2
	}
	return 3
}

// Contexts: a deadline, a child cancelled with its parent, a cancel from another goroutine.
func contexts() {
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 2*U)
	defer cancel()
	child, cancelChild := context.WithCancel(ctx)
	defer cancelChild()
	line(50, code(child.Err()))
	select {
	case <-child.Done():
		line(51, since(start))
	case <-time.After(5 * U):
		line(52, since(start))
	}
	line(53, code(ctx.Err()))
	line(54, code(child.Err()))
	other, cancelOther := context.WithCancel(context.Background())
	grand, cancelGrand := context.WithTimeout(other, 3*U)
	defer cancelGrand()
	go func() { time.Sleep(U); cancelOther() }()
	start = time.Now()
	<-grand.Done()
	line(55, since(start))
	line(56, code(grand.Err()))
	d, cancelD := context.WithDeadline(ctx, time.Now().Add(U))
	defer cancelD()
	line(57, code(d.Err()))
	cancelD()
	line(58, code(d.Err()))
}

// Since Go 1.23 the channel of a Timer or Ticker is unbuffered: len and cap are 0, even
// while a fired value waits to be received.
func lengths() {
	t := time.NewTimer(U)
	line(60, int64(len(t.C)))
	line(61, int64(cap(t.C)))
	time.Sleep(2 * U)
	line(62, int64(len(t.C)))
	<-t.C
	line(63, int64(len(t.C)))
	k := time.NewTicker(U)
	time.Sleep(3 * U)
	line(64, int64(len(k.C)))
	line(65, int64(cap(k.C)))
	<-k.C
	k.Stop()
	a := time.After(U)
	time.Sleep(2 * U)
	line(66, int64(len(a)))
	line(67, int64(cap(a)))
	<-a
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	line(68, int64(len(ctx.Done())))
	line(69, int64(cap(ctx.Done())))
	z := time.NewTimer(0)
	time.Sleep(U)
	line(70, int64(len(z.C)))
	<-z.C
}

func main() {
	selectTimeout()
	sleepers()
	ticker()
	timers()
	contexts()
	lengths()
}
