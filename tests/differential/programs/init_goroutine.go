package main

import "fmt"

var requests = make(chan int)
var answers = make(chan int)

func init() {
	go func() {
		for r := range requests {
			answers <- r * 3
		}
	}()
}

func main() {
	for i := 1; i <= 3; i++ {
		requests <- i
		fmt.Println(i, "->", <-answers)
	}
}
