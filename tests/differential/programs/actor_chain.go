package main

import (
	"fmt"
	"sort"
)

type Stage struct {
	name  string
	in    chan int
	next  *Stage
	count int
}

func (s *Stage) run(done chan<- string) {
	for v := range s.in {
		s.count++
		if s.next != nil {
			s.next.forward(v + len(s.name))
		}
	}
	if s.next != nil {
		close(s.next.in)
	}
	done <- fmt.Sprint(s.name, " saw ", s.count)
}

func (s *Stage) forward(v int) {
	if v%2 == 0 {
		s.in <- v
		return
	}
	s.in <- v * 10
}

func main() {
	c := &Stage{name: "ccc", in: make(chan int)}
	b := &Stage{name: "bb", in: make(chan int), next: c}
	a := &Stage{name: "a", in: make(chan int), next: b}
	done := make(chan string)
	for _, s := range []*Stage{a, b, c} {
		go s.run(done)
	}
	for i := 0; i < 5; i++ {
		a.forward(i)
	}
	close(a.in)
	// a, b and c finish one after another, but their done sends may race.
	lines := []string{<-done, <-done, <-done}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}
