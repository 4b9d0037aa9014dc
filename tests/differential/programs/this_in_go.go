package main

import "fmt"

type Server struct {
	name  string
	reqs  chan int
	total int
	done  chan bool
}

func (s *Server) Start() {
	go func() {
		for r := range s.reqs {
			s.total += r
		}
		s.done <- true
	}()
}

func main() {
	s := &Server{name: "adder", reqs: make(chan int), done: make(chan bool)}
	s.Start()
	for i := 1; i <= 4; i++ {
		s.reqs <- i
	}
	close(s.reqs)
	<-s.done
	fmt.Println(s.name, s.total)
}
