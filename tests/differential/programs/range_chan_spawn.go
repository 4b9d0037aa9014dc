package main

import (
	"fmt"
	"sync"
)

func main() {
	in := make(chan int)
	go func() {
		for i := 1; i <= 6; i++ {
			in <- i
		}
		close(in)
	}()
	out := make(chan int, 6)
	var wg sync.WaitGroup
	for v := range in {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out <- v * v
		}()
	}
	wg.Wait()
	close(out)
	sum := 0
	for s := range out {
		sum += s
	}
	fmt.Println("sum of squares", sum)
}
