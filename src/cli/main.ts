import { readFileSync } from 'node:fs';
import { run } from './run.js';

process.exitCode = run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readText: (path) => readFileSync(path, 'utf8'),
});
