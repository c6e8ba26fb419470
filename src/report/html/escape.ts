/** Markup that is already safe: produced by the `html` template, never by document text. */
export class SafeHtml {
  /**
   * Wrap markup known to be safe.
   * @param value the markup
   */
  constructor(readonly value: string) {}

  /**
   * The markup as a string.
   * @returns the markup
   */
  toString(): string {
    return this.value;
  }
}

/** A value that can be placed in the `html` template. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escape text for an HTML text node or a quoted attribute value.
 * @param text untrusted text
 * @returns the escaped text
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * Tagged template that escapes every interpolated value unless it is `SafeHtml`; arrays are joined,
 * `null`, `undefined` and `false` render as nothing.
 * Note: escaping is the default so no code path can forget it (document text is untrusted).
 * @param strings literal parts of the template
 * @param values interpolated values
 * @returns safe markup
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}
