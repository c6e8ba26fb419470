#!/usr/bin/env node
// Note: the command line runs from the bundle `npm run build` writes (rolldown.config.mjs): a few
// CommonJS chunks, compiled from V8 code caches made at build time (src/cli/code-cache.ts), load faster
// than the ~140 modules of dist/cli/main.js, which behaves the same.
// Note: this file is CommonJS (bin/package.json says so), as is the bundle: a process that loads no ES
// module at all skips Node's ES module loader (measured: ~4 ms of every run).
'use strict';
const { join } = require('node:path');
const { requireBundle } = require('../dist/bundle/code-cache.js');

const { main } = requireBundle(join(__dirname, '..', 'dist', 'bundle', 'main.js'));

// Note: a reader that stops early (`plan-diff compare a b | head`) closes the pipe; stop quietly, as
// Unix tools do, instead of letting Node print an EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

// Note: main reports every error itself and resolves to the exit code; a rejection would be a bug
// here, reported as plan-diff's internal errors are (exit 3), whatever Node's unhandled-rejection mode.
main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`plan-diff: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 3;
  },
);
