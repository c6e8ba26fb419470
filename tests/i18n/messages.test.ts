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
