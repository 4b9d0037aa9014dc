package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make(chan int, 100)
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 1; j <= i; j++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					results <- i*10 + j
				}()
			}
		}()
	}
	wg.Wait()
	close(results)
	sum, count := 0, 0
	for r := range results {
		sum += r
		count++
	}
	fmt.Println(count, sum)
}
