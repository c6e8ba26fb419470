import { child, childVal, elements, type XmlElement } from './xml.js';

/** What plan-diff needs of a paragraph style, inheritance (`basedOn`) resolved. */
export interface ParagraphStyle {
  /** Outline level 1-9 from a heading style (Heading N, 标题 N) or `w:outlineLvl`, or null for body text. */
  headingLevel: number | null;
  /** List numbering the style applies (`w:numPr` in the style), or null. */
  numbering: { numId: string; ilvl: number | null } | null;
}

interface RawStyle {
  name: string;
  basedOn?: string;
  outlineLvl?: number;
  numId?: string;
  ilvl?: number;
}

/**
 * Read the paragraph styles of `word/styles.xml`, resolving `basedOn` chains.
 * @param root the parsed styles part, or undefined when the document has none
 * @returns a lookup from style id to its resolved heading level and numbering
 */
export function readStyles(root: XmlElement | undefined): (styleId: string | undefined) => ParagraphStyle {
  const raw = new Map<string, RawStyle>();
  for (const style of root ? elements(root, 'style') : []) {
    if ((style.attrs.type ?? 'paragraph') !== 'paragraph' || style.attrs.styleId === undefined) continue;
    const pPr = child(style, 'pPr');
    const numPr = child(pPr, 'numPr');
    const outline = childVal(pPr, 'outlineLvl');
    const ilvl = childVal(numPr, 'ilvl');
    raw.set(style.attrs.styleId, {
      name: childVal(style, 'name') ?? style.attrs.styleId,
      basedOn: childVal(style, 'basedOn'),
      outlineLvl: outline === undefined ? undefined : Number(outline),
      numId: childVal(numPr, 'numId'),
      ilvl: ilvl === undefined ? undefined : Number(ilvl),
    });
  }
  const cache = new Map<string, ParagraphStyle>();
  const resolve = (id: string | undefined, seen: ReadonlySet<string>): ParagraphStyle => {
    const style = id === undefined ? undefined : raw.get(id);
    if (id === undefined || style === undefined || seen.has(id)) return { headingLevel: null, numbering: null };
    const hit = cache.get(id);
    if (hit) return hit;
    const parent = resolve(style.basedOn, new Set([...seen, id]));
    const named = headingLevelFromName(style.name) ?? headingLevelFromName(id);
    const outline = style.outlineLvl !== undefined ? (style.outlineLvl >= 0 && style.outlineLvl < 9 ? style.outlineLvl + 1 : null) : undefined;
    const resolved: ParagraphStyle = {
      headingLevel: named ?? (outline !== undefined ? outline : parent.headingLevel),
      numbering: style.numId !== undefined ? { numId: style.numId, ilvl: style.ilvl ?? null } : parent.numbering,
    };
    cache.set(id, resolved);
    return resolved;
  };
  return (styleId) => resolve(styleId, new Set());
}

/**
 * Heading level from a style name: `heading 2`, `Heading2`, `标题 2`, `标题2`.
 * Note: Word stores built-in styles under their English names (`heading 1`) whatever the UI
 * language; documents made by other tools sometimes use the localised name or id.
 * @param name style name or id
 * @returns 1-9, or null
 */
export function headingLevelFromName(name: string): number | null {
  const m = /^(?:heading|标题)\s*([1-9])$/i.exec(name.trim());
  return m ? Number(m[1]) : null;
}
