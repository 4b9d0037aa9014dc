package main

import "fmt"

type Box struct{ c chan int }

func (b *Box) Get() int { return <-b.c }

type Sub struct{ Box }

func (s *Sub) Twice() int { return s.Box.Get() * 2 }

func main() {
	s := &Sub{Box{make(chan int, 2)}}
	s.c <- 21
	s.c <- 5
	fmt.Println(s.Twice(), s.Get())
}
