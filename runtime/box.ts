// A variable shared between a goroutine and the function that started it, when either one
// assigns it after the goroutine captured it: Go's capture by reference. Both frames hold
// the same Box and read and write `value` (docs/lowering.md). Variables nobody reassigns
// are copied into the goroutine's frame instead, and need no Box.
export class Box<T> {
  constructor(public value: T) {}
}
