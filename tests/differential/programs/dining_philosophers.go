package main

import (
	"fmt"
	"sync"
)

type Fork struct{ sync.Mutex }

type Philosopher struct {
	id          int
	left, right *Fork
	meals       int
}

func (p *Philosopher) dine(host chan bool, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 3; i++ {
		host <- true
		first, second := p.left, p.right
		if p.id%2 == 1 {
			first, second = second, first
		}
		first.Lock()
		second.Lock()
		p.meals++
		second.Unlock()
		first.Unlock()
		<-host
	}
}

func main() {
	const n = 5
	forks := make([]*Fork, n)
	for i := range forks {
		forks[i] = new(Fork)
	}
	philosophers := make([]*Philosopher, n)
	for i := 0; i < n; i++ {
		philosophers[i] = &Philosopher{id: i, left: forks[i], right: forks[(i+1)%n]}
	}
	host := make(chan bool, 2)
	var wg sync.WaitGroup
	for _, p := range philosophers {
		wg.Add(1)
		go p.dine(host, &wg)
	}
	wg.Wait()
	total := 0
	for _, p := range philosophers {
		fmt.Println("philosopher", p.id, "ate", p.meals, "meals")
		total += p.meals
	}
	fmt.Println("total", total)
}
