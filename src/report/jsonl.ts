import type { AnyReport, TargetsReport } from '../types.js';
import type { Formatter } from './types.js';

/**
 * JSON Lines for targets: one JSON object per line. A line `{"document":…,"index":…,"kind":…}` opens
 * each file (when the report carries its documents), then one line per target (the objects of the JSON
 * output's `targets` array). Lines of several runs (shards) can be concatenated; `check --from-targets`
 * reads them back.
 */
export const jsonl: Formatter = {
  description: 'JSON Lines: a line per document and per target (streamed; for check --from-targets)',
  extensions: ['jsonl', 'ndjson'],
  supports: ['plan-diff/targets@1'],
  format(report: AnyReport) {
    const { targets, documents = [] } = report as TargetsReport;
    const lines: string[] = [];
    let t = 0;
    // Note: each document's line comes before its targets (matched by path), in the report's order.
    for (const record of documents) {
      lines.push(JSON.stringify(record));
      while (t < targets.length && targets[t]!.file === record.document.source.path) lines.push(JSON.stringify(targets[t++]));
    }
    for (; t < targets.length; t++) lines.push(JSON.stringify(targets[t]));
    return lines.map((l) => l + '\n').join('');
  },
};
