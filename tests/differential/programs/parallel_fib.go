package main

import "fmt"

func fib(n int, out chan<- int) {
	if n < 2 {
		out <- n
		return
	}
	a, b := make(chan int), make(chan int)
	go fib(n-1, a)
	go fib(n-2, b)
	out <- <-a + <-b
}

func main() {
	for _, n := range []int{0, 1, 2, 5, 10, 15} {
		out := make(chan int)
		go fib(n, out)
		fmt.Println("fib", n, "=", <-out)
	}
}
