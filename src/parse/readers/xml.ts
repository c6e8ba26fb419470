import { SaxesParser } from 'saxes';

/** A minimal XML element: local name (prefix dropped), attributes by local name, children in order. */
export interface XmlElement {
  /** Local name, e.g. `p` for `<w:p>`. */
  name: string;
  /** Attributes keyed by local name, e.g. `val` for `w:val`. */
  attrs: Record<string, string>;
  /** Child elements and text, in document order. */
  children: Array<XmlElement | string>;
}

/**
 * Parse an XML part of an Office document into a small element tree.
 * Note: WordprocessingML is read by local names only (`w:p` → `p`); the few parts plan-diff reads
 * use one main namespace, and matching prefixes would break on documents that rename them.
 * @param xml the XML text
 * @returns the root element
 * @throws Error when the XML is not well-formed
 */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [key, value] of Object.entries(tag.attributes)) attrs[localName(key)] ??= String(value);
    const element: XmlElement = { name: localName(tag.name), attrs, children: [] };
    stack[stack.length - 1].children.push(element);
    if (!tag.isSelfClosing) stack.push(element);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  parser.on('text', (text) => stack[stack.length - 1].children.push(text));
  parser.on('cdata', (text) => stack[stack.length - 1].children.push(text));
  parser.write(xml).close();
  const top = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!top) throw new Error('no root element');
  return top;
}

/**
 * Child elements of an element, optionally only those with a given local name.
 * @param element parent
 * @param name local name to keep, or undefined for all
 * @returns the matching child elements
 */
export function elements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

/**
 * The first child element with a given local name.
 * @param element parent
 * @param name local name
 * @returns the child, or undefined
 */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/**
 * The `val` attribute of a named child (`<w:pStyle w:val="1"/>` → `"1"`).
 * @param element parent
 * @param name local name of the child
 * @returns the value, or undefined
 */
export function childVal(element: XmlElement | undefined, name: string): string | undefined {
  return child(element, name)?.attrs.val;
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}
