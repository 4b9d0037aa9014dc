package main

import "fmt"

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	results := make(chan []int)
	for k := 1; k <= 3; k++ {
		go func() {
			results <- mapInts([]int{1, 2, 3}, func(x int) int { return x * k })
		}()
	}
	sum := 0
	for i := 0; i < 3; i++ {
		for _, v := range <-results {
			sum += v
		}
	}
	fmt.Println("sum", sum)
}
