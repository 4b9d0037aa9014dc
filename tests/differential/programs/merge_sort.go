package main

import "fmt"

func merge(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

func sortParallel(xs []int, result chan<- []int) {
	if len(xs) <= 2 {
		if len(xs) == 2 && xs[0] > xs[1] {
			xs = []int{xs[1], xs[0]}
		}
		result <- xs
		return
	}
	mid := len(xs) / 2
	left, right := make(chan []int), make(chan []int)
	go sortParallel(xs[:mid], left)
	go sortParallel(xs[mid:], right)
	result <- merge(<-left, <-right)
}

func main() {
	xs := []int{}
	seed := 7
	for i := 0; i < 40; i++ {
		seed = (seed*1103515245 + 12345) % 2147483648
		xs = append(xs, seed%1000)
	}
	result := make(chan []int)
	go sortParallel(xs, result)
	sorted := <-result
	fmt.Println(len(sorted), sorted[0], sorted[19], sorted[39])
	fmt.Println(sorted)
}
