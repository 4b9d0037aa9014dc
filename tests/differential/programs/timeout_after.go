package main

import (
	"fmt"
	"time"
)

func main() {
	slow := make(chan string)
	go func() {
		time.Sleep(100 * time.Millisecond)
		slow <- "late answer"
	}()
	select {
	case v := <-slow:
		fmt.Println(v)
	case <-time.After(5 * time.Millisecond):
		fmt.Println("timed out")
	}
	fmt.Println(<-slow)
}
