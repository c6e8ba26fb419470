// Build step (`npm run build`): regroup @node-rs/jieba's dict.txt into dict/jieba-index.bin, so a run
// loads only the dictionary words its texts can contain (src/parse/words/jieba-index.ts explains the format
// and why the cuts stay exactly jieba's). Run after tsc: it uses the compiled module.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildJiebaIndex } from '../dist/parse/words/jieba-index.js';

const require = createRequire(import.meta.url);
const dict = readFileSync(require.resolve('@node-rs/jieba/dict.txt'));
const { version } = JSON.parse(readFileSync(require.resolve('@node-rs/jieba/package.json'), 'utf8'));
const out = new URL('../dict/jieba-index.bin', import.meta.url);
const index = buildJiebaIndex(dict, version);
writeFileSync(out, index);
console.log(`jieba index: ${Math.round(index.length / 1024)} KB from dict.txt of @node-rs/jieba ${version} → dict/jieba-index.bin`);
