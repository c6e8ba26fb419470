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

/** Units of a count of persons or households. */
const PERSONS = new Set(['人', '人次', '名', '位', '户']);
/** Verbs whose count of persons is their object or a change (惠及1100多万人, 吸纳超100万名, 增至951万户): no metric. */
const OBJECT_VERBS = new Set(['实施', '推进', '完成', '办好', '抓好', '惠及', '吸引', '吸纳', '服务', '帮扶', '引导', '带动', '参与', '参加', '有', '是', '进行', '增至', '达到', '新增', '新建', '打通']);

function bare(key: string, unit = ''): boolean {
  if (REPORTED.has(key)) return true;
  if (!/[\p{Script=Han}A-Za-z]/u.test(key)) return true;
  const words = jieba.tag(key, true).filter((w) => w.word.trim() !== '');
  // A count of persons headed by what they did (就业10万人, 搬迁26216户, 带动就业47.6万人) names the thing
  // counted, unless the verb takes the persons as its object or states a change.
  const head = words.at(-1)!;
  if (PERSONS.has(unit) && /^(?:v|vi|vn)$/u.test(head.tag) && !OBJECT_VERBS.has(head.word)) return false;
  if (words.length === 1) return BARE_TAGS.test(words[0]!.tag);
  // A phrase of verbs, adverbs, pronouns, prepositions and particles only (加快打造, 把其中, 每年实施)
  // names nothing either.
  return words.every((w) => /^(?:v|vd|vg|vi|d|ad|z|zg|r|p|c|u|uj|ug|ul|uz)$/u.test(w.tag));
}

describe('metric keys over the whole corpus', () => {
  it('the judge flags what the issue reported and passes real metrics', () => {
    const flagged = ['实施', '推进', '为', '在', '/', '其', '抓好', '加快打造', '严守', '把其中', '扎扎实实办好', '每年实施', '过', '次'];
    expect(flagged.filter((k) => bare(k))).toEqual(flagged);
    expect(['技改项目', '国内生产总值', '城镇新增就业', '粮食产量', '罚款'].filter((k) => bare(k))).toEqual([]);
    // A verb names what counted persons did; not a plan verb whose object they are, nor with another unit.
    expect(['就业', '搬迁', '带动就业'].filter((k) => bare(k, '人'))).toEqual([]);
    expect(['吸纳', '增至', '实施', '办好'].filter((k) => bare(k, '人'))).toEqual(['吸纳', '增至', '实施', '办好']);
    expect(['就业', '搬迁'].filter((k) => bare(k, '项'))).toEqual(['就业', '搬迁']);
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
        if (bare(t.metricKey, t.unit)) offenders.push(`${name}:${t.line} ${JSON.stringify(t.metricKey)} (${t.text})`);
      }
    }
    console.log(`${keys} metric keys over ${CORPUS_FILES.length} documents; bare: ${offenders.length}${offenders.length ? `\n  ${offenders.join('\n  ')}` : ''}`);
    expect(offenders).toEqual([]);
  });
});
