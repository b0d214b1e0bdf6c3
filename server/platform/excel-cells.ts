import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';

/**
 * How a column's values are written. Left out, a value is read by its type: a Date is an instant
 * (date and time), 'YYYY-MM-DD' a date, an ISO instant ('2026-12-21T07:30:00Z') an instant, a
 * number a number, anything else text. 'text' keeps date-like text as text.
 */
export type CellKind = 'text' | 'date' | 'datetime' | 'number';

/** The time zone dates and times are shown in: the offices'. */
export const PLATFORM_TIME_ZONE = 'Asia/Shanghai';

export const DATE_FORMAT = 'yyyy-mm-dd';
export const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm';
export const INTEGER_FORMAT = '0';
export const DECIMAL_FORMAT = '0.00';
/** A change as a share (-0.145), shown with its sign as -14.5% (+12.3%, 0.0%). */
export const PERCENT_FORMAT = '+0.0%;-0.0%;0.0%';
/** Money in yuan, with thousands separators and fen. */
export const MONEY_FORMAT = '#,##0.00';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Text a spreadsheet would take for a formula once a user edits the cell or saves it as CSV:
 * = + - @, and the tab and carriage return some programs strip before looking (OWASP's list).
 */
export const looksLikeFormula = (text: string) => /^[=+\-@\t\r]/.test(text);

const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: PLATFORM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * The instant as Excel must hold it. A spreadsheet's dates have no time zone, and exceljs writes a
 * Date by its UTC fields, so the Date handed over carries the platform's wall-clock time in its UTC
 * fields: 07:30 in Shanghai stays 07:30 whatever TZ the server runs under.
 */
export function excelWallClock(at: Date, dateOnly = false): Date {
  const p = Object.fromEntries(wallClock.formatToParts(at).map((x) => [x.type, Number(x.value)])) as Record<string, number>;
  return dateOnly ? new Date(Date.UTC(p.year, p.month - 1, p.day)) : new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second));
}

/** A 'YYYY-MM-DD' date as Excel holds it (midnight, no time zone). */
function excelDate(day: string): Date | null {
  const m = DATE_ONLY.exec(day);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

export type ExportValue = string | number | boolean | Date | null | undefined;

interface Cell {
  value: ExcelJS.CellValue;
  numFmt?: string;
  quoted?: boolean;
}

function dateCell(value: Date | string, kind: 'date' | 'datetime'): Cell | null {
  if (typeof value === 'string' && kind === 'date' && DATE_ONLY.test(value)) return { value: excelDate(value), numFmt: DATE_FORMAT };
  const at = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(at.getTime())) return null;
  return kind === 'date' ? { value: excelWallClock(at, true), numFmt: DATE_FORMAT } : { value: excelWallClock(at), numFmt: DATETIME_FORMAT };
}

/** The cell for one value of a column: a real date, time or number with its format, or text. */
export function toCell(value: ExportValue, kind?: CellKind, numFmt?: string): Cell {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === 'boolean') return { value };
  if (typeof value === 'number') return Number.isFinite(value) ? { value, numFmt: numFmt ?? (Number.isInteger(value) ? INTEGER_FORMAT : DECIMAL_FORMAT) } : { value: null };
  if (value instanceof Date) return dateCell(value, kind === 'date' ? 'date' : 'datetime') ?? { value: null };
  if (kind !== 'text') {
    const asDate = kind === 'date' || kind === 'datetime' ? kind : DATE_ONLY.test(value) ? 'date' : ISO_INSTANT.test(value) ? 'datetime' : null;
    const cell = asDate && dateCell(value, asDate);
    if (cell) return cell;
    if (kind === 'number' && value.trim() !== '' && Number.isFinite(Number(value))) return toCell(Number(value), kind, numFmt);
  }
  return looksLikeFormula(value) ? { value, quoted: true } : { value };
}

/** Writes a value into a cell: its value, number format, and the quote prefix on formula-like text. */
export function writeCell(cell: ExcelJS.Cell, value: ExportValue, kind?: CellKind, numFmt?: string): void {
  const c = toCell(value, kind, numFmt);
  cell.value = c.value;
  if (c.numFmt) cell.numFmt = c.numFmt;
  if (c.quoted) cell.style = { ...cell.style, quotePrefix: true } as Partial<ExcelJS.Style>;
}

/** One CSV field: a number as it is, text in quotes, formula-like text prefixed with ' so it stays text. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = looksLikeFormula(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/*
 * exceljs has no quotePrefix (Excel's "this cell is text, whatever it looks like" flag), so its
 * style writer is taught it: a cell style with `quotePrefix: true` gets a copy of its <xf> with
 * quotePrefix="1". exceljs keeps each <xf> as its XML text, which makes the copy a one-line change.
 */
interface StylesXform {
  addStyleModel: (this: StylesXform, model: { quotePrefix?: boolean } | undefined, cellType?: number) => number;
  model: { styles: string[] };
  index: { style: Record<string, number> };
}
const requireCjs = createRequire(import.meta.url);
const stylesXform = (requireCjs('exceljs/lib/xlsx/xform/style/styles-xform.js') as { prototype: StylesXform }).prototype;
const patched = Symbol.for('zhichan.exceljs.quotePrefix');
if (!(patched in stylesXform)) {
  const addStyleModel = stylesXform.addStyleModel;
  if (typeof addStyleModel !== 'function') throw new Error('exceljs changed: StylesXform.addStyleModel is gone (see excel-cells.ts)');
  Object.defineProperty(stylesXform, patched, { value: true });
  stylesXform.addStyleModel = function (this: StylesXform, model, cellType) {
    const id = addStyleModel.call(this, model, cellType);
    if (!model?.quotePrefix || typeof this.model.styles[id] !== 'string') return id;
    const xml = this.model.styles[id].replace(/^<xf /, '<xf quotePrefix="1" ');
    let quoted = this.index.style[xml];
    if (quoted === undefined) {
      quoted = this.index.style[xml] = this.model.styles.length;
      this.model.styles.push(xml);
    }
    return quoted;
  };
}
