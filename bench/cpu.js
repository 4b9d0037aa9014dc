// Preloaded into a timed child process (`node -r bench/cpu.js …`, bench/build.js): as the
// process exits, it writes its CPU time in ms (user + system, all its threads: asc's worker
// too) to the file WX_BENCH_CPU names, a line per process (asc's command line runs itself
// again in a child process, which inherits the preload). On a machine shared with other work,
// CPU time varies less than the time on the clock.
"use strict";
process.on("exit", () => {
  const used = process.cpuUsage();
  require("fs").appendFileSync(process.env.WX_BENCH_CPU, `${(used.user + used.system) / 1000}\n`);
});
