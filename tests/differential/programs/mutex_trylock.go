package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println("first try", mu.TryLock())
	fmt.Println("second try", mu.TryLock())
	holding := make(chan bool)
	release := make(chan bool)
	released := make(chan bool)
	go func() {
		<-release
		mu.Unlock()
		released <- true
	}()
	go func() {
		holding <- mu.TryLock()
	}()
	fmt.Println("other goroutine got it", <-holding)
	release <- true
	<-released
	fmt.Println("after unlock", mu.TryLock())
	mu.Unlock()
}
