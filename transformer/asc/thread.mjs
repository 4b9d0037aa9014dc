// The asc worker's entry: it says when the worker ends without answering, and loads the
// worker proper (worker.mjs, which imports asc and Binaryen).
//
// The bridge's thread is blocked in Atomics.wait and cannot see this worker end: the worker
// says so through the signal. (A worker that ends with an answer posted has set 1 first.)
// Registered here, before asc is imported, so that an install without asc or Binaryen (or
// a Node that cannot load them) ends the build at once, with the reason in `loadError`,
// instead of leaving the bridge to wait out its time limit.
import { workerData } from "node:worker_threads";

const { signal, loadError } = workerData; // 0 = busy, 1 = answered, 2 = ended; UTF-8, zero-padded

process.on("exit", () => {
  if (Atomics.load(signal, 0) === 0) {
    Atomics.store(signal, 0, 2);
    Atomics.notify(signal, 0);
  }
});

try {
  await import("./worker.mjs");
} catch (err) {
  const why = new TextEncoder().encode(String(err?.message ?? err).split("\n")[0]);
  loadError.set(why.subarray(0, loadError.length));
  process.exit(1);
}
