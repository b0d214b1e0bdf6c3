import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { ImportRowError } from '../../common/jobs';
import { fieldError } from './errors';
import { type CellKind, type ExportValue, writeCell } from './excel-cells';

export { type CellKind, MONEY_FORMAT, PERCENT_FORMAT } from './excel-cells';

/**
 * A column of an exported sheet. Dates and times become real date cells in the platform's time
 * zone, numbers numeric cells with a number format, formula-like text quoted text (excel-cells.ts);
 * `kind` says how to read a value when its type does not, `numFmt` overrides the number format.
 */
export interface ExportColumn<T> {
  header: string;
  width?: number;
  kind?: CellKind;
  numFmt?: string;
  value: (row: T) => ExportValue;
}

export interface ExportSheet<T> {
  name: string;
  columns: ExportColumn<T>[];
  rows: Iterable<T>;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F0FF' } };

function styleHeader(sheet: ExcelJS.Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

/** Writes one workbook with one sheet per entry; the header row is bold and frozen. */
export async function writeWorkbook(sheets: ExportSheet<never>[] | ExportSheet<unknown>[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Zhichan';
  for (const s of sheets as ExportSheet<unknown>[]) {
    const sheet = wb.addWorksheet(s.name.slice(0, 31));
    sheet.columns = s.columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width ?? 16 }));
    for (const row of s.rows) {
      const line = sheet.addRow([]);
      s.columns.forEach((c, i) => writeCell(line.getCell(i + 1), c.value(row), c.kind, c.numFmt));
    }
    styleHeader(sheet);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Writes a single-sheet workbook. */
export async function writeSheet<T>(sheet: ExportSheet<T>): Promise<Buffer> {
  return writeWorkbook([sheet as ExportSheet<unknown>]);
}

/** A column of an import template; `aliases` accept other spellings of the header. */
export interface ImportColumn {
  key: string;
  header: string;
  required?: boolean;
  aliases?: string[];
  example?: string;
  /** How the example is written (a number as a numeric cell; see CellKind). */
  kind?: CellKind;
  note?: string;
  width?: number;
}

/** A template: the header row, an example row and a sheet explaining each column. */
export async function writeTemplate(title: string, columns: ImportColumn[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(title.slice(0, 31));
  sheet.columns = columns.map((c) => ({ header: c.header + (c.required ? '*' : ''), key: c.key, width: c.width ?? 18 }));
  const example = sheet.addRow([]);
  columns.forEach((c, i) => writeCell(example.getCell(i + 1), c.example || null, c.kind));
  styleHeader(sheet);
  const help = wb.addWorksheet('填写说明');
  help.columns = [
    { header: '列', key: 'header', width: 20 },
    { header: '必填', key: 'required', width: 8 },
    { header: '说明', key: 'note', width: 80 },
  ];
  for (const c of columns) help.addRow({ header: c.header, required: c.required ? '是' : '', note: c.note ?? '' });
  help.addRow({});
  help.addRow({ header: '提示', note: '第2行是示例，导入前请删除或改写；带 * 的列必须填写。任何一行有错时整个文件不导入，并列出每一行的错误。' });
  styleHeader(help);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface SheetRow {
  /** Row number in the spreadsheet, the header being row 1. */
  rowNumber: number;
  values: Record<string, string | null>;
}

function cellText(value: ExcelJS.CellValue): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return value.result === undefined ? null : cellText(value.result);
    if ('error' in value) return null;
    return null;
  }
  return String(value);
}

const normaliseHeader = (h: string) => h.replace(/[*＊\s]/g, '').toLowerCase();

/**
 * Reads the first sheet of an .xlsx file into rows keyed by column. A file that is not a
 * workbook, or lacks a required column, is refused with a 400 naming the `file` field.
 */
export async function readSheet(bytes: Buffer, columns: ImportColumn[], maxRows: number): Promise<SheetRow[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw fieldError('file', '不是有效的 Excel (.xlsx) 文件');
  }
  const sheet = wb.worksheets[0];
  if (!sheet) throw fieldError('file', '文件中没有工作表');
  const headerCells = sheet.getRow(1).values as ExcelJS.CellValue[];
  const positions = new Map<string, number>();
  headerCells.forEach((v, i) => {
    const text = cellText(v);
    if (!text) return;
    const h = normaliseHeader(text);
    const col = columns.find((c) => normaliseHeader(c.header) === h || c.aliases?.some((a) => normaliseHeader(a) === h) || c.key.toLowerCase() === h);
    if (col && !positions.has(col.key)) positions.set(col.key, i);
  });
  const missing = columns.filter((c) => c.required && !positions.has(c.key)).map((c) => `「${c.header}」`);
  if (missing.length) throw fieldError('file', `缺少必填列 ${missing.join('、')}；请使用导入模板`);
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = row.values as ExcelJS.CellValue[];
    const values: Record<string, string | null> = {};
    let empty = true;
    for (const [key, pos] of positions) {
      const text = cellText(cells[pos])?.trim() ?? null;
      values[key] = text === '' ? null : text;
      if (values[key] !== null) empty = false;
    }
    if (!empty) rows.push({ rowNumber, values });
  });
  if (rows.length > maxRows) throw fieldError('file', `一次最多导入 ${maxRows} 行，文件有 ${rows.length} 行`);
  return rows;
}

/** Validates each row with a schema; returns the good rows and one error per bad field, named by its column header. */
export function validateRows<S extends z.ZodType>(
  rows: SheetRow[],
  schema: S,
  columns: ImportColumn[],
): { valid: { rowNumber: number; value: z.output<S> }[]; errors: ImportRowError[] } {
  const headers = new Map(columns.map((c) => [c.key, c.header]));
  const valid: { rowNumber: number; value: z.output<S> }[] = [];
  const errors: ImportRowError[] = [];
  for (const row of rows) {
    const input = Object.fromEntries(Object.entries(row.values).filter(([, v]) => v !== null));
    const result = schema.safeParse(input);
    if (result.success) valid.push({ rowNumber: row.rowNumber, value: result.data });
    else {
      for (const issue of result.error.issues) {
        const key = String(issue.path[0] ?? '');
        const missing = issue.code === 'invalid_type' && input[key] === undefined;
        errors.push({ row: row.rowNumber, field: headers.get(key) ?? key, message: missing ? '必填' : issue.message });
      }
    }
  }
  return { valid, errors };
}
