/** A flat table: a header row and data rows of plain cells. */
export interface Table {
  /** Column names. */
  header: string[];
  /** Data rows; numbers are written as they are, null as an empty cell. */
  rows: Array<Array<string | number | boolean | null>>;
}
