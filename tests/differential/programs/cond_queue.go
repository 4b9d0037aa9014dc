package main

import (
	"fmt"
	"sync"
)

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func NewQueue() *Queue {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *Queue) Get() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

func main() {
	q := NewQueue()
	results := make(chan int)
	for w := 0; w < 3; w++ {
		go func() {
			for {
				results <- q.Get() * 2
			}
		}()
	}
	for i := 1; i <= 6; i++ {
		q.Put(i)
	}
	sum := 0
	for i := 0; i < 6; i++ {
		sum += <-results
	}
	fmt.Println("sum", sum)
}
