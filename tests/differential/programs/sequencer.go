package main

import "fmt"

func worker(id int, turn <-chan bool, next chan<- bool, done chan<- bool) {
	for round := 0; round < 2; round++ {
		<-turn
		fmt.Println("worker", id, "round", round)
		next <- true
	}
	done <- true
}

func main() {
	const n = 4
	chans := make([]chan bool, n)
	for i := range chans {
		chans[i] = make(chan bool, 1)
	}
	done := make(chan bool)
	for i := 0; i < n; i++ {
		go worker(i, chans[i], chans[(i+1)%n], done)
	}
	chans[0] <- true
	for i := 0; i < n; i++ {
		<-done
	}
	fmt.Println("all done")
}
