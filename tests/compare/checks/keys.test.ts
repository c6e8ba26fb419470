import { describe, expect, it } from 'vitest';
import { keyWeakness } from '../../../src/compare/checks/keys.js';
import { getSegmenter } from '../../../src/parse/words/segmenter.js';

// Keys as the reader produced them on the corpus work reports (tests/compare/check-corpus.test.ts).
const tags = (text: string) => getSegmenter().tags!(text);

describe('keyWeakness', () => {
  it.each(['地区生产总值', '城镇新增就业', '一般公共预算收入', '赤字率', '全员劳动生产率', '一带一路联合实验室', '研发投入强度', '经济', '居民消费价格涨幅', '新能源汽车公共充电桩', '技改项目', '高标准农田', '数字经济核心产业增加值占比', '研发费用与营收之比'])(
    '%s names a measured thing',
    (key) => {
      expect(keyWeakness(key, tags)).toBeNull();
    },
  );
  it.each([
    ['推动', 'verb'],
    ['实施', 'verb'],
    ['推进', 'verb'],
    ['办好', 'verb'],
    ['粮食产量继续保持', 'verb'],
    ['提高到', 'verb'],
    ['为', 'short'],
    ['为经营主体减负', 'function-word'],
    ['重点抓好以下', 'function-word'],
    ['按照省委十一届', 'function-word'],
    ['项目', 'generic'],
    ['投资', 'generic'],
    ['县（市）', 'generic'],
    ['开发储备', 'no-noun'],
  ] as const)('%s is weak (%s)', (key, why) => {
    expect(keyWeakness(key, tags)).toBe(why);
  });
  it('without a tagger, uses the tables only', () => {
    expect(keyWeakness('推动')).toBe('verb');
    expect(keyWeakness('项目')).toBe('generic');
    expect(keyWeakness('地区生产总值')).toBeNull();
  });
});
