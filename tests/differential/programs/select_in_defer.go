package main

import "fmt"

func work(results chan int, overflow chan int, n int) {
	defer func() {
		select {
		case results <- n * n:
			fmt.Println("delivered", n)
		default:
			overflow <- n
			fmt.Println("overflowed", n)
		}
	}()
	fmt.Println("working on", n)
}

func main() {
	results := make(chan int, 2)
	overflow := make(chan int, 10)
	for n := 1; n <= 4; n++ {
		work(results, overflow, n)
	}
	close(results)
	close(overflow)
	for r := range results {
		fmt.Println("result", r)
	}
	for o := range overflow {
		fmt.Println("overflow", o)
	}
}
