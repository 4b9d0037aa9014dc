package main

import "fmt"

type Message struct {
	str  string
	wait chan bool
}

func boring(msg string, c chan<- Message) {
	waitForIt := make(chan bool)
	for i := 0; ; i++ {
		c <- Message{fmt.Sprintf("%s %d", msg, i), waitForIt}
		<-waitForIt
	}
}

func fanIn(a, b <-chan Message) <-chan Message {
	c := make(chan Message)
	go func() {
		for {
			select {
			case m := <-a:
				c <- m
			case m := <-b:
				c <- m
			}
		}
	}()
	return c
}

func main() {
	a, b := make(chan Message), make(chan Message)
	go boring("Joe", a)
	go boring("Ann", b)
	c := fanIn(a, b)
	var lines []string
	for i := 0; i < 4; i++ {
		msg1 := <-c
		msg2 := <-c
		first, second := msg1.str, msg2.str
		if first > second {
			first, second = second, first
		}
		lines = append(lines, first+" / "+second)
		msg1.wait <- true
		msg2.wait <- true
	}
	for _, l := range lines {
		fmt.Println(l)
	}
}
