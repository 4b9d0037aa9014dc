package main

import "fmt"

func quicksort(xs []int, done chan<- bool) {
	if len(xs) <= 1 {
		done <- true
		return
	}
	p := xs[len(xs)/2]
	i, j := 0, len(xs)-1
	for i <= j {
		for xs[i] < p {
			i++
		}
		for xs[j] > p {
			j--
		}
		if i <= j {
			xs[i], xs[j] = xs[j], xs[i]
			i++
			j--
		}
	}
	left, right := make(chan bool), make(chan bool)
	go quicksort(xs[:j+1], left)
	go quicksort(xs[i:], right)
	<-left
	<-right
	done <- true
}

func main() {
	xs := make([]int, 60)
	v := 17
	for i := range xs {
		v = (v*37 + 11) % 101
		xs[i] = v
	}
	done := make(chan bool)
	go quicksort(xs, done)
	<-done
	sorted := true
	for i := 1; i < len(xs); i++ {
		if xs[i-1] > xs[i] {
			sorted = false
		}
	}
	fmt.Println(sorted, xs[0], xs[30], xs[59])
	fmt.Println(xs)
}
