import { go, Chan, select, recv, otherwise } from "ts-wasmexport";
import { println } from "./fmt";

// @wasmexport rate_limit_tokens
function main(): void {
  const tokens = new Chan<bool>(3);
  for (let i = 0; i < 3; i++) tokens.send(true);
  const requests = new Chan<i32>(8);
  for (let i = 1; i <= 8; i++) requests.send(i);
  requests.close();
  const refills = new Chan<bool>();
  const served = new Chan<bool>();
  go(() => {
    for (const _ of refills) tokens.send(true);
  });
  for (const req of requests) {
    select(
      recv(tokens, () => {
        println(`request ${req} served`);
      }),
      otherwise(() => {
        println(`request ${req} throttled, refilling`);
        refills.send(true);
        tokens.recv();
        println(`request ${req} served after refill`);
      }),
    );
  }
  refills.close();
  served.close();
  println(`tokens left ${tokens.length}`);
}
