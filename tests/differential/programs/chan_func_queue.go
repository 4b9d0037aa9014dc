package main

import "fmt"

func main() {
	work := make(chan func(), 4)
	done := make(chan bool)
	total := 0
	go func() {
		for f := range work {
			f()
		}
		done <- true
	}()
	for i := 1; i <= 4; i++ {
		work <- func() { total += i * i }
	}
	close(work)
	<-done
	fmt.Println("total", total)
}
