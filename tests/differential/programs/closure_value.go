package main

import (
	"fmt"
	"sync"
)

func main() {
	a, b := make(chan int), make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i < 13; i++ {
			b <- i
		}
		close(b)
	}()
	out := make(chan int)
	var wg sync.WaitGroup
	output := func(c <-chan int) {
		for n := range c {
			out <- n
		}
		wg.Done()
	}
	wg.Add(2)
	go output(a)
	go output(b)
	go func() {
		wg.Wait()
		close(out)
	}()
	sum := 0
	for n := range out {
		sum += n
	}
	fmt.Println("sum", sum)
}
