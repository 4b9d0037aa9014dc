import { go, Chan, Mutex, WaitGroup, defer } from "ts-wasmexport";
import { println } from "./fmt";

class Broker {
  mu: Mutex = new Mutex();
  subs: Map<string, Chan<string>[]> = new Map<string, Chan<string>[]>();

  subscribe(topic: string): Chan<string> {
    this.mu.lock();
    const ch = new Chan<string>(8);
    if (!this.subs.has(topic)) this.subs.set(topic, []);
    this.subs.get(topic).push(ch);
    this.mu.unlock();
    return ch;
  }

  publish(topic: string, msg: string): void {
    this.mu.lock();
    if (this.subs.has(topic)) {
      for (const ch of this.subs.get(topic)) ch.send(msg);
    }
    this.mu.unlock();
  }

  close(): void {
    this.mu.lock();
    for (const subs of this.subs.values()) {
      for (const ch of subs) ch.close();
    }
    this.mu.unlock();
  }
}

let lines: string[] = [];
const linesMu = new Mutex();

function listen(name: string, ch: Chan<string>, wg: WaitGroup): void {
  defer(() => wg.done());
  for (const msg of ch) {
    linesMu.lock();
    lines.push(`${name} got ${msg}`);
    linesMu.unlock();
  }
}

// @wasmexport pubsub
function main(): void {
  const b = new Broker();
  const wg = new WaitGroup();
  wg.add(3);
  go(listen, "alice", b.subscribe("news"), wg);
  go(listen, "bob", b.subscribe("news"), wg);
  go(listen, "carol", b.subscribe("sport"), wg);
  b.publish("news", "rain");
  b.publish("sport", "goal");
  b.publish("news", "sun");
  b.publish("weather", "nobody");
  b.close();
  wg.wait();
  lines.sort();
  for (const l of lines) println(l);
}
