// The benchmark workloads of bench/programs/workloads.ts, in Go: the same programs, for
// Go's own //go:wasmexport (wasm.go) and natively (native.go).
package main

import (
	"sync"
	"time"
)

func pingpong(n int32) int32 {
	a, b := make(chan int32), make(chan int32)
	go func() {
		for v := range a {
			b <- v
		}
	}()
	var v int32
	for i := int32(0); i < n; i++ {
		a <- i
		v = <-b
	}
	close(a)
	return v
}

func buffered(n int32) int64 {
	ch := make(chan int32, 128)
	go func() {
		for i := int32(0); i < n; i++ {
			ch <- i
		}
		close(ch)
	}()
	var sum int64
	for v := range ch {
		sum += int64(v)
	}
	return sum
}

var finished int32

// A Go export returns when its function returns, so the call waits for its goroutines.
func spawn(n int32) int32 {
	var wg sync.WaitGroup
	wg.Add(int(n))
	for i := int32(0); i < n; i++ {
		go func() {
			finished++
			wg.Done()
		}()
	}
	wg.Wait()
	return finished
}

func feed(chans []chan int32, n int32) {
	for i := int32(0); i < n; i++ {
		chans[int(i)%len(chans)] <- i
	}
}

func select2(n int32) int64 {
	a, b := make(chan int32), make(chan int32)
	go feed([]chan int32{a, b}, n)
	var sum int64
	for i := int32(0); i < n; i++ {
		select {
		case v := <-a:
			sum += int64(v)
		case v := <-b:
			sum += int64(v)
		}
	}
	return sum
}

func select8(n int32) int64 {
	c := make([]chan int32, 8)
	for i := range c {
		c[i] = make(chan int32)
	}
	go feed(c, n)
	var sum int64
	for i := int32(0); i < n; i++ {
		select {
		case v := <-c[0]:
			sum += int64(v)
		case v := <-c[1]:
			sum += int64(v)
		case v := <-c[2]:
			sum += int64(v)
		case v := <-c[3]:
			sum += int64(v)
		case v := <-c[4]:
			sum += int64(v)
		case v := <-c[5]:
			sum += int64(v)
		case v := <-c[6]:
			sum += int64(v)
		case v := <-c[7]:
			sum += int64(v)
		}
	}
	return sum
}

func generate(out chan<- int32) {
	for i := int32(2); ; i++ {
		out <- i
	}
}

func filter(in <-chan int32, out chan<- int32, prime int32) {
	for v := range in {
		if v%prime != 0 {
			out <- v
		}
	}
}

func sieve(n int32) int32 {
	ch := make(chan int32)
	go generate(ch)
	var prime int32
	for i := int32(0); i < n; i++ {
		prime = <-ch
		next := make(chan int32)
		go filter(ch, next, prime)
		ch = next
	}
	return prime
}

func noop(x int32) int32 { return x + 1 }

func roundtrip(x int32) int32 {
	ch := make(chan int32)
	go func() { ch <- x + 1 }()
	return <-ch
}

var forever = make(chan int32)

// park leaves n goroutines blocked for good (the call waits until each has started).
func park(n int32) {
	var wg sync.WaitGroup
	wg.Add(int(n))
	for i := int32(0); i < n; i++ {
		go func() {
			wg.Done()
			<-forever
		}()
	}
	wg.Wait()
}

// The time workloads of bench/programs/timers.ts.

// timerStartStop starts and stops one timer n times (Reset, Stop).
func timerStartStop(n int32) int32 {
	t := time.NewTimer(time.Hour)
	t.Stop()
	var stopped int32
	for i := int32(0); i < n; i++ {
		t.Reset(time.Hour)
		if t.Stop() {
			stopped++
		}
	}
	return stopped
}

// select2Timeout is select2 with a third case, a timeout that never fires: one timer, reset before each select.
func select2Timeout(n int32) int64 {
	a, b := make(chan int32), make(chan int32)
	go feed([]chan int32{a, b}, n)
	t := time.NewTimer(time.Hour)
	var sum int64
	for i := int32(0); i < n; i++ {
		t.Reset(time.Hour)
		select {
		case v := <-a:
			sum += int64(v)
		case v := <-b:
			sum += int64(v)
		case <-t.C:
		}
	}
	t.Stop()
	return sum
}

// select2After is the same with time.After in each select: a new timer each time.
func select2After(n int32) int64 {
	a, b := make(chan int32), make(chan int32)
	go feed([]chan int32{a, b}, n)
	var sum int64
	for i := int32(0); i < n; i++ {
		select {
		case v := <-a:
			sum += int64(v)
		case v := <-b:
			sum += int64(v)
		case <-time.After(time.Hour):
		}
	}
	return sum
}
