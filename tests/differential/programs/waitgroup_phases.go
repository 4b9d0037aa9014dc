package main

import (
	"fmt"
	"sync"
)

func main() {
	results := make([]int, 6)
	for phase := 1; phase <= 3; phase++ {
		var wg sync.WaitGroup
		for w := 0; w < 6; w++ {
			wg.Add(1)
			go func(w int) {
				defer wg.Done()
				results[w] += phase * (w + 1)
			}(w)
		}
		wg.Wait()
		total := 0
		for _, r := range results {
			total += r
		}
		fmt.Println("phase", phase, "total", total)
	}
	fmt.Println(results)
}
