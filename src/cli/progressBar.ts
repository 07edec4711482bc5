import type { CliIO } from './run.js';

const WIDTH = 30;

/**
 * A progress bar on stderr for a long run, for `simulate`'s onProgress: drawn only when stderr is a
 * terminal and the run has taken more than a second, and erased at the end. Returns the callback and
 * a function that erases the bar (call it whether or not the run finished).
 */
export function progressBar(io: CliIO, label: string, now: () => number = Date.now): { onProgress: (done: number, total: number) => void; done: () => void } {
  const start = now();
  let drawn = false;
  const erase = () => {
    if (drawn) io.stderr('\r\x1b[K');
    drawn = false;
  };
  const onProgress = (done: number, total: number) => {
    if (!io.stderrIsTTY || now() - start < 1000) return;
    if (done >= total) return erase();
    const filled = Math.round((done / total) * WIDTH);
    io.stderr(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${Math.floor((done / total) * 100)}% of ${total.toLocaleString('en-US')}`);
    drawn = true;
  };
  return { onProgress, done: erase };
}
