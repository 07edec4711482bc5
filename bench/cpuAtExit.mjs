// Loaded with `node --import ./bench/cpuAtExit.mjs ...` by bench/importTime.mjs: writes the process's
// CPU time (user + system, microseconds) to standard error as it exits, as the line `cpu-us N`.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  writeSync(2, `\ncpu-us ${user + system}\n`);
});
