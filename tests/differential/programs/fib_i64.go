package main

import "fmt"

func fibonacci(n int, c chan int64) {
	var x, y int64 = 0, 1
	for i := 0; i < n; i++ {
		c <- x
		x, y = y, x+y
	}
	close(c)
}

func main() {
	c := make(chan int64, 10)
	go fibonacci(91, c)
	var last int64
	count := 0
	for v := range c {
		last = v
		count++
		if count%30 == 0 {
			fmt.Println(count, v)
		}
	}
	fmt.Println("last", last, "overflows i32:", last > 1<<31)
	u := make(chan uint8, 1)
	u <- 250
	fmt.Println("u8 wraps", (<-u)+10)
}
