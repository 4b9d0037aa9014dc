import { go, Chan, select, recv } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport go_in_select_case
function main(): void {
  const reqs = new Chan<i32>();
  const quit = new Chan<bool>();
  const results = new Chan<string>(10);
  const served = new Chan<i32>();
  go(() => {
    let n = 0;
    while (true) {
      let stop = false;
      select(
        recv(reqs, (r: i32) => {
          n++;
          const k = n;
          go(() => results.send(`handled ${r} as request ${k}`));
        }),
        recv(quit, () => {
          served.send(n);
          stop = true;
        }),
      );
      if (stop) return;
    }
  });
  for (let i = 1; i <= 4; i++) reqs.send(i * 10);
  quit.send(true);
  const n = served.recv();
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(results.recv());
  lines.sort();
  for (const l of lines) println(l);
}
