import { isBlankRow, type ReadTarget, RowParser } from './row-parser.service';
import type { RowSource } from './row-source.workbook';

/** Rows of COPY text go out in chunks of this many lines. */
const CHUNK_LINES = 20_000;

export interface RowReader extends ReadTarget {
  source: RowSource;
  /** Takes a chunk of COPY lines; the next chunk is parsed while it runs. */
  sink(chunk: string): Promise<void>;
}

/**
 * Reads every row of the file through the field parsers and the row checks, and hands the COPY
 * lines of valid rows to the sink until the first bad row (after which nothing will be saved,
 * but the rest is still read so that every bad row is reported). Answers the number of data rows.
 */
export async function readRows(r: RowReader): Promise<number> {
  const { source, line: format, errors } = r;
  const row = new RowParser(r.spec, r.indexes, r.headerOf, r.ctx, errors);
  let total = 0;
  let lines: string[] = [];
  let inflight: Promise<void> = Promise.resolve();
  const flush = async () => {
    const chunk = lines.join('');
    lines = [];
    await inflight;
    inflight = errors.count > 0 ? Promise.resolve() : r.sink(chunk);
  };
  try {
    for await (const batch of source.batches) {
      for (const { rowNumber, cells } of batch) {
        if (isBlankRow(cells)) continue;
        total++;
        if (!(row.parseCells(rowNumber, cells) && row.check(rowNumber)) || errors.count > 0) continue;
        lines.push(format.head + (format.rowNumbers ? rowNumber + ',' : '') + row.csv() + format.tail + '\n');
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
