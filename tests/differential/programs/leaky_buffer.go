package main

import "fmt"

type Buffer struct {
	id   int
	data string
}

func main() {
	freeList := make(chan *Buffer, 2)
	serverChan := make(chan *Buffer)
	acks := make(chan bool)
	allocated := 0
	go func() {
		for b := range serverChan {
			fmt.Println("server got buffer", b.id, "holding", b.data)
			select {
			case freeList <- b:
			default:
				fmt.Println("free list full, dropping", b.id)
			}
			acks <- true
		}
	}()
	for round := 0; round < 3; round++ {
		batch := []*Buffer{}
		for i := 0; i < 3; i++ {
			var b *Buffer
			select {
			case b = <-freeList:
			default:
				allocated++
				b = &Buffer{id: allocated}
			}
			b.data = fmt.Sprintf("msg%d%d", round, i)
			batch = append(batch, b)
		}
		for _, b := range batch {
			serverChan <- b
			<-acks
		}
	}
	close(serverChan)
	fmt.Println("allocated", allocated, "free", len(freeList))
}
