import { child, childVal, elements, type XmlElement } from './xml.js';
import { formatCounter } from './docx-counters.js';

/** One level of a Word list definition (`w:lvl`). */
interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  isLgl: boolean;
  /** `w:lvlRestart`: restart after a use of levels 1..restart (1-based); 0 = never; undefined = after any higher level. */
  restart?: number;
  suff: string;
}

interface Num {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: Level }>;
}

/** Renders the automatic number of each numbered paragraph, in document order. */
export interface Numbering {
  /**
   * Advance the list counters for a paragraph and render its label as Word shows it.
   * @param numId the paragraph's `w:numId`
   * @param ilvl the paragraph's list level (0-8)
   * @returns the label with its suffix (`（一）`, `1. `), `''` for bullets and empty labels, or null when not a list
   */
  next(numId: string, ilvl: number): string | null;
}

/**
 * Read `word/numbering.xml` and return a counter that renders list labels in document order.
 * Note: counters are shared by every `w:num` of one abstract list, except a `w:num` with level
 * overrides (Word's "restart numbering"), which counts on its own, as Word does.
 * @param root the parsed numbering part, or undefined when the document has none
 * @returns the numbering state
 */
export function readNumbering(root: XmlElement | undefined): Numbering {
  const abstracts = new Map<string, { levels: Map<number, Level>; styleLink?: string; numStyleLink?: string }>();
  const nums = new Map<string, Num>();
  for (const a of root ? elements(root, 'abstractNum') : []) {
    const levels = new Map<number, Level>();
    for (const lvl of elements(a, 'lvl')) levels.set(Number(lvl.attrs.ilvl ?? 0), readLevel(lvl));
    abstracts.set(a.attrs.abstractNumId ?? '', { levels, styleLink: childVal(a, 'styleLink'), numStyleLink: childVal(a, 'numStyleLink') });
  }
  for (const n of root ? elements(root, 'num') : []) {
    const overrides = new Map<number, { start?: number; level?: Level }>();
    for (const o of elements(n, 'lvlOverride')) {
      const start = childVal(o, 'startOverride');
      const lvl = child(o, 'lvl');
      overrides.set(Number(o.attrs.ilvl ?? 0), { start: start === undefined ? undefined : Number(start), level: lvl ? readLevel(lvl) : undefined });
    }
    nums.set(n.attrs.numId ?? '', { abstractId: childVal(n, 'abstractNumId') ?? '', overrides });
  }
  const counters = new Map<string, Array<number | undefined>>();

  const levelsOf = (num: Num): Map<number, Level> => {
    let abstract = abstracts.get(num.abstractId);
    // Note: a list defined through a numbering style has its levels on the abstract that names it in w:styleLink.
    if (abstract?.numStyleLink !== undefined) {
      abstract = [...abstracts.values()].find((a) => a.styleLink === abstract?.numStyleLink) ?? abstract;
    }
    const levels = new Map(abstract?.levels ?? []);
    for (const [ilvl, o] of num.overrides) if (o.level) levels.set(ilvl, o.level);
    return levels;
  };

  return {
    next(numId, ilvl) {
      const num = nums.get(numId);
      if (numId === '0' || num === undefined) return null;
      const levels = levelsOf(num);
      const level = levels.get(ilvl);
      if (level === undefined) return null;
      const key = num.overrides.size > 0 ? `num:${numId}` : `abstract:${num.abstractId}`;
      const counts = counters.get(key) ?? [];
      const startOf = (i: number) => num.overrides.get(i)?.start ?? levels.get(i)?.start ?? 1;
      const next = counts.map((c, i) => {
        if (i < ilvl) return c;
        if (i === ilvl) return c === undefined ? startOf(i) : c + 1;
        const restart = levels.get(i)?.restart;
        return restart === 0 || (restart !== undefined && ilvl >= restart) ? c : undefined;
      });
      if (next[ilvl] === undefined) next[ilvl] = startOf(ilvl);
      counters.set(key, next);
      if (level.numFmt === 'bullet') return '';
      const label = level.lvlText.replace(/%([1-9])/g, (_, k: string) => {
        const i = Number(k) - 1;
        const fmt = level.isLgl ? 'decimal' : (levels.get(i)?.numFmt ?? 'decimal');
        return formatCounter(next[i] ?? startOf(i), fmt);
      });
      return label === '' ? '' : label + suffix(label, level.suff);
    },
  };
}

function readLevel(lvl: XmlElement): Level {
  const start = childVal(lvl, 'start');
  const restart = childVal(lvl, 'lvlRestart');
  const isLgl = child(lvl, 'isLgl');
  return {
    start: start === undefined ? 0 : Number(start),
    numFmt: childVal(lvl, 'numFmt') ?? 'decimal',
    lvlText: childVal(lvl, 'lvlText') ?? '',
    isLgl: isLgl !== undefined && isLgl.attrs.val !== '0' && isLgl.attrs.val !== 'false',
    restart: restart === undefined ? undefined : Number(restart),
    suff: childVal(lvl, 'suff') ?? 'tab',
  };
}

/**
 * The text between a label and the paragraph text.
 * Note: Word's tab (the default) or space becomes one space after a label ending in ASCII
 * (`1. 加快`), and nothing after one ending in a CJK or symbol character (`一、总体要求`, `①圈`),
 * which is how such text is written by hand and how the .txt versions of plans read.
 */
function suffix(label: string, suff: string): string {
  if (suff === 'nothing') return '';
  return label.charCodeAt(label.length - 1) < 0x80 ? ' ' : '';
}
