package main

import (
	"fmt"
	"sync"
)

func node(depth int, done <-chan struct{}, wg *sync.WaitGroup, stopped chan<- int) {
	defer wg.Done()
	if depth < 3 {
		for c := 0; c < 2; c++ {
			wg.Add(1)
			go node(depth+1, done, wg, stopped)
		}
	}
	<-done
	stopped <- depth
}

func main() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	stopped := make(chan int, 100)
	wg.Add(1)
	go node(0, done, &wg, stopped)
	close(done)
	wg.Wait()
	close(stopped)
	perDepth := make([]int, 4)
	for d := range stopped {
		perDepth[d]++
	}
	fmt.Println("stopped per depth", perDepth)
}
