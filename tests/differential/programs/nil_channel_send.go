package main

import "fmt"

type Worker struct {
	out chan int
}

func main() {
	w := &Worker{}
	fmt.Println("out is nil:", w.out == nil)
	w.out <- 1
	fmt.Println("not reached")
}
