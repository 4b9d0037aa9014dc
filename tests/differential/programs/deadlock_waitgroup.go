package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			ch <- i
		}()
	}
	fmt.Println("first", <-ch >= 0)
	wg.Wait()
	fmt.Println("not reached")
}
