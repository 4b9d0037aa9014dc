package main

import "fmt"

func worker(jobs <-chan int, quit chan chan string) {
	processed := 0
	for {
		select {
		case j := <-jobs:
			processed += j
		case ack := <-quit:
			ack <- fmt.Sprint("worker stopping after ", processed)
			return
		}
	}
}

func main() {
	jobs := make(chan int)
	quit := make(chan chan string)
	go worker(jobs, quit)
	for i := 1; i <= 10; i++ {
		jobs <- i
	}
	ack := make(chan string)
	quit <- ack
	fmt.Println(<-ack)
}
