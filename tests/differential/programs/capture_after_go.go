package main

import "fmt"

func main() {
	msg := "before"
	start := make(chan bool)
	got := make(chan string)
	go func() {
		<-start
		got <- msg
	}()
	msg = "after"
	start <- true
	fmt.Println(<-got)
	count := 0
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			count += i
			done <- true
		}()
		<-done
	}
	fmt.Println("count", count)
}
