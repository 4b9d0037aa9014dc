package main

import (
	"fmt"
	"sync"
)

type worker struct {
	id  int
	out chan string
}

func (w *worker) run(jobs chan int, wg *sync.WaitGroup) {
	for j := range jobs {
		w.out <- fmt.Sprintf("worker %d did %d", w.id, j)
	}
	wg.Done()
}

type tally struct{ n int }

func (t *tally) add(k int, done chan bool) {
	t.n += k
	done <- true
}

func main() {
	out := make(chan string, 16)
	jobs := make(chan int)
	var wg sync.WaitGroup
	w := &worker{id: 1, out: out}
	wg.Add(1)
	go w.run(jobs, &wg)
	w = &worker{id: 2, out: out} // the goroutine keeps the first one
	for j := 1; j <= 3; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(out)
	for s := range out {
		fmt.Println(s)
	}
	t := &tally{}
	done := make(chan bool)
	for k := 1; k <= 3; k++ {
		go t.add(k, done)
		<-done
	}
	fmt.Println("tally", t.n, "worker", w.id)
}
