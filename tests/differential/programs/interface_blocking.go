package main

import "fmt"

type Source interface {
	Next() int
}

type ChanSource struct{ c chan int }

func (s *ChanSource) Next() int { return <-s.c }

type Counter struct{ n int }

func (s *Counter) Next() int { s.n++; return s.n }

func sum(s Source, n int) int {
	t := 0
	for i := 0; i < n; i++ {
		t += s.Next()
	}
	return t
}

func main() {
	c := make(chan int)
	go func() {
		for i := 100; ; i++ {
			c <- i
		}
	}()
	fmt.Println(sum(&ChanSource{c}, 3), sum(&Counter{}, 3))
}
