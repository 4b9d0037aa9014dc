package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]int
	loads  int
)

func loadConfig() {
	loads++
	config = map[string]int{"workers": 4}
}

func main() {
	var wg sync.WaitGroup
	results := make(chan int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(loadConfig)
			results <- config["workers"]
		}()
	}
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("loads", loads, "sum", sum)
}
