package main

import "fmt"

func countdown(n int, out chan<- int) {
	done := make(chan bool)
	go func() {
		for n > 0 {
			out <- n
			n--
		}
		done <- true
	}()
	<-done
	close(out)
}

func main() {
	out := make(chan int, 10)
	countdown(4, out)
	for v := range out {
		fmt.Println(v)
	}
}
