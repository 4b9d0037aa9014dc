package main

import "fmt"

func main() {
	out := make(chan string, 10)
	x := 1
	done := make(chan bool)
	go func() {
		x := x * 10
		inner := make(chan bool)
		go func() {
			x := x + 5
			out <- fmt.Sprint("innermost x ", x)
			inner <- true
		}()
		<-inner
		x++
		out <- fmt.Sprint("middle x ", x)
		done <- true
	}()
	<-done
	x += 100
	out <- fmt.Sprint("outer x ", x)
	close(out)
	for s := range out {
		fmt.Println(s)
	}
}
