// A compound assignment whose right side blocks and is itself an operation: `x -= a - <-ch`
// is `x = x - (a - <-ch)`, whatever the left is (a field, an element, a shared variable).
package main

import "fmt"

type Counter struct {
	n int32
	f float64
}

func run(ch chan int32, fc chan float64) {
	c := &Counter{n: 100, f: 1.0}
	c.n -= 10 - <-ch
	fmt.Println(c.n)
	xs := []int32{50, 60}
	xs[1] -= 5 - <-ch
	fmt.Println(xs[1])
	shared := int32(7)
	done := make(chan bool)
	go func() {
		shared += 0
		done <- true
	}()
	<-done
	shared -= 3 - <-ch
	fmt.Println(shared)
	c.f -= 1e-17 - <-fc
	if c.f == 1.0 {
		fmt.Println("one")
	} else {
		fmt.Println("not one")
	}
	c.n <<= 1 + <-ch
	fmt.Println(c.n)
}

func main() {
	ch := make(chan int32, 8)
	fc := make(chan float64, 1)
	ch <- 4
	ch <- 2
	ch <- 1
	fc <- 1e-17
	ch <- 1
	run(ch, fc)
}
