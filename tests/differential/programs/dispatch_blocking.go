package main

import "fmt"

// Blocking methods called through interfaces, overrides and super.
type Named interface{ Name() string }

type Stage interface {
	Named
	Process(v, scale int) int
}

type Doubler struct{}

func (Doubler) Name() string                { return "doubler" }
func (Doubler) Process(v, scale int) int    { return v * 2 * scale }

type Remote struct{ req, res chan int }

func NewRemote() *Remote {
	r := &Remote{make(chan int), make(chan int)}
	go func() {
		for v := range r.req {
			r.res <- v + 1000
		}
	}()
	return r
}
func (r *Remote) Name() string { return "remote" }
func (r *Remote) Process(v, scale int) int {
	r.req <- v * scale
	return <-r.res
}

type LoggedRemote struct {
	*Remote
	log chan string
}

func (l *LoggedRemote) Name() string { return "logged " + l.Remote.Name() }
func (l *LoggedRemote) Process(v, scale int) int {
	r := l.Remote.Process(v, scale)
	l.log <- fmt.Sprint("processed ", v)
	return r
}

type Shape interface{ Area() int }

func describe(s Shape) string { return fmt.Sprint("area ", s.Area()) }

type Square struct{ side int }

func (s Square) Area() int { return s.side * s.side }

type Measured struct{ c chan int }

func (m Measured) Area() int { return <-m.c }

func run(stages []Stage, v int) int {
	x := v
	for _, s := range stages {
		x = s.Process(x, 1)
		fmt.Println(s.Name(), "->", x)
	}
	return x
}

func main() {
	logged := &LoggedRemote{NewRemote(), make(chan string, 10)}
	stages := []Stage{Doubler{}, NewRemote(), logged, Doubler{}}
	fmt.Println("result", run(stages, 5))
	fmt.Println(<-logged.log)
	c := make(chan int, 1)
	c <- 42
	for _, s := range []Shape{Square{3}, Measured{c}} {
		fmt.Println(describe(s))
	}
}
