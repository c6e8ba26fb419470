/**
 * Latin unit symbols written after a number (`5km`, `300MW`, `20GWh`, `500万TEU`, `2万m²`), as data:
 * the symbol, the unit it is reported in, and what kind of quantity it measures. A linguist or an
 * engineer edits this table, not the reader.
 *
 * Note: a symbol is reported as the Chinese unit it is the exact name of (`km` = 公里, `kW` = 千瓦,
 * `MW` = 兆瓦, `t` = 吨, `tce` = 吨标准煤, `TEU` = 标准箱), with no conversion between prefixes: the unit
 * table keeps 兆瓦 and 吉瓦 apart from 千瓦 (a class such as `百兆瓦级` is read as written), so `300MW` and
 * `30万千瓦` are two units to review in `check`, never a conflict. A symbol with no Chinese name in the
 * table (`Mbps`, `PFLOPS`, `GB`) is its own unit.
 * Note: one letter alone is a unit only where it is no name: `5G`, `6G`, `8K`, `4D`, `3D`, `2B`, `5g`
 * (a typing of 5G) stay names, so `G`, `K`, `D`, `B`, `g`, `T`, `W`, `L`, `V` and `A` are not listed.
 */

/** What a unit measures. */
export type UnitDimension =
  | 'length'
  | 'area'
  | 'volume'
  | 'mass'
  | 'power'
  | 'energy'
  | 'voltage'
  | 'frequency'
  | 'data-rate'
  | 'data'
  | 'compute'
  | 'container'
  | 'temperature'
  | 'concentration'
  | 'time';

/** One Latin unit symbol. */
export interface UnitSymbol {
  /** The symbol as written, after folding (full-width letters and digits to ASCII, `²` to `2`, `µ` to `μ`): `km`, `m2`, `μg`. */
  symbol: string;
  /** Other spellings met in plans (`KW` for kW, `kwh`); read as the symbol. */
  also?: readonly string[];
  /** The unit it is reported in: the Chinese unit it names (`公里`), else the symbol itself. */
  base: string;
  /** What it measures. */
  dimension: UnitDimension;
  /** Only after a written magnitude (`1.6万P`: P is PFLOPS in 万P/亿P, a resolution in 1080P). */
  afterMagnitude?: boolean;
  /** Only as the denominator of a composite unit (`km/h`, `m3/s`), never after a number. */
  denominatorOnly?: boolean;
}

/** The shipped symbols. */
export const UNIT_SYMBOLS: readonly UnitSymbol[] = [
  // Length, area, volume.
  { symbol: 'km', also: ['KM', 'Km'], base: '公里', dimension: 'length' },
  { symbol: 'm', base: '米', dimension: 'length' },
  { symbol: 'cm', base: '厘米', dimension: 'length' },
  { symbol: 'mm', base: '毫米', dimension: 'length' },
  { symbol: 'km2', also: ['㎢'], base: '平方公里', dimension: 'area' },
  { symbol: 'm2', also: ['㎡'], base: '平方米', dimension: 'area' },
  { symbol: 'ha', base: '公顷', dimension: 'area' },
  { symbol: 'm3', also: ['㎥'], base: '立方米', dimension: 'volume' },
  // Mass.
  { symbol: 't', base: '吨', dimension: 'mass' },
  { symbol: 'kg', also: ['KG', 'Kg', '㎏'], base: '千克', dimension: 'mass' },
  { symbol: 'mg', also: ['㎎'], base: '毫克', dimension: 'mass' },
  { symbol: 'μg', base: '微克', dimension: 'mass' },
  { symbol: 'tce', base: '吨标准煤', dimension: 'mass' },
  // Power, energy, voltage.
  { symbol: 'kW', also: ['KW', 'kw', '㎾'], base: '千瓦', dimension: 'power' },
  { symbol: 'MW', base: '兆瓦', dimension: 'power' },
  { symbol: 'GW', base: '吉瓦', dimension: 'power' },
  { symbol: 'kWh', also: ['KWh', 'kwh', 'KWH', 'kW·h'], base: '千瓦时', dimension: 'energy' },
  { symbol: 'MWh', also: ['MWH'], base: '兆瓦时', dimension: 'energy' },
  { symbol: 'GWh', also: ['GWH'], base: '吉瓦时', dimension: 'energy' },
  { symbol: 'TWh', also: ['TWH'], base: '太瓦时', dimension: 'energy' },
  { symbol: 'kV', also: ['KV', 'kv'], base: '千伏', dimension: 'voltage' },
  // Frequency.
  { symbol: 'Hz', base: '赫兹', dimension: 'frequency' },
  { symbol: 'kHz', base: '千赫兹', dimension: 'frequency' },
  { symbol: 'MHz', base: '兆赫兹', dimension: 'frequency' },
  { symbol: 'GHz', base: '吉赫兹', dimension: 'frequency' },
  // Data, data rates and computing power.
  { symbol: 'kbps', base: 'kbps', dimension: 'data-rate' },
  { symbol: 'Mbps', also: ['Mb/s'], base: 'Mbps', dimension: 'data-rate' },
  { symbol: 'Gbps', also: ['Gb/s'], base: 'Gbps', dimension: 'data-rate' },
  { symbol: 'Tbps', also: ['Tb/s'], base: 'Tbps', dimension: 'data-rate' },
  { symbol: 'GB', base: 'GB', dimension: 'data' },
  { symbol: 'TB', base: 'TB', dimension: 'data' },
  { symbol: 'PB', base: 'PB', dimension: 'data' },
  { symbol: 'EB', base: 'EB', dimension: 'data' },
  { symbol: 'TFLOPS', also: ['TFlops', 'Tflops'], base: 'TFLOPS', dimension: 'compute' },
  { symbol: 'PFLOPS', also: ['PFlops', 'Pflops'], base: 'PFLOPS', dimension: 'compute' },
  { symbol: 'EFLOPS', also: ['EFlops', 'Eflops'], base: 'EFLOPS', dimension: 'compute' },
  { symbol: 'P', base: 'PFLOPS', dimension: 'compute', afterMagnitude: true },
  { symbol: 'TOPS', base: 'TOPS', dimension: 'compute' },
  // Containers, temperature, concentration.
  { symbol: 'TEU', base: '标准箱', dimension: 'container' },
  { symbol: '℃', also: ['°C'], base: '摄氏度', dimension: 'temperature' },
  { symbol: 'ppm', base: 'ppm', dimension: 'concentration' },
  // Denominators only (`km/h`, `m3/s`).
  { symbol: 'h', base: '小时', dimension: 'time', denominatorOnly: true },
  { symbol: 's', base: '秒', dimension: 'time', denominatorOnly: true },
];

/**
 * Fold one character for symbol matching: full-width ASCII to ASCII (`ｋｍ` → `km`), superscript two and
 * three to digits (`m²` → `m2`), the micro sign to Greek mu. One character stays one, so offsets hold.
 * @param c one UTF-16 character
 * @returns the folded character
 */
export function foldSymbolChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  return c === '²' ? '2' : c === '³' ? '3' : c === 'µ' ? 'μ' : c;
}

/**
 * Fold a text for symbol matching, character by character (see foldSymbolChar).
 * @param text the text
 * @returns the folded text, of the same length
 */
export function foldSymbols(text: string): string {
  return text.replace(/[\uff01-\uff5e²³µ]/gu, foldSymbolChar);
}
