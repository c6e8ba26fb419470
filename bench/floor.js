// The floor a compare cannot beat: Node start + jieba dictionary load + segmenting the same inputs.
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';

// @node-rs/jieba is CommonJS with a subpath export the ESM loader cannot resolve: require it.
const require = createRequire(import.meta.url);
const { Jieba } = require('@node-rs/jieba');

// The same dictionaries plan-diff loads (src/parse/segmenter.ts): jieba's dict.txt read directly (its
// `dict` module would also read the 6 MB idf.txt that cutting never uses) and the shipped domain words.
const jieba = Jieba.withDict(readFileSync(require.resolve('@node-rs/jieba/dict.txt')));
const user = new URL('../dict/plan-diff.dict.txt', import.meta.url);
if (existsSync(user)) jieba.loadDict(readFileSync(user));
let tokens = 0;
for (const file of process.argv.slice(2)) tokens += jieba.cut(readFileSync(file, 'utf8'), false).length;
if (tokens < 0) console.log(tokens);
