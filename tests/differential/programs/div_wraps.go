package main

import (
	"fmt"
	"math"
)

// Integer division at the edges, with divisors that come through a channel (not constants).
func main() {
	ds := make(chan int32, 4)
	ds <- -1
	ds <- 7
	m1 := <-ds
	seven := <-ds
	var min32 int32 = math.MinInt32
	var min64 int64 = math.MinInt64
	fmt.Println(fmt.Sprintf("%d %d %d %d", min32/m1, min32%m1, min64/int64(m1), min64%int64(m1)))
	fmt.Println(fmt.Sprintf("%d %d %d", -7/seven, -7%seven, uint32(4000000000)/uint32(seven)))
	zeros := make(chan int64, 1)
	zeros <- 0
	fmt.Println(int64(1) % <-zeros)
}
