package main

import "fmt"

func safeDivide(a, b int, results chan<- string) {
	defer func() {
		if r := recover(); r != nil {
			results <- fmt.Sprint("recovered: ", r)
		}
	}()
	if b == 0 {
		panic("division by zero")
	}
	results <- fmt.Sprint(a / b)
}

func main() {
	results := make(chan string)
	go safeDivide(10, 2, results)
	fmt.Println(<-results)
	go safeDivide(1, 0, results)
	fmt.Println(<-results)
}
