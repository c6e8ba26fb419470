import type { Issuer, PlanDocument } from '../../types.js';

/** An issuer set by the user for one file (config `documents`), over what was read from the text. */
export interface IssuerOverride {
  /** Issuing body. */
  issuer?: string;
  /** Region (`全国`, `浙江省`). */
  region?: string;
  /** Year of the document. */
  year?: number;
}

/**
 * The issuer of each document, the user's overrides applied: an override's key is the file's path as
 * given, or its ending after a `/` (`reports/zj-2025.txt`, `zj-2025.txt`).
 * @param docs the documents
 * @param overrides file → issuer, region and year set by the user
 * @returns file → issuer (null when neither the text nor the user names one)
 */
export function issuersOf(docs: readonly PlanDocument[], overrides: Readonly<Record<string, IssuerOverride>> = {}): Map<string, Issuer | null> {
  const keys = Object.keys(overrides).toSorted((a, b) => b.length - a.length);
  return new Map(
    docs.map((d) => {
      const key = keys.find((k) => pathMatches(d.source.path, k));
      const detected = d.issuer ?? null;
      if (key === undefined) return [d.source.path, detected] as const;
      const o = overrides[key];
      const name = o.issuer ?? (o.region !== undefined && o.region !== detected?.region ? `${o.region}人民政府` : detected?.name);
      if (name === undefined) return [d.source.path, detected] as const;
      const issuer: Issuer = {
        name,
        region: o.region ?? detected?.region ?? '',
        coIssuers: o.issuer !== undefined || o.region !== undefined ? [] : (detected?.coIssuers ?? []),
        year: o.year ?? detected?.year ?? null,
        source: 'config',
      };
      return [d.source.path, issuer] as const;
    }),
  );
}

/**
 * Group documents by who promises their targets: documents that share a body (issuer or joint issuer)
 * are one group, transitively (a joint plan of 科技部 and 北京市人民政府 joins both); documents with no
 * known issuer form one group of their own. Only targets of one group are compared.
 * Note: union-find over body names, so the work is linear in the number of documents.
 * @param files the files in the order given
 * @param issuers file → issuer
 * @returns groups of files, each in the order given, in order of their first file
 */
export function issuerGroups(files: readonly string[], issuers: ReadonlyMap<string, Issuer | null>): string[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const add = (x: string): void => {
    if (!parent.has(x)) parent.set(x, x);
  };
  const bodiesOf = (file: string): string[] => {
    const issuer = issuers.get(file) ?? null;
    return issuer === null ? ['\u0000unknown'] : [issuer.name, ...issuer.coIssuers];
  };
  for (const file of files) {
    const bodies = bodiesOf(file);
    for (const b of bodies) add(b);
    for (const b of bodies.slice(1)) {
      const [ra, rb] = [find(bodies[0]), find(b)];
      if (ra !== rb) parent.set(rb, ra);
    }
  }
  const groups = new Map<string, string[]>();
  for (const file of files) {
    const root = find(bodiesOf(file)[0]);
    const group = groups.get(root);
    if (group) group.push(file);
    else groups.set(root, [file]);
  }
  return [...groups.values()];
}

/**
 * Whether a file's path as given is the one a config entry names: the same path, or the path ends with
 * it after a `/` (`reports/zj-2025.txt` for `zj-2025.txt`); `\\` and a leading `./` do not count.
 * @param path the file's path as given
 * @param key the path written in the config
 * @returns true when they name the same file
 */
export function pathMatches(path: string, key: string): boolean {
  const p = path.replaceAll('\\', '/').replace(/^\.\//u, '');
  const k = key.replaceAll('\\', '/').replace(/^\.\//u, '');
  return p === k || p.endsWith(`/${k}`);
}
