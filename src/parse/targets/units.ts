/**
 * Read the unit after a number (`家`, `人次`, `个百分点`, `千瓦时`, composite `元/人`, `人/百亿元`)
 * through the unit registry (`unit-table.ts`, plus the entries of plan-diff.config.json's `units`).
 */
import { PER_NOUNS, UNIT_TABLE, type UnitSpec } from './unit-table.js';
import { UNIT_SYMBOLS, foldSymbols, type UnitSymbol } from './unit-symbols.js';

/** A unit read after a number. */
export interface UnitMatch {
  /** Canonical unit, the measure word kept (`家`, `人次`, `元`, `个百分点`, `元/人`). */
  unit: string;
  /** 0-based end (exclusive) in the text, after the unit. */
  end: number;
  /** False for words that make the number a date, duration, ordinal or document number (年, 月, 号, 届). */
  quantity: boolean;
  /** True for a duration (年, 个月, 日): a quantity only after a limit word. */
  duration: boolean;
  /** What one of the written unit is worth in `unit` (`万千瓦` → 10000); 1 for most. */
  scale: number;
  /** True when the unit is written in Latin letters (`km`, `MW`, `TEU`): the letters after the number are a unit, not a name. */
  latin: boolean;
}

/** Reads units through one registry. */
export interface UnitRegistry {
  /**
   * Read the unit right after a number (spaces allowed between, as in PDF text `60 项`).
   * @param text the text
   * @param at 0-based index just after the number
   * @returns the unit, or null when no known unit follows
   */
  read(text: string, at: number): UnitMatch | null;
}

type Entry = Required<Omit<UnitSpec, 'notBefore'>> & { notBefore: RegExp | null };

const registries = new Map<string, UnitRegistry>();

/**
 * The unit registry: the shipped table with extra entries added (an extra spelling replaces a shipped one).
 * @param extra entries from plan-diff.config.json's `units`
 * @returns the registry (cached per list of extras)
 */
export function unitRegistry(extra: readonly UnitSpec[] = []): UnitRegistry {
  const key = JSON.stringify(extra);
  let registry = registries.get(key);
  if (!registry) {
    registry = buildRegistry(extra);
    registries.set(key, registry);
  }
  return registry;
}

/**
 * Read the unit right after a number with the shipped registry.
 * @param text the text
 * @param at 0-based index just after the number
 * @returns the unit, or null when no known unit follows
 */
export function readUnit(text: string, at: number): UnitMatch | null {
  return unitRegistry().read(text, at);
}

function buildRegistry(extra: readonly UnitSpec[]): UnitRegistry {
  const bySpelling = new Map<string, Entry>();
  for (const spec of [...UNIT_TABLE, ...extra]) {
    bySpelling.set(spec.spelling, {
      spelling: spec.spelling,
      base: spec.base ?? spec.spelling,
      scale: spec.scale ?? 1,
      quantity: spec.quantity ?? true,
      duration: spec.duration ?? false,
      notBefore: spec.notBefore === undefined ? null : new RegExp(spec.notBefore, 'u'),
    });
  }
  // Note: longest spelling first, so `个百分点` wins over `个` and `人次` over `人`; spellings by their
  // first character (a number is followed by one character of a few).
  const sorted = [...bySpelling.values()].toSorted((a, b) => b.spelling.length - a.spelling.length || (a.spelling < b.spelling ? -1 : 1));
  const byFirst = new Map<string, Entry[]>();
  for (const entry of sorted) {
    const list = byFirst.get(entry.spelling[0]!);
    if (list) list.push(entry);
    else byFirst.set(entry.spelling[0]!, [entry]);
  }
  const denominators = [...new Set([...sorted.filter((e) => e.quantity).map((e) => e.spelling), ...PER_NOUNS])].toSorted((a, b) => b.length - a.length);
  const per = new RegExp(`^[/／]((?:\\d+(?:\\.\\d+)?)?[十百千万亿]*)(${denominators.map(escape).join('|')})`, 'u');
  const lookup = (text: string, i: number): Entry | null => {
    const candidates = byFirst.get(text[i] ?? '');
    if (candidates === undefined) return null;
    for (const entry of candidates) {
      if (!text.startsWith(entry.spelling, i)) continue;
      if (entry.notBefore?.test(text.slice(i + entry.spelling.length))) return null;
      return entry;
    }
    return null;
  };
  return {
    read(text, at) {
      let i = at;
      while (text[i] === ' ' || text[i] === '\u3000') i++;
      const entry = lookup(text, i);
      if (!entry) return readSymbol(text, at, i);
      let end = i + entry.spelling.length;
      let unit = entry.base;
      // A composite unit stays whole: 30万元/人, 0.6人/百亿元, 微克/立方米, 吨标准煤/万元.
      const m = entry.quantity ? per.exec(text.slice(end)) : null;
      if (m) {
        unit = `${unit}/${m[1]}${m[2]}`;
        end += m[0].length;
      }
      if (!m) {
        const per = perSymbol(text, end);
        if (per) [unit, end] = [`${unit}/${per.base}`, per.end];
      }
      return { unit, end, quantity: entry.quantity, duration: entry.duration, scale: entry.scale, latin: LATIN.test(entry.spelling[0]!) };
    },
  };
}

