package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 1
	close(ch)
	fmt.Println("buffered value survives close:", <-ch)
	done := make(chan bool)
	go func() {
		fmt.Println("sending on a closed channel")
		ch <- 2
		done <- true
	}()
	<-done
	fmt.Println("not reached")
}
