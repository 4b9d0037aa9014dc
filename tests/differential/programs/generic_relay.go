package main

import "fmt"

func relay[T any](in <-chan T) <-chan T {
	out := make(chan T)
	go func() {
		for v := range in {
			out <- v
		}
		close(out)
	}()
	return out
}

func main() {
	in := make(chan string)
	go func() {
		for _, w := range []string{"a", "b", "c"} {
			in <- w
		}
		close(in)
	}()
	for v := range relay(relay(in)) {
		fmt.Println(v)
	}
}
