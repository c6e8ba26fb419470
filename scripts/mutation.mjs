#!/usr/bin/env node
// `npm run mutation [area…] [-- stryker options]`: run Stryker over each named area in turn (all areas
// when none is named). Areas and their tests are in stryker.config.mjs; scores go to docs/testing.md.
// Example: `npm run mutation -- escaping --incremental --concurrency 1`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AREAS } from '../stryker.config.mjs';

const args = process.argv.slice(2);
// Areas come first; from the first option on, everything is Stryker's.
const first = args.findIndex((a) => a.startsWith('-'));
const named = first === -1 ? args : args.slice(0, first);
const options = first === -1 ? [] : args.slice(first);
const unknown = named.filter((a) => !(a in AREAS));
if (unknown.length > 0) {
  process.stderr.write(`mutation: no area ${unknown.map((a) => `"${a}"`).join(', ')} (areas: ${Object.keys(AREAS).join(', ')})\n`);
  process.exit(2);
}
// Note: an old node_modules (Stryker 9.5.1 under vitest 4.1) records no per-test or static coverage and
// counts static mutants as survivors, so the scores would be wrong: the installed versions must be the
// pinned ones.
const pinned = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).devDependencies;
for (const name of ['@stryker-mutator/core', '@stryker-mutator/vitest-runner']) {
  const installed = JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;
  if (installed !== pinned[name]) {
    process.stderr.write(`mutation: ${name} ${installed} is installed, package.json pins ${pinned[name]}: run \`npm ci\` first\n`);
    process.exit(2);
  }
}
// Note: the package's exports hide its bin, so it is named by path.
const stryker = fileURLToPath(new URL('../node_modules/@stryker-mutator/core/bin/stryker.js', import.meta.url));
let status = 0;
for (const area of named.length > 0 ? named : Object.keys(AREAS)) {
  process.stdout.write(`\n== mutation: ${area}\n`);
  const run = spawnSync(process.execPath, [stryker, 'run', ...options], { stdio: 'inherit', env: { ...process.env, MUTATION_AREA: area } });
  status ||= run.status ?? 1;
}
process.exit(status);
