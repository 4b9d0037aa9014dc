package main

import "fmt"

func gen(done <-chan struct{}, start int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := start; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func double(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			select {
			case out <- v * 2:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	stage := double(done, double(done, gen(done, 1)))
	for i := 0; i < 5; i++ {
		fmt.Println(<-stage)
	}
	close(done)
	for range stage {
	}
	fmt.Println("stage closed after cancel")
}
