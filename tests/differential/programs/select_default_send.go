package main

import (
	"fmt"
	"runtime"
)

func main() {
	queue := make(chan int, 2)
	dropped := 0
	for i := 1; i <= 5; i++ {
		select {
		case queue <- i:
			fmt.Println("queued", i)
		default:
			dropped++
			fmt.Println("dropped", i)
		}
	}
	fmt.Println("len", len(queue), "cap", cap(queue), "dropped", dropped)
	unbuffered := make(chan int)
	select {
	case unbuffered <- 1:
		fmt.Println("sent without a receiver?")
	default:
		fmt.Println("no receiver waiting")
	}
	received := make(chan bool)
	go func() {
		fmt.Println("receiver got", <-unbuffered)
		received <- true
	}()
	for sent := false; !sent; {
		select {
		case unbuffered <- 42:
			sent = true
		default:
			runtime.Gosched()
		}
	}
	<-received
}
