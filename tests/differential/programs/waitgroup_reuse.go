package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for round := 1; round <= 4; round++ {
		for g := 0; g < round; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				mu.Lock()
				total += round
				mu.Unlock()
			}()
		}
		wg.Wait()
		fmt.Println("after round", round, "total", total)
	}
	wg.Wait()
	fmt.Println("waiting on a zero counter returns at once")
}
