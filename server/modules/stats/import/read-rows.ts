import type { JobProgress } from '../../../platform/jobs/job.service';
import { csvField } from './bulk';
import type { KindSpec, ParseContext } from './kinds';
import { type Cell, Invalid } from './parse';
import type { RowSource } from './row-source';

/** Rows of COPY text go out in chunks of this many lines. */
const CHUNK_LINES = 20_000;

export interface RowReader {
  source: RowSource;
  spec: KindSpec;
  /** For each field of the spec, the index of its column in the file (-1 when not mapped). */
  indexes: readonly number[];
  /** For each field, the header the user sees in error messages. */
  headerOf: readonly string[];
  ctx: ParseContext;
  /** COPY text of one valid row: `head(rowNumber)`, the fields in spec order, then `tail`. */
  head(rowNumber: number): string;
  tail: string;
  /** Takes a chunk of COPY lines; the next chunk is parsed while it runs. */
  sink(chunk: string): Promise<void>;
  addError(row: number, field: string, message: string): void;
  errorCount(): number;
  progress: JobProgress;
}

/**
 * Reads every row of the file through the field parsers and the row checks, and hands the COPY
 * lines of valid rows to the sink until the first bad row (after which nothing will be saved,
 * but the rest is still read so that every bad row is reported). Answers the number of data rows.
 */
export async function readRows(r: RowReader): Promise<number> {
  const { source, spec, indexes, headerOf, ctx } = r;
  const fields = spec.fields;
  let total = 0;
  let lines: string[] = [];
  let inflight: Promise<void> = Promise.resolve();
  const flush = async () => {
    const chunk = lines.join('');
    lines = [];
    await inflight;
    inflight = r.errorCount() > 0 ? Promise.resolve() : r.sink(chunk);
  };
  // One object for every row's values (rewritten field by field): millions of rows, no garbage.
  const values: Record<string, Cell> = Object.fromEntries(fields.map((f) => [f.key, null]));
  try {
    for await (const batch of source.batches) {
      for (const { rowNumber, cells } of batch) {
        if (blank(cells)) continue;
        total++;
        let ok = true;
        for (let i = 0; i < fields.length; i++) {
          const field = fields[i];
          const raw = indexes[i] >= 0 ? (cells[indexes[i]] ?? null) : null;
          if (raw === null || raw.trim() === '') {
            values[field.key] = null;
            if (field.required) {
              r.addError(rowNumber, headerOf[i], '必填');
              ok = false;
            }
            continue;
          }
          const parsed = field.parse(raw, ctx);
          if (parsed instanceof Invalid) {
            r.addError(rowNumber, headerOf[i], parsed.message);
            ok = false;
          } else values[field.key] = parsed === '' ? null : parsed;
        }
        if (ok) {
          for (const problem of spec.check(values)) {
            r.addError(rowNumber, headerOf[fields.findIndex((f) => f.key === problem.field)], problem.message);
            ok = false;
          }
        }
        if (!ok || r.errorCount() > 0) continue;
        let line = r.head(rowNumber) + csvField(values[fields[0].key]);
        for (let i = 1; i < fields.length; i++) line += ',' + csvField(values[fields[i].key]);
        lines.push(line + r.tail + '\n');
      }
      r.progress.report(total, Math.round(total / Math.max(source.fraction(), 0.001)), '正在读取与校验');
      if (lines.length >= CHUNK_LINES) await flush();
    }
    if (lines.length) await flush();
  } catch (err) {
    // A COPY still running must end before the caller releases its connection; the read's error is the one to report.
    await inflight.catch(() => undefined);
    throw err;
  }
  await inflight;
  return total;
}

/** True for a row with no value in any cell (spreadsheets leave such rows between records). */
function blank(cells: readonly (string | null)[]): boolean {
  for (const c of cells) if (c !== null && c !== '' && c.trim() !== '') return false;
  return true;
}
