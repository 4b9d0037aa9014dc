package main

import "fmt"

func store(slots []int, at chan int, done chan bool) {
	for i := range at {
		slots[i] = i * 10
		fmt.Println(slots[i])
	}
	done <- true
}

func main() {
	at := make(chan int)
	done := make(chan bool)
	go store([]int{0, 0, 0}, at, done)
	for i := 2; i >= -1; i-- {
		at <- i
	}
	close(at)
	<-done
}
