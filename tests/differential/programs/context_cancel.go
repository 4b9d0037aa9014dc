package main

import (
	"context"
	"fmt"
)

func worker(ctx context.Context, jobs <-chan int, out chan<- int) {
	for {
		select {
		case <-ctx.Done():
			close(out)
			return
		case j := <-jobs:
			out <- j * 10
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	jobs := make(chan int)
	out := make(chan int)
	go worker(ctx, jobs, out)
	for i := 1; i <= 3; i++ {
		jobs <- i
		fmt.Println(<-out)
	}
	cancel()
	for range out {
	}
	fmt.Println("err:", ctx.Err())
}
