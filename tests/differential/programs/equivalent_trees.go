package main

import "fmt"

type Tree struct {
	Left  *Tree
	Value int
	Right *Tree
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{nil, v, nil}
	}
	if v < t.Value {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func New(k int, order []int) *Tree {
	var t *Tree
	for _, v := range order {
		t = insert(t, v*k)
	}
	return t
}

func walk(t *Tree, ch chan int) {
	if t == nil {
		return
	}
	walk(t.Left, ch)
	ch <- t.Value
	walk(t.Right, ch)
}

func Walk(t *Tree, ch chan int) {
	walk(t, ch)
	close(ch)
}

func Same(t1, t2 *Tree) bool {
	c1, c2 := make(chan int), make(chan int)
	go Walk(t1, c1)
	go Walk(t2, c2)
	for {
		v1, ok1 := <-c1
		v2, ok2 := <-c2
		if ok1 != ok2 || v1 != v2 {
			return false
		}
		if !ok1 {
			return true
		}
	}
}

func main() {
	ch := make(chan int)
	go Walk(New(1, []int{5, 3, 8, 1, 4, 7, 9, 2, 6, 10}), ch)
	line := ""
	for v := range ch {
		line += fmt.Sprint(v, " ")
	}
	fmt.Println(line)
	fmt.Println(Same(New(1, []int{5, 3, 8, 1, 4, 7, 9, 2, 6, 10}), New(1, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10})))
	fmt.Println(Same(New(1, []int{5, 3, 8}), New(2, []int{5, 3, 8})))
	fmt.Println(Same(New(1, []int{1, 2}), New(1, []int{1, 2, 3})))
}
