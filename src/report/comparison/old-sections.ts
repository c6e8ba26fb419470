import type { Pair } from '../../types.js';

/** Where a removed clause is shown. */
export interface RemovedSection {
  /** The section path to show it under. */
  section: string;
  /** True when its old section has no counterpart in the new document (a section deleted whole). */
  deleted: boolean;
}

/**
 * The section a removed clause is shown under: the new document's counterpart of its old section
 * when the old section (or the nearest section above it) has one, so a clause dropped from a
 * renumbered chapter stays in that chapter (2002 第五章 → 2024 第七章) instead of opening a section of
 * the old name inside it; a section with no counterpart at all (a chapter deleted whole) keeps its
 * old path.
 * @param pairs the report's pairs
 * @param sectionOf the section path of an outline path
 * @returns old section path → where to show it
 */
export function removedSectionPaths(pairs: readonly Pair[], sectionOf: (outline: string) => string): (oldSection: string) => RemovedSection {
  const counterpart = new Map<string, string>();
  // Note: a heading paired across the versions names the counterpart first; a clause that did not
  // move names it for a section whose heading was not paired (its heading changed too much).
  const kept = pairs.filter((p) => p.old !== null && p.new !== null && !p.moved);
  const headings = kept.filter((p) => !p.old!.id.includes('#'));
  for (const p of [...headings, ...kept]) {
    const from = sectionOf(p.old!.outline);
    if (from !== '' && !counterpart.has(from)) counterpart.set(from, sectionOf(p.new!.outline));
  }
  return (oldSection) => {
    const parts = oldSection.split(' / ');
    for (let n = parts.length; n > 0; n -= 1) {
      const to = counterpart.get(parts.slice(0, n).join(' / '));
      if (to !== undefined) return { section: [to, ...parts.slice(n)].filter((p) => p !== '').join(' / '), deleted: false };
    }
    return { section: oldSection, deleted: oldSection !== '' };
  };
}

/**
 * Stand the clauses of a section deleted whole between the new sections their old neighbours map to:
 * a run of them that the report put inside a new section (after the clause its old predecessor
 * became, before that section's added clauses) moves to the end of that section.
 * @param rows rows in report order
 * @param deleted whether a row belongs to a section deleted whole
 * @returns the rows in display order
 */
export function placeDeletedSections<Row extends { section: string }>(rows: readonly Row[], deleted: (row: Row) => boolean): Row[] {
  const out: Row[] = [];
  let k = 0;
  while (k < rows.length) {
    if (!deleted(rows[k]!) || out.length === 0) {
      out.push(rows[k]!);
      k += 1;
      continue;
    }
    let end = k;
    while (end < rows.length && deleted(rows[end]!)) end += 1;
    const host = out.at(-1)!.section;
    const within = (row: Row) => !deleted(row) && (row.section === host || row.section.startsWith(`${host} / `));
    let after = end;
    while (after < rows.length && within(rows[after]!)) after += 1;
    out.push(...rows.slice(end, after), ...rows.slice(k, end));
    k = after;
  }
  return out;
}
