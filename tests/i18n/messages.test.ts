import { describe, expect, it } from 'vitest';
import { localeLang } from '../../src/i18n/lang.js';
import { messages } from '../../src/i18n/messages.js';

describe('the catalog', () => {
  it('has the same keys in every language', () => {
    const keys = (o: object, at = ''): string[] => Object.entries(o).flatMap(([k, v]) => (v !== null && typeof v === 'object' ? keys(v, `${at}${k}.`) : [`${at}${k}`]));
    expect(keys(messages('zh')).toSorted()).toEqual(keys(messages('en')).toSorted());
  });

  it.each([
    [{ LANG: 'zh_CN.UTF-8' }, 'zh'],
    [{ LANG: 'zh' }, 'zh'],
    [{ LANG: 'zh_TW.Big5' }, 'zh'],
    [{ LANG: 'zu_ZA' }, 'en'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{}, 'en'],
    [{ LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'en_US', LC_MESSAGES: 'zh_CN' }, 'zh'],
    [{ LANG: 'zh_CN', LC_ALL: '' }, 'zh'],
  ])('localeLang(%j) is %s', (env, lang) => {
    expect(localeLang(env)).toBe(lang);
  });
});

describe('the input errors and reader notes of the catalog', () => {
  /**
   * Call a sentence with parameters that record which of them it reads (nested ones by path); each
   * reads as `‹name›` in text, 5 as a number, and a one-item list.
   */
  const reads = (say: (params: never) => string): { text: string; read: string[] } => {
    const read = new Set<string>();
    const value = (path: string): unknown =>
      new Proxy(() => undefined, {
        get: (_t, prop) => {
          if (prop === Symbol.toPrimitive) return (hint: string) => (hint === 'number' ? 5 : `‹${path}›`);
          if (prop === 'join' || prop === 'toString') return () => `‹${path}›`;
          if (prop === 'length') return 1;
          if (prop === 'map') return (f: (item: unknown) => unknown) => [f(value(`${path}[]`))];
          if (typeof prop === 'symbol') return undefined;
          read.add(`${path}.${prop}`);
          return value(`${path}.${prop}`);
        },
      });
    const params = new Proxy({}, { get: (_t, prop) => (typeof prop === 'string' ? (read.add(prop), value(prop)) : undefined) });
    return { text: say(params as never), read: [...read].toSorted() };
  };
  const sentences = (part: 'error' | 'note') => Object.keys(messages('en').input[part]).map((key) => [part, key] as const);

  it.each([...sentences('error'), ...sentences('note')])('%s %s: the same parameters in Chinese and English, Chinese punctuation', (part, key) => {
    const en = reads((messages('en').input[part] as Record<string, (p: never) => string>)[key]!);
    const zh = reads((messages('zh').input[part] as Record<string, (p: never) => string>)[key]!);
    // Note: the same parameters (top-level names); how deep each reads into one may differ (a system
    // reason: its code in Chinese, Node's message in English).
    const names = (read: string[]) => [...new Set(read.map((r) => r.split(/[.[]/)[0]))];
    expect(names(zh.read)).toEqual(names(en.read));
    expect(zh.text).toMatch(/[\u4e00-\u9fff]/u);
    // Note: outside the parameters, quoted values and commands (iconv -f …), Chinese prose takes
    // full-width punctuation: no ASCII comma, colon, semicolon or full stop before a space or the end, no ASCII brackets around Chinese.
    const prose = zh.text.replace(/‹[^›]*›/gu, 'X').replace(/"[^"]*"|`[^`]*`|\{[^}]*\}|\b[a-z0-9-]+ -[a-z][^，。；：（）]*/giu, 'X');
    expect(prose).not.toMatch(/[,;:.](?=\s|$)|\([^)]*[\u4e00-\u9fff]/u);
  });
});

describe('every input error of plan-diff has a catalog key', () => {
  it('no `new PlanDiffError(code, "…")` with an English string in src/ (an error passed on keeps its detail)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const bare = files.flatMap((f) =>
      [...readFileSync(`src/${f}`, 'utf8').matchAll(/new PlanDiffError\(([^\n]*)/g)].map((m) => m[1]!).filter((args) => !/, \{ key: '|, error\.detail \?\? error\.message/.test(args)).map((args) => `${f}: ${args}`),
    );
    expect(bare).toEqual([]);
  });
});
