package main

import "fmt"

func node(id int, in <-chan int, out chan<- int, done chan<- string) {
	for token := range in {
		if token == 0 {
			done <- fmt.Sprint("node ", id, " holds the last hop")
			close(out)
			for range in {
			}
			return
		}
		out <- token - 1
	}
	close(out)
}

func main() {
	const n = 7
	first := make(chan int)
	in := first
	done := make(chan string)
	var last chan int
	for i := 0; i < n; i++ {
		out := make(chan int)
		if i == n-1 {
			last = out
		}
		go node(i, in, out, done)
		in = out
	}
	go func() {
		for v := range last {
			first <- v
		}
		close(first)
	}()
	first <- 20
	fmt.Println(<-done)
}
