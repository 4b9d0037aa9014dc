package main

import (
	"fmt"
	"sync"
)

// An errgroup in miniature: the first task to fail records its error and closes done, which
// cancels the others.
type Group struct {
	wg   sync.WaitGroup
	mu   sync.Mutex
	err  string
	done chan struct{}
}

func NewGroup() *Group { return &Group{done: make(chan struct{})} }

func (g *Group) Go(f func() string) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != "" {
			g.mu.Lock()
			if g.err == "" {
				g.err = err
				close(g.done)
			}
			g.mu.Unlock()
		}
	}()
}

func (g *Group) Wait() string {
	g.wg.Wait()
	return g.err
}

func main() {
	g := NewGroup()
	work := []chan int{make(chan int), make(chan int), make(chan int)}
	var mu sync.Mutex
	cancelled, processed := 0, 0
	for id := 0; id < 3; id++ {
		g.Go(func() string {
			for {
				select {
				case <-g.done:
					mu.Lock()
					cancelled++
					mu.Unlock()
					return ""
				case item := <-work[id]:
					if item == 4 {
						return fmt.Sprintf("task %d: bad item %d", id, item)
					}
					mu.Lock()
					processed += item
					mu.Unlock()
				}
			}
		})
	}
	sent := 0
feed:
	for item := 1; item <= 6; item++ {
		select {
		case work[1] <- item:
			sent++
		case <-g.done:
			break feed
		}
	}
	fmt.Println("error:", g.Wait())
	fmt.Println("sent", sent, "processed", processed, "cancelled", cancelled)
}
