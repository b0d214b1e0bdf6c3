import type { JobProgress } from '../../../platform/jobs/job.service';
import { csvField } from '../../../db/bulk';
import type { KindSpec, ParseContext } from './domain/kinds';
import { type Cell, Invalid } from './domain/parse';

/** One bad cell: the row as a spreadsheet numbers it (header = 1), the column header and what is wrong. */
export interface RowError {
  row: number;
  field: string;
  message: string;
}

/** The errors of an import: the first `limit` listed, all of them counted. */
export class RowErrors {
  readonly listed: RowError[] = [];
  count = 0;
  constructor(readonly limit: number) {}

  add(row: number, field: string, message: string): void {
    this.count++;
    if (this.listed.length < this.limit) this.listed.push({ row, field, message });
  }

  /** Takes in the errors another reader (a worker thread) found. */
  merge(listed: readonly RowError[], count: number): void {
    for (const e of listed) if (this.listed.length < this.limit) this.listed.push(e);
    this.count += count;
  }
}

/** How a valid row is written as a line of COPY text: `head`, the row number when asked, the fields in spec order, `tail`. */
export interface LineFormat {
  head: string;
  rowNumbers: boolean;
  tail: string;
}

/** What every reader of an import file is given besides its input and where its COPY lines go. */
export interface ReadTarget {
  spec: KindSpec;
  /** For each field of the spec, the index of its column in the file (-1 when not mapped). */
  indexes: readonly number[];
  /** For each field, the header the user sees in error messages. */
  headerOf: readonly string[];
  ctx: ParseContext;
  line: LineFormat;
  errors: RowErrors;
  progress: JobProgress;
}

/** True for a code unit String.prototype.trim removes. */
export function isSpace(c: number): boolean {
  return c <= 32 || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/** True for an empty cell or one of spaces only (the common non-empty cell is decided by its first character). */
export function isBlank(raw: string): boolean {
  return raw.length === 0 || (isSpace(raw.charCodeAt(0)) && raw.trim() === '');
}

/** True for a row with no value in any cell (spreadsheets leave such rows between records). */
export function isBlankRow(cells: readonly (string | null)[]): boolean {
  for (const c of cells) if (c !== null && !isBlank(c)) return false;
  return true;
}

/** A value the reader has not made a string of yet; `resolve` makes it when a row check reads it. */
export const LATER: unique symbol = Symbol('later');

/**
 * The cells of one row parsed into values by the spec's field parsers, checked across fields and
 * written as COPY text. One instance serves every row of an import (its arrays are rewritten):
 * millions of rows make no garbage here.
 */
export class RowParser {
  /** The current row's values, by field (LATER: still to be read from the file). */
  readonly values: (Cell | typeof LATER)[];
  /** What spec.check reads: the values by field key. */
  private readonly view: Record<string, Cell>;
  private readonly required: boolean[];
  /** Makes the string of a LATER value. */
  resolve: (field: number) => Cell = () => null;

  constructor(
    readonly spec: KindSpec,
    readonly indexes: readonly number[],
    readonly headerOf: readonly string[],
    readonly ctx: ParseContext,
    readonly errors: RowErrors,
  ) {
    const n = spec.fields.length;
    this.values = new Array<Cell | typeof LATER>(n).fill(null);
    this.required = spec.fields.map((f) => f.required);
    const view: Record<string, Cell> = {};
    spec.fields.forEach((f, i) => Object.defineProperty(view, f.key, { enumerable: true, get: () => this.value(i) }));
    this.view = view;
  }

  /** The value of field `i` (made from the file when it was left for later). */
  value(i: number): Cell {
    const v = this.values[i];
    if (v !== LATER) return v;
    const made = this.resolve(i);
    this.values[i] = made;
    return made;
  }

  /** Records an empty cell of field `i` (an error when the field is required); answers whether the row may go on. */
  empty(rowNumber: number, i: number): boolean {
    this.values[i] = null;
    if (!this.required[i]) return true;
    this.errors.add(rowNumber, this.headerOf[i], '必填');
    return false;
  }

  /** Parses the text of field `i`; answers false (the error recorded) when it is bad. */
  parse(rowNumber: number, i: number, raw: string): boolean {
    const p = this.spec.fields[i].parse(raw, this.ctx);
    if (p instanceof Invalid) {
      this.errors.add(rowNumber, this.headerOf[i], p.message);
      return false;
    }
    this.values[i] = p === '' ? null : p;
    return true;
  }

  /** Parses a row given as strings (the file's cells); answers false when a cell is bad. */
  parseCells(rowNumber: number, cells: readonly (string | null)[]): boolean {
    let ok = true;
    for (let i = 0; i < this.values.length; i++) {
      const at = this.indexes[i];
      const raw = at >= 0 ? cells[at] : undefined;
      if (raw === undefined || raw === null || isBlank(raw)) ok = this.empty(rowNumber, i) && ok;
      else ok = this.parse(rowNumber, i, raw) && ok;
    }
    return ok;
  }

  /** The checks across fields of the current (well-parsed) row; answers false when one fails. */
  check(rowNumber: number): boolean {
    let ok = true;
    for (const problem of this.spec.check(this.view)) {
      this.errors.add(rowNumber, this.headerOf[this.spec.fields.findIndex((f) => f.key === problem.field)], problem.message);
      ok = false;
    }
    return ok;
  }

  /** The current row's fields as COPY text (comma-separated, without a line break). */
  csv(): string {
    let text = csvField(this.value(0));
    for (let i = 1; i < this.values.length; i++) text += ',' + csvField(this.value(i));
    return text;
  }
}
