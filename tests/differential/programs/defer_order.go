package main

import "fmt"

func step(ch chan int, name string) {
	fmt.Println("deferred", name, "sees", <-ch)
}

func work(ch chan int) int {
	defer fmt.Println("deferred first, runs last")
	defer step(ch, "second")
	defer func() { fmt.Println("deferred third, runs first") }()
	fmt.Println("working")
	return 7
}

func main() {
	ch := make(chan int)
	go func() {
		for i := 1; ; i++ {
			ch <- i * 100
		}
	}()
	fmt.Println("work returned", work(ch))
	defer fmt.Println("main's deferred", 0)
	defer fmt.Println("main's deferred", 1)
	defer fmt.Println("main's deferred", 2)
	fmt.Println("main ends")
}
