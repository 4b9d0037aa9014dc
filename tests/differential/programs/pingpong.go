package main

import "fmt"

type Ball struct{ hits int }

func player(name string, in <-chan *Ball, out chan<- *Ball, done chan<- bool) {
	for ball := range in {
		ball.hits++
		fmt.Println(name, ball.hits)
		if ball.hits == 6 {
			close(out)
			break
		}
		out <- ball
	}
	done <- true
}

func main() {
	a, b := make(chan *Ball), make(chan *Ball)
	done := make(chan bool)
	go player("ping", a, b, done)
	go player("pong", b, a, done)
	a <- new(Ball)
	<-done
	<-done
}
