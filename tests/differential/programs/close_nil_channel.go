package main

import "fmt"

func main() {
	var quit chan struct{}
	fmt.Println("closing a nil channel")
	close(quit)
}
