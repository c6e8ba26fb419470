import { describe, expect, it } from 'vitest';
import { checkPlans } from '../../src/compare/check.js';
import { checkGithub, escapeData, escapeProperty } from '../../src/report/github.js';
import { formatReport } from '../../src/report/index.js';
import { doc, target } from '../compare/checks/helpers.js';

describe('GitHub workflow commands', () => {
  it('writes one ::error/::warning line per finding with file, line, col and title', () => {
    const report = checkPlans([
      doc('a.txt', [target({ line: 33, column: 41 }), target({ line: 50, metric: '基地', metricKey: '基地', value: 30, unit: '个', scope: '围绕“一带一路”' })]),
      doc('b.txt', [target({ line: 17, value: 15 }), target({ line: 18, metric: '基地', metricKey: '基地', value: 100, unit: '个' })]),
    ]);
    const [conflict, scope] = report.findings;
    expect(checkGithub(report)).toBe(
      `::error file=a.txt,line=33,col=41,title=target-conflict%3A 联合实验室::联合实验室 (2027): 20家 (a.txt:33) vs 15家 (b.txt:17) [${conflict.fingerprint}]\n` +
        `::warning file=a.txt,line=50,col=1,title=target-scope-differs%3A 基地::基地 (2027): 30个 [围绕“一带一路”] (a.txt:50) vs 100个 [no scope] (b.txt:18): scopes differ [${scope.fingerprint}]\n`,
    );
  });

  it('writes nothing without findings', async () => {
    expect(await formatReport(checkPlans([]), 'github', { color: false })).toBe('');
  });

  it.each([
    ['50%', '50%25', '50%25'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['x:y,z', 'x:y,z', 'x%3Ay%2Cz'],
    ['%0A', '%250A', '%250A'],
  ])('escapes %j as data %j and as a property %j', (input, data, property) => {
    expect(escapeData(input)).toBe(data);
    expect(escapeProperty(input)).toBe(property);
  });

  it('escapes file names and messages so a line break cannot inject a command', () => {
    const report = checkPlans([
      doc('a,b:c.txt', [target({ metric: '实验室\n::error::x', metricKey: 'k' })]),
      doc('d.txt', [target({ metric: '实验室', metricKey: 'k', value: 1 })]),
    ]);
    const out = checkGithub(report);
    expect(out.split('\n').filter(Boolean)).toHaveLength(1);
    expect(out).toContain('file=a%2Cb%3Ac.txt,');
    expect(out).toContain('实验室%0A::error::x (2027): 20家');
  });

  it('annotates a disagreement among many files once, at its primary place, naming the others', () => {
    const files = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt', 'f.txt'];
    const report = checkPlans(files.map((f, i) => doc(f, [target({ line: 10 + i, value: i === 2 ? 15 : 20 })])));
    const out = checkGithub(report);
    expect(out).toBe(
      `::error file=a.txt,line=10,col=1,title=target-conflict%3A 联合实验室::联合实验室 (2027): 20家 (a.txt:10, b.txt:11, d.txt:13 and 2 more) vs 15家 (c.txt:12) [${report.findings[0].fingerprint}]\n`,
    );
  });
});
