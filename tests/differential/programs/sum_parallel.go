package main

import "fmt"

func sum(s []int, c chan int) {
	total := 0
	for _, v := range s {
		total += v
	}
	c <- total
}

func main() {
	s := []int{7, 2, 8, -9, 4, 0, 13, 5, -1, 6}
	c := make(chan int)
	go sum(s[:len(s)/2], c)
	go sum(s[len(s)/2:], c)
	x, y := <-c, <-c
	if x > y {
		x, y = y, x
	}
	fmt.Println(x, y, x+y)
	parts := 5
	results := make(chan int, parts)
	size := len(s) / parts
	for p := 0; p < parts; p++ {
		go sum(s[p*size:(p+1)*size], results)
	}
	total := 0
	for p := 0; p < parts; p++ {
		total += <-results
	}
	fmt.Println("total", total)
}
