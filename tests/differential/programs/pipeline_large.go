package main

import "fmt"

func stage(in <-chan int, out chan<- int, add int) {
	for v := range in {
		out <- v + add
	}
	close(out)
}

func main() {
	const n = 100000
	first := make(chan int, 16)
	in := first
	for s := 1; s <= 5; s++ {
		out := make(chan int)
		if s%2 == 0 {
			out = make(chan int, 8)
		}
		go stage(in, out, s)
		in = out
	}
	go func() {
		for i := 0; i < n; i++ {
			first <- i
		}
		close(first)
	}()
	var sum int64
	count := 0
	for v := range in {
		sum += int64(v)
		count++
	}
	fmt.Println(count, sum)
}
