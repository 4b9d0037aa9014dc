package main

import "fmt"

type Source interface{ Next() int }

type Base struct{}

func (Base) Next() int { return 1 }

type Queued struct {
	Base
	c chan int
}

func (q Queued) Next() int { return <-q.c }

func total(s Source, n int) int {
	t := 0
	for i := 0; i < n; i++ {
		t += s.Next()
	}
	return t
}

func main() {
	c := make(chan int, 3)
	c <- 10
	c <- 20
	c <- 30
	fmt.Println(total(Base{}, 3), total(Queued{c: c}, 3))
}
