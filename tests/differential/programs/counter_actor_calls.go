package main

import "fmt"

// The dialect side is three exports called in turn by the host (start, add many times, total);
// the counting goroutine started by start lives across the calls.

var adds chan int
var totals chan chan int

func counter() {
	sum, n := 0, 0
	for {
		select {
		case v := <-adds:
			sum += v
			n++
		case reply := <-totals:
			reply <- sum*1000 + n
		}
	}
}

func start() {
	adds = make(chan int)
	totals = make(chan chan int)
	go counter()
}

func add(v int) { adds <- v }

func total() {
	reply := make(chan int)
	totals <- reply
	fmt.Println("total", <-reply)
}

func main() {
	start()
	add(3)
	add(4)
	total()
	add(10)
	total()
}
