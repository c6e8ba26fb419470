// The floor of issue 8: Node start + loading jieba's dictionary + segmenting the same inputs.
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';

// @node-rs/jieba is CommonJS with a subpath export the ESM loader cannot resolve: require it.
const require = createRequire(import.meta.url);
const { Jieba } = require('@node-rs/jieba');

// jieba's dictionary loaded the usual way, whole (dict.txt read directly: its `dict` module would also
// read the 6 MB idf.txt that cutting never uses), then the shipped domain words. plan-diff itself loads
// only the words its inputs can contain (same cuts; bench/floor-lazy.js measures that floor).
const jieba = Jieba.withDict(readFileSync(require.resolve('@node-rs/jieba/dict.txt')));
const user = new URL('../dict/plan-diff.dict.txt', import.meta.url);
if (existsSync(user)) jieba.loadDict(readFileSync(user));
let tokens = 0;
for (const file of process.argv.slice(2)) tokens += jieba.cut(readFileSync(file, 'utf8'), false).length;
if (tokens < 0) console.log(tokens);
