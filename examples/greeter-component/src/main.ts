// A component with a WIT world (wit/greeter.wit): the directives below must match it, and
// the build wraps the module with it. Strings, a list and a record with an option cross the
// boundary as the Component Model's canonical ABI says.
import { go, Chan, WaitGroup } from "ts-wasmexport";

export class Person {
  name: string = "";
  languages: Array<string> = [];
  title: string | null = null;
}

// @wasmimport $root log
declare function log(message: string): void;

function hello(language: string): string {
  if (language == "fr") return "Bonjour";
  if (language == "de") return "Guten Tag";
  if (language == "ja") return "こんにちは";
  return "Hello";
}

// @wasmexport greet
export function greet(who: Person): string {
  const language = who.languages.length > 0 ? who.languages[0] : "en";
  const title = who.title;
  const greeting = hello(language) + ", " + (title === null ? "" : title + " ") + who.name + "!";
  log(greeting);
  return greeting;
}

class Greeting {
  constructor(public index: i32, public text: string) {}
}

// @wasmexport greet-all
export function greetAll(people: Array<Person>): Array<string> {
  const done = new Chan<Greeting>(people.length);
  const wg = new WaitGroup();
  for (let i = 0; i < people.length; i++) {
    wg.add(1);
    go((index: i32, who: Person) => {
      done.send(new Greeting(index, greet(who)));
      wg.done();
    }, i, people[i]);
  }
  wg.wait();
  const out = new Array<string>(people.length);
  for (let i = 0; i < people.length; i++) {
    const g = done.recv();
    out[g.index] = g.text;
  }
  return out;
}
