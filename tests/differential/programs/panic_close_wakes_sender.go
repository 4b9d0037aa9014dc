package main

import "fmt"

func main() {
	ch := make(chan int)
	never := make(chan bool)
	started := make(chan bool)
	go func() {
		started <- true
		ch <- 1
		never <- true
	}()
	<-started
	fmt.Println("closing while a sender may wait")
	close(ch)
	<-never
}
