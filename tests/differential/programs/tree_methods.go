package main

import "fmt"

type Tree struct {
	left, right *Tree
	value       int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{value: v}
	}
	if v < t.value {
		t.left = t.left.Insert(v)
	} else {
		t.right = t.right.Insert(v)
	}
	return t
}

func (t *Tree) Walk(ch chan<- int) {
	if t.left != nil {
		t.left.Walk(ch)
	}
	ch <- t.value
	if t.right != nil {
		t.right.Walk(ch)
	}
}

func (t *Tree) WalkReverse(ch chan<- int, depth int) {
	if t.right != nil {
		t.right.WalkReverse(ch, depth+1)
	}
	ch <- t.value*100 + depth
	if t.left != nil {
		t.left.WalkReverse(ch, depth+1)
	}
}

func main() {
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		root = root.Insert(v)
	}
	ch := make(chan int)
	go func() {
		root.Walk(ch)
		root.WalkReverse(ch, 0)
		close(ch)
	}()
	line := ""
	for v := range ch {
		line += fmt.Sprint(v, " ")
	}
	fmt.Println(line)
}
