package main

import "fmt"

func slowSquare(n int) <-chan int {
	f := make(chan int, 1)
	go func() {
		s := 0
		for i := 0; i < n; i++ {
			s += n
		}
		f <- s
	}()
	return f
}

func sumAsync(a, b <-chan int) <-chan int {
	f := make(chan int, 1)
	go func() { f <- <-a + <-b }()
	return f
}

func main() {
	futures := []<-chan int{}
	for i := 1; i <= 5; i++ {
		futures = append(futures, slowSquare(i))
	}
	for i, f := range futures {
		fmt.Println(i+1, "squared is", <-f)
	}
	fmt.Println("3²+4² =", <-sumAsync(slowSquare(3), slowSquare(4)))
}
