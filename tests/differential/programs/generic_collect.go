package main

import "fmt"

func collect[T any](c <-chan T) []T {
	var out []T
	for v := range c {
		out = append(out, v)
	}
	return out
}

func main() {
	nums := make(chan int, 3)
	words := make(chan string, 2)
	nums <- 1
	nums <- 2
	nums <- 3
	close(nums)
	words <- "x"
	words <- "y"
	close(words)
	fmt.Println(collect(nums), collect(words))
}
