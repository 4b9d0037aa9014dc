package main

import (
	"fmt"
	"sync"
)

type Account struct {
	id      int
	mu      sync.Mutex
	balance int
}

func transfer(from, to *Account, amount int) bool {
	first, second := from, to
	if to.id < from.id {
		first, second = to, from
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if from.balance < amount {
		return false
	}
	from.balance -= amount
	to.balance += amount
	return true
}

func main() {
	accounts := []*Account{{id: 0, balance: 100}, {id: 1, balance: 50}, {id: 2, balance: 0}}
	var wg sync.WaitGroup
	results := make(chan bool, 30)
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			from := accounts[i%3]
			to := accounts[(i+1)%3]
			results <- transfer(from, to, 10)
		}()
	}
	wg.Wait()
	close(results)
	total := 0
	for _, a := range accounts {
		total += a.balance
	}
	fmt.Println("money is conserved:", total == 150)
}
