import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { registerOutline } from './outline.js';
import { registerTargets } from './targets.js';
import { registerCompare } from './compare.js';
import { registerCheck } from './check.js';
import { registerHistory } from './history.js';

/** Registers one sub-command on the program; the action reports its exit code through setExit. */
export type RegisterCommand = (program: Command, ctx: CliContext, setExit: (code: number) => void) => void;

/** Every sub-command, in the order `--help` lists them. */
export const commands = {
  outline: registerOutline,
  targets: registerTargets,
  compare: registerCompare,
  history: registerHistory,
  check: registerCheck,
} as const satisfies Record<string, RegisterCommand>;
