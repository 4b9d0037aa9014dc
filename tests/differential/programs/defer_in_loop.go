package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	for i := 0; i < 3; i++ {
		ch <- i * 10
		defer fmt.Println("deferred", i, <-ch)
	}
	fmt.Println("main ends")
}
