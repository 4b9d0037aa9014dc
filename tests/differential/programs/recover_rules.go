package main

import "fmt"

func check(v int) int {
	if v > 2 {
		panic(fmt.Sprintf("too big: %d", v))
	}
	return v * 10
}

// The panic starts two calls down; the deferred closure stops it, and safe returns 0.
func safe(v int) int {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	return check(v) + 1
}

func nested(v int) int {
	defer func() { fmt.Println("nested defer runs") }()
	return safe(v) + 1
}

func noPanic() {
	defer func() {
		r := recover()
		fmt.Println("recover without a panic:", r == nil)
	}()
	fmt.Println("noPanic body")
}

func helper() bool { return recover() == nil }

// recover() not called directly by the deferred function recovers nothing.
func indirect() {
	defer func() { fmt.Println("indirect recover is nil:", helper()) }()
	defer func() { fmt.Println("earlier defer runs too") }()
	panic("not stopped")
}

func main() {
	for i := 1; i <= 4; i++ {
		fmt.Println(safe(i))
	}
	fmt.Println(nested(5))
	noPanic()
	done := make(chan string)
	go func() {
		defer func() {
			r := recover()
			done <- fmt.Sprint("goroutine recovered: ", r)
		}()
		check(9)
		done <- "not reached"
	}()
	fmt.Println(<-done)
	indirect()
	fmt.Println("not reached")
}
