package main

import (
	"fmt"
	"sort"
)

func main() {
	reqs := make(chan int)
	quit := make(chan bool)
	results := make(chan string, 10)
	served := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case r := <-reqs:
				n++
				k := n
				go func() { results <- fmt.Sprint("handled ", r, " as request ", k) }()
			case <-quit:
				served <- n
				return
			}
		}
	}()
	for i := 1; i <= 4; i++ {
		reqs <- i * 10
	}
	quit <- true
	n := <-served
	var lines []string
	for i := 0; i < n; i++ {
		lines = append(lines, <-results)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}
