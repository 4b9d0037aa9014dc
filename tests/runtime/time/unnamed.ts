// Values of the dialect's classes kept across a park by a file that does not import the
// classes' names: after()'s Chan<i64>, a Context, a Timer's channel. Their frame fields are
// typed by the names the lowering imports for itself.
import { go, sleep, after, background, withTimeout, Second } from "ts-wasmexport";
import * as wx from "ts-wasmexport";

// @wasmexport waits
export function waits(): i64 {
  const t0 = wx.now();
  const deadline = after(2 * Second);
  const ctx = withTimeout(background(), 5 * Second);
  sleep(Second);
  deadline.recv();
  const timer = new wx.Timer(Second);
  const c = timer.c;
  go(() => { sleep(10 * Second); });
  c.recv();
  ctx.done().recv();
  return wx.now() - t0 + (ctx.err() == "context deadline exceeded" ? 1 : 0);
}
