import type { CommanderError } from 'commander';
import type { Lang } from '../types.js';
import { messages, type Suggestion } from '../i18n/messages.js';

/**
 * One line for a usage error commander found, in the language asked for: the parts of its English
 * message (the option, the argument, the suggestion) read by the error's code and worded by the catalog.
 * Note: commander words its errors in English only and gives no parts but the message, so each code's
 * message is read with one pattern (tests/cli/usage.test.ts pins every code on commander's own text, so
 * an upgrade that rewords one fails there); a message no pattern reads is kept, on one line.
 * @param error the error commander threw (through exitOverride)
 * @param lang the language of the line
 * @returns the line, without `plan-diff: ` and without a newline
 */
export function usageMessage(error: Pick<CommanderError, 'code' | 'message'>, lang: Lang): string {
  const u = messages(lang).usage;
  const m = PATTERNS[error.code]?.exec(error.message.trim())?.groups;
  if (m !== undefined) {
    switch (error.code) {
      case 'commander.unknownOption':
        return u.unknownOption(m.flag, suggestion(m));
      case 'commander.unknownCommand':
        return u.unknownCommand(m.name, suggestion(m));
      case 'commander.missingArgument':
        return u.missingArgument(m.name);
      case 'commander.optionMissingArgument':
        return u.optionMissingArgument(m.flags);
      case 'commander.missingMandatoryOptionValue':
        return u.missingMandatoryOption(m.flags);
      case 'commander.excessArguments':
        return u.excessArguments(m.command ?? null, Number(m.expected), Number(m.received));
      case 'commander.invalidArgument':
        return u.invalidChoice(m.flags, m.value, m.choices);
      case 'commander.conflictingOption':
        return u.conflictingOption(m.a, m.b);
    }
  }
  return error.message.replace(/^error:\s*/u, '').replace(/\s*\n\s*/gu, ' ').trim();
}

// Commander 14's messages (lib/command.js, lib/option.js), by error code.
const SUGGEST = String.raw`(?:\s*\(Did you mean (?<oneOf>one of )?(?<names>[^?]+)\?\))?`;
const PATTERNS: Readonly<Record<string, RegExp>> = {
  'commander.unknownOption': new RegExp(String.raw`^error: unknown option '(?<flag>[^']*)'${SUGGEST}$`, 'u'),
  'commander.unknownCommand': new RegExp(String.raw`^error: unknown command '(?<name>[^']*)'${SUGGEST}$`, 'u'),
  'commander.missingArgument': /^error: missing required argument '(?<name>[^']*)'$/u,
  'commander.optionMissingArgument': /^error: option '(?<flags>[^']*)' argument missing$/u,
  'commander.missingMandatoryOptionValue': /^error: required option '(?<flags>[^']*)' not specified$/u,
  'commander.excessArguments': /^error: too many arguments(?: for '(?<command>[^']*)')?\. Expected (?<expected>\d+) arguments? but got (?<received>\d+)\.$/u,
  'commander.invalidArgument': /^error: option '(?<flags>[^']*)' argument '(?<value>.*)' is invalid\. Allowed choices are (?<choices>.*)\.$/su,
  'commander.conflictingOption': /^error: (?<a>.+?) cannot be used with (?<b>.+)$/u,
};

function suggestion(m: Record<string, string | undefined>): Suggestion | null {
  return m.names === undefined ? null : { names: m.names, oneOf: m.oneOf !== undefined };
}
