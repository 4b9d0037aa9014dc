package main

import "fmt"

type request struct {
	a, b  int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		go func(r request) { r.reply <- r.a * r.b }(r)
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	replies := []chan int{}
	for i := 1; i <= 5; i++ {
		r := request{i, i + 1, make(chan int, 1)}
		reqs <- r
		replies = append(replies, r.reply)
	}
	for i, c := range replies {
		fmt.Println(i+1, "*", i+2, "=", <-c)
	}
	close(reqs)
}
