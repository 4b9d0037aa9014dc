package main

import (
	"fmt"
	"sort"
	"sync"
)

type Broker struct {
	mu   sync.Mutex
	subs map[string][]chan string
}

func (b *Broker) Subscribe(topic string) <-chan string {
	b.mu.Lock()
	defer b.mu.Unlock()
	ch := make(chan string, 8)
	b.subs[topic] = append(b.subs[topic], ch)
	return ch
}

func (b *Broker) Publish(topic, msg string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, ch := range b.subs[topic] {
		ch <- msg
	}
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, subs := range b.subs {
		for _, ch := range subs {
			close(ch)
		}
	}
}

func main() {
	b := &Broker{subs: map[string][]chan string{}}
	var wg sync.WaitGroup
	var mu sync.Mutex
	lines := []string{}
	listen := func(name string, ch <-chan string) {
		defer wg.Done()
		for msg := range ch {
			mu.Lock()
			lines = append(lines, name+" got "+msg)
			mu.Unlock()
		}
	}
	wg.Add(3)
	go listen("alice", b.Subscribe("news"))
	go listen("bob", b.Subscribe("news"))
	go listen("carol", b.Subscribe("sport"))
	b.Publish("news", "rain")
	b.Publish("sport", "goal")
	b.Publish("news", "sun")
	b.Publish("weather", "nobody")
	b.Close()
	wg.Wait()
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}
