import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The lowest Node the package supports, from its own `engines` (`>=20.19`). */
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
const lowest = pkg.engines.node.replace(/^>=\s*/, '');

type Version = [number, number, number];
const parse = (v: string): Version => {
  const [a = 0, b = 0, c = 0] = v.replace(/^v/, '').split('.').map((p) => (p === 'x' || p === '*' ? 0 : Number(p)));
  return [a, b, c];
};
const cmp = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** Whether a version satisfies an npm `engines` range of the forms the lock file holds (`^20.19.0 || >=22`, `>= 14`, `4.x`). */
function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  return range.split('||').some((alternative) => {
    const parts = alternative.trim().replace(/(>=|<=|>|<)\s+/g, '$1').split(/\s+/).filter(Boolean);
    return parts.every((part) => {
      if (part === '*' || part === 'x') return true;
      const [, op = '', rest = ''] = /^(>=|<=|>|<|\^|~)?(.*)$/.exec(part)!;
      const r = parse(rest);
      const pieces = rest.replace(/^v/, '').split('.').filter((p) => p !== 'x' && p !== '*').length;
      if (op === '>=') return cmp(v, r) >= 0;
      if (op === '>') return cmp(v, r) > 0;
      if (op === '<=') return cmp(v, r) <= 0;
      if (op === '<') return cmp(v, r) < 0;
      if (op === '^' || op === '~' || pieces < 3) return cmp(v, r) >= 0 && v[0] === r[0] && (op !== '~' || v[1] === r[1]);
      return cmp(v, r) === 0;
    });
  });
}

// npm warns EBADENGINE on install when a locked package's `engines.node` excludes the running Node;
// docx 9.15 depends on nanoid 6 (Node ≥ 22), overridden to nanoid 5 in package.json (docx bundles
// its own copy of nanoid, so the dependency is never loaded).
describe('engines', () => {
  it.each([
    ['20.19.0', '^20.19.0 || >=22.12.0', true],
    ['20.19.0', '^22 || ^24 || >=26', false],
    ['20.19.0', '>= 14', true],
    ['20.19.0', '4.x || >=6.0.0', true],
    ['20.19.0', '18 || 20 || >=22', true],
    ['20.19.0', '>=0.6.11 <=0.7.0 || >=0.7.3', true],
    ['20.19.0', '>=23.5.0 || ^22.13.0', false],
    ['20.19.0', '*', true],
  ])('satisfies(%s, %s) is %s', (version, range, expected) => {
    expect(satisfies(version, range)).toBe(expected);
  });

  it(`every locked package accepts the lowest supported Node (${lowest}), so npm install never warns EBADENGINE`, () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { engines?: { node?: string } | string[] }> };
    const refused = Object.entries(lock.packages).flatMap(([path, p]) => {
      const node = Array.isArray(p.engines) ? undefined : p.engines?.node;
      return node !== undefined && !satisfies(lowest, node) ? [`${path}: node ${node}`] : [];
    });
    expect(refused).toEqual([]);
  });
});
