package main

import (
	"fmt"
	"sync"
)

// Concurrent lookups of the same key share one computation: the first caller computes, the
// others wait on its call's done channel.
type call struct {
	done chan struct{}
	val  int
}

type Group struct {
	mu    sync.Mutex
	calls map[string]*call
	runs  int
}

func (g *Group) Do(key string, release <-chan bool) int {
	g.mu.Lock()
	if c, ok := g.calls[key]; ok {
		g.mu.Unlock()
		<-c.done
		return c.val
	}
	c := &call{done: make(chan struct{})}
	g.calls[key] = c
	g.runs++
	g.mu.Unlock()
	<-release
	c.val = len(key) * 100
	close(c.done)
	return c.val
}

func main() {
	g := &Group{calls: map[string]*call{}}
	release := make(chan bool)
	var wg sync.WaitGroup
	results := make(chan int, 10)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- g.Do("config", release)
		}()
	}
	release <- true
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("runs", g.runs, "sum", sum)
}
