package main

import "fmt"

func repeat(done <-chan struct{}, values ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for {
			for _, v := range values {
				select {
				case <-done:
					return
				case out <- v:
				}
			}
		}
	}()
	return out
}

func take(done <-chan struct{}, in <-chan int, n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			select {
			case <-done:
				return
			case out <- <-in:
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	defer close(done)
	line := ""
	for v := range take(done, repeat(done, 1, 2, 3), 10) {
		line += fmt.Sprint(v, " ")
	}
	fmt.Println(line)
}
