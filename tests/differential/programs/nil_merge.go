package main

import "fmt"

func count(from, to int) <-chan int {
	out := make(chan int)
	go func() {
		for i := from; i < to; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func main() {
	a, b := count(0, 5), count(100, 103)
	sumA, sumB, n, closed := 0, 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				closed++
				continue
			}
			sumA += v
			n++
		case v, ok := <-b:
			if !ok {
				b = nil
				closed++
				continue
			}
			sumB += v
			n++
		}
	}
	fmt.Println(n, sumA, sumB, "closed", closed)
}
