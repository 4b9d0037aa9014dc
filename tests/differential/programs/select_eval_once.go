package main

import "fmt"

var calls []string

func value(name string, v int) int {
	calls = append(calls, name)
	return v
}

func channel(name string, c chan int) chan int {
	calls = append(calls, name)
	return c
}

func main() {
	full := make(chan int)
	ready := make(chan int, 1)
	ready <- 5
	select {
	case full <- value("send value", 1):
		fmt.Println("sent?")
	case v := <-channel("recv channel", ready):
		fmt.Println("received", v)
	}
	select {
	case channel("send channel", full) <- value("second send value", 2):
		fmt.Println("sent?")
	default:
		fmt.Println("default")
	}
	fmt.Println(calls)
}
