package main

import "fmt"

func check(v int) {
	if v > 2 {
		panic(fmt.Sprintf("value %d out of range", v))
	}
}

func main() {
	in := make(chan int)
	done := make(chan bool)
	go func() {
		for v := range in {
			check(v)
			fmt.Println("ok", v)
		}
		done <- true
	}()
	for i := 1; i <= 5; i++ {
		in <- i
	}
	close(in)
	<-done
}
