import type { Lang } from '../types.js';
import { LANGS, localeLang } from '../i18n/lang.js';

/**
 * The language of plan-diff's own lines on stderr (usage errors, warnings, notes): the last `--lang`
 * among the arguments, else the locale's.
 * Note: read from the arguments as typed, not from commander's options: a usage error (an unknown option
 * before `--lang zh`) stops commander before it reads the option. A document's default (Chinese for
 * `-o x.html`) is not the terminal's language, so it plays no part here.
 * @param argv arguments after the program name
 * @param env the environment (LC_ALL, LC_MESSAGES, LANG)
 * @returns the language
 */
export function messageLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  let lang: Lang | undefined;
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const value = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice('--lang='.length) : undefined;
    if (value !== undefined && (LANGS as readonly string[]).includes(value)) lang = value as Lang;
  }
  return lang ?? localeLang(env);
}

/**
 * The language of plan-diff's own lines on stderr for a run: the one `main` chose, else the locale's.
 * @param ctx the run's context
 * @returns the language
 */
export function stderrLang(ctx: { lang?: Lang; env: Readonly<Record<string, string | undefined>> }): Lang {
  return ctx.lang ?? localeLang(ctx.env);
}
