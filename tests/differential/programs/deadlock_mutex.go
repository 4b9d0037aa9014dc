package main

import (
	"fmt"
	"sync"
)

type Store struct {
	mu   sync.Mutex
	data map[string]int
}

func (s *Store) Get(k string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.data[k]
}

func (s *Store) Incr(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.data[k] = s.Get(k) + 1
}

func main() {
	s := &Store{data: map[string]int{"a": 1}}
	fmt.Println("a is", s.Get("a"))
	s.Incr("a")
	fmt.Println("not reached")
}
