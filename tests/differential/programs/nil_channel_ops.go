package main

import "fmt"

type pipe struct {
	in  chan int
	out chan int
}

func main() {
	p := pipe{out: make(chan int, 1)}
	started := make(chan bool)
	go func() {
		started <- true
		v := <-p.in // nil: blocks forever
		fmt.Println("never", v)
	}()
	<-started
	p.out <- 7
	fmt.Println("out", <-p.out)
	fmt.Println("in is nil", p.in == nil)
	close(p.in)
}
