/**
 * Test helper: build a PlanDocument from simple text without the real parser, so compare tests pin
 * compare's behaviour alone. One paragraph per non-empty line; headings are lines starting with
 * 一、 / （一） / 1. (a `1.` line's text after its first 。 becomes its paragraph) or 第X章 / 第X条.
 * Targets are given explicitly as `{line, metricKey, value, unit}`.
 */
import type { OutlineNode, Paragraph, PlanDocument, Target } from '../../src/types.js';

const LEVELS: Array<{ re: RegExp; style: OutlineNode['style'] }> = [
  { re: /^(第[一二三四五六七八九十]+章)\s*(.*)$/, style: 'chapter' },
  { re: /^([一二三四五六七八九十]+、)(.*)$/, style: 'cn-dun' },
  { re: /^([（(][一二三四五六七八九十]+[）)])(.*)$/, style: 'cn-paren' },
  { re: /^(\d+[.．])(.*)$/, style: 'arabic-dot' },
  { re: /^(第[一二三四五六七八九十百]+条)\s*(.*)$/, style: 'article' },
];

const CN = '一二三四五六七八九十';
function ordinal(marker: string): number | null {
  const digits = /\d+/.exec(marker);
  if (digits) return Number(digits[0]);
  const cn = /[一二三四五六七八九十百]+/.exec(marker.replace(/^第/, ''));
  if (!cn) return null;
  const s = cn[0];
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + CN.indexOf(s[1]) + 1;
  if (s.length === 2 && s[1] === '十') return (CN.indexOf(s[0]) + 1) * 10;
  if (s.length === 3) return (CN.indexOf(s[0]) + 1) * 10 + CN.indexOf(s[2]) + 1;
  return CN.indexOf(s) + 1;
}

/** A target spec for tests. */
export type TargetSpec = Pick<Target, 'line' | 'metricKey' | 'value' | 'unit'> & Partial<Target>;

/**
 * Build a document.
 * @param path file path to record
 * @param text the plan text
 * @param targets targets to attach (nodeId is derived from the line)
 * @returns the document
 */
export function docFromText(path: string, text: string, targets: TargetSpec[] = []): PlanDocument {
  const lines = text.split('\n');
  const preamble: Paragraph[] = [];
  const roots: OutlineNode[] = [];
  const stack: Array<{ node: OutlineNode; level: number }> = [];
  const nodeOfLine = new Map<number, string>();
  const para = (owner: string, n: number, line: number, body: string): Paragraph => ({
    id: `${owner}#p${n}`,
    line,
    endLine: line,
    offset: 0,
    title: null,
    text: body,
    norm: body.replace(/\s+/g, ''),
    sentences: [],
  });
  lines.forEach((raw, i) => {
    const line = i + 1;
    const s = raw.trim();
    if (s === '') return;
    const level = LEVELS.findIndex((l) => l.re.test(s));
    if (level >= 0) {
      const m = LEVELS[level].re.exec(s)!;
      while (stack.length > 0 && stack.at(-1)!.level >= level) stack.pop();
      const parent = stack.at(-1)?.node;
      const key = m[1].replace(/[、.．\s]/g, '');
      let title = m[2].trim();
      let body = '';
      if (LEVELS[level].style === 'arabic-dot' || LEVELS[level].style === 'article') {
        const cut = title.indexOf('。');
        if (LEVELS[level].style === 'article') [title, body] = ['', title];
        else if (cut >= 0) [title, body] = [title.slice(0, cut), title.slice(cut + 1)];
      }
      const node: OutlineNode = {
        id: parent ? `${parent.id}/${key}` : key,
        depth: stack.length + 1,
        style: LEVELS[level].style,
        marker: m[1],
        ordinal: ordinal(m[1]),
        title,
        line,
        endLine: line,
        offset: 0,
        paragraphs: [],
        children: [],
      };
      if (body !== '') node.paragraphs.push(para(node.id, 1, line, body));
      (parent ? parent.children : roots).push(node);
      stack.push({ node, level });
      nodeOfLine.set(line, node.id);
      return;
    }
    const owner = stack.at(-1)?.node;
    if (owner) {
      owner.paragraphs.push(para(owner.id, owner.paragraphs.length + 1, line, s));
      nodeOfLine.set(line, owner.id);
    } else {
      preamble.push({ ...para('', preamble.length + 1, line, s), id: `#p${preamble.length + 1}` });
      nodeOfLine.set(line, '');
    }
  });
  return {
    source: { path, format: 'txt', lineUnit: 'line' },
    title: null,
    period: null,
    preamble,
    nodes: roots,
    targets: targets.map((t, i) => ({
      id: `t${i + 1}`,
      file: path,
      column: 1,
      nodeId: nodeOfLine.get(t.line) ?? '',
      metric: t.metricKey,
      action: null,
      scope: null,
      high: null,
      comparator: 'eq',
      comparatorText: null,
      year: null,
      yearSource: 'none',
      kind: 'target',
      change: 'level',
      text: `${t.metricKey}${t.value}${t.unit}`,
      sentence: '',
      ...t,
    })),
    warnings: [],
  };
}
