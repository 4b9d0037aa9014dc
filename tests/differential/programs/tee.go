package main

import "fmt"

func tee(in <-chan int) (<-chan int, <-chan int) {
	out1, out2 := make(chan int), make(chan int)
	go func() {
		defer close(out1)
		defer close(out2)
		for v := range in {
			var o1, o2 = out1, out2
			for i := 0; i < 2; i++ {
				select {
				case o1 <- v:
					o1 = nil
				case o2 <- v * 10:
					o2 = nil
				}
			}
		}
	}()
	return out1, out2
}

func main() {
	in := make(chan int)
	go func() {
		for i := 1; i <= 4; i++ {
			in <- i
		}
		close(in)
	}()
	a, b := tee(in)
	for v := range a {
		fmt.Println("a", v, "b", <-b)
	}
}
