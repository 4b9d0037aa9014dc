package main

import (
	"fmt"
	"sync"
)

func main() {
	start := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	woken := 0
	ready := make(chan int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ready <- i
			<-start
			mu.Lock()
			woken++
			mu.Unlock()
		}()
	}
	for i := 0; i < 5; i++ {
		<-ready
	}
	mu.Lock()
	fmt.Println("before close", woken)
	mu.Unlock()
	close(start)
	wg.Wait()
	fmt.Println("after close", woken)
	select {
	case <-start:
		fmt.Println("closed channel is always ready")
	default:
		fmt.Println("not ready")
	}
}
