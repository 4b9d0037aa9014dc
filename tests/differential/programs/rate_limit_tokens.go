package main

import "fmt"

func main() {
	tokens := make(chan struct{}, 3)
	for i := 0; i < 3; i++ {
		tokens <- struct{}{}
	}
	requests := make(chan int, 8)
	for i := 1; i <= 8; i++ {
		requests <- i
	}
	close(requests)
	refills := make(chan bool)
	served := make(chan bool)
	go func() {
		for range refills {
			tokens <- struct{}{}
		}
	}()
	for req := range requests {
		select {
		case <-tokens:
			fmt.Println("request", req, "served")
		default:
			fmt.Println("request", req, "throttled, refilling")
			refills <- true
			<-tokens
			fmt.Println("request", req, "served after refill")
		}
	}
	close(refills)
	close(served)
	fmt.Println("tokens left", len(tokens))
}
