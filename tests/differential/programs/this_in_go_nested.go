package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	name  string
	n     int
	mu    sync.Mutex
	ready chan int
}

// A goroutine started by a method that blocks, using the receiver; and one started by it.
func (c *Counter) Run(k int, wg *sync.WaitGroup) {
	v := <-c.ready
	go func() {
		defer wg.Done()
		c.mu.Lock()
		c.n += v * k
		c.mu.Unlock()
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.mu.Lock()
			c.n++
			c.mu.Unlock()
		}()
	}()
}

// A goroutine started by a method that does not block.
func (c *Counter) Feed(values []int) {
	go func() {
		for _, v := range values {
			c.ready <- v
		}
	}()
}

func main() {
	c := &Counter{name: "c", ready: make(chan int)}
	var wg sync.WaitGroup
	c.Feed([]int{3, 4})
	wg.Add(2)
	c.Run(10, &wg)
	c.Run(100, &wg)
	wg.Wait()
	fmt.Println(c.name, c.n)
}
