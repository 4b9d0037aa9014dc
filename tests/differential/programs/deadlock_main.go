package main

import "fmt"

func main() {
	results := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			results <- i
		}
	}()
	for i := 0; i < 4; i++ {
		fmt.Println("got", <-results)
	}
}
