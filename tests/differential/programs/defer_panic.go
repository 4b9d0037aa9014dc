package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		defer fmt.Println("deferred in the goroutine")
	}()
	<-done
	defer fmt.Println("deferred before the panic")
	panic("boom")
}