/** A Latin letter, half- or full-width. */
const LATIN = /[A-Za-z\uff21-\uff3a\uff41-\uff5a]/u;

/** Symbols by their folded spelling, longest first; each with the symbol it spells. */
const SYMBOLS: ReadonlyArray<readonly [string, UnitSymbol]> = UNIT_SYMBOLS.flatMap((s) => [s.symbol, ...(s.also ?? [])].map((spelling) => [spelling, s] as const)).toSorted(
  (a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1),
);

/** Longest symbol spelling: how much text is folded to look one up. */
const LONGEST_SYMBOL = Math.max(...SYMBOLS.map(([spelling]) => spelling.length));

/**
 * The symbol spelled at `i`, ending at a word boundary (no Latin letter or digit right after it), or null.
 * @param text the text
 * @param i 0-based index of its first character
 * @param denominator true after `/` of a composite unit (`km/h`)
 * @returns the symbol and the index after it
 */
function symbolAt(text: string, i: number, denominator: boolean): { symbol: UnitSymbol; end: number } | null {
  const folded = foldSymbols(text.slice(i, i + LONGEST_SYMBOL + 1));
  for (const [spelling, symbol] of SYMBOLS) {
    if (!folded.startsWith(spelling) || (symbol.denominatorOnly === true && !denominator)) continue;
    if (/^[A-Za-z0-9]/u.test(folded.slice(spelling.length))) continue;
    return { symbol, end: i + spelling.length };
  }
  return null;
}

/**
 * A Latin unit symbol right after a number (`5km`, `300MW`, `500万TEU`, `５ｋｍ`), with a composite
 * denominator (`μg/m3` → 微克/立方米, `km/h` → 公里/小时), or null.
 * @param text the text
 * @param at 0-based index just after the number
 * @param i index of the unit (after spaces)
 * @returns the unit, or null
 */
function readSymbol(text: string, at: number, i: number): UnitMatch | null {
  const found = symbolAt(text, i, false);
  if (found === null) return null;
  // Note: `1.6万P` is computing power; `1080P` is a resolution: P only after a written magnitude.
  if (found.symbol.afterMagnitude === true && !/[万亿]$/u.test(text.slice(0, at))) return null;
  const per = perSymbol(text, found.end);
  return { unit: per ? `${found.symbol.base}/${per.base}` : found.symbol.base, end: per?.end ?? found.end, quantity: true, duration: false, scale: 1, latin: true };
}

/** A `/` and a Latin symbol (`/kWh`, `/m3`) after a unit: the denominator of a composite unit, or null. */
function perSymbol(text: string, end: number): { base: string; end: number } | null {
  if (text[end] !== '/' && text[end] !== '／') return null;
  const found = symbolAt(text, end + 1, true);
  return found ? { base: found.symbol.base, end: found.end } : null;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}
