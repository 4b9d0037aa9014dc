package main

import "fmt"

func main() {
	ch := make(chan int, 10)
	for _, v := range []int{4, 8, 15, 16, 0, 23, 42} {
		ch <- v
	}
	sum := 0
	for v := <-ch; v != 0; v = <-ch {
		sum += v
	}
	fmt.Println("sum", sum, "left", len(ch))
	for len(ch) > 0 && <-ch < 40 {
		fmt.Println("still below 40")
	}
	fmt.Println("left", len(ch))
}
