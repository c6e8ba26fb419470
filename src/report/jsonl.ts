import type { AnyReport, ContextRecord, Target, TargetsReport } from '../types.js';
import type { Formatter } from './types.js';
import { contextTable, targetRecord } from './json.js';

/**
 * JSON Lines for targets: one JSON object per line. A line `{"document":…,"index":…,"kind":…}` opens
 * each file (when the report carries its documents); a line `{"context":N,"text":…}` gives a context the
 * first time a target of that file refers to it (numbered from 0 in each file); then one line per target
 * (the records of the JSON output's `targets` array, `context` counted per file). Lines of several runs
 * (shards) can be concatenated; `check --from-targets` reads them back.
 */
export const jsonl: Formatter = {
  description: 'JSON Lines: a line per document, per context and per target (streamed; for check --from-targets)',
  extensions: ['jsonl', 'ndjson'],
  supports: ['plan-diff/targets@2'],
  format(report: AnyReport) {
    const { targets, documents = [] } = report as TargetsReport;
    const lines: string[] = [];
    let contexts = contextTable();
    const put = (target: Target) => {
      const known = contexts.texts.length;
      const context = contexts.index(target.sentence);
      if (context === known) lines.push(JSON.stringify({ context, text: target.sentence } satisfies ContextRecord));
      lines.push(JSON.stringify(targetRecord(target, context)));
    };
    let t = 0;
    // Note: each document's line comes before its targets (matched by path), in the report's order.
    for (const record of documents) {
      lines.push(JSON.stringify(record));
      contexts = contextTable();
      while (t < targets.length && targets[t]!.file === record.document.source.path) put(targets[t++]!);
    }
    for (; t < targets.length; t++) put(targets[t]!);
    return lines.map((l) => l + '\n').join('');
  },
};
