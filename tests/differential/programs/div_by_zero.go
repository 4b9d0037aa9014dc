package main

import "fmt"

func main() {
	divisors := make(chan int, 2)
	divisors <- 4
	divisors <- 0
	for i := 0; i < 2; i++ {
		d := <-divisors
		fmt.Println(100 / d)
	}
}
