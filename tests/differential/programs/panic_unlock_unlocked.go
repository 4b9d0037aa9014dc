package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	a.balance += n
	a.mu.Unlock()
}

func (a *Account) Buggy(n int) {
	a.balance += n
	a.mu.Unlock()
}

func main() {
	a := &Account{}
	done := make(chan bool)
	go func() {
		a.Deposit(5)
		done <- true
	}()
	<-done
	fmt.Println("balance", a.balance)
	a.Buggy(1)
	fmt.Println("not reached")
}
