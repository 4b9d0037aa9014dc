package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	step := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			fmt.Println("worker", i, "done")
			wg.Done()
			step <- true
		}()
		<-step
	}
	fmt.Println("not reached")
}
