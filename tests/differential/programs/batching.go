package main

import "fmt"

func batch(in <-chan int, size int) <-chan []int {
	out := make(chan []int)
	go func() {
		defer close(out)
		buf := make([]int, 0, size)
		for v := range in {
			buf = append(buf, v)
			if len(buf) == size {
				out <- buf
				buf = make([]int, 0, size)
			}
		}
		if len(buf) > 0 {
			out <- buf
		}
	}()
	return out
}

func main() {
	in := make(chan int)
	go func() {
		for i := 1; i <= 10; i++ {
			in <- i
		}
		close(in)
	}()
	for b := range batch(in, 3) {
		sum := 0
		for _, v := range b {
			sum += v
		}
		fmt.Println(b, "sum", sum)
	}
}
