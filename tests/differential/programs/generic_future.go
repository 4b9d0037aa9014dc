package main

import "fmt"

type Future[T any] struct{ c chan T }

func Async[T any](f func() T) *Future[T] {
	fut := &Future[T]{make(chan T, 1)}
	go func() { fut.c <- f() }()
	return fut
}

func (f *Future[T]) Get() T { return <-f.c }

func main() {
	a := Async(func() int { return 6 * 7 })
	b := Async(func() string { return "forty-two" })
	fmt.Println(a.Get(), b.Get())
}
