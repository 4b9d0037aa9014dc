// The Go side of programs/taskqueue.ts.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type results struct {
	mu     sync.Mutex
	values []int64
}

func task(id, scale int64, out *results) func() {
	return func() {
		out.mu.Lock()
		out.values = append(out.values, id*scale)
		out.mu.Unlock()
	}
}

func worker(tasks chan func(), wg *sync.WaitGroup) {
	for t := range tasks {
		t()
	}
	wg.Done()
}

func main() {
	n, scale := 100, int64(3)
	tasks := make(chan func(), 4)
	out := &results{}
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go worker(tasks, &wg)
	}
	for i := 1; i <= n; i++ {
		tasks <- task(int64(i), scale, out)
	}
	close(tasks)
	wg.Wait()
	sort.Slice(out.values, func(i, j int) bool { return out.values[i] < out.values[j] })
	var sum int64
	for _, v := range out.values {
		sum += v
	}
	fmt.Println(len(out.values))
	fmt.Println(out.values[0])
	fmt.Println(out.values[len(out.values)-1])
	fmt.Println(sum)
}
