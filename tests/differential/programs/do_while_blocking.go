package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		for _, v := range []int{5, 4, 3, 0, 9} {
			ch <- v
		}
	}()
	count, total := 0, 0
	for {
		v := <-ch
		total += v
		count++
		if v == 0 {
			break
		}
	}
	fmt.Println(count, total)
	fmt.Println("after", <-ch)
}
