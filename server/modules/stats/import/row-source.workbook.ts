import fs from 'node:fs';
import { Readable, Transform } from 'node:stream';
import ExcelJS from 'exceljs';
import { fieldError } from '../../../platform/errors';
import { csvRecords } from './csv.workbook';

export interface SourceRow {
  rowNumber: number;
  cells: (string | null)[];
}

/** A file being read in batches of rows: the header, then the data rows with their numbers (header = row 1). */
export interface RowSource {
  format: 'csv' | 'xlsx';
  headers: string[];
  batches: AsyncIterable<SourceRow[]>;
  /** How far through the file the reader is, 0–1 (for progress; rows are not counted in advance). */
  fraction(): number;
  /** Stops reading (a source whose rows another reader takes over). */
  close(): void;
}

export interface FileInput {
  name: string;
  /** A path on disk (the command line streams files of any size from it)… */
  path?: string;
  /** …or the bytes of an upload. */
  bytes?: Buffer;
}

/** The format of a file by its extension; anything but .csv, .txt and .xlsx is refused naming `file`. */
export function formatOf(name: string): 'csv' | 'xlsx' {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'csv' || ext === 'txt') return 'csv';
  if (ext === 'xlsx') return 'xlsx';
  throw fieldError('file', '只能导入 .csv 或 .xlsx 文件');
}

/** The size of the file in bytes. */
export function sizeOf(input: FileInput): number {
  return input.bytes ? input.bytes.length : fs.statSync(input.path!).size;
}

/** The file's bytes as a stream (1 MB reads from disk). */
export function streamOf(input: FileInput): Readable {
  return input.bytes ? Readable.from([input.bytes]) : fs.createReadStream(input.path!, { highWaterMark: 1 << 20 });
}

function firstBytes(input: FileInput, n: number): Buffer {
  if (input.bytes) return input.bytes.subarray(0, n);
  const fd = fs.openSync(input.path!, 'r');
  try {
    const buf = Buffer.alloc(n);
    const read = fs.readSync(fd, buf, 0, n, 0);
    return buf.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

function cellText(value: ExcelJS.CellValue): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return value.result === undefined ? null : cellText(value.result);
    return null;
  }
  return String(value);
}

/** Opens a CSV (UTF-8, comma-separated, quoted as RFC 4180) or an Excel workbook (its first sheet) for streaming. */
export async function openRowSource(input: FileInput): Promise<RowSource> {
  const format = formatOf(input.name);
  const total = Math.max(1, sizeOf(input));
  if (total <= 1 && input.bytes?.length === 0) throw fieldError('file', '文件是空的');
  let bytesRead = 0;
  const stream = streamOf(input);
  const counted = stream.pipe(
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytesRead += chunk.length;
        done(null, chunk);
      },
    }),
  );
  let iterator: AsyncIterator<SourceRow[]>;

  if (format === 'csv') {
    const head = firstBytes(input, 64 * 1024);
    try {
      // As a stream, so a character cut at the end of the sample is not taken for bad UTF-8.
      new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    } catch {
      throw fieldError('file', 'CSV 文件不是 UTF-8 编码，请在 Excel 中另存为「CSV UTF-8（逗号分隔）」');
    }
    async function* batches() {
      let n = 0;
      for await (const records of csvRecords(counted)) {
        // Empty cells stay '' here; the import treats them as missing.
        yield records.map((cells) => ({ rowNumber: ++n, cells }));
      }
    }
    iterator = batches();
  } else {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(counted, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'emit' });
    async function* batches() {
      let batch: SourceRow[] = [];
      for await (const sheet of reader) {
        for await (const row of sheet) {
          const values = row.values as ExcelJS.CellValue[];
          batch.push({ rowNumber: row.number, cells: values.slice(1).map((v) => cellText(v)) });
          // The header goes out alone, so it can be read before the rest.
          if (batch.length >= 1000 || row.number === 1) {
            yield batch;
            batch = [];
          }
        }
        // Only the first sheet holds data; the template's second sheet explains the columns.
        break;
      }
      if (batch.length) yield batch;
    }
    iterator = batches();
  }

  let first: IteratorResult<SourceRow[]>;
  try {
    first = await iterator.next();
  } catch (err) {
    throw fieldError('file', format === 'xlsx' ? '不是有效的 Excel (.xlsx) 文件' : `CSV 文件格式错误：${err instanceof Error ? err.message : String(err)}`);
  }
  if (first.done || first.value.length === 0) throw fieldError('file', '文件中没有表头行');
  const headers = first.value[0].cells.map((c) => (c ?? '').trim());
  if (headers.every((h) => h === '')) throw fieldError('file', '文件第一行应为表头');
  const rest = first.value.slice(1);
  async function* all(): AsyncGenerator<SourceRow[]> {
    if (rest.length) yield rest;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return {
    format,
    headers,
    batches: all(),
    fraction: () => Math.min(1, bytesRead / total),
    close: () => {
      stream.destroy();
      counted.destroy();
    },
  };
}
