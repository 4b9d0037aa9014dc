package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 100000
	var wg sync.WaitGroup
	var mu sync.Mutex
	var total int64
	results := make(chan int, 64)
	done := make(chan bool)
	go func() {
		for r := range results {
			mu.Lock()
			total += int64(r)
			mu.Unlock()
		}
		done <- true
	}()
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- i % 1000
		}()
	}
	wg.Wait()
	close(results)
	<-done
	fmt.Println("goroutines", n, "total", total)
}
