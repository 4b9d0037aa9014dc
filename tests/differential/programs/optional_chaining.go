package main

import "fmt"

type Node struct {
	next *Node
	val  int
}

func main() {
	nodes := make(chan *Node, 3)
	nodes <- &Node{&Node{nil, 2}, 1}
	nodes <- &Node{nil, 3}
	nodes <- nil
	close(nodes)
	for n := range nodes {
		second := -1
		if n != nil && n.next != nil {
			second = n.next.val
		}
		fmt.Println(second)
	}
}
