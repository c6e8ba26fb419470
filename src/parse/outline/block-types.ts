import type { Mapped } from '../mapped.js';

// The line and block types of the outline reader: a leaf module, so that heading and title read
// blocks without importing blocks.ts (which imports them through wrapped.ts).

/** A content line ready to be joined into blocks (from plain text or from a Markdown block). */
export interface VLine {
  /** Text, trimmed, mapped to `value`. */
  text: Mapped;
  /** Indented by two or more columns. */
  indent: boolean;
  /** A converter bullet was removed from its front. */
  bullet: boolean;
  /** Lines join only within one group (one Markdown block; plain text is one group). */
  group: number;
  /** Markdown heading depth, for heading lines. */
  mdDepth?: number;
  /** Characters the line takes in the file, residue and bullets included (defaults to the text's length). */
  width?: number;
  /** Part of an indicator table's header or row (`tables.ts`): never a heading; joined only with its row's other lines. */
  table?: boolean;
}

/** A logical line: a heading candidate or a paragraph, with wrapped lines re-joined. */
export interface Block {
  /** Joined text, mapped to `value`. */
  text: Mapped;
  /** Markdown heading depth, when the block is a Markdown heading. */
  mdDepth?: number;
  /** An indicator table's header or row: a paragraph of its own, never a heading. */
  table?: boolean;
}
