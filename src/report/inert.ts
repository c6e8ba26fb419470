/**
 * Text from documents and file names made inert for a terminal or a log: no control character reaches
 * the output as such (ESC and OSC sequences would recolour the terminal, set its title or hide text; a
 * lone CR overwrites the line; a newline in a file name starts a line GitHub Actions reads as a command).
 */

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Replace control characters by visible stand-ins: C0 by their Control Pictures (ESC → ␛, CR → ␍, NUL → ␀),
 * DEL by ␡, C1, line/paragraph separators and bidirectional overrides by `\u{…}`. Newlines and tabs stay.
 * @param text document text
 * @returns the text, safe to print to a terminal
 */
export function inertText(text: string): string {
  return text.replace(CONTROL, picture);
}

/**
 * One line for a log: control characters as in inertText, and CR/LF as `\r`/`\n`, so a message never
 * spans lines and no line of it can start with `::` (a GitHub workflow command).
 * @param text a message
 * @returns the message on one line
 */
export function inertLine(text: string): string {
  return inertText(text.replace(/\r\n?|\n/g, (m) => (m === '\n' ? '\\n' : m === '\r' ? '\\r' : '\\r\\n')));
}

/**
 * A copy of a report (or any JSON-like value) with inertText applied to every string in it.
 * @param value the value
 * @returns the copy; the input is not changed
 */
export function inertStrings<T>(value: T): T {
  if (typeof value === 'string') return inertText(value) as T;
  if (Array.isArray(value)) return value.map(inertStrings) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inertStrings(v)])) as T;
  }
  return value;
}

function picture(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `\\u{${code.toString(16)}}`;
}
