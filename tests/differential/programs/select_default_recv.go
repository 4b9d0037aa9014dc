package main

import "fmt"

func poll(ch chan int) string {
	select {
	case v, ok := <-ch:
		if !ok {
			return "closed"
		}
		return fmt.Sprint("value ", v)
	default:
		return "empty"
	}
}

func main() {
	ch := make(chan int, 3)
	fmt.Println(poll(ch))
	ch <- 1
	ch <- 2
	fmt.Println(poll(ch))
	fmt.Println(poll(ch))
	fmt.Println(poll(ch))
	ch <- 3
	close(ch)
	fmt.Println(poll(ch))
	fmt.Println(poll(ch))
	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println("nil channel gave", v)
	default:
		fmt.Println("nil channel never ready")
	}
}
