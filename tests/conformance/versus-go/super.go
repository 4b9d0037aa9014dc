package main

import "fmt"

type Box struct {
	ch chan int
}

func (b *Box) get() int {
	return <-b.ch
}

type Sub struct {
	Box
}

func (s *Sub) twice() int {
	return s.Box.get() * 2
}

func main() {
	ch := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			ch <- i
		}
	}()
	s := &Sub{Box{ch}}
	fmt.Println(s.twice())
	fmt.Println(s.get() + s.twice())
}
