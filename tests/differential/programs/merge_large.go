package main

import "fmt"

func produce(from, n int) <-chan int {
	out := make(chan int, 4)
	go func() {
		for i := 0; i < n; i++ {
			out <- from + i
		}
		close(out)
	}()
	return out
}

func main() {
	a, b, c := produce(0, 50000), produce(1000000, 30000), produce(5000000, 1)
	var sum int64
	count := 0
	for a != nil || b != nil || c != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += int64(v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += int64(v)
		case v, ok := <-c:
			if !ok {
				c = nil
				continue
			}
			sum += int64(v)
		}
		count++
	}
	fmt.Println(count, sum)
}
