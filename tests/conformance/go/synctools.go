// The Go side of programs/synctools.ts: the same functions, printing the same lines.
package main

import (
	"fmt"
	"os"
	"runtime"
	"sync"
)

var shared int64

func writer(rw *sync.RWMutex, wg *sync.WaitGroup, n int) {
	for i := 0; i < n; i++ {
		rw.Lock()
		v := shared
		runtime.Gosched()
		shared = v + 1
		rw.Unlock()
	}
	wg.Done()
}

func reader(rw *sync.RWMutex, wg *sync.WaitGroup, seen chan int64) {
	rw.RLock()
	a := shared
	runtime.Gosched()
	b := shared
	rw.RUnlock()
	if a == b {
		seen <- 1
	} else {
		seen <- 0
	}
	wg.Done()
}

func rwCounter() {
	shared = 0
	var rw sync.RWMutex
	var wg sync.WaitGroup
	seen := make(chan int64, 100)
	for w := 0; w < 10; w++ {
		wg.Add(1)
		go writer(&rw, &wg, 50)
	}
	for r := 0; r < 20; r++ {
		wg.Add(1)
		go reader(&rw, &wg, seen)
	}
	wg.Wait()
	close(seen)
	var consistent int64
	for s := range seen {
		consistent += s
	}
	fmt.Println(shared)
	fmt.Println(consistent)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func rwWriterFirst() {
	var rw sync.RWMutex
	order := make(chan int64, 10)
	rw.RLock()
	go func() {
		rw.Lock()
		order <- 2
		rw.Unlock()
	}()
	for rw.TryRLock() {
		rw.RUnlock()
		runtime.Gosched()
	}
	fmt.Println(b2i(rw.TryRLock()))
	order <- 1
	rw.RUnlock()
	rw.RLock()
	order <- 3
	rw.RUnlock()
	fmt.Println(b2i(rw.TryLock()))
	rw.Unlock()
	close(order)
	for v := range order {
		fmt.Println(v)
	}
}

var onceCalls int64

func initOnce() { onceCalls++ }

func useOnce(once *sync.Once, wg *sync.WaitGroup) {
	once.Do(initOnce)
	wg.Done()
}

func once() {
	onceCalls = 0
	var o sync.Once
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go useOnce(&o, &wg)
	}
	wg.Wait()
	o.Do(initOnce)
	fmt.Println(onceCalls)
}

type queue struct {
	items  []int64
	closed bool
	mu     sync.Mutex
	cond   *sync.Cond
}

func consume(q *queue, sums chan int64) {
	var sum int64
	q.mu.Lock()
	for {
		for len(q.items) == 0 && !q.closed {
			q.cond.Wait()
		}
		if len(q.items) == 0 {
			break
		}
		sum += q.items[0]
		q.items = q.items[1:]
	}
	q.mu.Unlock()
	sums <- sum
}

func condQueue(n int) {
	q := &queue{}
	q.cond = sync.NewCond(&q.mu)
	sums := make(chan int64, 3)
	for c := 0; c < 3; c++ {
		go consume(q, sums)
	}
	for i := 1; i <= n; i++ {
		q.mu.Lock()
		q.items = append(q.items, int64(i))
		q.cond.Signal()
		q.mu.Unlock()
		if i%7 == 0 {
			runtime.Gosched()
		}
	}
	q.mu.Lock()
	q.closed = true
	q.cond.Broadcast()
	q.mu.Unlock()
	var total int64
	for c := 0; c < 3; c++ {
		total += <-sums
	}
	fmt.Println(total)
}

var woken int64

func await(ready *sync.Cond, flag chan int64, done *sync.WaitGroup) {
	ready.L.Lock()
	for len(flag) == 0 {
		ready.Wait()
	}
	woken++
	ready.L.Unlock()
	done.Done()
}

func condBroadcast() {
	woken = 0
	c := sync.NewCond(&sync.Mutex{})
	flag := make(chan int64, 1)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go await(c, flag, &wg)
	}
	runtime.Gosched()
	c.L.Lock()
	flag <- 1
	c.Broadcast()
	c.L.Unlock()
	wg.Wait()
	fmt.Println(woken)
}

func main() {
	switch os.Args[1] {
	case "rw_counter":
		rwCounter()
	case "rw_writer_first":
		rwWriterFirst()
	case "once":
		once()
	case "cond_queue":
		condQueue(1000)
	case "cond_broadcast":
		condBroadcast()
	case "runlock_unlocked":
		new(sync.RWMutex).RUnlock()
	case "unlock_unlocked_rw":
		new(sync.RWMutex).Unlock()
	case "wait_unlocked":
		sync.NewCond(&sync.Mutex{}).Wait()
	}
}
