import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse/index.js';
import { CORPUS_FILES, corpusPath } from '../helpers/corpus.js';

// Every metric key of every corpus document, every kind: none may be a bare verb, preposition or
// pronoun (they meet each other in `check` as false conflicts). Judged by jieba's own tags with its
// full dictionary (not plan-diff's reader) and by the words the issue found as keys.

const require = createRequire(import.meta.url);
const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(d: Uint8Array): { tag(s: string, hmm?: boolean): Array<{ word: string; tag: string }> } } };
const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
const jieba = Jieba.withDict(dict);

/** Keys the issue reported (sichuan 2026, guangdong, shandong). */
const REPORTED = new Set(['实施', '推进', '新建', '完成', '为', '在', '打通', '抓好', '/']);
/** Tags of a word that names nothing measurable on its own. */
const BARE_TAGS = /^(?:v|vd|vg|vi|p|r|c|u|uj|ug|a|d|ad|q|m)$/u;

function bare(key: string): boolean {
  if (REPORTED.has(key)) return true;
  if (!/[\p{Script=Han}A-Za-z]/u.test(key)) return true;
  const words = jieba.tag(key, true).filter((w) => w.word.trim() !== '');
  if (words.length === 1) return BARE_TAGS.test(words[0]!.tag);
  // A phrase of verbs, adverbs, pronouns, prepositions and particles only (加快打造, 把其中, 每年实施)
  // names nothing either.
  return words.every((w) => /^(?:v|vd|vg|vi|d|ad|z|zg|r|p|c|u|uj|ug|ul|uz)$/u.test(w.tag));
}

describe('metric keys over the whole corpus', () => {
  it('the judge flags what the issue reported and passes real metrics', () => {
    const flagged = ['实施', '推进', '为', '在', '/', '其', '抓好', '加快打造', '严守', '把其中', '扎扎实实办好', '每年实施', '过', '次'];
    expect(flagged.filter(bare)).toEqual(flagged);
    expect(['技改项目', '国内生产总值', '城镇新增就业', '粮食产量', '罚款'].filter(bare)).toEqual([]);
  });

  it('has no bare verb, preposition or pronoun as a key', () => {
    const offenders: string[] = [];
    let keys = 0;
    for (const name of CORPUS_FILES) {
      const value = readFileSync(corpusPath(name), 'utf8');
      const doc = parsePlan({ path: name, value, format: name.endsWith('.md') ? 'md' : 'txt', lineUnit: 'line' });
      for (const t of doc.targets) {
        if (t.metricKey === '') continue;
        keys++;
        if (bare(t.metricKey)) offenders.push(`${name}:${t.line} ${JSON.stringify(t.metricKey)} (${t.text})`);
      }
    }
    console.log(`${keys} metric keys over ${CORPUS_FILES.length} documents; bare: ${offenders.length}${offenders.length ? `\n  ${offenders.join('\n  ')}` : ''}`);
    expect(offenders).toEqual([]);
  });
});
