import type { AnyReport, CheckReport, Finding, Severity } from '../types.js';
import type { Formatter } from './types.js';

const COMMAND: Readonly<Record<Severity, 'error' | 'warning' | 'notice'>> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * Render a check report as GitHub Actions workflow commands, one `::error file=…,line=…,col=…,title=…::…`
 * line per finding, so the run annotates the plan's lines in the pull request: a disagreement among many
 * files is one annotation at its primary place, its message naming the other places (capped).
 * @param report the check report
 * @returns one command per line, ending in a newline (empty when there are no findings)
 */
export function checkGithub(report: CheckReport): string {
  return report.findings.map(command).join('');
}

function command(f: Finding): string {
  const at = f.locations[0];
  const props = [
    ...(at ? [`file=${escapeProperty(at.file)}`, `line=${at.line}`, `col=${at.column}`] : []),
    `title=${escapeProperty(`${f.rule}: ${f.metric}`)}`,
  ];
  return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(`${f.message} [${f.fingerprint}]`)}\n`;
}

/**
 * Escape a workflow command's message: `%`, CR and LF (as @actions/core does).
 * @param text the message
 * @returns escaped text
 */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/**
 * Escape a workflow command's property value: as data, plus `:` and `,`.
 * @param text the value
 * @returns escaped text
 */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** GitHub Actions workflow commands (`::error file=…,line=…::…`). */
export const github: Formatter = {
  description: 'GitHub Actions workflow commands, annotating lines in pull requests (check)',
  extensions: [],
  supports: ['plan-diff/check@1'],
  format(report: AnyReport) {
    return checkGithub(report as CheckReport);
  },
};
