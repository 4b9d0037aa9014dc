package main

import "fmt"

func main() {
	xs := []int{1, 2, 3}
	idx := make(chan int, 2)
	idx <- 1
	idx <- 5
	fmt.Println(xs[<-idx])
	fmt.Println(xs[<-idx])
}
