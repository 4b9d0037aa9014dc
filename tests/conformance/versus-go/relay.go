package main

import "fmt"

func relay[T any](in chan T) chan T {
	out := make(chan T)
	go func() {
		for v := range in {
			out <- v
		}
		close(out)
	}()
	return out
}

func main() {
	nums := make(chan int)
	go func() {
		for i := 1; i <= 4; i++ {
			nums <- i * i
		}
		close(nums)
	}()
	for v := range relay[int](relay[int](nums)) {
		fmt.Println(v)
	}
	words := make(chan string, 3)
	words <- "a"
	words <- "b"
	close(words)
	for w := range relay[string](words) {
		fmt.Println(w)
	}
}
