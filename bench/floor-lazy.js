// The floor with plan-diff's own dictionary loading: Node start + the segmenter plan-diff uses (jieba
// with only the dictionary words the inputs can contain, src/parse/words/jieba-lazy.ts) + segmenting the
// same inputs. Compare with bench/floor.js, which loads jieba's whole dictionary as jieba users do.
import { readFileSync } from 'node:fs';
import { getSegmenter } from '../dist/parse/words/segmenter.js';

const texts = process.argv.slice(2).map((file) => readFileSync(file, 'utf8'));
const segmenter = getSegmenter();
segmenter.prepare?.(texts);
let tokens = 0;
for (const text of texts) tokens += segmenter.words(text).length;
if (tokens < 0) console.log(tokens);
