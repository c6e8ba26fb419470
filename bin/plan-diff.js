#!/usr/bin/env node
// Note: the command line runs from the bundle `npm run build` writes (rolldown.config.mjs): a few chunks
// load faster than the ~140 modules of dist/cli/main.js, which behaves the same.
import { main } from '../dist/bundle/main.js';

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env });
