package main

import "fmt"

// The dialect side keeps the account's goroutine alive across export calls (open, deposit,
// withdraw, balance, close); here each call is a function call.

type request struct {
	kind   string
	amount int
	reply  chan int
}

var requests chan request
var finished chan bool

func account(reqs <-chan request) {
	balance := 0
	for r := range reqs {
		switch r.kind {
		case "deposit":
			balance += r.amount
			r.reply <- balance
		case "withdraw":
			if r.amount > balance {
				r.reply <- -1
			} else {
				balance -= r.amount
				r.reply <- balance
			}
		case "balance":
			r.reply <- balance
		}
	}
	fmt.Println("account closed with", balance)
	finished <- true
}

func open() {
	requests = make(chan request)
	finished = make(chan bool)
	go account(requests)
	fmt.Println("opened")
}

func ask(kind string, amount int) int {
	reply := make(chan int)
	requests <- request{kind, amount, reply}
	return <-reply
}

func deposit(n int)  { fmt.Println("deposit", n, "->", ask("deposit", n)) }
func withdraw(n int) { fmt.Println("withdraw", n, "->", ask("withdraw", n)) }
func balance()       { fmt.Println("balance", ask("balance", 0)) }

func closeAccount() {
	close(requests)
	<-finished
}

func main() {
	open()
	deposit(100)
	withdraw(30)
	withdraw(500)
	deposit(5)
	balance()
	closeAccount()
}
