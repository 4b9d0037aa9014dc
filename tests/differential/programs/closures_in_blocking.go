package main

import (
	"fmt"
	"sort"
	"strings"
)

type Stats struct {
	seen  int
	scale int
	in    chan int
}

// A blocking method that makes closures using the receiver and a parameter.
func (s *Stats) collect(n, offset int) []int {
	var out []int
	for i := 0; i < n; i++ {
		out = append(out, <-s.in)
	}
	s.seen += n
	mapped := make([]int, len(out))
	f := func(v int) int { return v*s.scale + offset }
	for i, v := range out {
		mapped[i] = f(v)
	}
	return mapped
}

// Closures made in blocking code: captured variables are shared with the frame, even when
// assigned after the closure is made and across parks.
func run(ch chan int) {
	count := 0
	bump := func(d int) { count += d }
	v := <-ch
	bump(v)
	count *= 2
	bump(<-ch)
	fmt.Println("count", count)
	words := []string{"pear", "fig", "banana", "kiwi"}
	calls := 0
	desc := <-ch > 0
	sort.SliceStable(words, func(a, b int) bool {
		calls++
		d := len(words[a]) - len(words[b])
		if desc {
			return -d < 0
		}
		return d < 0
	})
	fmt.Println(strings.Join(words, ","), "after", calls > 0)
	adder := func(k int) func(int) int { return func(x int) int { return x + k + v } }
	add5 := adder(5)
	fmt.Println("add5", add5(1))
}

// A parameter that a closure assigns, in a function that blocks: the frame and the closure share it.
func drain(n int, ch chan int) int {
	take := func(d int) { n -= d }
	take(<-ch)
	n *= 10
	return n
}

func main() {
	ch := make(chan int, 3)
	ch <- 10
	ch <- 7
	ch <- 1
	run(ch)
	ch <- 4
	fmt.Println("drain", drain(9, ch))
	s := &Stats{scale: 3, in: make(chan int, 8)}
	for i := 1; i <= 4; i++ {
		s.in <- i
	}
	r := s.collect(4, 100)
	strs := make([]string, len(r))
	for i, x := range r {
		strs[i] = fmt.Sprint(x)
	}
	fmt.Println(strings.Join(strs, " "), "seen", s.seen)
	results := make(chan string)
	prefix := "got"
	handlers := map[string]func(int) string{}
	handlers["twice"] = func(x int) string { return fmt.Sprint(prefix, " ", x*2) }
	go func() { results <- handlers["twice"](21) }()
	fmt.Println(<-results)
}
