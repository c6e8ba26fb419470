import type { Lang } from '../types.js';

/** Every interface language, in the order `--lang` lists them. */
export const LANGS = ['zh', 'en'] as const satisfies readonly Lang[];

/**
 * The interface language a locale asks for: the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set
 * (as POSIX gives them precedence), Chinese when it starts with `zh` (`zh_CN.UTF-8`, `zh_TW`), else English.
 * @param env the process environment
 * @returns the language
 */
export function localeLang(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  return /^zh(?:[_.@-]|$)/i.test(locale) ? 'zh' : 'en';
}
