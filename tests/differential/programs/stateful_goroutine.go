package main

import (
	"fmt"
	"sync"
)

type readOp struct {
	key  int
	resp chan int
}

type writeOp struct {
	key, val int
	resp     chan bool
}

func main() {
	reads := make(chan readOp)
	writes := make(chan writeOp)
	go func() {
		state := map[int]int{}
		for {
			select {
			case r := <-reads:
				r.resp <- state[r.key]
			case w := <-writes:
				state[w.key] += w.val
				w.resp <- true
			}
		}
	}()
	var wg sync.WaitGroup
	var mu sync.Mutex
	readOps := 0
	for w := 0; w < 5; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				write := writeOp{key: i % 3, val: w + 1, resp: make(chan bool)}
				writes <- write
				<-write.resp
				read := readOp{key: i % 3, resp: make(chan int)}
				reads <- read
				<-read.resp
				mu.Lock()
				readOps++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	for k := 0; k < 3; k++ {
		read := readOp{key: k, resp: make(chan int)}
		reads <- read
		fmt.Println("key", k, "=", <-read.resp)
	}
	fmt.Println("reads", readOps)
}
