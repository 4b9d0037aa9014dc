package main

import "fmt"

func inner(ch chan int) {
	defer fmt.Println("2")
	defer fmt.Println("3")
	v := <-ch
	if v > 0 {
		panic("boom")
	}
	fmt.Println("not reached")
}

func main() {
	defer fmt.Println("1")
	ch := make(chan int, 1)
	ch <- 5
	inner(ch)
	fmt.Println("not reached either")
}
