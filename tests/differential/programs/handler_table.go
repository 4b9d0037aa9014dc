package main

import "fmt"

var replies = make(chan string, 10)

func greet(arg string) { replies <- "hello " + arg }
func shout(arg string) { replies <- arg + "!" }

func main() {
	handlers := map[string]func(string){"greet": greet, "shout": shout}
	for _, cmd := range []string{"greet", "shout", "greet"} {
		handlers[cmd]("bob")
		fmt.Println(<-replies)
	}
}
