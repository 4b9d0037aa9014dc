package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	c.n[key]++
	c.mu.Unlock()
}

func main() {
	c := &Counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("a")
			if i%5 == 0 {
				c.Inc("b")
			}
		}()
	}
	wg.Wait()
	fmt.Println("a", c.n["a"])
	fmt.Println("b", c.n["b"])
}
