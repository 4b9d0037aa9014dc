package main

import (
	"fmt"
	"sync"
)

func main() {
	report := make(chan string)
	for team := 0; team < 2; team++ {
		go func() {
			var mu sync.Mutex
			var wg sync.WaitGroup
			score := 0
			for player := 1; player <= 3; player++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					mu.Lock()
					score += player * (team + 1)
					mu.Unlock()
				}()
			}
			wg.Wait()
			report <- fmt.Sprint("team ", team, " scored ", score)
		}()
	}
	a, b := <-report, <-report
	if a > b {
		a, b = b, a
	}
	fmt.Println(a)
	fmt.Println(b)
}
