package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	last := ""
	names := []string{"x", "y", "z"}
	for _, n := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			total += len(n) * 10
			if n > last {
				last = n
			}
			mu.Unlock()
		}()
	}
	mu.Lock()
	total += 1
	mu.Unlock()
	wg.Wait()
	fmt.Println(total, last)
	flag := false
	done := make(chan bool)
	go func() {
		flag = true
		done <- true
	}()
	<-done
	fmt.Println("flag", flag)
}
