package main

import (
	"fmt"
	"sync"
)

type Group struct {
	wg   sync.WaitGroup
	once sync.Mutex
	err  string
}

func (g *Group) Go(f func() string) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != "" {
			g.once.Lock()
			if g.err == "" {
				g.err = err
			}
			g.once.Unlock()
		}
	}()
}

func (g *Group) Wait() string {
	g.wg.Wait()
	return g.err
}

func main() {
	var g Group
	ch := make(chan int, 10)
	for i := 0; i < 4; i++ {
		g.Go(func() string {
			ch <- i
			if i == 2 {
				return "task 2 failed"
			}
			return ""
		})
	}
	fmt.Println("error:", g.Wait())
	fmt.Println("ran", len(ch))
}
