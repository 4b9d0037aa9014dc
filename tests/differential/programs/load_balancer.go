package main

import (
	"fmt"
	"sort"
)

type Request struct {
	n     int
	reply chan string
}

func server(id int, reqs <-chan Request) {
	handled := 0
	for r := range reqs {
		handled++
		r.reply <- fmt.Sprintf("server %d: %d squared is %d (request %d here)", id, r.n, r.n*r.n, handled)
	}
}

func main() {
	servers := make([]chan Request, 3)
	for i := range servers {
		servers[i] = make(chan Request)
		go server(i, servers[i])
	}
	replies := make(chan string, 9)
	for n := 1; n <= 9; n++ {
		servers[n%len(servers)] <- Request{n, replies}
	}
	var lines []string
	for i := 0; i < 9; i++ {
		lines = append(lines, <-replies)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	for _, s := range servers {
		close(s)
	}
}
