// What the tools' command lines (fuzz, difftest) do with a flag they do not take.
"use strict";

/** `--help` lists the flags `known` and exits 0; any other flag is one line and exit code 2, never a stack trace. */
function otherFlag(flag, known) {
  if (flag === "--help" || flag === "-h") {
    console.log(`Flags: ${known}`);
    process.exit(0);
  }
  console.error(`unknown flag ${flag} (${known})`);
  process.exit(2);
}

module.exports = { otherFlag };
