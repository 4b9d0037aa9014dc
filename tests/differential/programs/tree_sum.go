package main

import "fmt"

type Node struct {
	value       int
	left, right *Node
}

func build(lo, hi int) *Node {
	if lo > hi {
		return nil
	}
	mid := (lo + hi) / 2
	return &Node{mid, build(lo, mid-1), build(mid+1, hi)}
}

func sum(n *Node, out chan<- int) {
	if n == nil {
		out <- 0
		return
	}
	left, right := make(chan int), make(chan int)
	go sum(n.left, left)
	go sum(n.right, right)
	out <- n.value + <-left + <-right
}

func depth(n *Node) int {
	if n == nil {
		return 0
	}
	return 1 + max(depth(n.left), depth(n.right))
}

func main() {
	root := build(1, 100)
	out := make(chan int)
	go sum(root, out)
	fmt.Println("sum", <-out, "depth", depth(root))
}
