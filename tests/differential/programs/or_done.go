package main

import "fmt"

func orDone(done <-chan struct{}, c <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for {
			select {
			case <-done:
				return
			case v, ok := <-c:
				if !ok {
					return
				}
				select {
				case out <- v:
				case <-done:
					return
				}
			}
		}
	}()
	return out
}

func naturals() <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; ; i++ {
			out <- i
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	sum := 0
	for v := range orDone(done, naturals()) {
		sum += v
		if v == 10 {
			close(done)
			break
		}
	}
	fmt.Println("sum", sum)
	short := make(chan int, 3)
	short <- 7
	short <- 8
	close(short)
	for v := range orDone(make(chan struct{}), short) {
		fmt.Println("got", v)
	}
}
