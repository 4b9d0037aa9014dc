package main

import "fmt"

func shutdown(quit chan struct{}) {
	fmt.Println("closing quit")
	close(quit)
}

func main() {
	quit := make(chan struct{})
	shutdown(quit)
	_, ok := <-quit
	fmt.Println("quit open:", ok)
	shutdown(quit)
	fmt.Println("not reached")
}
