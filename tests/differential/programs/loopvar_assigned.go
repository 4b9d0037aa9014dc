package main

import "fmt"

func main() {
	start := make(chan bool)
	res := make(chan int, 6)
	n := 0
	for i := 0; i < 6; i++ {
		go func() {
			<-start
			res <- i
		}()
		i++
		n++
	}
	close(start)
	sum := 0
	for k := 0; k < n; k++ {
		sum += <-res
	}
	fmt.Println(n, sum)
}
