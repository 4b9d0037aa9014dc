package main

import (
	"fmt"
	"sync"
)

type Inventory struct {
	mu    sync.Mutex
	items map[string]int
	log   chan string
}

func (inv *Inventory) Take(name string, n int) bool {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	if inv.items[name] < n {
		inv.log <- fmt.Sprint("refused ", n, " ", name)
		return false
	}
	inv.items[name] -= n
	inv.log <- fmt.Sprint("took ", n, " ", name)
	return true
}

func main() {
	inv := &Inventory{items: map[string]int{"apple": 5, "pear": 2}, log: make(chan string, 100)}
	var wg sync.WaitGroup
	took := make(chan bool, 10)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			took <- inv.Take("apple", 2)
		}()
	}
	wg.Wait()
	close(took)
	yes := 0
	for t := range took {
		if t {
			yes++
		}
	}
	fmt.Println("granted", yes, "left", inv.items["apple"])
	fmt.Println(inv.Take("pear", 2), inv.Take("pear", 1))
	fmt.Println("log entries", len(inv.log))
}
