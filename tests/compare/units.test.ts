import { describe, expect, it } from 'vitest';
import { countUnits, createNodeSums, draftUnits } from '../../src/compare/units.js';
import { createFeatures } from '../../src/compare/canon.js';
import { docFromText } from './doc.js';

describe('countUnits: node sums shared between documents', () => {
  it('gives each node the sum of its own title, paragraphs and children, whatever was summed before', () => {
    // Note: 一 is a leaf whose key ends in U+0000 and 0; 二 has the same title and paragraph without
    // them and one child, summed first (id 0): a signature of key + U+0000 + child ids made the two equal.
    const text = ['一、总体要求', '加快建设\u00000', '二、总体要求', '加快建设', '（一）平台布局', '共建联合实验室。'].join('\n');
    const doc = docFromText('plan.txt', text);
    const features = createFeatures();
    const shared = countUnits(draftUnits(doc), features, createNodeSums());
    const alone = (index: number) => countUnits(draftUnits(doc), features, createNodeSums()).nodes[index].counts;
    expect(shared.nodes).toHaveLength(3);
    for (let i = 0; i < 3; i++) {
      expect(Array.from(shared.nodes[i].counts.ids), `node ${i}`).toEqual(Array.from(alone(i).ids));
      expect(Array.from(shared.nodes[i].counts.values), `node ${i}`).toEqual(Array.from(alone(i).values));
    }
    // Note: the leaf 一 holds none of the child's features.
    expect(shared.nodes[0].counts.ids.length).toBeLessThan(shared.nodes[1].counts.ids.length);
  });

  it('reuses the sum of a node that is the same in the other document', () => {
    const text = ['一、总体要求', '加快建设国际科技创新中心。', '（一）平台布局', '共建联合实验室。'].join('\n');
    const features = createFeatures();
    const sums = createNodeSums();
    const a = countUnits(draftUnits(docFromText('a.txt', text)), features, sums);
    const b = countUnits(draftUnits(docFromText('b.txt', text)), features, sums);
    expect(b.nodes.map((n) => n.counts)).toEqual(a.nodes.map((n) => n.counts));
    expect(b.nodes[0].counts).toBe(a.nodes[0].counts);
  });
});
