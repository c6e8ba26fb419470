import type { Command } from 'commander';
import type { CliContext } from '../context.js';

/** Register `plan-diff check`. Note: not registered until its issue lands. */
export function registerCheck(_program: Command, _ctx: CliContext, _setExit: (code: number) => void): void {}
